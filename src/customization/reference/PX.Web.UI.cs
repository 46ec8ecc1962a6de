// Reference surface: see README.md.
namespace PX.Web.UI
{
    // The base class of every page's code-behind. 24R1: fishbill88/AC_24_112_006 Pages/AR/AR303000.aspx.cs
    // (Page_AR303000 : PX.Web.UI.PXPage); 25R2: omnidox/Acumatica_Customizations_and_Packages, the package
    // AnnualForecastReferenceTable[07.15.2026][1].zip, Pages\AM\AM401010.aspx.cs.
    public class PXPage : System.Web.UI.Page { }
}

namespace System.Web.UI
{
    // System.Web (the .NET Framework's ASP.NET) is not part of Mono's compiler profile here; PXPage derives from it.
    public class Page { }
}
