namespace CdsService.Rules.Model;

/// <summary>
/// The HER2 testing of one tumour, as reported. <see cref="ReportedStatus"/> is used only when no raw value is given.
/// <see cref="PreliminaryResultAwaited"/> records that a preliminary HER2 result was seen and set aside: a result
/// that is not final never decides a status, but the answer says that the final result is awaited.
/// </summary>
public sealed record Her2Tests(
    IhcScore? Ihc = null,
    bool? IhcMembraneStaining = null,
    IshResult? Ish = null,
    Her2Status? ReportedStatus = null,
    bool PreliminaryResultAwaited = false)
{
    public bool HasAnyValue => Ihc is not null || IhcMembraneStaining is not null || Ish is not null || ReportedStatus is not null;
}
