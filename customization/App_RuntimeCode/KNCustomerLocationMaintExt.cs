using PX.Data;
using PX.Objects.AR;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce tab of the Customer Locations form (AR303020): the location's own enablement and site associations.</summary>
    public class KNCustomerLocationMaintExt : KNSiteAssociationExt<CustomerLocationMaint, Location, Location.noteID>
    {
        public static bool IsActive() => true;

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Location.noteID))]
        [PXParent(typeof(Select<Location, Where<Location.noteID, Equal<Current<KNSiteAssociation.refNoteID>>>>))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.refNoteID> e) { }

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Location.bAccountID))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.bAccountID> e) { }

        protected virtual void _(Events.RowSelected<Location> e)
        {
            if (e.Row == null) return;
            KNLocationExt ext = e.Cache.GetExtension<KNLocationExt>(e.Row);
            ShowAssociationState(e.Cache, e.Row, ext.UsrKNCommerceEnabled == true, typeof(KNLocationExt.usrKNCommerceEnabled).Name);
        }
    }
}
