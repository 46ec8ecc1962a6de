using PX.Data;
using PX.Objects.CR;

namespace Kensium.Commerce
{
    /// <summary>The Kensium Commerce field of a customer location (the Kensium Commerce tab of the Customer Locations form, AR303020).</summary>
    public sealed class KNLocationExt : PXCacheExtension<Location>
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
