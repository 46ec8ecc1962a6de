@mock-control
Feature: Real-time sync from Acumatica push notifications
  With `serve`, the connector listens for Acumatica's push notifications (a webhook with a shared secret in
  a header) and syncs the customers they name, a burst of notifications in one batch. Acumatica sends a
  notification after each save of a customer that changes a column of its inquiry.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And the connector serves push notifications with the secret "a-shared-secret-of-some-length"

  Scenario: A customer saved in Acumatica reaches Better B2B without a scheduled run
    Given Acumatica sends push notifications about customers to the connector with the secret "a-shared-secret-of-some-length"
    When a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And Acumatica has delivered its push notifications and the connector has synced what they name
    Then the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name |
      | C000000012         | John Kenny   |
    And the Site Association of customer "C000000012" shows the Commerce Reference ID of its company
    And every push notification was delivered

  Scenario: A change to a synced customer reaches its company
    Given a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the customer sync has run for customer "C000000012"
    And Acumatica sends push notifications about customers to the connector with the secret "a-shared-secret-of-some-length"
    When the Customer Name of customer "C000000012" is changed to "John Kenny Jr" in Acumatica
    And Acumatica has delivered its push notifications and the connector has synced what they name
    Then the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name  |
      | C000000012         | John Kenny Jr |

  Scenario: Notifications without the shared secret are refused and sync nothing
    Given Acumatica sends push notifications about customers to the connector with the secret "not-the-shared-secret-at-all"
    When a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And Acumatica has delivered its push notifications and the connector has synced what they name
    Then every push notification failed with HTTP 401
    And Better B2B has no company for customer "C000000012"

  Scenario: Customers still pending when the connector stops are synced before it stops
    Given the connector waits 60 seconds of quiet before syncing a burst
    And Acumatica sends push notifications about customers to the connector with the secret "a-shared-secret-of-some-length"
    When a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And Acumatica has delivered its push notifications
    Then Better B2B has no company for customer "C000000012"
    When the connector stops serving
    Then the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name |
      | C000000012         | John Kenny   |
