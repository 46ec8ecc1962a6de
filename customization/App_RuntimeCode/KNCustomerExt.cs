using PX.Data;
using PX.Objects.AR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce fields of a customer (the Kensium Commerce tab of the Customers form, AR303000).</summary>
    public sealed class KNCustomerExt : PXCacheExtension<Customer>
    {
        public static bool IsActive() => true;

        #region UsrKNCommerceEnabled
        [PXDBBool]
        [PXDefault(false, PersistingCheck = PXPersistingCheck.Nothing)]
        [PXUIField(DisplayName = "Enable Kensium Commerce Framework")]
        public bool? UsrKNCommerceEnabled { get; set; }
        public abstract class usrKNCommerceEnabled : PX.Data.BQL.BqlBool.Field<usrKNCommerceEnabled> { }
        #endregion

        #region UsrKNCustomerType
        [PXDBString(3, IsFixed = true, IsUnicode = false)]
        [PXDefault(KNCustomerType.B2C, PersistingCheck = PXPersistingCheck.Nothing)]
        [KNCustomerType.List]
        [PXUIField(DisplayName = "Customer Type")]
        public string UsrKNCustomerType { get; set; }
        public abstract class usrKNCustomerType : PX.Data.BQL.BqlString.Field<usrKNCustomerType> { }
        #endregion
    }
}
