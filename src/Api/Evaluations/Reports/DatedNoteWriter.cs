namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;
using System.Text;
using CdsService.Rules.KnowledgeBase;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// Availability and dated notes in Markdown, for the one-patient and the tumor-board reports: the badge beside a rank,
/// and each note with its date, its verified flag (an unverified note is marked in bold), what it means for the
/// clinician, and its sources with their kind (docs/clinical-rules.md, "Availability", "Dated notes", "Sources").
/// Every value is escaped; URLs are printed as text, never as links.
/// </summary>
public static class DatedNoteWriter
{
    public const string Unverified = "**unverified**";

    /// <summary>"tier 1, approved HER2+ breast" (", unverified" when the status is not verified); "not recorded" for older answers.</summary>
    public static string Badge(ReportAvailability? availability)
    {
        if (availability is null)
            return "not recorded";
        var badge = AvailabilityText.FromWire(availability.Status) is { } status && availability.Tier is { } tier
            ? AvailabilityText.Badge(status, tier)
            : Escape(availability.Status);
        return availability.Verified ? badge : badge + ", unverified";
    }

    /// <summary>One line under an item: the status in words, indication, clinician note, date, verified flag and sources.</summary>
    public static void WriteAvailability(StringBuilder md, ReportAvailability? availability, string indent)
    {
        ArgumentNullException.ThrowIfNull(md);
        if (availability is null)
            return;
        // A paragraph of its own inside the list item (blank line, then indented), not a run-on of the one above.
        md.AppendLine().Append(indent).Append("Availability (").Append(Badge(availability)).Append("): ")
            .Append(Escape(availability.Label ?? availability.Status)).Append('.');
        if (availability.Indication is not null)
            md.Append(" Indication: ").Append(Escape(availability.Indication));
        if (availability.Note is not null)
            md.Append(' ').Append(Escape(availability.Note));
        md.Append(" As of ").Append(Escape(availability.AsOf ?? "an unstated date")).Append(", ")
            .Append(availability.Verified ? "verified" : Unverified).Append('.').AppendLine(SourcesText(availability.Sources));
    }

    /// <summary>
    /// "Dated notes from outside the review (n):" and one nested item per note; nothing when there are none. Some notes
    /// predate the review, so the heading does not say "since". A clinician note the note just above already gave is
    /// written "as above", so the message is not buried in repeats and "above" is always the line before.
    /// </summary>
    public static void WriteNotes(StringBuilder md, IReadOnlyList<ReportDatedNote> notes, string indent)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
            return;
        WriteHeading(md, notes, indent, "Dated notes from outside the review (", "; not the review's evidence):");
        string? previous = null;
        foreach (var note in notes)
        {
            md.Append(indent).Append("- ").AppendLine(Note(note, repeatedAdvice: note.ClinicianNote is { } advice && advice == previous));
            previous = note.ClinicianNote;
        }
        md.AppendLine();
    }

    /// <summary>
    /// The notes under a finding in a tumor-board section, one line each: date, verified flag and what it means for the
    /// clinician (the note itself when it has no clinician note). Each is written in full, with its sources, once for
    /// the cohort under "Dated notes", so a board section stays about a page (docs/batches.md, "Patient sections").
    /// </summary>
    public static void WriteBriefNotes(StringBuilder md, IReadOnlyList<ReportDatedNote> notes, string indent)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0)
            return;
        WriteHeading(md, notes, indent, "Dated notes (", "; not the review's evidence; in full, with sources, under Dated notes):");
        // Notes that share one clinician note are one line with all their dates: the line is about what to do.
        foreach (var group in notes.GroupBy(n => n.ClinicianNote ?? n.Note, StringComparer.Ordinal))
        {
            var dates = string.Join(", ", group.Select(n => n.ShortDate).Distinct(StringComparer.Ordinal));
            var flag = group.All(n => n.Verified == true) ? "verified"
                : group.All(n => n.Verified == false) ? Unverified
                : group.Any(n => n.Verified == false) ? "some " + Unverified
                : "verification not recorded";
            md.Append(indent).Append("- ").Append(Escape(dates)).Append(", ").Append(flag).Append(": ").AppendLine(Escape(group.Key));
        }
        md.AppendLine();
    }

    /// <summary>"Dated notes (n, k not verified; ...):" and a blank line: the count a clinician weighs the list by.</summary>
    private static void WriteHeading(StringBuilder md, IReadOnlyList<ReportDatedNote> notes, string indent, string opening, string closing)
    {
        var unverified = notes.Count(n => n.Verified != true);
        md.AppendLine().Append(indent).Append(opening).Append(notes.Count.ToString(CultureInfo.InvariantCulture))
            .Append(unverified == 0 ? "" : ", " + unverified.ToString(CultureInfo.InvariantCulture) + " not verified").AppendLine(closing);
        md.AppendLine();
    }

    /// <summary>"As of 2016, verified: ... For the clinician: ... Sources: PMC https://..." ("Searched 2026-12, ..." when undated).</summary>
    public static string Note(ReportDatedNote note, bool repeatedAdvice = false)
    {
        ArgumentNullException.ThrowIfNull(note);
        var flag = note.Verified switch { true => "verified", false => Unverified, null => "verification not recorded" };
        var text = new StringBuilder();
        text.Append(Escape(note.DateText)).Append(", ").Append(flag).Append(": ").Append(Escape(note.Note));
        if (note.ClinicianNote is not null)
            text.Append(" For the clinician: ").Append(repeatedAdvice ? "as above." : Escape(note.ClinicianNote));
        text.Append(SourcesText(note.Sources));
        return text.ToString();
    }

    /// <summary>" Sources: company http://...; news (citing FDA) http://..." with sources never relied on said so.</summary>
    public static string SourcesText(IReadOnlyList<ReportSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
            return "";
        return " Sources: " + string.Join("; ", sources.Select(s =>
            Escape(s.Kind) + (s.Detail is null ? "" : " (" + Escape(s.Detail) + ")") + (s.ReliedOn ? "" : " (not relied on)") + " " + Escape(s.Url))) + ".";
    }
}
