Feature: The connector Logs screen
  "Go to the connector logs under the Reports": every action of the sync is a row of the Logs screen,
  with the columns Level, Action Type, Message, Endpoint Url, Description and Login User, and the screen
  filters its rows by Action Type, Level, From Date and From Time, To Date and To Time.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Address Line 1 | City     | State | Postal Code | Country |
      | MAIN        | Primary Location | yes     | 156 10th Ave   | New York | NY    | 10011       | US      |
    And a B2B customer "C000000288" named "Facebook" with account email "accounts@facebook.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And an Acumatica customer "C000000300" named "Walk-in Retail Buyer" of type "B2C" with account email "walkin@retail.test"
    And customer "C000000300" is set up for Kensium Commerce on config site "B2BQASTORE"

  @customer-step-3
  Scenario: Each action of the sync is a row with Level, Action Type, Message, Endpoint Url, Description and Login User
    When the customer sync runs for customers "C000000012", "C000000288" and "C000000300"
    Then the sync reports customer "C000000300" skipped because "Customer C000000300 is of type B2C; only customers of type B2B are synced"
    And every row of this sync on the Logs screen has a Level, an Action Type, a Message, an Endpoint Url, a Description and the Login User "admin"
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type            | Message                                                                   | Endpoint Url                   | Description                                                                            |
      | INFO  | Customer Sync          | {"company_name":"John Kenny",*                                            | */api/v1/company               | Customer data is created/updated successfully.                                         |
      | INFO  | Customer Location Sync | {"address_label":"Primary Location",*                                     | */api/v1/address/*             | Customer Location is created/updated successfully.                                     |
      | INFO  | Customer Sync          | {"company_name":"Facebook",*                                              | */api/v1/company               | Customer data is created/updated successfully.                                         |
      | INFO  | Customer Contact Sync  | {"email":"markz@test.com",*                                               | */api/v1/company/*/users       | Customer Contact is created/updated successfully.                                      |
      | INFO  | Customer Sync          | Customer C000000300 is of type B2C; only customers of type B2B are synced | */entity/*/Customer/C000000300 | Not synced: Customer C000000300 is of type B2C; only customers of type B2B are synced. |

  @customer-step-3 @contact-step-5
  Scenario: Filtering by Action Type shows only the rows of that action
    Given the customer sync has run for customers "C000000012", "C000000288" and "C000000300"
    When I filter the Logs screen by:
      | Action Type | Customer Contact Sync |
    Then the Logs screen shows only rows with:
      | Action Type | Customer Contact Sync |
    And the filtered Logs screen shows exactly these rows:
      | Level | Action Type           | Message                     |
      | INFO  | Customer Contact Sync | {"email":"markz@test.com",* |

  @customer-step-3
  Scenario: Filtering by Level shows only the rows of that level
    Given the customer sync has run for customers "C000000012" and "C000000288"
    And a B2B customer "C000000289" named "Instagram" with account email "accounts@instagram.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000289" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000289" is set up for Kensium Commerce on config site "B2BQASTORE"
    When the customer sync runs for customer "C000000289"
    Then the sync reports customer "C000000289" failed because "*already has email markz@test.com; emails are unique in the store*"
    When I filter the Logs screen by:
      | Level | ERROR |
    Then the Logs screen shows only rows with:
      | Level | ERROR |
    And the filtered Logs screen shows exactly these rows:
      | Level | Action Type           | Message                     | Description                                                              |
      | ERROR | Customer Contact Sync | {"email":"markz@test.com",* | Failed to add user markz@test.com to company * in Better B2B: HTTP 409,* |

  @customer-step-3
  Scenario: Filtering by Level and Action Type together
    Given the customer sync has run for customers "C000000012", "C000000288" and "C000000300"
    When I filter the Logs screen by:
      | Level       | INFO          |
      | Action Type | Customer Sync |
    Then the Logs screen shows only rows with:
      | Level       | INFO          |
      | Action Type | Customer Sync |
    And the filtered Logs screen shows exactly these rows:
      | Message                                                                   |
      | {"company_name":"John Kenny",*                                            |
      | {"company_name":"Facebook",*                                              |
      | Customer C000000300 is of type B2C; only customers of type B2B are synced |

  @customer-step-3
  Scenario: Filtering by From and To date and time shows only the rows of that period
    Given the customer sync has run for customer "C000000012"
    And the customer sync has run for customer "C000000288"
    And the customer sync has run for customer "C000000300"
    When I filter the Logs screen from the date and time of the first row of sync 2 to those of its last row
    Then the Logs screen shows every row of sync 2 and no row of sync 1 or sync 3
    And the filtered Logs screen shows exactly these rows:
      | Action Type           | Message                      |
      | Customer Sync         | {"company_name":"Facebook",* |
      | Customer Contact Sync | {"email":"markz@test.com",*  |
