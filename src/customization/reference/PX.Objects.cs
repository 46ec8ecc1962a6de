// Reference surface: see README.md. 24R1 = fishbill88/AC_24_112_006 (paths under App_Data/CodeRepository/PX.Objects/),
// 25R2 = MarkJoel60/ACU-2025-BETA (paths under PX.Objects/PX/Objects/). Only the members the customization
// uses; a DAC's other fields and a graph's other views are left out.
using System;
using PX.Data;
using PX.Data.BQL;

namespace PX.Objects.CR
{
    // 24R1: CR/DAC/BAccount.cs:178 · 25R2: CR/BAccount.cs:54
    public class BAccount : PXBqlTable, IBqlTable
    {
        // 24R1: CR/DAC/BAccount.cs:227, :252 · 25R2: CR/BAccount.cs:676, :684
        public abstract class bAccountID : BqlInt.Field<bAccountID> { }
        public abstract class acctCD : BqlString.Field<acctCD> { }

        // 24R1: CR/DAC/BAccount.cs:280, :885 · 25R2: CR/BAccount.cs (noteID :1018)
        public abstract class acctName : BqlString.Field<acctName> { }
        public abstract class noteID : BqlGuid.Field<noteID> { }
    }

    // 24R1: CR/DAC/Contact.cs:100 (bAccountID :392, eMail :444, EMail :461, noteID :668) · 25R2: CR/Contact.cs:47
    // (bAccountID :1138, eMail :1162, noteID :1250)
    public class Contact : PXBqlTable, IBqlTable
    {
        public abstract class bAccountID : BqlInt.Field<bAccountID> { }

        public abstract class eMail : BqlString.Field<eMail> { }
        public virtual string EMail { get => throw null; set => throw null; }

        public abstract class noteID : BqlGuid.Field<noteID> { }
    }

    // 24R1: CR/DAC/Location.cs:98 (bAccountID :147, noteID :345) · 25R2: CR/Location.cs:48 (bAccountID :1812, noteID :1877)
    public class Location : PXBqlTable, IBqlTable
    {
        public abstract class bAccountID : BqlInt.Field<bAccountID> { }

        public abstract class noteID : BqlGuid.Field<noteID> { }
    }

    // The Contacts form (CR302000). 24R1: CR/Graphs/ContactMaint/ContactMaint.cs:61 · 25R2: CR/ContactMaint.cs:36
    // (both PXGraph<ContactMaint, Contact, Contact.displayName>; its base is left out: nothing of it is used).
    public class ContactMaint : PXGraph<ContactMaint> { }

    // The base of the Customer Locations form's graph. 24R1: CR/LocationMaint.cs:173 · 25R2: CR/LocationMaint.cs:26
    public abstract class LocationMaint : PXGraph<LocationMaint> { }
}

namespace PX.Objects.CR.Extensions
{
    // The extension that holds a business account's default contact and address views.
    // 24R1: CR/GraphExtensions/Details/DefContactAddressExt.cs:49 (DefContact :77) · 25R2: CR/Extensions/DefContactAddressExt`3.cs:22
    // (DefContact :33). DefContact is a PXSelect<Contact, Where<…>>, declared here by the PXSelectBase<Contact> it is.
    public abstract class DefContactAddressExt<TGraph, TMaster, FAcctName> : PXGraphExtension<TGraph>
        where TGraph : PXGraph
        where TMaster : BAccount, IBqlTable, new()
        where FAcctName : class, IBqlField
    {
        public PXSelectBase<Contact> DefContact;
    }
}

namespace PX.Objects.AR
{
    // 24R1: AR/DAC/Customer.cs:258 (bAccountID :296, acctCD :299, acctName :1135, noteID :1284) · 25R2: AR/Customer.cs:33
    // (bAccountID :920, acctCD :928, acctName :1356, noteID :1414)
    public class Customer : PX.Objects.CR.BAccount
    {
        public new abstract class bAccountID : BqlInt.Field<bAccountID> { }
        public new abstract class acctCD : BqlString.Field<acctCD> { }
        public new abstract class acctName : BqlString.Field<acctName> { }
        public new abstract class noteID : BqlGuid.Field<noteID> { }
    }

    // 24R1: AR/DAC/CustomerClass.cs:86 (PK :89) · 25R2: AR/CustomerClass.cs:29 (PK :726). PK is a
    // PrimaryKeyOf<CustomerClass>.By<customerClassID>; only its Find(graph, key) is declared.
    public class CustomerClass : PXBqlTable, IBqlTable
    {
        public class PK
        {
            public static CustomerClass Find(PXGraph graph, string customerClassID) => throw null;
        }
    }

    // The Customers form (AR303000). 24R1: AR/CustomerMaint.cs:186 (PXGraph<CustomerMaint, Customer>;
    // DefContactAddressExt :3592) · 25R2: AR/CustomerMaint.cs:53 (DefContactAddressExt :3605). CustomerMaint has
    // no DefContact member of its own: the view is its DefContactAddressExt extension's.
    public class CustomerMaint : PXGraph<CustomerMaint, Customer>
    {
        public class DefContactAddressExt : PX.Objects.CR.Extensions.DefContactAddressExt<CustomerMaint, Customer, Customer.acctName> { }
    }

    // The Customer Locations form (AR303020). 24R1: AR/CustomerLocationMaint.cs:45 · 25R2: AR/CustomerLocationMaint.cs:18
    public class CustomerLocationMaint : PX.Objects.CR.LocationMaint { }
}
