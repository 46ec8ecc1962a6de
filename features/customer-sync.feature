Feature: Customer sync from Acumatica to Better B2B
  "Managing Customer sync from Acumatica to B2B": a customer whose type is B2B, with an Account Email,
  Enable Kensium Commerce Framework checked and an active KNB row in its Site Association, becomes an
  approved company in Better B2B. Every action is a row on the connector Logs screen, and the Commerce
  Reference ID that Better B2B returns is written back into the customer's Site Association.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"

  @customer-step-1 @customer-step-2 @customer-step-3 @customer-step-4 @customer-step-5 @contact-step-4 @assumption
  Scenario: A B2B customer with Kensium Commerce enabled becomes an approved company
    The customer procedure from start to end, on the documents' own example, John Kenny.

    Assumed where the documents are silent: the company is approved at once (the store approves new
    companies itself, as the documents' Companies list shows APPROVED on the day of creation); Business Type
    is Default for every company (the documents' Basic Information shows Default); the Address Book shows the
    country as its code, US (the documents' screen spells out United States of America).
    # Step 1: create the customer; its Customer Type is B2B and the Account Email is mandatory
    Given an Acumatica customer "C000000012" named "John Kenny" of type "B2B" with account email "johnkenny@test.com"
    And customer "C000000012" has:
      | Customer Class | LOCAL        |
      | Phone 1        | 3333333333   |
      | Attention      | John Kenny   |
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | State          | NY           |
      | Postal Code    | 10011        |
      | Country        | US           |
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Attention  | Phone 1    | Address Line 1 | City     | State | Postal Code | Country |
      | MAIN        | Primary Location | yes     | John Kenny | 3333333333 | 156 10th Ave   | New York | NY    | 10011       | US      |
    # Step 2: the Kensium Commerce tab, Enable Kensium Commerce Framework, and the KNB row of the Site Association
    And Enable Kensium Commerce Framework is checked on the Kensium Commerce tab of customer "C000000012"
    And the Site Association of customer "C000000012" has the rows:
      | Config Site | Active | Connector type |
      | B2BQASTORE  | yes    | KNB            |
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    # Step 3: the connector Logs screen
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type            | Message                                                     | Endpoint Url       | Description                                        | Login User |
      | INFO  | Customer Sync          | {"company_name":"John Kenny","company_phone":"3333333333",* | */api/v1/company   | Customer data is created/updated successfully.     | admin      |
      | INFO  | Customer Sync          | {"address_label":"Primary Address","first_name":"John",*    | */api/v1/address/* | Customer data is created/updated successfully.     | admin      |
      | INFO  | Customer Location Sync | {"address_label":"Primary Location","first_name":"John",*   | */api/v1/address/* | Customer Location is created/updated successfully. | admin      |
    # Step 4: Better B2B, Companies
    And the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name | Status   | Created At | Approved / Rejected On |
      | C000000012         | John Kenny   | APPROVED | today      | today                  |
    # Step 5: View: Company Detail, its Basic Information and its Address Book
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Name          | John Kenny         |
      | Acumatica Customer Id | C000000012         |
      | Company Email         | johnkenny@test.com |
      | Business Type         | Default            |
      | Customer Class        | Domestic Customers |
      | Price Class           |                    |
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label    | Default Billing | Default Shipping | Address Line 1 | City     | State | Zip Code | Country | Phone      |
      | Primary Address  | yes             | no               | 156 10th Ave   | New York | NY    | 10011    | US      | 3333333333 |
      | Primary Location | no              | yes              | 156 10th Ave   | New York | NY    | 10011    | US      | 3333333333 |
    And the company of customer "C000000012" has no Company User(s)
    # The Commerce Reference IDs, in the Site Association of the customer and of its location
    And the Site Association of customer "C000000012" shows the Commerce Reference ID of its company
    And the Site Association of location "MAIN" of customer "C000000012" shows the Commerce Reference ID of its address

  @customer-step-5
  Scenario: Locations other than the default one become shipping addresses of the Address Book
    Given an Acumatica customer "C000000012" named "John Kenny" of type "B2B" with account email "johnkenny@test.com"
    And customer "C000000012" is set up for Kensium Commerce on config site "B2BQASTORE"
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Active | Address Line 1 | City     | State | Postal Code | Country |
      | MAIN        | Primary Location | yes     | yes    | 156 10th Ave   | New York | NY    | 10011       | US      |
      | WAREHOUSE   | Brooklyn Dock    | no      | yes    | 1 Dock St      | Brooklyn | NY    | 11201       | US      |
      | OLD         | Closed Store     | no      | no     | 9 Gone Rd      | Albany   | NY    | 12201       | US      |
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label    | Shipping | Default Shipping | City     |
      | Primary Location | yes      | yes              | New York |
      | Brooklyn Dock    | yes      | no               | Brooklyn |
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type            | Message                                           |
      | INFO  | Customer Location Sync | Location OLD of customer C000000012 is not active |

  @customer-step-5
  Scenario: With Include Locations unchecked on the connector, only the billing address is synced
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000012" has:
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | Postal Code    | 10011        |
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Address Line 1 | City     | Postal Code |
      | MAIN        | Primary Location | yes     | 156 10th Ave   | New York | 10011       |
    And Include Locations is unchecked on the connector "B2BQASTORE"
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label   | Default Billing |
      | Primary Address | yes             |

  @customer-step-5
  Scenario: A location deactivated in Acumatica is removed from the Address Book
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Address Line 1 | City     | Postal Code |
      | MAIN        | Primary Location | yes     | 156 10th Ave   | New York | 10011       |
      | WAREHOUSE   | Brooklyn Dock    | no      | 1 Dock St      | Brooklyn | 11201       |
    And the customer sync has run for customer "C000000012"
    When customer "C000000012" has the locations:
      | Location ID | Active |
      | WAREHOUSE   | no     |
    And the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label    |
      | Primary Location |
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type            | Description                                                                                       |
      | INFO  | Customer Location Sync | Address Brooklyn Dock (location * of customer *) is deleted: it is no longer active in Acumatica. |

  @customer-step-4 @customer-step-5
  Scenario: A change to the customer in Acumatica updates its company in Better B2B
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the customer sync has run for customer "C000000012"
    When the Customer Name of customer "C000000012" is changed to "John Kenny Jr" in Acumatica
    And the Account Email of customer "C000000012" is changed to "jk@test.com" in Acumatica
    And the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name  |
      | C000000012         | John Kenny Jr |
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Email | jk@test.com |
    And the Site Association of customer "C000000012" shows the Commerce Reference ID of its company

  @customer-step-5
  Scenario: A phone removed in Acumatica is removed from the company
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the Phone 1 of customer "C000000012" is "3333333333"
    And the customer sync has run for customer "C000000012"
    When the Phone 1 of customer "C000000012" is changed to "" in Acumatica
    And the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Phone |  |

  @customer-step-3
  Scenario: A customer name longer than Better B2B accepts fails, and the Logs screen names the field
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the Customer Name of customer "C000000012" is "John Kenny Holdings International Incorporated, Wholesale and Retail Division of North America, Canada and Mexico"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "Failed to create the company of C000000012 in Better B2B: HTTP 422, Failed to create the company: the body is invalid (company_name)*(company_name: must be at most 100 characters)*"
    And the Logs screen shows exactly these rows for this sync:
      | Level | Action Type   | Message                                             | Endpoint Url     | Description                                                          |
      | ERROR | Customer Sync | {"company_name":"John Kenny Holdings International* | */api/v1/company | Failed to create the company of C000000012 in Better B2B: HTTP 422,*(company_name: must be at most 100 characters)* |
    And Better B2B has no company for customer "C000000012"
