using PX.Data;
using PX.Objects.AR;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce tab of the Customer Locations form (AR303020): where the location's Commerce Reference ID is kept.</summary>
    public class KNCustomerLocationMaintExt : KNSiteAssociationExt<CustomerLocationMaint, Location, Location.noteID>
    {
        public static bool IsActive() => true;

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Location.noteID))]
        [PXParent(typeof(Select<Location, Where<Location.noteID, Equal<Current<KNSiteAssociation.refNoteID>>>>))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.refNoteID> e) { }
    }
}
