Feature: Which customers and contacts the connector syncs
  The customer sync guide, step 1: "The customer type should be B2B and Account Email is mandatory"; step 2:
  Enable Kensium Commerce Framework and a Site Association with connector type KNB. A customer or a contact
  that misses one of these is not synced, and the Logs screen says why; nothing is skipped silently. The
  connector's own settings apply too: it must be enabled, and its Customer Class filter picks the classes
  it syncs.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And an Acumatica customer "C000000012" named "John Kenny" of type "B2B" with account email "johnkenny@test.com"
    And customer "C000000012" has Customer Class "LOCAL"
    And Kensium Commerce is enabled on customer "C000000012" with an active "KNB" site association for "B2BQASTORE"

  Scenario: A customer that meets every rule becomes a company
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And Better B2B lists the company "John Kenny" with status "APPROVED"

  Scenario Outline: A customer whose <field> is "<value>" is not synced
    Given customer "C000000012" has <field> "<value>"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" skipped because "<reason>"
    And Better B2B has no company for customer "C000000012"
    And the "B2BQASTORE" site association of customer "C000000012" has no Commerce Reference ID
    And the rows of this sync on the Logs screen are:
      | Level | Action Type   | Message                      | Endpoint Url          | Description                               | Login User |
      | INFO  | Customer Sync | Customer C000000012 <reason> | …/Customer/C000000012 | Not synced: Customer C000000012 <reason>. | admin      |

    Examples: the customer type must be B2B
      | field         | value | reason                                                |
      | Customer Type | B2C   | is of type B2C; only customers of type B2B are synced |

    Examples: the Account Email must be an email address
      | field         | value              | reason                                             |
      | Account Email | johnkenny.test.com | has an Account Email that is not an email address… |

    Examples: the customer must be active
      | field  | value    | reason                          |
      | Status | Inactive | is not active (status Inactive) |
      | Status | On Hold  | is not active (status On Hold)  |

    Examples: Kensium Commerce must be enabled, with an active KNB site association for the connector's config site
      | field                             | value        | reason                                                               |
      | Enable Kensium Commerce Framework | unchecked    | does not have Kensium Commerce Framework enabled                     |
      | Site Association Active           | unchecked    | has a site association for B2BQASTORE that is not active             |
      | Site Association Connector type   | BCM          | has a site association for B2BQASTORE of connector type BCM, not KNB |
      | Site Association Config Site      | B2BPRODSTORE | has no site association for B2BQASTORE                               |

  Scenario Outline: The connector's Customer Class filter "<filter>" decides whether a <class> customer syncs
    Given the connector "B2BQASTORE" syncs only the customer classes "<filter>"
    And customer "C000000012" has Customer Class "<class>"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" <outcome>

    Examples:
      | filter     | class   | outcome |
      |            | LOCAL   | synced  |
      | LOCAL      | LOCAL   | synced  |
      | LOCAL,INTL | INTL    | synced  |
      | INTL       | LOCAL   | skipped |
      | INTL       | DEFAULT | skipped |

  Scenario: A customer outside the Customer Class filter is logged with the classes the connector syncs
    Given the connector "B2BQASTORE" syncs only the customer classes "INTL"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" skipped because "is of customer class LOCAL, outside the connector's Customer Class filter (INTL)"
    And Better B2B has no company for customer "C000000012"

  @mock-control
  Scenario: A run over all customers syncs the B2B ones and logs why the B2C one is not synced
    # The mocks' fixtures: C000000288 Facebook (B2B) and C000000300 Walk-in Retail Buyer (B2C), from the documents.
    When the customer sync runs for all customers
    Then the sync reports customer "C000000012" synced
    And the sync reports customer "C000000288" synced
    And the sync reports customer "C000000300" skipped because "is of type B2C; only customers of type B2B are synced"
    And the Better B2B Companies list shows:
      | Acumatica Customer | Company Name | Status   |
      | C000000012         | John Kenny   | APPROVED |
    And Better B2B has one company for customer "C000000288"
    And Better B2B has no company for customer "C000000300"

  Scenario: Nothing syncs while the connector is not enabled
    # The Logs screen of the customer sync guide: "The connector has not been enabled" as Message and Description.
    Given the connector "B2BQASTORE" is not enabled
    When the customer sync runs for customer "C000000012"
    Then the sync stops with "The connector has not been enabled"
    And Better B2B has no company for customer "C000000012"
    And the rows of this sync on the Logs screen are:
      | Level | Action Type   | Message                            | Description                        | Login User |
      | INFO  | Customer Sync | The connector has not been enabled | The connector has not been enabled | admin      |

  Scenario Outline: A contact whose <field> is "<value>" does not become a Company User
    Given the contact "Mark Z" of customer "C000000012" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And contact "Mark Z" has <field> "<value>"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And company "John Kenny" has no Company User(s)
    And the rows of this sync on the Logs screen include:
      | Level | Action Type           | Message                     | Description                              |
      | INFO  | Customer Contact Sync | Contact … (Mark Z) <reason> | Not synced: Contact … (Mark Z) <reason>. |

    Examples:
      | field                             | value      | reason                                                               |
      | Active                            | unchecked  | is not active                                                        |
      | Email                             | (empty)    | has no email; a company user needs one                               |
      | Email                             | markz.test | has an email that is not an email address: "markz.test"              |
      | Enable Kensium Commerce Framework | unchecked  | does not have Kensium Commerce Framework enabled                     |
      | Site Association Active           | unchecked  | has a site association for B2BQASTORE that is not active             |
      | Site Association Connector type   | BCM        | has a site association for B2BQASTORE of connector type BCM, not KNB |
