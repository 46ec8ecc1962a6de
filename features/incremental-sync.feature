Feature: Incremental sync
  A plain `sync` reads what changed in Acumatica since the last run: customers, and customers whose
  contacts, locations, account email or main address changed (none of those touches the customer's own
  Last Modified stamp), plus the customers that failed last time. A customer that did not change costs no write: nothing is sent to Better B2B for it
  and no row is added to the Logs screen.

  Background:
    Given the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And a B2B customer "C000000288" named "Facebook" with account email "accounts@facebook.test", set up for Kensium Commerce on "B2BQASTORE"
    And customer "C000000288" has a contact "Mark Z" with email "markz@test.com"
    And the contact "Mark Z" of customer "C000000288" is set up for Kensium Commerce on config site "B2BQASTORE"
    And the incremental customer sync has run

  Scenario: A changed customer is synced; an unchanged one is left alone
    When the Phone 1 of customer "C000000012" is changed to "3330000000" in Acumatica
    And the incremental customer sync runs
    Then the sync reports customer "C000000012" synced
    And the sync left customer "C000000288" alone
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Phone | 3330000000 |

  Scenario: A change to a contact alone is synced, although its customer did not change
    When the contact "Mark Z" of customer "C000000288" has:
      | Phone 1 | 4440000000 |
    And the incremental customer sync runs
    Then the sync reports customer "C000000288" synced
    And the sync left customer "C000000012" alone
    And the Company User(s) of the company of customer "C000000288" show exactly these rows:
      | User Name | Phone      |
      | Mark Z    | 4440000000 |

  # In Acumatica the account email and the main address are rows of their own (the default contact and its
  # address): changing them leaves the customer's Last Modified stamp where it was. Time passes first, so that
  # the customers of the Background are older than the watermark and only the change itself can bring one in.
  @mock-control
  Scenario: A change to the account email alone is synced, although the customer's own stamp did not move
    Given 10 minutes pass in Acumatica
    And the incremental customer sync has run
    And 10 minutes pass in Acumatica
    When the Account Email of customer "C000000012" is changed to "john.kenny@test.com" in Acumatica
    And the incremental customer sync runs
    Then the sync reports customer "C000000012" synced
    And the sync left customer "C000000288" alone
    And the Basic Information of the company of customer "C000000012" shows:
      | Company Email | john.kenny@test.com |

  @mock-control
  Scenario: A change to the main address alone is synced, although the customer's own stamp did not move
    Given customer "C000000012" has:
      | Address Line 1 | 156 10th Ave |
      | City           | New York     |
      | Postal Code    | 10011        |
    And 10 minutes pass in Acumatica
    And the incremental customer sync has run
    And 10 minutes pass in Acumatica
    When the Address Line 1 of customer "C000000012" is changed to "1 Dock St" in Acumatica
    And the incremental customer sync runs
    Then the sync reports customer "C000000012" synced
    And the sync left customer "C000000288" alone
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label   | Default Billing | Address Line 1 |
      | Primary Address | yes             | 1 Dock St      |

  Scenario: A new location is synced into the Address Book
    When customer "C000000012" has the locations:
      | Location ID | Location Name | Default | Address Line 1 | City     | Postal Code |
      | WAREHOUSE   | Brooklyn Dock | no      | 1 Dock St      | Brooklyn | 11201       |
    And the incremental customer sync runs
    Then the sync reports customer "C000000012" synced
    And the Address Book of the company of customer "C000000012" shows exactly these rows:
      | Address Label | Shipping |
      | Brooklyn Dock | yes      |

  Scenario: A customer created since the last run is synced
    When a B2B customer "C000000290" named "WhatsApp" with account email "accounts@whatsapp.test", set up for Kensium Commerce on "B2BQASTORE"
    And the incremental customer sync runs
    Then the sync reports customer "C000000290" synced
    And the sync left customer "C000000012" alone
    And the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name |
      | C000000290         | WhatsApp     |

  Scenario: When nothing changed, nothing is written
    When the incremental customer sync runs
    Then the sync left customer "C000000012" alone
    And the sync left customer "C000000288" alone
    And the Logs screen shows no rows for this sync

  @mock-control
  Scenario: A customer that failed is synced by the next run
    Given Better B2B answers "400 Bad Request" to the next 1 request to update a company
    And the Customer Name of customer "C000000012" is changed to "John Kenny Jr" in Acumatica
    When the incremental customer sync runs
    Then the sync reports customer "C000000012" failed because "Failed to update company * in Better B2B: HTTP 400*"
    When the incremental customer sync runs
    Then the sync reports customer "C000000012" synced
    And the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name  |
      | C000000012         | John Kenny Jr |
