using PX.Data;
using PX.Objects.AR;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>
    /// The Kensium Commerce tab of the Customers form (AR303000): the site associations of the customer, and
    /// the rule that a B2B customer cannot be saved without an Account Email (the main contact's email).
    /// </summary>
    public class KNCustomerMaintExt : KNSiteAssociationExt<CustomerMaint, Customer, Customer.noteID>
    {
        public static bool IsActive() => true;

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Customer.noteID))]
        [PXParent(typeof(Select<Customer, Where<Customer.noteID, Equal<Current<KNSiteAssociation.refNoteID>>>>))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.refNoteID> e) { }

        [PXMergeAttributes(Method = MergeMethod.Append)]
        [PXDBDefault(typeof(Customer.bAccountID))]
        protected virtual void _(Events.CacheAttached<KNSiteAssociation.bAccountID> e) { }

        protected virtual void _(Events.RowSelected<Customer> e)
        {
            if (e.Row == null) return;
            KNCustomerExt ext = e.Cache.GetExtension<KNCustomerExt>(e.Row);
            ShowAssociationState(e.Cache, e.Row, ext.UsrKNCommerceEnabled == true, typeof(KNCustomerExt.usrKNCommerceEnabled).Name);
        }

        protected virtual void _(Events.RowPersisting<Customer> e)
        {
            if (e.Row == null || e.Operation.Command() == PXDBOperation.Delete) return;
            KNCustomerExt ext = e.Cache.GetExtension<KNCustomerExt>(e.Row);
            if (ext.UsrKNCustomerType != KNCustomerType.B2B) return;

            // The main contact (Account Email) is the DefContact view of CustomerMaint's DefContactAddressExt
            // extension: CustomerMaint itself has no DefContact member.
            PXSelectBase<Contact> defContact = Base.GetExtension<CustomerMaint.DefContactAddressExt>().DefContact;
            Contact main = defContact.Current ?? defContact.SelectSingle();
            if (main != null && !string.IsNullOrWhiteSpace(main.EMail)) return;

            if (main != null)
            {
                defContact.Cache.RaiseExceptionHandling<Contact.eMail>(main, main.EMail, new PXSetPropertyException(KNMessages.AccountEmailRequired));
            }
            throw new PXRowPersistingException(typeof(KNCustomerExt.usrKNCustomerType).Name, ext.UsrKNCustomerType, KNMessages.AccountEmailRequired);
        }
    }
}
