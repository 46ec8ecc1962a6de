Feature: Running the sync again writes nothing that has not changed
  A second run over customers that have not changed in Acumatica finds Better B2B already matching: it
  writes no company, address or user, creates no duplicates, writes no Commerce Reference ID again and adds
  no row to the Logs screen.

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
    And the contact "Mark Z" of customer "C000000288" with email "markz@test.com" and phone "4444444444"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the contact "Mark Z" is marked Primary
    And the customer sync runs for customer "C000000288"
    And the sync reports no failures

  Scenario: A second run reports the customer unchanged and adds no row to the Logs screen
    When the customer sync runs for customer "C000000288"
    Then the sync reports customer "C000000288" unchanged
    And the sync reports no failures
    And the sync wrote no rows to the Logs screen

  Scenario: A second run leaves one company, one user and two addresses
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And Better B2B has one company for customer "C000000288"
    And the Company User(s) of company "Facebook" are:
      | Name   | Email          | Role          |
      | Mark Z | markz@test.com | Primary Admin |
    And the Address Book of company "Facebook" shows:
      | Address Label    | Shown As                 |
      | Primary Address  | Billing Address          |
      | Primary Location | Default Shipping Address |
    And the "B2BQASTORE" site association of customer "C000000288" carries the Commerce Reference ID of company "Facebook"
    And the "B2BQASTORE" site association of contact "Mark Z" carries the Commerce Reference ID of user "markz@test.com"

  @mock-control
  Scenario: A second run sends no write to Better B2B and none to Acumatica
    When the customer sync runs for customer "C000000288"
    Then the sync reports no failures
    And Better B2B received no writes during the last sync
    And Acumatica received no writes during the last sync

  Scenario: A change in Acumatica is the only thing the next run writes
    Given customer "C000000288" has Phone 1 "4445556666"
    When the customer sync runs for customer "C000000288"
    Then the sync reports customer "C000000288" synced
    And the Basic Information of company "Facebook" shows:
      | Company Phone | 4445556666 |
    And the rows of this sync on the Logs screen are:
      | Level | Action Type   | Message                                                  |
      | INFO  | Customer Sync | {"company_name":"Facebook","company_phone":"4445556666"… |
      | INFO  | Customer Sync | {"address_label":"Primary Address"…"phone":"4445556666"… |
