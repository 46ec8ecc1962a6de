using PX.Data;

namespace Kensium.Commerce
{
    /// <summary>
    /// The Commerce References form (KN301000): every site association row of one customer, of its contacts and of
    /// its locations, in one grid. The connector writes back all of a customer's Commerce Reference IDs here in one
    /// request (the CommerceReferences entity: the customer, and the rows as its detail); people read them on the
    /// Kensium Commerce tab of each form. The rows' LastModifiedByScreenID (KN301000) tells the connector's own
    /// writes from people's.
    /// </summary>
    public class KNCommerceReferenceMaint : PXGraph<KNCommerceReferenceMaint>
    {
        public PXSave<KNCommerceReferenceFilter> Save;
        public PXCancel<KNCommerceReferenceFilter> Cancel;

        public PXFilter<KNCommerceReferenceFilter> Filter;

        [PXFilterable]
        public PXSelect<KNSiteAssociation,
            Where<KNSiteAssociation.bAccountID, Equal<Current<KNCommerceReferenceFilter.customerID>>>> Associations;

        public KNCommerceReferenceMaint()
        {
            // A row goes with its record (the forms' rule keeps a row that carries a Commerce Reference ID).
            Associations.AllowDelete = false;
        }

        /// <summary>A row added here belongs to the customer of the filter; it names its record by RefNoteID.</summary>
        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDefault(typeof(KNCommerceReferenceFilter.customerID))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.bAccountID> e) { }
    }
}
