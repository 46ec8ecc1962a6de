// Reference surface: see README.md. 24R1 = fishbill88/AC_24_112_006 (paths under App_Data/CodeRepository/PX.Objects/),
// 25R2 = MarkJoel60/ACU-2025-BETA.
namespace PX.Common
{
    // 25R2: PX.Objects/PX/Objects/AR/Messages.cs (applied from namespace PX.Common) · 24R1: AR/ExternalTransactionValidation.cs:165
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public class PXLocalizableAttribute : System.Attribute
    {
        public PXLocalizableAttribute() { }
        public PXLocalizableAttribute(string prefix) { }
    }
}
