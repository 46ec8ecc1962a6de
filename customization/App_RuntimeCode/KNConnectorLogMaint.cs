using PX.Data;
using PX.Data.BQL.Fluent;

namespace Kensium.Commerce
{
    /// <summary>The connector's Logs screen (KN401000): rows are written by the connector and read by people.</summary>
    public class KNConnectorLogMaint : PXGraph<KNConnectorLogMaint>
    {
        public PXSave<KNConnectorLog> Save;
        public PXCancel<KNConnectorLog> Cancel;

        public SelectFrom<KNConnectorLog>
            .OrderBy<KNConnectorLog.logID.Desc>
            .View Logs;

        public KNConnectorLogMaint()
        {
            // A log row records what happened: it can be added, not edited.
            Logs.AllowUpdate = false;
        }
    }
}
