using PX.Data;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce tab of the Contacts form (CR302000): the contact's own enablement and site associations.</summary>
    public class KNContactMaintExt : KNSiteAssociationExt<ContactMaint, Contact, Contact.noteID>
    {
        public static bool IsActive() => true;

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Contact.noteID))]
        [PXParent(typeof(Select<Contact, Where<Contact.noteID, Equal<Current<KNSiteAssociation.refNoteID>>>>))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.refNoteID> e) { }

        // A contact of no business account (a lead's) has no customer: its rows keep BAccountID empty.
        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Contact.bAccountID), PersistingCheck = PXPersistingCheck.Nothing)]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.bAccountID> e) { }

        protected virtual void _(Events.RowSelected<Contact> e)
        {
            if (e.Row == null) return;
            KNContactExt ext = e.Cache.GetExtension<KNContactExt>(e.Row);
            ShowAssociationState(e.Cache, e.Row, ext.UsrKNCommerceEnabled == true, typeof(KNContactExt.usrKNCommerceEnabled).Name);
        }
    }
}
