namespace CdsService.Api.Tests.Persistence;

using System.Text.Json;
using CdsService.Api.Persistence.Audit;

/// <summary>Audit entries shaped like real answers (README.md, "A first call"), with citations and a currency note.</summary>
public static class SampleEvaluations
{
    public const string KbVersion = "2024.1.0";
    public const string KbHash = "3f5a9c0e7b2d4c1e8f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e";

    public static EvaluationAuditEntry Entry(
        string? patientId = "patient-001",
        DateTimeOffset? createdAt = null,
        string channel = EvaluationChannels.Rest,
        string? output = null)
    {
        var at = createdAt ?? DateTimeOffset.UtcNow;
        var id = EvaluationAuditEntry.NewId(at);
        return new EvaluationAuditEntry(
            id, at, channel, patientId, channel == EvaluationChannels.CdsHooks ? Guid.NewGuid().ToString() : null,
            Input(patientId), output ?? Output(id, at, patientId), KbVersion, KbHash, "1.0.0",
            TimeSpan.FromMilliseconds(1.25), "positive");
    }

    public static string Input(string? patientId) => JsonSerializer.Serialize(new
    {
        patientId,
        her2 = new { ihc = "3+" },
        pten = "loss",
        pik3ca = new { status = "mutated", variants = new[] { "H1047R" } },
    });

    public static string Output(Guid id, DateTimeOffset at, string? patientId, string findingSummary = "PTEN loss activates PI3K/Akt signalling and predicts a poorer response to trastuzumab.") =>
        JsonSerializer.Serialize(new
        {
            evaluationId = id,
            evaluatedAt = at,
            patientId,
            knowledgeBase = new
            {
                version = KbVersion,
                hash = KbHash,
                source = new { citation = "Review of trastuzumab action and resistance", doi = "10.0000/example", verified = false },
            },
            her2 = new
            {
                status = "positive", ishGroup = (int?)null, her2Low = false, basis = "IHC 3+: circumferential, complete, intense membrane staining.",
                guideline = "ASCO/CAP 2018 (affirmed 2023)", requiredActions = Array.Empty<object>(),
            },
            trastuzumab = new { indicated = "yes", basis = "HER2-positive disease.", citations = new[] { new { @ref = 1, text = "Trastuzumab approval", section = "Introduction" } } },
            findings = new[]
            {
                new
                {
                    id = "pten-loss", mechanisms = new[] { "pi3k-hyperactivation" }, effect = "resistance", summary = findingSummary,
                    inputs = new[] { "pten" },
                    citations = new object[]
                    {
                        new { @ref = 16, text = "PTEN loss and trastuzumab resistance", section = "PI3K", paper = "Nagata et al., Cancer Cell 2004", identification = "confirmed" },
                    },
                },
            },
            options = new[]
            {
                new
                {
                    rank = 1, agentId = "rad001", agent = "RAD001", target = "mTOR", mechanismTargeted = "Downstream signaling", phase = "II",
                    combinationWithTrastuzumab = "Yes", source = "Novartis (New York, NY)", evidenceLevel = "B", direction = "supports",
                    relevance = "specific", rationale = "Targets the PI3K/Akt/mTOR pathway activated by PTEN loss.",
                    citations = new object[] { new { @ref = 60, text = "mTOR inhibition" }, new { @ref = 18, text = "PI3K pathway" } },
                    currency = new { asOf = "2024-01", note = "Everolimus was studied further after the review.", citations = new object[] { new { source = "external", url = "https://example.org/trial" } } },
                },
            },
            warnings = new[] { new { code = "review-currency", text = "The review predates later approvals.", citations = new object[] { new { source = "review", section = "Conclusions" } } } },
            disclaimer = "Decision support only; not a substitute for clinical judgement.",
        });
}
