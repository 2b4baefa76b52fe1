namespace CdsService.Rules.Her2;

/// <summary>Required-action codes of the public contract (<c>her2.requiredActions[].code</c>; docs/clinical-rules.md, "HER2").</summary>
public static class Her2ActionCodes
{
    public const string ReflexIsh = "reflex-ish";
    public const string ConcurrentIhc = "concurrent-ihc";
    public const string BlindedRecount = "blinded-recount";
    public const string Adjudicate = "adjudicate";
    public const string DualProbeIsh = "dual-probe-ish";
    public const string Her2Testing = "her2-testing";

    /// <summary>A laboratory-reported "equivocal" without raw values: ask for the IHC score and ISH values to read by the 2018 rules.</summary>
    public const string ReDerive = "re-derive";

    /// <summary>Only a preliminary HER2 result is present: it decides nothing until the final result arrives.</summary>
    public const string AwaitFinalResult = "await-final-result";

    /// <summary>The action in a few words for clinician text, which never shows the code (docs/clinical-rules.md, "Wording rules").</summary>
    public static string Label(string code) => code switch
    {
        ReflexIsh => "reflex ISH",
        ConcurrentIhc => "IHC on the ISH specimen",
        BlindedRecount => "a blinded ISH recount",
        Adjudicate => "adjudication of the discordant results",
        DualProbeIsh => "dual-probe ISH",
        Her2Testing => "HER2 testing",
        ReDerive => "the IHC score and ISH values from the laboratory",
        AwaitFinalResult => "the final HER2 result",
        _ => code,
    };
}
