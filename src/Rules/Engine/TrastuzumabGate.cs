namespace CdsService.Rules.Engine;

using CdsService.Rules.Her2;

using CdsService.Rules.Vocabulary;
using System.Text;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// The HER2 gate (docs/clinical-rules.md, "The HER2 gate"): trastuzumab targets the ErbB2 extracellular domain and
/// response correlates with ErbB2 protein level (Introduction; [89], [98]), so it is indicated only when HER2 is
/// positive. Table 1 addresses refractoriness of ErbB2-driven disease: its options are withheld otherwise.
/// </summary>
public sealed class TrastuzumabGate
{
    public const string RuleId = "trastuzumab-gate";
    public const string WithheldCode = "options-withheld";
    public const string PositiveStatement = "gate.trastuzumab.positive";
    public const string PositiveProgressedStatement = "gate.trastuzumab.positive-progressed";
    public const string PositiveNoResponseStatement = "gate.trastuzumab.positive-no-response";
    public const string NegativeStatement = "gate.trastuzumab.negative";
    public const string UndeterminedStatement = "gate.trastuzumab.undetermined";
    public const string WithheldNegativeStatement = "warning.options-withheld.negative";
    public const string WithheldNotFinalStatement = "warning.options-withheld.not-final";

    public static IReadOnlyList<string> StatementIds { get; } =
        [PositiveStatement, PositiveProgressedStatement, PositiveNoResponseStatement, NegativeStatement, UndeterminedStatement, WithheldNegativeStatement, WithheldNotFinalStatement];

    private static readonly string[] InputIds = [MarkerIds.Her2];

    private readonly TrastuzumabAssessment _yes;
    private readonly TrastuzumabAssessment _yesProgressed;
    private readonly TrastuzumabAssessment _yesNoResponse;
    private readonly TrastuzumabAssessment _no;
    private readonly TrastuzumabAssessment _undetermined;
    private readonly Statement _withheldNegative;
    private readonly Statement _withheldNotFinal;

    public TrastuzumabGate(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _yes = Assessment(TrastuzumabIndication.Yes, kb.Statement(PositiveStatement));
        _yesProgressed = Assessment(TrastuzumabIndication.Yes, kb.Statement(PositiveProgressedStatement));
        _yesNoResponse = Assessment(TrastuzumabIndication.Yes, kb.Statement(PositiveNoResponseStatement));
        _no = Assessment(TrastuzumabIndication.No, kb.Statement(NegativeStatement));
        _undetermined = Assessment(TrastuzumabIndication.Undetermined, kb.Statement(UndeterminedStatement));
        _withheldNegative = kb.Statement(WithheldNegativeStatement);
        _withheldNotFinal = kb.Statement(WithheldNotFinalStatement);
    }

    /// <summary>
    /// After progression on, or no response to, trastuzumab the basis says HER2-directed therapy remains indicated and
    /// what happened, rather than "trastuzumab is indicated" alone (docs/clinical-rules.md, "Wording rules").
    /// </summary>
    public TrastuzumabAssessment Assess(Her2Status status, TrastuzumabHistory? history = null) => status switch
    {
        Her2Status.Positive => history switch
        {
            TrastuzumabHistory.NoResponse => _yesNoResponse,
            TrastuzumabHistory.Progressed or TrastuzumabHistory.ProgressedAfterResponse => _yesProgressed,
            _ => _yes,
        },
        Her2Status.Negative => _no,
        _ => _undetermined,
    };

    public static RuleOutcome Outcome(TrastuzumabAssessment assessment, Her2Status status)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var detail = string.Concat("HER2 ", WireNames.Of(status), ": trastuzumab indicated ", IndicationText(assessment.Indicated), ".");
        var kind = assessment.Indicated == TrastuzumabIndication.Yes ? RuleOutcomeKind.Fired : RuleOutcomeKind.NotFired;
        return new RuleOutcome(RuleId, kind, InputIds, detail);
    }

    /// <summary>Null when HER2 is positive; otherwise why the options are withheld and which HER2 actions are required.</summary>
    public Warning? WithheldWarning(Her2Interpretation her2)
    {
        ArgumentNullException.ThrowIfNull(her2);
        if (her2.Status == Her2Status.Positive) return null;
        var statement = her2.Status == Her2Status.Negative ? _withheldNegative : _withheldNotFinal;
        var text = new StringBuilder(statement.Text.Length + 96).Append(statement.Text)
            .Append(" HER2 status: ").Append(WireNames.Of(her2.Status)).Append('.');
        if (her2.RequiredActions.Count > 0)
        {
            text.Append(" Required HER2 actions: ");
            for (var i = 0; i < her2.RequiredActions.Count; i++)
            {
                if (i > 0) text.Append(", ");
                text.Append(Her2ActionCodes.Label(her2.RequiredActions[i].Code));
            }

            text.Append('.');
        }

        return new Warning(WithheldCode, text.ToString(), statement.Citations);
    }

    private static string IndicationText(TrastuzumabIndication indication) => indication switch
    {
        TrastuzumabIndication.Yes => "yes",
        TrastuzumabIndication.No => "no",
        _ => "undetermined",
    };

    private static TrastuzumabAssessment Assessment(TrastuzumabIndication indication, Statement statement) =>
        new(indication, statement.Text, statement.Citations);
}
