using System;
using PX.Data;
using PX.Data.BQL;

namespace Kensium.Commerce
{
    /// <summary>One row of the connector's Logs screen (KN401000): what the connector did, and how it went.</summary>
    [Serializable]
    [PXCacheName(KNMessages.ConnectorLog)]
    public class KNConnectorLog : PXBqlTable, IBqlTable
    {
        #region LogID
        [PXDBIdentity(IsKey = true)]
        [PXUIField(DisplayName = "Log ID", Enabled = false)]
        public virtual int? LogID { get; set; }
        public abstract class logID : BqlInt.Field<logID> { }
        #endregion

        #region Level
        [PXDBString(10, IsUnicode = false)]
        [PXDefault(KNLogLevel.Info)]
        [KNLogLevel.List]
        [PXUIField(DisplayName = "Level")]
        public virtual string Level { get; set; }
        public abstract class level : BqlString.Field<level> { }
        #endregion

        #region ActionType
        [PXDBString(60, IsUnicode = true)]
        [PXDefault]
        [PXUIField(DisplayName = "Action Type")]
        public virtual string ActionType { get; set; }
        public abstract class actionType : BqlString.Field<actionType> { }
        #endregion

        #region Message
        [PXDBText(IsUnicode = true)]
        [PXUIField(DisplayName = "Message")]
        public virtual string Message { get; set; }
        public abstract class message : BqlString.Field<message> { }
        #endregion

        #region EndpointUrl
        [PXDBString(500, IsUnicode = true)]
        [PXUIField(DisplayName = "Endpoint Url")]
        public virtual string EndpointUrl { get; set; }
        public abstract class endpointUrl : BqlString.Field<endpointUrl> { }
        #endregion

        #region Description
        [PXDBString(1000, IsUnicode = true)]
        [PXUIField(DisplayName = "Description")]
        public virtual string Description { get; set; }
        public abstract class description : BqlString.Field<description> { }
        #endregion

        #region LoginUser
        [PXDBString(256, IsUnicode = true)]
        [PXUIField(DisplayName = "Login User")]
        public virtual string LoginUser { get; set; }
        public abstract class loginUser : BqlString.Field<loginUser> { }
        #endregion

        #region CreatedDateTime
        [PXDBCreatedDateTime]
        [PXUIField(DisplayName = "Created On", Enabled = false)]
        public virtual DateTime? CreatedDateTime { get; set; }
        public abstract class createdDateTime : BqlDateTime.Field<createdDateTime> { }
        #endregion

        #region CreatedByID
        [PXDBCreatedByID]
        public virtual Guid? CreatedByID { get; set; }
        public abstract class createdByID : BqlGuid.Field<createdByID> { }
        #endregion
    }
}
