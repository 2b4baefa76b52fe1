namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>Builders for HER2 test inputs and the exact-code assertions every table row makes.</summary>
public static class Her2Cases
{
    public static Her2Tests DualProbe(double? ratio, double? copies, IhcScore? ihc = null, int? recount = null,
        bool? staining = null, Her2Status? reported = null) =>
        new(ihc, staining, new IshResult(IshAssay.DualProbe, ratio, copies, recount), reported);

    public static Her2Tests SingleProbe(double? copies, IhcScore? ihc = null, bool? staining = null, Her2Status? reported = null) =>
        new(ihc, staining, new IshResult(IshAssay.SingleProbe, null, copies), reported);

    public static Her2Tests Ihc(IhcScore ihc, bool? staining = null, Her2Status? reported = null) =>
        new(ihc, staining, null, reported);

    /// <summary>"a,b" to ["a", "b"]; "" to [].</summary>
    public static string[] Codes(string csv) =>
        csv.Length == 0 ? [] : csv.Split(',', StringSplitOptions.TrimEntries);

    public static void AssertCall(Her2Interpretation result, Her2Status status, int? group, string actions, string warnings)
    {
        Assert.Equal(status, result.Status);
        Assert.Equal(group, result.IshGroup);
        Assert.Equal(Codes(actions), result.RequiredActions.Select(a => a.Code));
        Assert.Equal(Codes(warnings), result.Warnings.Select(w => w.Code));
    }
}
