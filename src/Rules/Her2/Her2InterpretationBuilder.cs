namespace CdsService.Rules.Her2;

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

        RequiredAction[] actions = call.ActionCode is { } code
            ? [new RequiredAction(code, kb.Statement(Her2StatementIds.ForAction(code)).Text)]
            : [];

        return new Her2Interpretation(
            call.Status,
            call.IshGroup,
            low,
            ultralow,
            basis,
            Her2Interpreter.Guideline,
            actions,
            Warnings(call, tests, low, ultralow, kb),
            kb.Statement(Her2StatementIds.Guideline).Citations);
    }

    private static Warning[] Warnings(Her2Call call, Her2Tests? tests, bool low, bool ultralow, KnowledgeBase kb)
    {
        var differing = DifferingReport(call.Status, tests);
        var count = (call.Discordant ? 1 : 0) + (differing is null ? 0 : 1) + (low ? 1 : 0) + (ultralow ? 1 : 0);
        if (count == 0)
        {
            return [];
        }

        var warnings = new Warning[count];
        var i = 0;
        if (call.Discordant)
        {
            warnings[i++] = From(Her2WarningCodes.Discordant, kb.Statement(Her2StatementIds.WarningDiscordant));
        }

        if (differing is { } reported)
        {
            var s = kb.Statement(Her2StatementIds.WarningReportedStatusDiffers);
            var detail = " Reported: " + Her2Format.Status(reported) + "; derived from the raw values: " + Her2Format.Status(call.Status) + ".";
            warnings[i++] = new Warning(Her2WarningCodes.ReportedStatusDiffers, s.Text + detail, s.Citations);
        }

        if (low)
        {
            warnings[i++] = From(Her2WarningCodes.Her2Low, kb.Statement(Her2StatementIds.NoteHer2Low));
        }

        if (ultralow)
        {
            warnings[i] = From(Her2WarningCodes.Her2Ultralow, kb.Statement(Her2StatementIds.NoteHer2Ultralow));
        }

        return warnings;
    }

    // Raw values always win; a reported status that disagrees (often an older 2007/2013 "equivocal") is surfaced, not used.
    private static Her2Status? DifferingReport(Her2Status derived, Her2Tests? tests) =>
        tests is { ReportedStatus: { } reported } && (tests.Ihc is not null || tests.Ish is not null) && reported != derived
            ? reported
            : null;

    private static Warning From(string code, Statement statement) => new(code, statement.Text, statement.Citations);
}
