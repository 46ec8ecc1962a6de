using PX.Data;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce field of a contact (the Kensium Commerce tab of the Contacts form, CR302000).</summary>
    public sealed class KNContactExt : PXCacheExtension<Contact>
    {
        public static bool IsActive() => true;

        #region UsrKNCommerceEnabled
        [PXDBBool]
        [PXDefault(false, PersistingCheck = PXPersistingCheck.Nothing)]
        [PXUIField(DisplayName = "Enable Kensium Commerce Framework")]
        public bool? UsrKNCommerceEnabled { get; set; }
        public abstract class usrKNCommerceEnabled : PX.Data.BQL.BqlBool.Field<usrKNCommerceEnabled> { }
        #endregion
    }
}
