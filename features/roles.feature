Feature: User Roles of a company in Better B2B
  "The user role is a Predefined role": the User Roles tab of Company Detail lists the Admin role of type
  Predefined, and its View option shows the role's permissions. The Primary Admin synced from the contact
  marked Primary has that Admin role.

  @customer-step-5
  Scenario: The User Roles tab of a company lists the predefined Admin role
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the customer sync has run for customer "C000000012"
    Then the User Roles tab of the company of customer "C000000012" lists at least these rows:
      | Role Name | Type       |
      | Admin     | Predefined |

  @customer-step-5
  Scenario: Viewing the predefined Admin role shows its permissions
    When I view the role "Admin" in Better B2B
    Then the role is of type "Predefined" and has exactly the permissions:
      | Permission group | Permission               |
      | Manage Companies | View Company information |
      | Manage Companies | Edit Company Information |
      | Manage Users     | View Users               |
      | Manage Users     | Add New User             |
      | Manage Users     | Edit User                |
      | Manage Users     | Delete User              |
      | Manage Roles     | View Roles               |
      | Manage Roles     | Add New Role             |
      | Manage Roles     | Edit Role                |
      | Manage Roles     | Delete Role              |
      |                  | View Orders              |
      |                  | Place Order              |
      |                  | Order Credit Limit Value |

  @customer-step-5
  Scenario: Predefined roles cannot be modified
    When I try to remove the permission "Place Order" from the role "Admin" in Better B2B
    Then Better B2B refuses with "Predefined roles cannot be modified"
    And the role "Admin" still has all its 13 permissions

  @customer-step-5
  Scenario: A predefined role cannot be deleted
    When I try to delete the role "Admin" in Better B2B
    Then Better B2B refuses with "Predefined roles cannot be modified"
    And the roles of Better B2B include at least these rows:
      | Role Name | Type       |
      | Admin     | Predefined |

  @contact-step-6
  Scenario: The Primary Admin synced from Acumatica has the predefined Admin role
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000288" named "Facebook" with account email "accounts@facebook.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "Mark Z" of customer "C000000288" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Role          | Role Name | Role Type  |
      | Mark Z    | Primary Admin | Admin     | Predefined |
