using PX.Data;

namespace Kensium.Commerce
{
    /// <summary>
    /// What the three forms with a Site Association grid share: the grid is editable only while Kensium
    /// Commerce is enabled, a warning says when no association is active, and a row that carries a Commerce
    /// Reference ID is kept (it can be made inactive, not deleted) unless its record itself is deleted.
    /// TNoteID is the NoteID field of the form's record; each concrete extension binds RefNoteID to it with
    /// PXDBDefault and PXParent (attributes cannot name a type parameter).
    /// </summary>
    public abstract class KNSiteAssociationExt<TGraph, TPrimary, TNoteID> : PXGraphExtension<TGraph>
        where TGraph : PXGraph
        where TPrimary : class, IBqlTable, new()
        where TNoteID : IBqlField
    {
        [PXViewName(KNMessages.SiteAssociations)]
        public PXSelect<KNSiteAssociation,
            Where<KNSiteAssociation.refNoteID, Equal<Current<TNoteID>>>> SiteAssociations;

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
            SiteAssociations.AllowInsert = enabled;
            SiteAssociations.AllowUpdate = enabled;
            bool anyActive = false;
            foreach (KNSiteAssociation association in SiteAssociations.Select())
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
