@mock-control
Feature: Resilience when Acumatica or Better B2B misbehave
  Throttling (429), server errors (5xx), time-outs and dropped connections are retried with backoff,
  honouring Retry-After; a create is sent again only where Better B2B refuses a second copy (409), which the
  connector adopts. An outage uses up none of a customer's attempts; only a refused record does. When the Acumatica
  session ends the connector signs in again. One customer's failure never stops the others; it is an ERROR
  row on the Logs screen, and the next run catches up: nothing is lost and nothing is created twice.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000012" has the locations:
      | Location ID | Location Name    | Default | Address Line 1 | City     | Postal Code |
      | MAIN        | Primary Location | yes     | 156 10th Ave   | New York | 10011       |
    And a B2B customer "C000000288" named "Facebook" with account email "accounts@facebook.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"

  Scenario: Throttled with 429 and Retry-After, the connector waits and syncs everything
    Given Better B2B answers "429 Too Many Requests" with Retry-After "0" to the next 2 requests to create a company
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports no failures
    And Better B2B answered the connector's requests to create a company with "429, 429, 201, 201"
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

  Scenario: A create that Better B2B carried out but answered with 503 is sent again, and the company adopted
    Better B2B keeps one company per Acumatica customer id: the repeat is answered 409, and the sync takes the
    company the first request created.
    Given Better B2B carries out the next 1 request to create a company but answers "503 Service Unavailable"
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users

  Scenario: A create whose connection was dropped is sent again
    Given Better B2B drops the connection of the next 1 request to create a company
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports no failures
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

  Scenario Outline: A read that fails with "<answer>" is retried
    Given Better B2B answers "<answer>" to the next 2 requests to read the roles
    And Acumatica answers "<answer>" to the next 1 request to read contacts
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports no failures
    And Better B2B answered the connector's requests to read the roles with "<status>, <status>, 200"
    And Acumatica answered the connector's requests to read contacts with "<status>, 200"
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

    Examples: 5xx answers
      | case                  | answer                    | status |
      | internal server error | 500 Internal Server Error | 500    |
      | bad gateway           | 502 Bad Gateway           | 502    |
      | service unavailable   | 503 Service Unavailable   | 503    |
      | gateway time-out      | 504 Gateway Timeout       | 504    |

  Scenario: A request that takes longer than the time limit is retried
    Given the connector's time limit per request is 300 ms
    And Better B2B takes 1000 ms to answer the next request to read the roles
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports no failures
    And Better B2B answered the connector's requests to read the roles with "no answer, 200"
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users

  Scenario: When the Acumatica session ends mid-run (401), the connector signs in again once
    Given the Acumatica session has ended when the connector next reads contacts
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports no failures
    And the connector signed in to Acumatica 2 times during the sync
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

  Scenario: A create that timed out after Better B2B carried it out is sent again, and the address adopted
    An address is unique by its external id in a company, so the repeat is answered 409 and adopted.
    Given the connector's time limit per request is 300 ms
    And Better B2B takes 600 ms to answer the next request to add an address
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And Better B2B eventually holds the address "Primary Location" of the company of customer "C000000012"
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
    And the Site Association of location "MAIN" of customer "C000000012" shows the Commerce Reference ID of its address

  Scenario: Better B2B down, then back: nothing lost, nothing created twice
    Given Better B2B is down
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync could not start because "Failed to read the roles in Better B2B: HTTP 503*"
    Given Better B2B is back
    Then Better B2B has no company for customer "C000000012"
    When the incremental customer sync runs
    Then the sync reports no failures
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

  Scenario: One customer failing does not stop the others, and the next run catches up
    Given Better B2B answers "400 Bad Request" to the next 1 request to create a company
    When the customer sync runs for customers "C000000012" and "C000000288"
    Then the sync reports 1 customer synced
    And the sync reports 1 customer failed because "Failed to create the company of * in Better B2B: HTTP 400*"
    And the Logs screen shows at least these rows for this sync:
      | Level | Action Type   | Description                                                |
      | ERROR | Customer Sync | Failed to create the company of * in Better B2B: HTTP 400* |
    When the incremental customer sync runs
    Then the sync reports no failures
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
    And Better B2B has exactly one company for customer "C000000288", with 0 addresses and 1 user

  Scenario: A customer that keeps failing is aborted, left alone, and synced again by "sync retry"
    Given a customer is aborted after 2 failed attempts
    And Better B2B answers "400 Bad Request" to every request to create a company
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "Failed to create the company of C000000012 in Better B2B: HTTP 400*"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "* (aborted after 2 failed attempts; run sync retry)"
    When the incremental customer sync runs
    Then the sync reports customer "C000000012" aborted because "aborted after 2 failed attempts*; run sync retry"
    And the sync reports customer "C000000288" failed because "Failed to create the company of C000000288 in Better B2B: HTTP 400*"
    Given Better B2B is back
    When the command "sync retry" runs
    Then the command exits with code 0
    And the sync reports customer "C000000012" synced
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users

  Scenario: When Acumatica cannot store connector log rows, the sync still syncs and reports the rows it could not write
    Given Acumatica answers "500 Internal Server Error" to every request to write a connector log row
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" synced
    And the sync reports 2 connector log rows it could not write
    And Better B2B has exactly one company for customer "C000000012", with 1 address and 0 users
