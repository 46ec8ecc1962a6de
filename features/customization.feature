Feature: The Kensium Commerce customization
  The connector reads the Kensium Commerce fields (customer type, Enable Kensium Commerce Framework, the
  site associations, the connector configuration and log) through the KensiumCommerce/24.200.001 endpoint,
  which Acumatica serves only once the Kensium Commerce customization is published. Implementers build
  the customization package from customization/ and publish it to the tenant through Acumatica's
  Customization API, with `customization build` and `customization publish`.

  Scenario: Building the customization package
    When the customization package is built
    Then the build succeeds
    And the package holds project.xml at its root and every file project.xml names
    And the package's endpoint "KensiumCommerce/24.200.001" extends "Default/24.200.001" with these fields:
      | entity                 | fields                                                                                                  |
      | Customer               | CustomerType, KensiumCommerceEnabled, SiteAssociations                                                  |
      | Contact                | KensiumCommerceEnabled, SiteAssociations                                                                |
      | CustomerLocation       | SiteAssociations                                                                                        |
      | ConnectorLog           | Level, ActionType, Message, EndpointUrl, Description, LoginUser, CreatedDateTime                        |
      | ConnectorConfiguration | ConnectorID, Name, Active, ConfigSite, ConnectorType, CustomerClasses, IncludeLocations, IncludeContacts |

  @mock-control
  Scenario: Publishing the customization to a tenant without it
    Given an Acumatica tenant without the Kensium Commerce customization
    Then the tenant answers 404 for the endpoint "KensiumCommerce/24.200.001"
    When the customization is published to the tenant
    Then the publication succeeds and its log ends with "Customization project published successfully."
    And Acumatica lists "KensiumCommerce" among the published customization projects
    And the tenant's endpoint "KensiumCommerce/24.200.001" describes Customer with CustomerType, KensiumCommerceEnabled and SiteAssociations

  @mock-control
  Scenario: Publishing waits while the site does not answer, and signs in again after the restart at the end
    The site restarts at the end of a publication and signs everyone out; while it is down it answers 503.
    Given an Acumatica tenant without the Kensium Commerce customization
    And Acumatica answers "503 Service Unavailable" to the next 2 requests to ask whether the publication has completed
    When the customization is published to the tenant
    Then the publication succeeds and its log ends with "Customization project published successfully."
    And Acumatica lists "KensiumCommerce" among the published customization projects

  @mock-control
  Scenario Outline: A broken package is refused with the reason
    Given an Acumatica tenant without the Kensium Commerce customization
    When a customization package with <defect> is published to the tenant
    Then the publication fails, saying "<reason>"
    And the tenant answers 404 for the endpoint "KensiumCommerce/24.200.001"

    Examples:
      | defect                                     | reason                                                                            |
      | a malformed project.xml                    | project.xml is not well-formed XML: line                                          |
      | the file Pages\KN\KN401000.aspx.cs missing | The file Pages\KN\KN401000.aspx.cs named in project.xml is missing from the package |

  @mock-control
  Scenario: A package whose C# does not parse is refused, the publish log naming the file and the line
    As a real publication does, the tenant checks the package's code when it validates it, and reports each
    error as an error entry of the publish log. A Code item's code becomes App_RuntimeCode\<ClassName>.cs on
    the site: the entry names that file, and the line within the code.
    Given an Acumatica tenant without the Kensium Commerce customization
    When a customization package with a C# syntax error on line 1 of the Code item KNCustomerMaintExt is published to the tenant
    Then the publication fails, saying "App_RuntimeCode\KNCustomerMaintExt.cs(1,12): error: C# syntax error near"
    And the tenant answers 404 for the endpoint "KensiumCommerce/24.200.001"

  @mock-control @mcs
  Scenario: A package whose C# does not compile against the framework is refused with the compiler's error, file and line
    The tenant compiles the Code items against Acumatica's framework (the mock, with mcs against the reference
    surface in src/customization/reference). CustomerMaint has no DefContact view since 2020 R2: it is the
    view of its DefContactAddressExt extension, so reading Base.DefContact is compiler error CS1061.
    Given an Acumatica tenant without the Kensium Commerce customization
    When a customization package with the Code item KNCustomerMaintExt reading Base.DefContact is published to the tenant
    Then the publication fails, saying "App_RuntimeCode\KNCustomerMaintExt.cs(39): error CS1061: Type `PX.Objects.AR.CustomerMaint' does not contain a definition for `DefContact'"
    And the tenant answers 404 for the endpoint "KensiumCommerce/24.200.001"

  @mock-control
  Scenario: The sync says the customization is missing before it is published, and works after
    Given an Acumatica tenant without the Kensium Commerce customization
    When the sync runs from the command line for customer "C000000012"
    Then the sync exits with code 1, asking "is the Kensium Commerce customization published?"
    When the customization is published to the tenant
    And the connector "B2BQASTORE" is active for config site "B2BQASTORE" with connector type "KNB"
    And a B2B customer "C000000012" named "John Kenny" with account email "johnkenny@test.com", set up for Kensium Commerce on "B2BQASTORE"
    And the customer sync runs for customer "C000000012"
    Then the Companies list of Better B2B shows at least these rows:
      | Acumatica Customer | Company Name |
      | C000000012         | John Kenny   |
