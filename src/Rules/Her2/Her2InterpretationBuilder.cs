namespace CdsService.Rules.Her2;

using CdsService.Rules.Vocabulary;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// Turns a rule-table <see cref="Her2Call"/> into the public <see cref="Her2Interpretation"/>, taking every
/// sentence (actions, comments, warnings, citations) from the knowledge base.
/// </summary>
internal static class Her2InterpretationBuilder
{
    public static Her2Interpretation Build(Her2Call call, Her2Tests? tests, KnowledgeBase kb)
    {
        var ihc = tests?.Ihc;
        var low = Her2Labels.IsHer2Low(call.Status, ihc);
        var ultralow = Her2Labels.IsHer2Ultralow(call.Status, ihc, tests?.IhcMembraneStaining);

        // ASCO/CAP asks for the group 2/3/4 comment on the report itself, so it travels with the basis.
        var basis = call.CommentId is { } commentId ? call.Basis + " Comment: " + kb.Statement(commentId).Text : call.Basis;

        return new Her2Interpretation(
            call.Status,
            call.IshGroup,
            low,
            ultralow,
            basis,
            Her2Interpreter.Guideline,
            Actions(call, tests, kb),
            Warnings(call, tests, low, ultralow, kb),
            kb.Statement(Her2StatementIds.Guideline).Citations);
    }

    // The 2018 guideline reads every single-probe result with a concurrent IHC on the same specimen: without one, that
    // action comes first, whatever the copy number; for 4.0 to < 6.0 copies a dual-probe assay resolves it as well.
    private static RequiredAction[] Actions(Her2Call call, Her2Tests? tests, KnowledgeBase kb)
    {
        var singleProbeWithoutIhc = tests is { Ihc: null, Ish.Assay: IshAssay.SingleProbe } && call.Status != Her2Status.Indeterminate;
        var actions = new List<RequiredAction>(2);
        if (singleProbeWithoutIhc)
            actions.Add(new RequiredAction(Her2ActionCodes.ConcurrentIhc, kb.Statement(Her2StatementIds.ActionConcurrentIhcSingleProbe).Text));
        if (call.ActionCode is { } code && !(singleProbeWithoutIhc && code == Her2ActionCodes.ConcurrentIhc))
        {
            // IHC 3+ is positive whatever the ISH result, so a missing ISH cannot explain a "negative" report of it.
            var statement = !call.ReportedContradicts ? Her2StatementIds.ForAction(code)
                : tests?.Ihc == IhcScore.Three ? Her2StatementIds.ActionReDeriveReportedNegativeIhc3
                : Her2StatementIds.ActionReDeriveReportedContradicts;
            actions.Add(new RequiredAction(code, kb.Statement(statement).Text));
        }
        return [.. actions];
    }

    private static Warning[] Warnings(Her2Call call, Her2Tests? tests, bool low, bool ultralow, KnowledgeBase kb)
    {
        var warnings = new List<Warning>(2);
        if (call.Discordant)
            warnings.Add(From(Her2WarningCodes.Discordant, kb.Statement(Her2StatementIds.WarningDiscordant)));

        if (call.ReportedContradicts && tests is { ReportedStatus: { } contradicting, Ihc: { } ihc })
        {
            var s = kb.Statement(ihc == IhcScore.Three ? Her2StatementIds.WarningReportedStatusContradictsIhc3 : Her2StatementIds.WarningReportedStatusContradicts);
            var detail = " Reported: " + WireNames.Of(contradicting) + "; IHC " + Her2Format.Ihc(ihc) + " without ISH.";
            warnings.Add(new Warning(Her2WarningCodes.ReportedStatusDiffers, s.Text + detail, s.Citations));
        }
        else if (DifferingReport(call.Status, tests) is { } reported)
        {
            var s = kb.Statement(Her2StatementIds.WarningReportedStatusDiffers);
            var detail = " Reported: " + WireNames.Of(reported) + "; derived from the raw values: " + WireNames.Of(call.Status) + ".";
            warnings.Add(new Warning(Her2WarningCodes.ReportedStatusDiffers, s.Text + detail, s.Citations));
        }

        if (tests is { PreliminaryResultAwaited: true, HasAnyValue: true })
            warnings.Add(From(Her2WarningCodes.PreliminaryNotUsed, kb.Statement(Her2StatementIds.WarningPreliminaryNotUsed)));

        // HER2-low and ultralow are therapy-eligibility labels (2022 and 2025), never a status; the dated approvals go with them.
        if (low)
            warnings.Add(From(Her2WarningCodes.Her2Low, kb.Statement(Her2StatementIds.NoteHer2Low)) with { Currency = kb.NotesFor(Her2WarningCodes.Her2Low) });
        if (ultralow)
            warnings.Add(From(Her2WarningCodes.Her2Ultralow, kb.Statement(Her2StatementIds.NoteHer2Ultralow)) with { Currency = kb.NotesFor(Her2WarningCodes.Her2Ultralow) });
        if (call.Status == Her2Status.Negative && tests is { Ihc: IhcScore.Zero })
        {
            if (tests.IhcMembraneStaining == false)
                warnings.Add(From(Her2WarningCodes.Her2Zero, kb.Statement(Her2StatementIds.NoteHer2Zero)));
            else if (tests.IhcMembraneStaining is null)
                warnings.Add(From(Her2WarningCodes.UltralowNotAssessable, kb.Statement(Her2StatementIds.NoteUltralowNotAssessable)));
        }

        return [.. warnings];
    }

    // Raw values always win; a reported status that disagrees (often an older 2007/2013 "equivocal") is surfaced, not used.
    private static Her2Status? DifferingReport(Her2Status derived, Her2Tests? tests) =>
        tests is { ReportedStatus: { } reported } && (tests.Ihc is not null || tests.Ish is not null) && reported != derived
            ? reported
            : null;

    private static Warning From(string code, Statement statement) => new(code, statement.Text, statement.Citations);
}
