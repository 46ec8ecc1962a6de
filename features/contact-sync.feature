Feature: Customer contact sync from Acumatica to Better B2B
  From "Managing Customer Contact Sync in B2B": "The contacts of Acumatica will be treated as users in B2B."
  A contact of a synced customer, with Kensium Commerce enabled and an active KNB site association of its
  own, becomes a Company User of the customer's company. Only the contact whose Primary box is checked
  becomes the Primary Admin.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And an Acumatica customer "C000000288" named "Facebook" of type "B2B" with account email "accounts@facebook.test"
    And customer "C000000288" has:
      | Customer Class | LOCAL        |
      | Phone 1        | 4444444444   |
      | Address Line 1 | 1 Hacker Way |
      | City           | Menlo Park   |
      | State          | CA           |
      | Postal Code    | 94025        |
      | Country        | US           |
    And customer "C000000288" has the default location "MAIN" named "Primary Location" at its main address
    And Kensium Commerce is enabled on customer "C000000288" with an active "KNB" site association for "B2BQASTORE"

  Scenario: A new contact is reflected on the customer's Contacts grid
    # Step 1: "On the Customer Screen create a new contact."
    When I create the contact "Mark Z" on customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And contact "Mark Z" has:
      | Job Title | Marketing Manager |
    # Step 2: "The contact will be reflected on the grid."
    Then the Contacts tab of customer "C000000288" shows:
      | Active  | Contact | Job Title         | Primary   | Email          | Phone 1    |
      | checked | Mark Z  | Marketing Manager | unchecked | markz@test.com | 4444444444 |

  Scenario: A contact with Kensium Commerce enabled becomes the Primary Admin of the company
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    # Step 3: "Click on Kensium Commerce Check Enable Kensium Commerce Framework under the site association.
    # You need to enable the Connection Type."
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    # Step 7: "The primary contact check box should be checked in Acumatica"
    And the contact "Mark Z" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    # Step 6: "Click on the [Company User(s)] you will be able to see the Username synced from Acumatica. Here
    # the user role is [Primary Admin]."
    And the Company User(s) of company "Facebook" are:
      | Name   | Email          | Phone      | Role          |
      | Mark Z | markz@test.com | 4444444444 | Primary Admin |

  Scenario: The Commerce Reference IDs are written back once the customer, its contact and its location are synced
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Mark Z" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    # Step 4: "Once the customer, contacts and location are synced the commerce reference ID will be generated
    # and updated under the Commerce Reference ID."
    And the "B2BQASTORE" site association of customer "C000000288" carries the Commerce Reference ID of company "Facebook"
    And the "B2BQASTORE" site association of contact "Mark Z" carries the Commerce Reference ID of user "markz@test.com"
    And the "B2BQASTORE" site association of location "MAIN" of customer "C000000288" carries the Commerce Reference ID of address "Primary Location"

  Scenario: The connector log shows the customer contact synced
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Mark Z" is marked Primary
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    # Step 5: "Go to the Customer Log and you will be able to view the customer contact synced."
    And the rows of this sync on the Logs screen include:
      | Level | Action Type           | Message                                                        | Endpoint Url             | Description                                       | Login User |
      | INFO  | Customer Contact Sync | {"email":"markz@test.com","first_name":"Mark","last_name":"Z"… | …/api/v1/company/…/users | Customer Contact is created/updated successfully. | admin      |

  Scenario Outline: Only the contact whose Primary box is checked becomes Primary Admin (Primary box <primary box>)
    # Step 7: "The primary contact check box should be checked in Acumatica then only you can view the same
    # as a Primary User Admin." Every other contact becomes a user with the Senior Buyer role.
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Priscilla C" of customer "C000000288" with email "priscillac@test.com" and phone "5555555555"
    And Kensium Commerce is enabled on contact "Priscilla C" with an active "KNB" site association for "B2BQASTORE"
    And the Primary box of contact "Mark Z" is <primary box>
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of company "Facebook" are:
      | Name        | Email               | Role             |
      | Mark Z      | markz@test.com      | <role of Mark Z> |
      | Priscilla C | priscillac@test.com | Senior Buyer     |

    Examples:
      | primary box | role of Mark Z |
      | checked     | Primary Admin  |
      | unchecked   | Senior Buyer   |

  Scenario: Checking the Primary box of another contact hands Primary Admin over to it
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Priscilla C" of customer "C000000288" with email "priscillac@test.com" and phone "5555555555"
    And Kensium Commerce is enabled on contact "Priscilla C" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Mark Z" is marked Primary
    And the customer sync runs for customer "C000000288"
    And the sync reports no failures
    When the contact "Priscilla C" is marked Primary
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of company "Facebook" are:
      | Name        | Email               | Role          |
      | Mark Z      | markz@test.com      | Senior Buyer  |
      | Priscilla C | priscillac@test.com | Primary Admin |

  Scenario: Unchecking the Primary box makes the Primary Admin a Senior Buyer
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Mark Z" is marked Primary
    And the customer sync runs for customer "C000000288"
    And the sync reports no failures
    When the Primary box of contact "Mark Z" is unchecked
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And the Company User(s) of company "Facebook" are:
      | Name   | Email          | Role         |
      | Mark Z | markz@test.com | Senior Buyer |

  Scenario: A contact whose Kensium Commerce Framework is unchecked after a sync is removed from the Company User(s)
    Given the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the customer sync runs for customer "C000000288"
    And the sync reports no failures
    When contact "Mark Z" has Enable Kensium Commerce Framework "unchecked"
    And the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And company "Facebook" has no Company User(s)
    And the rows of this sync on the Logs screen include:
      | Level | Action Type           | Description                                                                   |
      | INFO  | Customer Contact Sync | User markz@test.com is deleted: the contact no longer qualifies in Acumatica. |
