// Reference surface: see README.md. 24R1 = fishbill88/AC_24_112_006 (paths under App_Data/CodeRepository/PX.Objects/),
// 25R2 = MarkJoel60/ACU-2025-BETA. The BQL types the customization's queries and fields are written with.

namespace PX.Data
{
    // 25R2: PX.Data/PX/Data/IBqlOperand.cs, IBqlField.cs (IBqlField : IBqlOperand), IBqlWhere.cs,
    // IBqlComparison.cs, IBqlOrderBy.cs, IBqlSortColumn.cs · 24R1: every DAC field and query, e.g. AP/AP1099DetailEnq.cs:194
    public interface IBqlOperand { }
    public interface IBqlField : IBqlOperand { }
    public interface IBqlWhere { }
    public interface IBqlComparison { }
    public interface IBqlOrderBy { }
    public interface IBqlSortColumn { }

    // 25R2: PX.Data/PX/Data/Where`2.cs · 24R1: AP/AP1099DetailEnq.cs:194
    public sealed class Where<Operand, Comparison> : IBqlWhere
        where Operand : IBqlOperand
        where Comparison : IBqlComparison, new() { }

    // 25R2: PX.Data/PX/Data/ComparisonBase`1.cs, Equal`1.cs, GreaterEqual`1.cs:17, LessEqual`1.cs:17, Like`1.cs:31
    // · 24R1: AP/AP1099SummaryEnq.cs:112, AP/APDocumentRelease.cs:7061, AP/APApproveBills.cs:324, AP/APVendorPriceMaint.cs:228
    public abstract class ComparisonBase<Operand> : IBqlComparison where Operand : IBqlOperand { }
    public class Equal<Operand> : ComparisonBase<Operand> where Operand : IBqlOperand { }
    public class GreaterEqual<Operand> : ComparisonBase<Operand> where Operand : IBqlOperand { }
    public class LessEqual<Operand> : ComparisonBase<Operand> where Operand : IBqlOperand { }
    public class Like<Operand> : ComparisonBase<Operand> where Operand : IBqlOperand { }

    // 25R2: PX.Data/PX/Data/ParameterBase`1.cs, Current`1.cs, Required`1.cs:26 · 24R1: AP/AP1099DetailEnq.cs:194,
    // AP/AP1099SummaryEnq.cs:112
    public abstract class ParameterBase<Field> : IBqlOperand where Field : IBqlField { }
    public sealed class Current<Field> : ParameterBase<Field> where Field : IBqlField { }
    public sealed class Required<Field> : ParameterBase<Field> where Field : IBqlField { }

    // 25R2: PX.Data/PX/Data/Select`2.cs · 24R1: AP/APDiscountSequenceMaint.cs:1375 (in PXParent)
    public sealed class Select<Table, Where>
        where Table : IBqlTable
        where Where : IBqlWhere, new() { }

    // 25R2: PX.Data/PX/Data/Search`1.cs · 24R1: AP/APChecksToPrintEnq.cs:62 (in PXSelector)
    public sealed class Search<Field> where Field : IBqlField { }

    // 25R2: PX.Data/PX/Data/OrderBy`1.cs, Desc`1.cs:25 (AscDescBase`2.cs: IBqlSortColumn) · 24R1: AR/ARCashSaleEntry.cs:264
    public sealed class OrderBy<List> : IBqlOrderBy where List : IBqlSortColumn, new() { }
    public sealed class Desc<Field> : IBqlSortColumn where Field : IBqlOperand { }
}

namespace PX.Data.BQL
{
    // 25R2: PX.Data/PX/Data/BQL/IBqlDataType.cs and its kinds (IBqlString.cs, IBqlBool.cs, …)
    public interface IBqlDataType { }
    public interface IBqlString : IBqlDataType { }
    public interface IBqlBool : IBqlDataType { }
    public interface IBqlInt : IBqlDataType { }
    public interface IBqlGuid : IBqlDataType { }
    public interface IBqlDateTime : IBqlDataType { }
    public interface IBqlByteArray : IBqlDataType { }

    // 25R2: PX.Data/PX/Data/BQL/BqlType`2.cs (Constant<TSelf>(TCSharpType value) :25, Field<TSelf> :50)
    // · 24R1: AP/AP1099DetailEnq.cs:56 (BqlString.Field), AP/APReleaseChecks.cs:506 (BqlString.Constant)
    public abstract class BqlType<TBqlType, TCSharpType> where TBqlType : class, IBqlDataType
    {
        public abstract class Constant<TSelf> : IBqlOperand where TSelf : Constant<TSelf>, new()
        {
            protected Constant(TCSharpType value) => throw null;
        }

        public abstract class Field<TSelf> : IBqlField where TSelf : Field<TSelf> { }
    }

    // 25R2: PX.Data/PX/Data/BQL/BqlString.cs:14 and its siblings BqlBool.cs, BqlInt.cs, BqlGuid.cs, BqlDateTime.cs,
    // BqlByteArray.cs · 24R1: AP/AP1099DetailEnq.cs:56, AP/APApproveBills.cs:206, AP/AP1099DetailEnq.cs:66,
    // AP/APDiscountSequenceMaint.cs:1449, AP/APApproveBills.cs:389, AP/APDiscountSequenceMaint.cs:1454
    public abstract class BqlString : BqlType<IBqlString, string> { }
    public abstract class BqlBool : BqlType<IBqlBool, bool> { }
    public abstract class BqlInt : BqlType<IBqlInt, int> { }
    public abstract class BqlGuid : BqlType<IBqlGuid, System.Guid> { }
    public abstract class BqlDateTime : BqlType<IBqlDateTime, System.DateTime> { }
    public abstract class BqlByteArray : BqlType<IBqlByteArray, byte[]> { }
}

namespace PX.Data.BQL.Fluent
{
    // 25R2: PX.Data.BQL.Fluent/SelectFrom`1.cs (SelectFrom<TTable>), FbqlSelect`2.cs:56 (its View, a PXSelectBase<TTable>)
    // · 24R1: AP/InvoiceRecognition/ExcludedVendorDomainMaint.cs:46
    public class SelectFrom<TTable> where TTable : class, IBqlTable, new()
    {
        public class View : PXSelectBase<TTable>
        {
            public View(PXGraph graph) => throw null;
        }
    }
}
