Feature: Which customers and contacts sync, and why not
  A customer syncs only when its Customer Type is B2B, it has an Account Email, Enable Kensium Commerce
  Framework is checked, its Site Association has an active row for the connector's Config Site with
  Connector type KNB, it is active, and its Customer Class passes the connector's Customer Class filter.
  A contact needs its own Kensium Commerce enablement, Site Association and email. Every "no" is a row on
  the Logs screen with the reason; nothing is skipped silently.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"

  @customer-step-1
  Scenario: Acumatica does not save a B2B customer without an Account Email
    When I save an Acumatica customer "C000000401" named "No Email Inc" of type "B2B" without an account email
    Then Acumatica refuses it with "Account Email cannot be empty for a customer of type B2B."

  @customer-step-1
  Scenario Outline: A customer that does not qualify is not synced, and the Logs screen says why
    Given a B2B customer "C000000401" named "Outline Co" with account email "buyer@outline.test", set up for Kensium Commerce on "B2BQASTORE"
    And the <field> of customer "C000000401" is "<value>"
    When the customer sync runs for customer "C000000401"
    Then the sync reports customer "C000000401" skipped because "<reason>"
    And Better B2B has no company for customer "C000000401"
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type   | Message  | Endpoint Url                   | Description           |
      | INFO  | Customer Sync | <reason> | */entity/*/Customer/C000000401 | Not synced: <reason>. |

    Examples: What the documents require: Customer Type B2B and an Account Email
      | case                                  | field         | value         | reason                                                                                 |
      | Customer Type is B2C                  | Customer Type | B2C           | Customer C000000401 is of type B2C; only customers of type B2B are synced              |
      | Account Email is not an email address | Account Email | buyer.outline | Customer C000000401 has an Account Email that is not an email address: *buyer.outline* |

    @assumption
    Examples: What the connector adds
      Assumed: the documents do not say what becomes of an inactive customer; the connector leaves it out.
      | case                                  | field         | value         | reason                                                                                 |
      | status is Inactive                    | Status        | Inactive      | Customer C000000401 is not active (status Inactive)                                    |

  @customer-step-2
  Scenario Outline: A customer syncs only with Kensium Commerce enabled and an active KNB Site Association
    Given an Acumatica customer "C000000402" named "Site Co" of type "B2B" with account email "buyer@site.test"
    And Enable Kensium Commerce Framework is <enabled> on the Kensium Commerce tab of customer "C000000402"
    And the Site Association of customer "C000000402" has the rows:
      | Config Site   | Active   | Connector type   |
      | <config site> | <active> | <connector type> |
    When the customer sync runs for customer "C000000402"
    Then the sync reports customer "C000000402" <outcome>

    Examples: The Kensium Commerce tab of the customer
      | case                         | enabled   | config site | active | connector type | outcome                                                                                                    |
      | everything set               | checked   | B2BQASTORE  | yes    | KNB            | synced                                                                                                     |
      | framework not enabled        | unchecked | B2BQASTORE  | yes    | KNB            | skipped because "Customer C000000402 does not have Kensium Commerce Framework enabled"                     |
      | association for another site | checked   | OTHERSTORE  | yes    | KNB            | skipped because "Customer C000000402 has no site association for B2BQASTORE"                               |
      | association not active       | checked   | B2BQASTORE  | no     | KNB            | skipped because "Customer C000000402 has a site association for B2BQASTORE that is not active"             |
      | association of another type  | checked   | B2BQASTORE  | yes    | BCM            | skipped because "Customer C000000402 has a site association for B2BQASTORE of connector type BCM, not KNB" |

  Scenario Outline: The connector's Customer Class filter decides which classes sync
    Given the Customer Class filter of the connector "B2BQASTORE" is "<filter>"
    And a B2B customer "C000000403" named "Class Co" with account email "buyer@class.test", set up for Kensium Commerce on "B2BQASTORE"
    And the Customer Class of customer "C000000403" is "<class>"
    When the customer sync runs for customer "C000000403"
    Then the sync reports customer "C000000403" <outcome>

    Examples: Filters and classes
      | case                       | filter     | class | outcome                                                                                                                |
      | no filter: every class     |            | INTL  | synced                                                                                                                 |
      | the one class filtered     | LOCAL      | LOCAL | synced                                                                                                                 |
      | one of the classes         | LOCAL,INTL | INTL  | synced                                                                                                                 |
      | a class outside the filter | LOCAL      | INTL  | skipped because "Customer C000000403 is of customer class INTL, outside the connector's Customer Class filter (LOCAL)" |

  @customer-step-2 @customer-step-3
  Scenario: Nothing syncs while the connector is not enabled, and the Logs screen says "The connector has not been enabled"
    Given a B2B customer "C000000404" named "Waiting Co" with account email "buyer@waiting.test", set up for Kensium Commerce on "B2BQASTORE"
    And the connector "B2BQASTORE" is not enabled
    When the customer sync runs for customer "C000000404"
    Then the sync could not start because "The connector has not been enabled"
    And Better B2B has no company for customer "C000000404"
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type   | Message                            | Endpoint Url                                 | Description                        | Login User |
      | INFO  | Customer Sync | The connector has not been enabled | */entity/*/ConnectorConfiguration/B2BQASTORE | The connector has not been enabled | admin      |

  @contact-step-3
  Scenario Outline: A contact that does not qualify does not become a company user
    Given a B2B customer "C000000405" named "Contact Co" with account email "buyer@contact.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000405" has a contact "Pat Q" with email "pat@contact.test"
    And Enable Kensium Commerce Framework is <enabled> on the Kensium Commerce tab of contact "Pat Q" of customer "C000000405"
    And the Site Association of contact "Pat Q" of customer "C000000405" has the rows:
      | Config Site | Active   | Connector type |
      | B2BQASTORE  | <active> | KNB            |
    And the contact "Pat Q" of customer "C000000405" has:
      | Email  | <email>  |
      | Active | <status> |
    When the customer sync runs for customer "C000000405"
    Then the sync reports customer "C000000405" synced
    And the company of customer "C000000405" has no Company User(s)
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type           | Message  | Description           |
      | INFO  | Customer Contact Sync | <reason> | Not synced: <reason>. |

    Examples: The Kensium Commerce tab of the contact
      | case                  | enabled   | active | email            | status | reason                                                                     |
      | framework not enabled | unchecked | yes    | pat@contact.test | yes    | Contact * (Pat Q) does not have Kensium Commerce Framework enabled         |
      | association inactive  | checked   | no     | pat@contact.test | yes    | Contact * (Pat Q) has a site association for B2BQASTORE that is not active |

    @assumption
    Examples: What the connector adds
      Assumed: the documents do not say what becomes of a contact without an email or an inactive one; a
      company user needs an email, and the connector leaves inactive contacts out.
      | case                  | enabled   | active | email            | status | reason                                                                     |
      | no email              | checked   | yes    |                  | yes    | Contact * (Pat Q) has no email; a company user needs one                   |
      | contact inactive      | checked   | yes    | pat@contact.test | no     | Contact * (Pat Q) is not active                                            |
