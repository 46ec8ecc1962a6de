Feature: Customer contact sync from Acumatica to Better B2B
  "Managing Customer Contact Sync in B2B": the contacts of an Acumatica customer become the users of its
  company in Better B2B. A contact syncs when Enable Kensium Commerce Framework is checked on its own
  Kensium Commerce tab with an active KNB row in its Site Association. Only the contact whose Primary box
  is checked becomes the Primary Admin; every other contact is a Senior Buyer.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000288" named "Facebook" with account email "accounts@facebook.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000288" has:
      | Customer Class | LOCAL |

  @contact-step-1 @contact-step-2 @contact-step-3 @contact-step-4 @contact-step-5 @contact-step-6 @contact-step-7
  Scenario: A contact marked Primary becomes the Primary Admin of the company
    The contact procedure from start to end, on the documents' own example: Mark Z of Facebook.
    # Step 1: on the Customer screen, create a new contact
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" has:
      | Phone 1 | 4444444444 |
    # Step 2: the contact is reflected on the grid
    Then the Contacts tab of customer "C000000288" lists at least these rows:
      | Contact | Email          | Phone 1    | Active |
      | Mark Z  | markz@test.com | 4444444444 | yes    |
    # Step 3: the contact's Kensium Commerce tab, Enable Kensium Commerce Framework, the Connector type of its Site Association
    Given Enable Kensium Commerce Framework is checked on the Kensium Commerce tab of contact "Mark Z" of customer "C000000288"
    And the Site Association of contact "Mark Z" of customer "C000000288" has the rows:
      | Config Site | Active | Connector type |
      | B2BQASTORE  | yes    | KNB            |
    # Step 7: the Primary box is checked
    And the contact "Mark Z" of customer "C000000288" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports customer "C000000288" synced
    # Step 4: the Commerce Reference IDs are generated and written back
    And the Site Association of contact "Mark Z" of customer "C000000288" shows the Commerce Reference ID of its company user
    And the Site Association of customer "C000000288" shows the Commerce Reference ID of its company
    # Step 5: the Logs screen shows the contact synced
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type           | Message                                                                              | Endpoint Url             | Description                                       |
      | INFO  | Customer Sync         | {"company_name":"Facebook",*                                                         | */api/v1/company         | Customer data is created/updated successfully.    |
      | INFO  | Customer Contact Sync | {"email":"markz@test.com","first_name":"Mark","last_name":"Z","phone":"4444444444",* | */api/v1/company/*/users | Customer Contact is created/updated successfully. |
    # Step 6: Company User(s) of the company shows the user name, with the role Primary Admin
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Email          | Phone      | Role          |
      | Mark Z    | markz@test.com | 4444444444 | Primary Admin |

  @contact-step-7
  Scenario Outline: Only the contact whose Primary box is checked becomes Primary Admin
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the Primary box of contact "Mark Z" of customer "C000000288" is <primary box>
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Role   |
      | Mark Z    | <role> |

    Examples: The documents' case
      | case                  | primary box | role          |
      | Primary box checked   | checked     | Primary Admin |

    @assumption
    Examples: A contact not marked Primary
      Assumed: the documents name no role for a contact that is not marked Primary; it gets Senior Buyer,
      BigCommerce B2B Edition's predefined buyer role (fixtures/README.md).
      | case                  | primary box | role          |
      | Primary box unchecked | unchecked   | Senior Buyer  |

  @contact-step-4 @contact-step-6 @contact-step-7 @assumption
  Scenario: Of several contacts, only the one marked Primary is Primary Admin; the others are Senior Buyers
    Assumed: the documents name no role for a contact that is not marked Primary; it gets Senior Buyer,
    BigCommerce B2B Edition's predefined buyer role (fixtures/README.md).
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And customer "C000000288" has a contact "Sheryl S" with email "sheryl@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Sheryl S" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Mark Z" of customer "C000000288" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Email           | Role          |
      | Mark Z    | markz@test.com  | Primary Admin |
      | Sheryl S  | sheryl@test.com | Senior Buyer  |
    And the Site Association of contact "Sheryl S" of customer "C000000288" shows the Commerce Reference ID of its company user

  @contact-step-7 @assumption
  Scenario: Checking the Primary box of another contact hands Primary Admin over
    Assumed: the documents name no role for a contact that is not marked Primary; it gets Senior Buyer,
    BigCommerce B2B Edition's predefined buyer role (fixtures/README.md).
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And customer "C000000288" has a contact "Sheryl S" with email "sheryl@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Sheryl S" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Mark Z" of customer "C000000288" is marked Primary
    And the customer sync has run for customer "C000000288"
    When the contact "Sheryl S" of customer "C000000288" is marked Primary
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Role          |
      | Mark Z    | Senior Buyer  |
      | Sheryl S  | Primary Admin |

  @contact-step-7 @assumption
  Scenario: Unchecking the Primary box makes the Primary Admin a Senior Buyer
    Assumed: the documents name no role for a contact that is not marked Primary; it gets Senior Buyer,
    BigCommerce B2B Edition's predefined buyer role (fixtures/README.md).
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Mark Z" of customer "C000000288" is marked Primary
    And the customer sync has run for customer "C000000288"
    When the Primary box of contact "Mark Z" of customer "C000000288" is unchecked
    And the customer sync runs for customer "C000000288"
    Then the sync reports customer "C000000288" synced
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Role         |
      | Mark Z    | Senior Buyer |

  @contact-step-6
  Scenario: A new email of a contact in Acumatica becomes the email of its company user
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the customer sync has run for customer "C000000288"
    When the contact "Mark Z" of customer "C000000288" has:
      | Email | mark.zuckerberg@test.com |
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Email                    |
      | Mark Z    | mark.zuckerberg@test.com |

  @contact-step-5 @contact-step-6
  Scenario: A contact deactivated in Acumatica is removed from the Company User(s)
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the customer sync has run for customer "C000000288"
    When the contact "Mark Z" of customer "C000000288" has:
      | Active | no |
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the company of customer "C000000288" has no Company User(s)
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type           | Description                                                                                                     |
      | INFO  | Customer Contact Sync | User markz@test.com (contact * of customer C000000288) is deleted: the contact no longer qualifies in Acumatica. |

  @contact-step-3
  Scenario: With Include Contacts unchecked on the connector, no contact becomes a company user
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And Include Contacts is unchecked on the connector "B2BQASTORE"
    When the customer sync runs for customer "C000000288"
    Then the sync reports customer "C000000288" synced
    And the company of customer "C000000288" has no Company User(s)

  @contact-step-5
  Scenario: A contact whose email is already a user of another company fails, and the Logs screen says why
    Given customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And a B2B customer "C000000289" named "Instagram" with account email "accounts@instagram.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000289" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000289" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the customer sync has run for customer "C000000288"
    When the customer sync runs for customer "C000000289"
    Then the sync reports customer "C000000289" failed because "markz@test.com: Failed to add user markz@test.com to company * in Better B2B: HTTP 409, *already has email markz@test.com*"
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type           | Message                     | Description                                                              |
      | ERROR | Customer Contact Sync | {"email":"markz@test.com",* | Failed to add user markz@test.com to company * in Better B2B: HTTP 409,*already has email markz@test.com; emails are unique in the store* |
    And the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name |
      | C000000289         | Instagram    |
    And the company of customer "C000000289" has no Company User(s)
