using System.Linq;
using PX.Data;
using PX.Data.BQL.Fluent;
using PX.Objects.AR;

namespace Kensium.Commerce
{
    /// <summary>The Connectors form (KN101000): one connector configuration per storefront.</summary>
    public class KNConnectorConfigurationMaint : PXGraph<KNConnectorConfigurationMaint, KNConnectorConfiguration>
    {
        public SelectFrom<KNConnectorConfiguration>.View Connectors;

        /// <summary>The class filter is a comma-separated list; each class must exist.</summary>
        protected virtual void _(Events.FieldVerifying<KNConnectorConfiguration, KNConnectorConfiguration.customerClasses> e)
        {
            string[] classes = ((string)e.NewValue ?? string.Empty)
                .Split(',')
                .Select(c => c.Trim())
                .Where(c => c.Length > 0)
                .ToArray();
            foreach (string classID in classes)
            {
                if (CustomerClass.PK.Find(this, classID) == null)
                {
                    throw new PXSetPropertyException(KNMessages.UnknownCustomerClass, classID);
                }
            }
            e.NewValue = string.Join(",", classes);
        }
    }
}
