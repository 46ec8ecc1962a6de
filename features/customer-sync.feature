Feature: Customer sync from Acumatica to Better B2B
  From "Managing Customer sync from Acumatica to B2B": a customer whose type is B2B, with an Account Email,
  Kensium Commerce enabled and an active KNB site association, becomes an approved company in Better B2B.
  Every action is written to the connector Logs screen, and the Commerce Reference ID that Better B2B
  returns is written back into the customer's site association.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"

  Scenario: A B2B customer with Kensium Commerce enabled becomes an approved company
    # Step 1: the customer type is B2B and the Account Email is set
    Given the Acumatica customer "C000000012" named "John Kenny" of class "LOCAL" has customer type "B2B" and account email "johnkenny@test.com"
    # Step 2: Kensium Commerce tab, Enable Kensium Commerce Framework, site association KNB
    And Kensium Commerce is enabled on customer "C000000012" with an active "KNB" site association for "B2BQASTORE"
    When the customer sync runs for customer "C000000012"
    # Step 4: the Companies list
    Then Better B2B lists the company "John Kenny" with status "APPROVED"
    # Step 5: Company Detail, Basic Information and Address Book
    And the Basic Information of company "John Kenny" shows:
      | Company Name          | John Kenny         |
      | Acumatica Customer Id | C000000012         |
      | Company Email         | johnkenny@test.com |
      | Customer Class        | Domestic Customers |
    And the Address Book of company "John Kenny" shows billing address "Primary Address" and default shipping address "Primary Location"
    # Step 3: the connector Logs screen
    And the connector log has an "INFO" "Customer Sync" row whose message is the JSON sent with "company_name" "John Kenny"
    And that row has Endpoint Url ending in "/api/v1/company", Description "Customer data is created/updated successfully." and Login User "admin"
    # Contact procedure, step 4: the Commerce Reference ID is written back
    And the "B2BQASTORE" site association of customer "C000000012" carries the Commerce Reference ID of company "John Kenny"
