Feature: The connector Logs screen
  The customer sync guide, step 3: "Go to the connector logs under the Reports." Every action of the
  connector is a row on the Logs screen, with the columns Level, Action Type, Message, Endpoint Url,
  Description and Login User, and the grid can be narrowed by Action Type, Level, From Date and From Time,
  To Date and To Time. The screen reads the ConnectorLog entity of the KensiumCommerce endpoint, and each
  filter is a $filter on it.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And an Acumatica customer "C000000012" named "John Kenny" of type "B2B" with account email "johnkenny@test.com"
    And customer "C000000012" has:
      | Customer Class | LOCAL        |
      | Phone 1        | 3333333333   |
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | State          | NY           |
      | Postal Code    | 10011        |
      | Country        | US           |
    And customer "C000000012" has the default location "MAIN" named "Primary Location" at its main address
    And Kensium Commerce is enabled on customer "C000000012" with an active "KNB" site association for "B2BQASTORE"
    # The rows of the screenshot that another connector wrote, and one error row (invented: the documents show none).
    And the Logs screen already shows these rows:
      | Level | Action Type | Message                            | Endpoint Url                           | Description                          | Login User |
      | INFO  | Order Sync  | The connector has not been enabled | KN.CF.50.20                            | The connector has not been enabled   | admin      |
      | INFO  | Order Sync  | The connector has not been enabled | KN.CF.50.60                            | The connector has not been enabled   | admin      |
      | ERROR | Order Sync  | Order SO012345 could not be sent   | https://betterb2b.example/api/v1/order | Failed to create order in Better B2B | admin      |

  Scenario: Every row of a sync fills the six columns of the Logs screen
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And every row of this sync on the Logs screen fills Level, Action Type, Message, Endpoint Url, Description and Login User

  Scenario: The Login User of every row is the user the connector signs in as
    When the customer sync runs for customer "C000000012"
    Then the sync reports no failures
    And the rows of this sync on the Logs screen are:
      | Action Type            | Login User |
      | Customer Sync          | admin      |
      | Customer Sync          | admin      |
      | Customer Location Sync | admin      |

  Scenario Outline: Filtering the Logs screen by Action Type "<action type>" and Level "<level>"
    Given the customer sync runs for customer "C000000012"
    And the sync reports no failures
    When I filter the Logs screen by Action Type "<action type>" and Level "<level>"
    Then the Logs screen shows <rows> rows of this scenario

    Examples:
      | action type            | level | rows |
      |                        |       | 6    |
      | Order Sync             |       | 3    |
      | Customer Sync          |       | 2    |
      | Customer Location Sync |       | 1    |
      |                        | INFO  | 5    |
      |                        | ERROR | 1    |
      | Order Sync             | INFO  | 2    |
      | Customer Sync          | ERROR | 0    |

  Scenario: Filtering by Action Type shows the rows of that action only
    Given the customer sync runs for customer "C000000012"
    And the sync reports no failures
    When I filter the Logs screen with:
      | Action Type | Customer Location Sync |
    Then the Logs screen shows these rows of this scenario:
      | Level | Action Type            | Message                              | Description                                        |
      | INFO  | Customer Location Sync | {"address_label":"Primary Location"… | Customer Location is created/updated successfully. |

  Scenario: From Date and From Time hide the rows of an earlier sync
    Given the contact "Mark Z" of customer "C000000012" with email "markz@test.com" and phone "4444444444"
    And the customer sync runs for customer "C000000012"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the customer sync runs for customer "C000000012"
    And the sync reports no failures
    When I set the Logs screen's From Date and From Time to the time of the second sync's first row
    Then the Logs screen shows the rows of the second sync and none of the first sync

  Scenario: To Date and To Time hide the rows of a later sync
    Given the contact "Mark Z" of customer "C000000012" with email "markz@test.com" and phone "4444444444"
    And the customer sync runs for customer "C000000012"
    And Kensium Commerce is enabled on contact "Mark Z" with an active "KNB" site association for "B2BQASTORE"
    And the customer sync runs for customer "C000000012"
    And the sync reports no failures
    When I set the Logs screen's To Date and To Time to the time of the first sync's last row
    Then the Logs screen shows the rows of the first sync and none of the second sync

  Scenario Outline: A date and time window <window> the rows written today
    Given the customer sync runs for customer "C000000012"
    And the sync reports no failures
    When I filter the Logs screen with:
      | From Date | <from date> |
      | From Time | <from time> |
      | To Date   | <to date>   |
      | To Time   | <to time>   |
    Then the Logs screen shows <rows> rows of this scenario

    Examples:
      | window              | from date  | from time | to date    | to time  | rows |
      | in the past hides   | 11/20/2023 | 12:00 AM  | 11/21/2023 | 11:59 PM | 0    |
      | in the future hides | 01/01/2099 | 12:00 AM  |            |          | 0    |
      | from 2023 on shows  | 11/21/2023 | 10:30 AM  |            |          | 6    |
      | up to 2099 shows    |            |           | 12/31/2099 |          | 6    |

  @mock-control
  Scenario: A company Better B2B refuses is an ERROR row with Better B2B's reason
    Given Better B2B answers the next POST to "/api/v1/company" with HTTP 422 and message "Company name is not allowed"
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "Failed to create the company of C000000012 in Better B2B: HTTP 422"
    And Better B2B has no company for customer "C000000012"
    And the rows of this sync on the Logs screen are:
      | Level | Action Type   | Message                                                    | Endpoint Url     | Description                                                                                      | Login User |
      | ERROR | Customer Sync | {"company_name":"John Kenny","company_phone":"3333333333"… | …/api/v1/company | Failed to create the company of C000000012 in Better B2B: HTTP 422, Company name is not allowed. | admin      |
    When I filter the Logs screen by Action Type "Customer Sync" and Level "ERROR"
    Then the Logs screen shows 1 row of this scenario

  @mock-control
  Scenario: Regression: a Better B2B reason ending in a period was logged with two periods
    Given Better B2B answers the next POST to "/api/v1/company" with HTTP 422 and message "Company name is not allowed."
    When the customer sync runs for customer "C000000012"
    Then the sync reports customer "C000000012" failed because "HTTP 422, Company name is not allowed."
    And the rows of this sync on the Logs screen are:
      | Level | Action Type   | Description                                                                                      |
      | ERROR | Customer Sync | Failed to create the company of C000000012 in Better B2B: HTTP 422, Company name is not allowed. |
