using PX.Data;
using PX.Data.BQL.Fluent;

namespace Kensium.Commerce
{
    /// <summary>
    /// The Site Associations inquiry (KN402000): every site association row of the tenant, read-only. The
    /// SiteAssociationRecord entity lists them through the contract-based API, filtered by config site and by the
    /// time they were last changed, without expanding a detail on every customer, contact and location.
    /// </summary>
    public class KNSiteAssociationInq : PXGraph<KNSiteAssociationInq>
    {
        public PXCancel<KNSiteAssociation> Cancel;

        [PXFilterable]
        public SelectFrom<KNSiteAssociation>.View Associations;

        public KNSiteAssociationInq()
        {
            Associations.AllowInsert = false;
            Associations.AllowUpdate = false;
            Associations.AllowDelete = false;
        }
    }
}
