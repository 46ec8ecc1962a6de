using System;
using PX.Data;
using PX.Data.BQL;
using PX.Objects.AR;

namespace Kensium.Commerce
{
    /// <summary>
    /// One row of the Site Association grid: which storefront (config site and connector type) a customer,
    /// contact or location belongs to, and the Commerce Reference ID the storefront gave it. The row points
    /// at its record by the record's NoteID, so one table serves the three forms, and names the customer the
    /// record belongs to (the customer itself, the contact's or the location's business account), so that the
    /// rows of a customer, its contacts and its locations are read together (Commerce References, KN301000).
    /// </summary>
    [Serializable]
    [PXCacheName(KNMessages.SiteAssociations)]
    public class KNSiteAssociation : PXBqlTable, IBqlTable
    {
        #region RefNoteID
        [PXDBGuid(IsKey = true)]
        [PXUIField(DisplayName = "Record", Visible = false)]
        public virtual Guid? RefNoteID { get; set; }
        public abstract class refNoteID : BqlGuid.Field<refNoteID> { }
        #endregion

        #region ConfigSite
        [PXDBString(30, IsKey = true, IsUnicode = true, InputMask = ">CCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")]
        [PXDefault]
        [PXSelector(typeof(Search<KNConnectorConfiguration.configSite>), DescriptionField = typeof(KNConnectorConfiguration.name))]
        [PXUIField(DisplayName = "Config Site")]
        public virtual string ConfigSite { get; set; }
        public abstract class configSite : BqlString.Field<configSite> { }
        #endregion

        #region ConnectorType
        [PXDBString(10, IsKey = true, IsUnicode = true)]
        [PXDefault(KNConnectorType.BetterB2B)]
        [KNConnectorType.List]
        [PXUIField(DisplayName = "Connector Type")]
        public virtual string ConnectorType { get; set; }
        public abstract class connectorType : BqlString.Field<connectorType> { }
        #endregion

        #region Active
        [PXDBBool]
        [PXDefault(true)]
        [PXUIField(DisplayName = "Active")]
        public virtual bool? Active { get; set; }
        public abstract class active : BqlBool.Field<active> { }
        #endregion

        #region CommerceReferenceID
        [PXDBString(50, IsUnicode = true)]
        [PXUIField(DisplayName = "Commerce Reference ID", Enabled = false)]
        public virtual string CommerceReferenceID { get; set; }
        public abstract class commerceReferenceID : BqlString.Field<commerceReferenceID> { }
        #endregion

        #region BAccountID
        [PXDBInt]
        [PXSelector(typeof(Search<Customer.bAccountID>), SubstituteKey = typeof(Customer.acctCD))]
        [PXUIField(DisplayName = "Customer", Enabled = false)]
        public virtual int? BAccountID { get; set; }
        public abstract class bAccountID : BqlInt.Field<bAccountID> { }
        #endregion

        #region NoteID
        // A persistent ID: the contract-based API gives a row without a NoteID a new ID in every session.
        [PXNote]
        public virtual Guid? NoteID { get; set; }
        public abstract class noteID : BqlGuid.Field<noteID> { }
        #endregion

        #region Audit
        [PXDBCreatedDateTime]
        public virtual DateTime? CreatedDateTime { get; set; }
        public abstract class createdDateTime : BqlDateTime.Field<createdDateTime> { }

        [PXDBCreatedByID]
        public virtual Guid? CreatedByID { get; set; }
        public abstract class createdByID : BqlGuid.Field<createdByID> { }

        [PXDBLastModifiedDateTime]
        public virtual DateTime? LastModifiedDateTime { get; set; }
        public abstract class lastModifiedDateTime : BqlDateTime.Field<lastModifiedDateTime> { }

        [PXDBLastModifiedByID]
        public virtual Guid? LastModifiedByID { get; set; }
        public abstract class lastModifiedByID : BqlGuid.Field<lastModifiedByID> { }

        // The form the row was last saved on: the connector writes on KN301000, people on the three forms' tab.
        [PXDBLastModifiedByScreenID]
        public virtual string LastModifiedByScreenID { get; set; }
        public abstract class lastModifiedByScreenID : BqlString.Field<lastModifiedByScreenID> { }

        [PXDBTimestamp]
        public virtual byte[] Tstamp { get; set; }
        public abstract class tstamp : BqlByteArray.Field<tstamp> { }
        #endregion
    }
}
