// Reference surface: see README.md. 24R1 = fishbill88/AC_24_112_006 (paths under App_Data/CodeRepository/PX.Objects/),
// 25R2 = MarkJoel60/ACU-2025-BETA. Declarations only; every body is `throw null`.
using System;
using System.Collections;

namespace PX.Data
{
    #region Tables, caches and graphs

    // 25R2: PX.Data/PX/Data/IBqlTable.cs · 24R1: AP/AP1099DetailEnq.cs:53
    public interface IBqlTable { }

    // 25R2: PX.Data/PX/Data/PXBqlTable.cs · 24R1: AP/AP1099DetailEnq.cs:53 (class … : PXBqlTable, IBqlTable)
    public abstract class PXBqlTable { }

    // 25R2: PX.Data/PX/Data/PXEntryStatus.cs · 24R1: AP/APDataEntryGraph.cs:154
    public enum PXEntryStatus { Deleted = 3 }

    // 25R2: PX.Data/PX/Data/PXDBOperation.cs · 24R1: AP/GraphExtensions/APInvoiceEntryExternalTax.cs:260
    [Flags]
    public enum PXDBOperation { Delete = 3 }

    // 25R2: PX.Data/PX/Data/PXDBOperationExt.cs:13 · 24R1: AP/GraphExtensions/APInvoiceEntryExternalTax.cs:260
    public static class PXDBOperationExt
    {
        public static PXDBOperation Command(this PXDBOperation self) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXErrorLevel.cs · 24R1: AP/APInvoiceEntry.cs:3370
    public enum PXErrorLevel { Warning = 2 }

    // 25R2: PX.Data/PX/Data/PXCache.cs (GetExtension<Extension>(object) :1640, GetStatus :1850,
    // RaiseExceptionHandling(string, object, object, Exception) :3760, RaiseExceptionHandling<Field> :3819)
    // · 24R1: AP/InvoiceRecognition/GraphExtensions/APInvoiceEntryExt.cs:139, AP/AP1099SummaryEnq.cs:123,
    // AP/APInvoiceEntry.cs:4902, AR/GraphExtensions/ARPaymentEntryImportTransaction.cs:295
    public abstract class PXCache
    {
        public abstract Extension GetExtension<Extension>(object item) where Extension : PXCacheExtension;
        public abstract PXEntryStatus GetStatus(object item);
        public virtual bool RaiseExceptionHandling(string name, object row, object newValue, Exception exception) => throw null;
        public bool RaiseExceptionHandling<Field>(object row, object newValue, Exception exception) where Field : IBqlField => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXCacheCollection.cs:121 (this[System.Type]) · 24R1: AR/GraphExtensions/ARPaymentEntryImportTransaction.cs:295
    public class PXCacheCollection
    {
        public PXCache this[Type key] => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXGraph.cs (Caches :161, GetExtension<Extension>() :1802)
    // · 24R1: AP/AP1099DetailEnq.cs:120, AP/APPaymentEntryDocumentExtension.cs:60
    public class PXGraph
    {
        public PXCacheCollection Caches;
        public virtual Extension GetExtension<Extension>() where Extension : PXGraphExtension => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXGraph`1.cs · 24R1: AP/AP1099DetailEnq.cs:120
    public class PXGraph<TGraph> : PXGraph where TGraph : PXGraph { }

    // 25R2: PX.Data/PX/Data/PXGraph`2.cs (declares Save, Cancel, Insert, Delete and the navigation actions)
    // · 24R1: AP/APDataEntryGraph.cs:47
    public class PXGraph<TGraph, TPrimary> : PXGraph
        where TGraph : PXGraph
        where TPrimary : class, IBqlTable, new()
    {
        public PXSave<TPrimary> Save;
        public PXCancel<TPrimary> Cancel;
    }

    // 25R2: PX.Data/PX/Data/PXGraphExtension.cs · 24R1: AR/CustomerMaint.cs:2830
    public abstract class PXGraphExtension { }

    // 25R2: PX.Data/PX/Data/PXGraphExtension`1.cs (Base) · 24R1: AR/CustomerMaint.cs:2830,
    // AR/CustomerLocationMaint_Workflow.cs:44, CR/Graphs/ContactMaint/ContactMaint.cs:844
    public abstract class PXGraphExtension<Graph> : PXGraphExtension where Graph : PXGraph
    {
        public Graph Base => throw null;
    }

    // 25R2: PX.Data/PX/Data/Api/Helpers/PXCacheExtension.cs · 24R1: AR/DAC/Customer.cs:1634
    public abstract class PXCacheExtension { }

    // 25R2: PX.Data/PX/Data/PXCacheExtension`1.cs · 24R1: AR/DAC/Customer.cs:1634,
    // CR/GraphExtensions/CRPrimaryContactGraphExt.cs:52, AR/VisibilityRestriction/CacheExtensions/LocationVisibilityRestriction.cs:44
    public class PXCacheExtension<Table> : PXCacheExtension where Table : IBqlTable { }

    #endregion

    #region Views and actions

    // 25R2: PX.Data/PX/Data/PXSelectBase.cs (Cache :27, AllowInsert :35, AllowUpdate :41, AllowDelete :47)
    // · 24R1: AP/APAccess.cs:62, AP/APChecksToPrintEnq.cs:544, AR/ARDunningLetterByCustomerEnq.cs:140
    public abstract class PXSelectBase
    {
        public virtual PXCache Cache => throw null;
        public virtual bool AllowInsert { get => throw null; set => throw null; }
        public virtual bool AllowUpdate { get => throw null; set => throw null; }
        public virtual bool AllowDelete { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXSelectBase`1.cs (Current :497, Select(params object[]) :586, SelectSingle :579,
    // WhereAnd<TWhere>() :1313) · 24R1: AP/APInvoiceEntry.cs:3634, AP/APChecksToPrintEnq.cs:706
    public abstract class PXSelectBase<Table> : PXSelectBase where Table : class, IBqlTable, new()
    {
        public virtual Table Current { get => throw null; set => throw null; }
        public virtual PXResultset<Table> Select(params object[] arguments) => throw null;
        public virtual Table SelectSingle(params object[] arguments) => throw null;
        public void WhereAnd<TWhere>() where TWhere : IBqlWhere, new() => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXResultset`1.cs · 24R1: its use as the value of Select (AP/APInvoiceEntry.cs:3634)
    public class PXResultset<Table> : IEnumerable where Table : class, IBqlTable, new()
    {
        public IEnumerator GetEnumerator() => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXSelect`2.cs · 24R1: AP/AP1099DetailEnq.cs:194
    public class PXSelect<Table, Where> : PXSelectBase<Table>
        where Table : class, IBqlTable, new()
        where Where : IBqlWhere, new()
    {
        public PXSelect(PXGraph graph) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXSelectOrderBy`2.cs:24 (PXSelectOrderBy(PXGraph)) · 24R1: AR/ARCashSaleEntry.cs:264,
    // AR/ARSPCommissionProcess.cs:581 (new PXSelectOrderBy<…>(…))
    public class PXSelectOrderBy<Table, OrderBy> : PXSelectBase<Table>
        where Table : class, IBqlTable, new()
        where OrderBy : IBqlOrderBy, new()
    {
        public PXSelectOrderBy(PXGraph graph) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXFilter`1.cs · 24R1: AP/APApproveBills.cs:48
    public class PXFilter<Table> : PXSelectBase<Table> where Table : class, IBqlTable, new()
    {
        public PXFilter(PXGraph graph) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXAction`1.cs · 24R1: the base of PXSave and PXCancel (AP/APApproveBills.cs:49)
    public class PXAction<TNode> where TNode : class, IBqlTable, new() { }

    // 25R2: PX.Data/PX/Data/PXSave`1.cs · 24R1: AP/APApproveBills.cs:49
    public class PXSave<TNode> : PXAction<TNode> where TNode : class, IBqlTable, new() { }

    // 25R2: PX.Data/PX/Data/PXCancel`1.cs · 24R1: AP/AP1099DetailEnq.cs:135
    public class PXCancel<TNode> : PXAction<TNode> where TNode : class, IBqlTable, new() { }

    #endregion

    #region Events (generic event handlers)

    // 25R2: PX.Data/PX/Data/Events.cs (CacheAttached :70, FieldVerifying<TTable, TField> :1393, RowDeleting :1672,
    // RowPersisting :2103, RowSelected :2254; Cache comes from their common base)
    // · 24R1: AP/APApproveBills.cs:80, AP/APInvoiceEntry.cs:2593, AP/APQuickCheckEntry.cs:1426,
    // AP/APDataEntryGraph.cs:152, AR/CustomerMaint.cs:3182
    public class Events
    {
        public class CacheAttached<TField> where TField : class, IBqlField
        {
            public PXCache Cache => throw null;
        }

        public class FieldVerifying<TTable, TField>
            where TTable : class, IBqlTable, new()
            where TField : class, IBqlField
        {
            public PXCache Cache => throw null;
            public TTable Row => throw null;
            public object NewValue { get => throw null; set => throw null; }
        }

        public class RowSelected<TTable> where TTable : class, IBqlTable, new()
        {
            public PXCache Cache => throw null;
            public TTable Row => throw null;
        }

        public class RowPersisting<TTable> where TTable : class, IBqlTable, new()
        {
            public PXCache Cache => throw null;
            public TTable Row => throw null;
            public PXDBOperation Operation => throw null;
        }

        public class RowDeleting<TTable> where TTable : class, IBqlTable, new()
        {
            public PXCache Cache => throw null;
            public TTable Row => throw null;
        }
    }

    #endregion

    #region Exceptions

    // 25R2: PX.Data/PX/Data/PXException.cs:85 (PXException(string)) · 24R1: AP/AP1099SummaryEnq.cs:217
    public class PXException : Exception
    {
        public PXException(string message) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXSetPropertyException.cs (string :54, string + PXErrorLevel :72, format + args :95)
    // · 24R1: AP/AP1099SummaryEnq.cs:120, AP/APInvoiceEntry.cs:3370
    public class PXSetPropertyException : PXException
    {
        public PXSetPropertyException(string message) : base(message) => throw null;
        public PXSetPropertyException(string message, PXErrorLevel errorLevel) : base(message) => throw null;
        public PXSetPropertyException(string format, params object[] args) : base(format) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXRowPersistingException.cs:20 (string name, object value, string message)
    // · 24R1: AP/APDiscountSequenceMaint.cs:368
    public class PXRowPersistingException : PXException
    {
        public PXRowPersistingException(string name, object value, string message) : base(message) => throw null;
    }

    #endregion

    #region Attributes of DACs, fields and views

    public abstract class PXEventSubscriberAttribute : Attribute { }

    // 25R2: PX.Data/PX/Data/PXCacheNameAttribute.cs · 24R1: AP/APDocumentEnq.cs:304
    [AttributeUsage(AttributeTargets.Class)]
    public class PXCacheNameAttribute : Attribute
    {
        public PXCacheNameAttribute(string name) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXPrimaryGraphAttribute.cs · 24R1: AP/APDiscountSequenceMaint.cs:1339
    [AttributeUsage(AttributeTargets.Class)]
    public class PXPrimaryGraphAttribute : Attribute
    {
        public PXPrimaryGraphAttribute(Type type) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXHiddenAttribute.cs:33 · 24R1: AP/APApproveBills.cs:161
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Field)]
    public sealed class PXHiddenAttribute : Attribute { }

    // 25R2: PX.Data/PX/Data/PXViewNameAttribute.cs · 24R1: AP/APInvoiceEntry.cs:1366
    [AttributeUsage(AttributeTargets.Field)]
    public class PXViewNameAttribute : Attribute
    {
        public PXViewNameAttribute(string name) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXFilterableAttribute.cs:33 · 24R1: AP/AP1099DetailEnq.cs:125
    [AttributeUsage(AttributeTargets.Field)]
    public class PXFilterableAttribute : Attribute { }

    // 25R2: PX.Data/PX/Data/MergeMethod.cs · 24R1: AP/AP1099DetailEnq.cs:167
    public enum MergeMethod { Append = 0 }

    // 25R2: PX.Data/PX/Data/PXMergeAttributesAttribute.cs · 24R1: AP/AP1099DetailEnq.cs:167
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
    public class PXMergeAttributesAttribute : Attribute
    {
        public MergeMethod Method { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXUIVisibility.cs · 24R1: AP/AP1099DetailEnq.cs:60
    [Flags]
    public enum PXUIVisibility { SelectorVisible = 7 }

    // 25R2: PX.Data/PX/Data/PXUIFieldAttribute.cs · 24R1: AP/AP1099DetailEnq.cs:60, AP/APApproveBills.cs:591,
    // AP/APApproveBills.cs:78
    public class PXUIFieldAttribute : PXEventSubscriberAttribute
    {
        public string DisplayName { get => throw null; set => throw null; }
        public PXUIVisibility Visibility { get => throw null; set => throw null; }
        public bool Enabled { get => throw null; set => throw null; }
        public bool Visible { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXPersistingCheck.cs · 24R1: AP/APDocumentEnq.cs:118
    public enum PXPersistingCheck { Nothing = 2 }

    // 25R2: PX.Data/PX/Data/PXDefaultAttribute.cs (PXDefaultAttribute(Type sourceType) :219, (object constant) :264)
    // · 24R1: AP/APDocumentEnq.cs:118, AP/APApproveBills.cs:392 (a source field)
    public class PXDefaultAttribute : PXEventSubscriberAttribute
    {
        public PXDefaultAttribute() => throw null;
        public PXDefaultAttribute(Type sourceType) => throw null;
        public PXDefaultAttribute(object constant) => throw null;
        public PXPersistingCheck PersistingCheck { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXDBDefaultAttribute.cs (PersistingCheck :61, PXDBDefaultAttribute(Type) :129)
    // · 24R1: AP/APDiscountSequenceMaint.cs:1393, AR/ARInvoiceEntry.cs:506 (PersistingCheck)
    public class PXDBDefaultAttribute : PXEventSubscriberAttribute
    {
        public PXDBDefaultAttribute(Type sourceType) => throw null;
        public virtual PXPersistingCheck PersistingCheck { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXParentAttribute.cs (SelectParent<TParentTable>(PXCache, object) :875)
    // · 24R1: AP/APDiscountSequenceMaint.cs:1375, AP/GraphExtensions/AffectedPOOrdersByAPRelease.cs:110
    public class PXParentAttribute : PXEventSubscriberAttribute
    {
        public PXParentAttribute(Type selectParent) => throw null;
        public static TParentTable SelectParent<TParentTable>(PXCache childCache, object child) where TParentTable : IBqlTable => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXSelectorAttribute.cs (SubstituteKey :264) · 24R1: AP/APPendingInvoicesEnq.cs:203,
    // AP/APPriceWorksheetMaint.cs:1235 (SubstituteKey)
    public class PXSelectorAttribute : PXEventSubscriberAttribute
    {
        public PXSelectorAttribute(Type type) => throw null;
        public Type DescriptionField { get => throw null; set => throw null; }
        public virtual Type SubstituteKey { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXStringListAttribute.cs:168 (string[] allowedValues, string[] allowedLabels)
    // · 24R1: AP/APPriceWorksheetMaint.cs:1719, AP/InvoiceRecognition/DAC/APRecognizedInvoiceRecognitionStatusList.cs:48
    public class PXStringListAttribute : PXEventSubscriberAttribute
    {
        public PXStringListAttribute(string[] allowedValues, string[] allowedLabels) => throw null;
    }

    // 25R2: PX.Data/PX/Data/PXStringAttribute.cs:35 (PXStringAttribute(int) :125, IsUnicode :110)
    // · 24R1: AP/APDocumentEnq.cs:1855
    public class PXStringAttribute : PXEventSubscriberAttribute
    {
        public PXStringAttribute(int length) => throw null;
        public bool IsUnicode { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXIntAttribute.cs:28 · 24R1: AP/DAC/APInvoice.cs:476
    public class PXIntAttribute : PXEventSubscriberAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBFieldAttribute.cs:20 (IsKey :41) · 24R1: AP/DAC/APAddress.cs:68
    public class PXDBFieldAttribute : PXEventSubscriberAttribute
    {
        public virtual bool IsKey { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXDBStringAttribute.cs (PXDBStringAttribute() :184, (int) :199, InputMask :132,
    // IsUnicode :167, IsFixed :177) · 24R1: AP/APApproveBills.cs:198, AP/AP1099DetailEnq.cs:58
    public class PXDBStringAttribute : PXDBFieldAttribute
    {
        public PXDBStringAttribute() => throw null;
        public PXDBStringAttribute(int length) => throw null;
        public string InputMask { get => throw null; set => throw null; }
        public bool IsUnicode { get => throw null; set => throw null; }
        public bool IsFixed { get => throw null; set => throw null; }
    }

    // 25R2: PX.Data/PX/Data/PXDBIntAttribute.cs:27 · 24R1: AP/APDocumentRelease.cs:840
    public class PXDBIntAttribute : PXDBFieldAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBTextAttribute.cs · 24R1: CR/DAC/CRActivity.cs:442
    public class PXDBTextAttribute : PXDBStringAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBBoolAttribute.cs · 24R1: AP/APApproveBills.cs:208
    public class PXDBBoolAttribute : PXDBFieldAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBGuidAttribute.cs · 24R1: AP/DAC/APVendorRefNbr.cs:94
    public class PXDBGuidAttribute : PXDBFieldAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBIdentityAttribute.cs · 24R1: AP/DAC/APAddress.cs:68
    public class PXDBIdentityAttribute : PXDBFieldAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBTimestampAttribute.cs · 24R1: AP/DAC/APPrintCheckDetail.cs:290
    public class PXDBTimestampAttribute : PXDBFieldAttribute { }

    // 25R2: PX.Data/PX/Data/PXNoteAttribute.cs (: PXDBGuidAttribute) · 24R1: AP/DAC/APPayment.cs:1342
    public class PXNoteAttribute : PXDBGuidAttribute { }

    // 25R2: PX.Data/PX/Data/PXDateAttribute.cs:25 · 24R1: AP/APTranPostGLwithLines.cs:476
    public class PXDateAttribute : PXEventSubscriberAttribute { }

    // 25R2: PX.Data/PX/Data/PXDateAndTimeAttribute.cs:24 (adds the _Date and _Time fields) · 24R1: AR/DAC/CCProcTran.cs:343
    public class PXDateAndTimeAttribute : PXDateAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBCreatedDateTimeAttribute.cs · 24R1: AP/DAC/APPrintCheckDetail.cs:236
    public class PXDBCreatedDateTimeAttribute : PXEventSubscriberAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBCreatedByIDAttribute.cs · 24R1: AP/DAC/APContact.cs:426
    public class PXDBCreatedByIDAttribute : PXEventSubscriberAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBLastModifiedDateTimeAttribute.cs (: PXDBCreatedDateTimeAttribute) · 24R1: AP/DAC/APPrintCheckDetail.cs:263
    public class PXDBLastModifiedDateTimeAttribute : PXDBCreatedDateTimeAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBLastModifiedByIDAttribute.cs (: PXDBCreatedByIDAttribute) · 24R1: AP/DAC/APContact.cs:475
    public class PXDBLastModifiedByIDAttribute : PXDBCreatedByIDAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBCreatedByScreenIDAttribute.cs:22 · 24R1: AP/DAC/APPrintCheckDetail.cs:254
    public class PXDBCreatedByScreenIDAttribute : PXEventSubscriberAttribute { }

    // 25R2: PX.Data/PX/Data/PXDBLastModifiedByScreenIDAttribute.cs (: PXDBCreatedByScreenIDAttribute; sets the screen
    // the record was last saved on) · 24R1: AP/DAC/APPrintCheckDetail.cs:281
    public class PXDBLastModifiedByScreenIDAttribute : PXDBCreatedByScreenIDAttribute { }

    #endregion
}
