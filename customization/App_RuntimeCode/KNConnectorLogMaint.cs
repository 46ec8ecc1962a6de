using System;
using System.Collections;
using System.Collections.Generic;
using PX.Data;

namespace Kensium.Commerce
{
    /// <summary>
    /// The connector's Logs screen (KN401000): the filter (Action Type, Level, From and To date and time, Message)
    /// over the grid of log rows, newest first. Rows are written by the connector and read by people.
    /// </summary>
    /// <remarks>
    /// Two views hold the rows. The grid shows <see cref="FilteredLogs"/>, whose delegate applies the filter. The
    /// web service endpoint maps <see cref="Logs"/>, a plain query: the contract-based API refuses a list request
    /// over a view with a BQL delegate ("Optimization cannot be performed"), and the connector writes a page of
    /// rows at a time through the ConnectorLogBatch entity, whose header is the filter (the primary view, as on the
    /// product's inquiries) and whose detail rows are this view's.
    /// </remarks>
    public class KNConnectorLogMaint : PXGraph<KNConnectorLogMaint>
    {
        public PXSave<KNLogFilter> Save;
        public PXCancel<KNLogFilter> Cancel;

        public PXFilter<KNLogFilter> Filter;

        public PXSelectOrderBy<KNConnectorLog, OrderBy<Desc<KNConnectorLog.logID>>> Logs;

        [PXFilterable]
        public PXSelectOrderBy<KNConnectorLog, OrderBy<Desc<KNConnectorLog.logID>>> FilteredLogs;

        public KNConnectorLogMaint()
        {
            // A log row records what happened: it can be added, not edited; people only read it.
            Logs.AllowUpdate = false;
            Logs.AllowDelete = false;
            FilteredLogs.AllowInsert = false;
            FilteredLogs.AllowUpdate = false;
            FilteredLogs.AllowDelete = false;
        }

        /// <summary>The log rows the filter lets through; each empty filter field lets every row through.</summary>
        protected virtual IEnumerable filteredLogs()
        {
            KNLogFilter filter = Filter.Current;
            PXSelectBase<KNConnectorLog> query = new PXSelectOrderBy<KNConnectorLog, OrderBy<Desc<KNConnectorLog.logID>>>(this);
            List<object> parameters = new List<object>();
            if (!string.IsNullOrEmpty(filter?.ActionType))
            {
                query.WhereAnd<Where<KNConnectorLog.actionType, Equal<Required<KNConnectorLog.actionType>>>>();
                parameters.Add(filter.ActionType);
            }
            if (!string.IsNullOrEmpty(filter?.Level))
            {
                query.WhereAnd<Where<KNConnectorLog.level, Equal<Required<KNConnectorLog.level>>>>();
                parameters.Add(filter.Level);
            }
            DateTime? from = Moment(filter?.FromDate, filter?.FromTime, TimeSpan.Zero);
            if (from != null)
            {
                query.WhereAnd<Where<KNConnectorLog.createdDateTime, GreaterEqual<Required<KNConnectorLog.createdDateTime>>>>();
                parameters.Add(from);
            }
            DateTime? to = Moment(filter?.ToDate, filter?.ToTime, new TimeSpan(23, 59, 59));
            if (to != null)
            {
                query.WhereAnd<Where<KNConnectorLog.createdDateTime, LessEqual<Required<KNConnectorLog.createdDateTime>>>>();
                parameters.Add(to);
            }
            if (!string.IsNullOrEmpty(filter?.Message))
            {
                query.WhereAnd<Where<KNConnectorLog.message, Like<Required<KNConnectorLog.message>>>>();
                parameters.Add("%" + filter.Message + "%");
            }
            return query.Select(parameters.ToArray());
        }

        /// <summary>A date and a time of day as one moment; without a date there is none, without a time the day's bound.</summary>
        private static DateTime? Moment(DateTime? date, DateTime? time, TimeSpan defaultTime)
        {
            if (date == null) return null;
            return date.Value.Date + (time?.TimeOfDay ?? defaultTime);
        }
    }
}
