using System;
using PX.Data;
using PX.Data.BQL;

namespace Kensium.Commerce
{
    /// <summary>
    /// One row of the Site Association grid: which storefront (config site and connector type) a customer,
    /// contact or location belongs to, and the Commerce Reference ID the storefront gave it. The row points
    /// at its record by the record's NoteID, so one table serves the three forms.
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

        [PXDBTimestamp]
        public virtual byte[] Tstamp { get; set; }
        public abstract class tstamp : BqlByteArray.Field<tstamp> { }
        #endregion
    }
}
