Feature: Running the sync again is safe
  A second run writes nothing when nothing changed: no company, address or user is created twice, and no
  row is added to the Logs screen. A run on a machine without the sync state, or after a run that stopped
  half-way, creates no duplicates either.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000012" has:
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | Postal Code    | 10011        |
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Address Line 1 | City     | Postal Code |
      | MAIN        | Primary Location | yes     | 156 10th Ave   | New York | 10011       |
    And customer "C000000012" has a contact "John Kenny" with email "johnkenny@test.com"
    And the contact "John Kenny" of customer "C000000012" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the contact "John Kenny" of customer "C000000012" is marked Primary

  Scenario: A second run with nothing changed writes nothing
    Given the customer sync has run for customer "C000000012"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" unchanged
    And the Logs screen shows no rows for this sync
    And Better B2B has exactly one company for customer "C000000012", with 2 addresses and 1 user

  Scenario: A full pass over every customer (sync --all) leaves a synced customer unchanged
    Given the customer sync has run for customer "C000000012"
    When the customer sync runs for all customers
    Then the sync reports customer "C000000012" unchanged
    And Better B2B has exactly one company for customer "C000000012", with 2 addresses and 1 user

  Scenario: Without its sync state (a new machine) the sync finds what it wrote and creates nothing twice
    Given the customer sync has run for customer "C000000012"
    And the sync state is lost
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" unchanged
    And Better B2B has exactly one company for customer "C000000012", with 2 addresses and 1 user

  Scenario: A company changed by hand in Better B2B is repaired by a sync with --verify
    Given the customer sync has run for customer "C000000012"
    And someone changes the "Company Email" of the company of customer "C000000012" to "changed@by.hand" in Better B2B
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" unchanged
    When the customer sync runs for customer "C000000012" with "--verify"
    Then the sync reports customer "C000000012" synced
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Email | johnkenny@test.com |

  Scenario: A dry run says what it would write and writes nothing
    When the customer sync runs for customer "C000000012" with "--dry-run"
    Then the sync reports customer "C000000012" synced
    And Better B2B has no company for customer "C000000012"
    And the Logs screen shows no rows for this sync

  @mock-control
  Scenario: A run that stopped after creating the company, before writing the Commerce Reference ID back, is resumed without a duplicate
    Given Acumatica answers "500 Internal Server Error" to every request to write back the Commerce Reference IDs
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "Failed to write back the Commerce Reference IDs of customer C000000012 in Acumatica: HTTP 500*"
    Given Acumatica is back
    And the sync state is lost
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And Better B2B has exactly one company for customer "C000000012", with 2 addresses and 1 user
    And the Site Association of customer "C000000012" shows the Commerce Reference ID of its company
