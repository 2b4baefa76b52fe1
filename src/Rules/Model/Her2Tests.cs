namespace CdsService.Rules.Model;

/// <summary>The HER2 testing of one tumour, as reported. <see cref="ReportedStatus"/> is used only when no raw value is given.</summary>
public sealed record Her2Tests(
    IhcScore? Ihc = null,
    bool? IhcMembraneStaining = null,
    IshResult? Ish = null,
    Her2Status? ReportedStatus = null)
{
    public bool HasAnyValue => Ihc is not null || IhcMembraneStaining is not null || Ish is not null || ReportedStatus is not null;
}
