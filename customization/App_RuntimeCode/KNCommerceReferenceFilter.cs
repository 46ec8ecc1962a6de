using System;
using PX.Data;
using PX.Data.BQL;
using PX.Objects.AR;

namespace Kensium.Commerce
{
    /// <summary>The customer above the grid of the Commerce References form (KN301000).</summary>
    [Serializable]
    [PXHidden]
    public class KNCommerceReferenceFilter : PXBqlTable, IBqlTable
    {
        #region CustomerID
        [PXInt]
        [PXSelector(typeof(Search<Customer.bAccountID>), SubstituteKey = typeof(Customer.acctCD), DescriptionField = typeof(Customer.acctName))]
        [PXUIField(DisplayName = "Customer")]
        public virtual int? CustomerID { get; set; }
        public abstract class customerID : BqlInt.Field<customerID> { }
        #endregion
    }
}
