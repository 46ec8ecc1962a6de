Feature: Customer sync from Acumatica to Better B2B
  From "Managing Customer sync from Acumatica to B2B". A customer whose type is B2B, with an Account Email,
  Kensium Commerce enabled and an active KNB site association becomes an approved company in Better B2B,
  with its Basic Information and Address Book. Every action is a row on the connector Logs screen, and the
  Commerce Reference ID Better B2B returns is written back into the customer's site association.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    # Step 1: "Create a Customer within Acumatica. [...] you must create the Customer type as B2B. Also, the
    # email address is mandatory."
    And an Acumatica customer "C000000012" named "John Kenny" of type "B2B" with account email "johnkenny@test.com"
    And customer "C000000012" has:
      | Customer Class | LOCAL        |
      | Attention      | John Kenny   |
      | Phone 1        | 3333333333   |
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | State          | NY           |
      | Postal Code    | 10011        |
      | Country        | US           |
    And customer "C000000012" has the default location "MAIN" named "Primary Location" at its main address
    # Step 2: "Click on the [Kensium Commerce] Tab. [...] enable the checkbox for [Enable Kensium Commerce
    # Framework] in the Site Association. Check the box of the connection Type [KNB] and save the screen."
    And Kensium Commerce is enabled on customer "C000000012" with an active "KNB" site association for "B2BQASTORE"

  Scenario: Acumatica refuses a B2B customer without an Account Email
    # Step 1: the email address is mandatory for a customer of type B2B.
    When I save an Acumatica customer "C000000013" named "Anderson" of type "B2B" without an account email
    Then Acumatica refuses to save it with "Account Email cannot be empty for a customer of type B2B."
    And Acumatica has no customer "C000000013"

  Scenario: The connector Logs screen shows the customer synced
    # Step 3: "Go to the connector logs under the Reports." (Customer Sync Details in the Connector Logs)
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And the rows of this sync on the Logs screen are:
      | Level | Action Type            | Message                                                                     | Endpoint Url       | Description                                        | Login User |
      | INFO  | Customer Sync          | {"company_name":"John Kenny","company_phone":"3333333333"…                  | …/api/v1/company   | Customer data is created/updated successfully.     | admin      |
      | INFO  | Customer Sync          | {"address_label":"Primary Address","first_name":"John","last_name":"Kenny"… | …/api/v1/address/… | Customer data is created/updated successfully.     | admin      |
      | INFO  | Customer Location Sync | {"address_label":"Primary Location","first_name":"John","la…                | …/api/v1/address/… | Customer Location is created/updated successfully. | admin      |

  Scenario: The customer is listed on the Better B2B Companies list as APPROVED
    # Step 4: "Go to the Better B2B and click on the Company." (Customer synced from Acumatica to Better B2B)
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Better B2B Companies list shows:
      | Acumatica Customer | Company Name | Status   |
      | C000000012         | John Kenny   | APPROVED |
    And the Created At and Approved / Rejected On dates of company "John Kenny" are the day of the sync

  Scenario: Company Detail shows the Basic Information of the customer
    # Step 5: "Clicking on [View] will give you the details including Basic Information [...]"
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Basic Information of company "John Kenny" shows:
      | Company Name          | John Kenny         |
      | Acumatica Customer Id | C000000012         |
      | Company Email         | johnkenny@test.com |
      | Company Phone         | 3333333333         |
      | Business Type         | Default            |
      | Customer Class        | Domestic Customers |
      | Price Class           |                    |

  Scenario: Company Detail shows the Address Book with the Primary Address and the Primary Location
    # Step 5: Address Book: Billing Address "Primary Address", Default Shipping Address "Primary Location",
    # and "No Address exists!" in the grid of other addresses.
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the Address Book of company "John Kenny" shows:
      | Address Label    | Shown As                 | Address Line 1 | City     | State | Zip Code | Country | Phone      |
      | Primary Address  | Billing Address          | 156 10th Ave   | New York | NY    | 10011    | US      | 3333333333 |
      | Primary Location | Default Shipping Address | 156 10th Ave   | New York | NY    | 10011    | US      | 3333333333 |

  Scenario: Company Detail shows the predefined Admin role under User Roles
    # Step 5: "The user role is a Predefined role." / "The User Role is pre-defined."
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the User Roles of company "John Kenny" include:
      | Role Name | Type       |
      | Admin     | Predefined |

  Scenario: The company's Commerce Reference ID is written back into the customer's site association
    # Contact sync guide, step 4: the Commerce Reference ID is generated once the customer is synced.
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the "B2BQASTORE" site association of customer "C000000012" carries the Commerce Reference ID of company "John Kenny"
    And the "B2BQASTORE" site association of location "MAIN" of customer "C000000012" carries the Commerce Reference ID of address "Primary Location"
