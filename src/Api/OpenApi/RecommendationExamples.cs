namespace CdsService.Api.OpenApi;

/// <summary>
/// Worked requests a user can pick under "Try it out" (patients of docs/clinical-rules.md, "Findings", "HER2" and
/// "Ranking policy"). Each is a complete, valid body; the API tests post every one of them.
/// </summary>
public static class RecommendationExamples
{
    public sealed record Example(string Name, string Summary, string Description, string Json);

    public static IReadOnlyList<Example> All { get; } =
    [
        new(
            "her2-positive-pten-loss",
            "HER2 IHC 3+ with PTEN loss, progressed after a response",
            "HER2-positive; PTEN loss hyperactivates PI3K-Akt. Under the default lens \"current\" the agents approved for HER2-positive breast cancer (tier 1) come first: "
            + "pertuzumab, lapatinib, T-DM1, by the level of the review's evidence. PTEN loss matches none of them in this lens: later evidence does not "
            + "support it for choosing T-DM1 (EMILIA) or RAD001 (BOLERO-1/-3), and the rank reasons say so. RAD001, which the review ties to PTEN loss, is "
            + "approved only outside HER2-positive disease (tier 2). Progression after a response is acquired resistance; the note on later HER2-directed "
            + "options names the agents approved since the review. Send \"ranking\": \"review\" for the review's own 2011 order.",
            """{ "patientId": "example-001", "her2": { "ihc": "3+" }, "pten": "loss", "trastuzumabHistory": "progressed-after-response", "ranking": "current" }"""),
        new(
            "ihc-2plus-without-ish",
            "HER2 IHC 2+ without ISH",
            "Equivocal: reflex ISH is required before any HER2-directed option is shown. Trastuzumab-naive.",
            """{ "patientId": "example-002", "her2": { "ihc": "2+" }, "trastuzumabHistory": "naive" }"""),
        new(
            "ish-group-4-with-ihc-2plus",
            "Dual-probe ISH group 4 (ratio 1.8, 4.6 copies) with IHC 2+",
            "ASCO/CAP group 4 with IHC 2+: a blinded recount of the ISH is required; the status is pending.",
            """{ "patientId": "example-003", "her2": { "ihc": "2+", "ish": { "assay": "dual-probe", "her2Cep17Ratio": 1.8, "meanHer2CopiesPerCell": 4.6 } } }"""),
        new(
            "her2-negative-ihc-1plus",
            "HER2-negative (IHC 1+, HER2-low)",
            "HER2-negative: trastuzumab is not indicated and no Table 1 option is offered. HER2-low is noted as a therapy-eligibility label introduced in 2022 (trastuzumab deruxtecan), not as a status.",
            """{ "patientId": "example-004", "her2": { "ihc": "1+" } }"""),
        new(
            "full-panel",
            "HER2-positive, every marker given",
            "A full panel after progression on trastuzumab (whether it first responded not given): several mechanisms at once (PI3K, cell cycle, epitope loss, "
            + "alternative receptors, immune), the laboratory's classification of the PIK3CA variant, and the options in the review's own order (lens \"review\"), "
            + "each still with its availability today.",
            """
            {
              "patientId": "example-005",
              "her2": { "ihc": "3+", "ish": { "assay": "dual-probe", "her2Cep17Ratio": 4.2, "meanHer2CopiesPerCell": 9.8 } },
              "pten": "intact",
              "pik3ca": { "status": "mutated", "variants": ["H1047R"], "classification": "pathogenic" },
              "cyclinE": "amplified",
              "fcgr3a158": "F/F",
              "fcgr2a131": "H/R",
              "serumHer2Ecd": { "value": 32.5, "unit": "ng/mL" },
              "p95Her2": "present",
              "egfr": "overexpressed",
              "erbb3": "normal",
              "igf1r": "overexpressed",
              "muc4": "normal",
              "cd44": "normal",
              "src": "activated",
              "p27": "cytoplasmic",
              "trastuzumabHistory": "progressed",
              "ranking": "review"
            }
            """),
    ];
}
