namespace CdsService.Rules.Her2;

/// <summary>Required-action codes of the public contract (DESIGN.md section 5, <c>requiredActions[].code</c>).</summary>
public static class Her2ActionCodes
{
    public const string ReflexIsh = "reflex-ish";
    public const string ConcurrentIhc = "concurrent-ihc";
    public const string BlindedRecount = "blinded-recount";
    public const string Adjudicate = "adjudicate";
    public const string DualProbeIsh = "dual-probe-ish";
    public const string Her2Testing = "her2-testing";
}
