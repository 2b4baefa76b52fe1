namespace CdsService.Rules.Her2;

using CdsService.Rules.Vocabulary;
using CdsService.Rules.Model;

/// <summary>
/// The laboratory's reported status, used only when no IHC score or ISH result is given (docs/clinical-rules.md, "HER2",
/// "No raw values"): it cannot be re-derived, so it is passed through and says so.
/// </summary>
internal static class ReportedStatusRules
{
    public static Her2Call Interpret(Her2Status? reported) => reported switch
    {
        null or Her2Status.Unknown => new(Her2Status.Unknown, "No HER2 IHC score, ISH result or reported status was given: HER2 status is unknown.", Her2ActionCodes.Her2Testing),
        Her2Status.Positive => new(Her2Status.Positive, "HER2 positive as reported by the laboratory; no IHC score or ISH values were given to re-derive the call."),
        Her2Status.Negative => new(Her2Status.Negative, "HER2 negative as reported by the laboratory; no IHC score or ISH values were given to re-derive the call."),
        // "Equivocal" alone may be an IHC 2+ or an ISH call under the 2013/2007 rules: without the raw values it cannot be
        // told which, so the values are asked for and read by the 2018 rules (reflex ISH fits only a known IHC 2+).
        Her2Status.Equivocal => new(Her2Status.Equivocal, "HER2 equivocal as reported by the laboratory; no IHC score or ISH values were given to re-derive the call.", Her2ActionCodes.ReDerive),
        // Pending or indeterminate reports say nothing about which step is missing, so complete testing is asked for.
        _ => new(reported.Value, "HER2 " + WireNames.Of(reported.Value) + " as reported by the laboratory; no IHC score or ISH values were given to re-derive the call.", Her2ActionCodes.Her2Testing),
    };

    /// <summary>
    /// An IHC-only call the laboratory's report contradicts outright (IHC 0/1+ reported positive, IHC 3+ reported
    /// negative): no version of the ASCO/CAP rules (2007, 2013, 2018) reads those scores that way, so the difference is
    /// not an older rule but a missing ISH result or a transcription error. Raw values win only when a rule can explain
    /// the report (docs/clinical-rules.md, "HER2"); here neither is used, so trastuzumab is not withheld on a typo.
    /// </summary>
    public static Her2Call Check(Her2Call ihcCall, IhcScore ihc, Her2Status? reported)
    {
        var contradicts = (ihcCall.Status, reported) is (Her2Status.Negative, Her2Status.Positive) or (Her2Status.Positive, Her2Status.Negative);
        if (!contradicts) return ihcCall;
        // The basis must not open with a call the status contradicts: the score "would read" so, the report says otherwise.
        var basis = "IHC " + Her2Format.Ihc(ihc) + " without ISH would read HER2 " + WireNames.Of(ihcCall.Status) + ", but the laboratory reports HER2 "
            + WireNames.Of(reported!.Value) + ": no version of the ASCO/CAP rules reads this IHC score that way, so the status is indeterminate until the difference is resolved.";
        return new(Her2Status.Indeterminate, basis, Her2ActionCodes.ReDerive, ReportedContradicts: true);
    }
}
