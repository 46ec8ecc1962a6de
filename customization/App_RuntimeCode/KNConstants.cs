using PX.Common;
using PX.Data;
using PX.Data.BQL;

namespace Kensium.Commerce
{
    /// <summary>The texts the customization shows; localizable through the Translation Dictionaries form.</summary>
    [PXLocalizable]
    public static class KNMessages
    {
        public const string KensiumCommerce = "Kensium Commerce";
        public const string SiteAssociations = "Site Associations";
        public const string ConnectorLog = "Connector Log";
        public const string ConnectorConfiguration = "Connector Configuration";
        public const string AccountEmailRequired = "A B2B customer needs an Account Email before it can be saved. Enter the email of the main contact, or set the customer type to B2C.";
        public const string SiteAssociationRequired = "Kensium Commerce is enabled but no site association is active. Add an active site association on the Kensium Commerce tab.";
        public const string ReferenceKept = "A site association with a Commerce Reference ID cannot be deleted: the storefront record would lose its link to this one. Clear the Active check box instead.";
        public const string UnknownCustomerClass = "The customer class {0} does not exist.";
    }

    /// <summary>The customer type the connector reads: only B2B customers become companies in Better B2B.</summary>
    public static class KNCustomerType
    {
        public const string B2B = "B2B";
        public const string B2C = "B2C";

        public class b2B : BqlString.Constant<b2B>
        {
            public b2B() : base(B2B) { }
        }

        public class ListAttribute : PXStringListAttribute
        {
            public ListAttribute() : base(new[] { B2B, B2C }, new[] { "B2B", "B2C" }) { }
        }
    }

    /// <summary>Connector types of a site association; KNB is the Better B2B connector.</summary>
    public static class KNConnectorType
    {
        public const string BetterB2B = "KNB";

        public class ListAttribute : PXStringListAttribute
        {
            public ListAttribute() : base(new[] { BetterB2B }, new[] { "Better B2B" }) { }
        }
    }

    /// <summary>The levels of a connector log row, as the Logs screen shows them.</summary>
    public static class KNLogLevel
    {
        public const string Info = "INFO";
        public const string Warning = "WARNING";
        public const string Error = "ERROR";

        public class ListAttribute : PXStringListAttribute
        {
            public ListAttribute() : base(new[] { Info, Warning, Error }, new[] { Info, Warning, Error }) { }
        }
    }
}
