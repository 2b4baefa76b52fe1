namespace CdsService.Rules.Her2;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>ASCO/CAP 2018 (affirmed 2023) HER2 interpretation (docs/clinical-rules.md, "HER2").</summary>
public static class Her2Interpreter
{
    public const string Guideline = "ASCO/CAP 2018 (affirmed 2023)";

    /// <summary>Statement ids this interpreter reads from the knowledge base.</summary>
    public static IReadOnlyList<string> RequiredStatements { get; } = Her2StatementIds.All;

    /// <summary>The HER2-label ids dated notes may be attached to (the trastuzumab deruxtecan approvals).</summary>
    public static IReadOnlyList<string> NoteSubjects { get; } = [Her2WarningCodes.Her2Low, Her2WarningCodes.Her2Ultralow];

    /// <summary>
    /// Derives the HER2 call from raw IHC/ISH values when any is given (they always win over a reported
    /// status, which may follow the 2007/2013 rules), else from the reported status, else unknown.
    /// </summary>
    public static Her2Interpretation Interpret(Her2Tests? tests, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return Her2InterpretationBuilder.Build(Decide(tests), tests, kb);
    }

    internal static Her2Call Decide(Her2Tests? tests)
    {
        // A preliminary result is never a basis for a status: with nothing final, the final result is awaited.
        if (tests is { PreliminaryResultAwaited: true, HasAnyValue: false })
        {
            return new(Her2Status.Pending, "Only a preliminary HER2 result was reported; it is not final and is not used. The status waits for the final result.", Her2ActionCodes.AwaitFinalResult);
        }

        if (tests?.Ish is { } ish)
        {
            return ish.Assay switch
            {
                IshAssay.DualProbe => DualProbeIshRules.Interpret(ish, tests.Ihc),
                IshAssay.SingleProbe => SingleProbeIshRules.Interpret(ish, tests.Ihc),
                _ => new(Her2Status.Indeterminate, "ISH assay of unknown design: HER2 status cannot be derived.", Her2ActionCodes.Her2Testing),
            };
        }

        return tests?.Ihc is { } ihc
            ? ReportedStatusRules.Check(IhcRules.Interpret(ihc, tests.IhcMembraneStaining), ihc, tests.ReportedStatus)
            : ReportedStatusRules.Interpret(tests?.ReportedStatus);
    }
}
