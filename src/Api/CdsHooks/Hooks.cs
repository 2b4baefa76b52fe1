namespace CdsService.Api.CdsHooks;

/// <summary>Hook names of the HL7 CDS Hooks library (patient-view 1.0, order-select 1.0, order-sign 1.1).</summary>
public static class Hooks
{
    public const string PatientView = "patient-view";
    public const string OrderSelect = "order-select";
    public const string OrderSign = "order-sign";
}
