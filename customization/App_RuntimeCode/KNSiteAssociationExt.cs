using PX.Data;

namespace Kensium.Commerce
{
    /// <summary>
    /// What the three forms with a Site Association grid share: the grid is editable only while Kensium
    /// Commerce is enabled, a warning says when no association is active, and a row that carries a Commerce
    /// Reference ID is kept (it can be made inactive, not deleted) unless its record itself is deleted.
    /// Each concrete extension declares the grid's view, whose Where names its record's NoteID.
    /// </summary>
    public abstract class KNSiteAssociationExt<TGraph, TPrimary> : PXGraphExtension<TGraph>
        where TGraph : PXGraph
        where TPrimary : class, IBqlTable, new()
    {
        protected abstract PXSelectBase<KNSiteAssociation> Associations { get; }

        protected virtual void _(Events.RowDeleting<KNSiteAssociation> e)
        {
            if (e.Row == null || string.IsNullOrEmpty(e.Row.CommerceReferenceID)) return;
            TPrimary parent = PXParentAttribute.SelectParent<TPrimary>(e.Cache, e.Row);
            bool parentDeleted = parent == null || Base.Caches[typeof(TPrimary)].GetStatus(parent) == PXEntryStatus.Deleted;
            if (!parentDeleted) throw new PXException(KNMessages.ReferenceKept);
        }

        /// <summary>Enables the grid with the Kensium Commerce check box, and warns when no association is active.</summary>
        protected void ShowAssociationState(PXCache cache, TPrimary row, bool enabled, string enabledField)
        {
            Associations.AllowInsert = enabled;
            Associations.AllowUpdate = enabled;
            bool anyActive = false;
            foreach (KNSiteAssociation association in Associations.Select())
            {
                anyActive |= association.Active == true;
            }
            PXSetPropertyException warning = enabled && !anyActive
                ? new PXSetPropertyException(KNMessages.SiteAssociationRequired, PXErrorLevel.Warning)
                : null;
            cache.RaiseExceptionHandling(enabledField, row, enabled, warning);
        }
    }
}
