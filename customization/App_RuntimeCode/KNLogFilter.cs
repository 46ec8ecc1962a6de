using System;
using PX.Data;
using PX.Data.BQL;

namespace Kensium.Commerce
{
    /// <summary>
    /// The filter above the grid of the Logs screen (KN401000): Action Type, Level, From Date and Time, To Date
    /// and Time, and a text the Message contains. An empty field does not filter.
    /// </summary>
    [Serializable]
    [PXHidden]
    public class KNLogFilter : PXBqlTable, IBqlTable
    {
        #region ActionType
        [PXString(60, IsUnicode = true)]
        [PXUIField(DisplayName = "Action Type")]
        public virtual string ActionType { get; set; }
        public abstract class actionType : BqlString.Field<actionType> { }
        #endregion

        #region Level
        [PXString(10, IsUnicode = false)]
        [KNLogLevel.List]
        [PXUIField(DisplayName = "Level")]
        public virtual string Level { get; set; }
        public abstract class level : BqlString.Field<level> { }
        #endregion

        #region FromDate
        [PXDate]
        [PXUIField(DisplayName = "From Date")]
        public virtual DateTime? FromDate { get; set; }
        public abstract class fromDate : BqlDateTime.Field<fromDate> { }
        #endregion

        #region FromTime
        [PXDateAndTime]
        [PXUIField(DisplayName = "From Time")]
        public virtual DateTime? FromTime { get; set; }
        public abstract class fromTime : BqlDateTime.Field<fromTime> { }
        #endregion

        #region ToDate
        [PXDate]
        [PXUIField(DisplayName = "To Date")]
        public virtual DateTime? ToDate { get; set; }
        public abstract class toDate : BqlDateTime.Field<toDate> { }
        #endregion

        #region ToTime
        [PXDateAndTime]
        [PXUIField(DisplayName = "To Time")]
        public virtual DateTime? ToTime { get; set; }
        public abstract class toTime : BqlDateTime.Field<toTime> { }
        #endregion

        #region Message
        [PXString(255, IsUnicode = true)]
        [PXUIField(DisplayName = "Message")]
        public virtual string Message { get; set; }
        public abstract class message : BqlString.Field<message> { }
        #endregion
    }
}
