using System;
using PX.Data;
using PX.Data.BQL;

namespace Kensium.Commerce
{
    /// <summary>A connector to a storefront (Connectors form, KN101000): its site, its type and what it syncs.</summary>
    [Serializable]
    [PXCacheName(KNMessages.ConnectorConfiguration)]
    [PXPrimaryGraph(typeof(KNConnectorConfigurationMaint))]
    public class KNConnectorConfiguration : PXBqlTable, IBqlTable
    {
        #region ConnectorID
        [PXDBString(30, IsKey = true, IsUnicode = true, InputMask = ">CCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")]
        [PXDefault]
        [PXSelector(typeof(Search<KNConnectorConfiguration.connectorID>), DescriptionField = typeof(KNConnectorConfiguration.name))]
        [PXUIField(DisplayName = "Connector ID", Visibility = PXUIVisibility.SelectorVisible)]
        public virtual string ConnectorID { get; set; }
        public abstract class connectorID : BqlString.Field<connectorID> { }
        #endregion

        #region Name
        [PXDBString(100, IsUnicode = true)]
        [PXUIField(DisplayName = "Name", Visibility = PXUIVisibility.SelectorVisible)]
        public virtual string Name { get; set; }
        public abstract class name : BqlString.Field<name> { }
        #endregion

        #region Active
        [PXDBBool]
        [PXDefault(true)]
        [PXUIField(DisplayName = "Active")]
        public virtual bool? Active { get; set; }
        public abstract class active : BqlBool.Field<active> { }
        #endregion

        #region ConfigSite
        [PXDBString(30, IsUnicode = true, InputMask = ">CCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")]
        [PXDefault]
        [PXUIField(DisplayName = "Config Site")]
        public virtual string ConfigSite { get; set; }
        public abstract class configSite : BqlString.Field<configSite> { }
        #endregion

        #region ConnectorType
        [PXDBString(10, IsUnicode = true)]
        [PXDefault(KNConnectorType.BetterB2B)]
        [KNConnectorType.List]
        [PXUIField(DisplayName = "Connector Type")]
        public virtual string ConnectorType { get; set; }
        public abstract class connectorType : BqlString.Field<connectorType> { }
        #endregion

        #region CustomerClasses
        [PXDBString(500, IsUnicode = true)]
        [PXUIField(DisplayName = "Customer Classes (empty: all)")]
        public virtual string CustomerClasses { get; set; }
        public abstract class customerClasses : BqlString.Field<customerClasses> { }
        #endregion

        #region IncludeLocations
        [PXDBBool]
        [PXDefault(true)]
        [PXUIField(DisplayName = "Include Locations")]
        public virtual bool? IncludeLocations { get; set; }
        public abstract class includeLocations : BqlBool.Field<includeLocations> { }
        #endregion

        #region IncludeContacts
        [PXDBBool]
        [PXDefault(true)]
        [PXUIField(DisplayName = "Include Contacts")]
        public virtual bool? IncludeContacts { get; set; }
        public abstract class includeContacts : BqlBool.Field<includeContacts> { }
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

        [PXNote]
        public virtual Guid? NoteID { get; set; }
        public abstract class noteID : BqlGuid.Field<noteID> { }

        [PXDBTimestamp]
        public virtual byte[] Tstamp { get; set; }
        public abstract class tstamp : BqlByteArray.Field<tstamp> { }
        #endregion
    }
}
