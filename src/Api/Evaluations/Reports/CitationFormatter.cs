namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;

/// <summary>Writes citations the way the review does: "[16]", "[18, 60]"; the review itself and external sources by name.</summary>
public static class CitationFormatter
{
    /// <summary>Markdown for the citations of one statement; empty when there are none.</summary>
    public static string Inline(IReadOnlyList<ReportCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var parts = new List<string>();
        var numbers = citations.Where(c => c.Ref is not null).Select(c => c.Ref!.Value).Distinct().Order().ToList();
        // Bare "[n]" is safe: escaped values cannot define a link for it (MarkdownText).
        if (numbers.Count > 0)
            parts.Add("[" + string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))) + "]");
        foreach (var c in citations.Where(c => c.Ref is null && c.Source is not null))
        {
            parts.Add(c.Source == "review"
                ? "(the review" + (c.Section is null ? "" : ", " + MarkdownText.Escape(c.Section)) + ")"
                : "(external source, not from the review: " + MarkdownText.Escape(c.Url ?? c.Source) + ")");
        }
        return string.Join(" ", parts);
    }

    /// <summary>" [16]" with a leading space, or nothing, for appending to a sentence.</summary>
    public static string Suffix(IReadOnlyList<ReportCitation> citations)
    {
        var inline = Inline(citations);
        return inline.Length == 0 ? "" : " " + inline;
    }

    /// <summary>One entry of the numbered reference list, with the identified paper and how sure that is.</summary>
    public static string ReferenceEntry(ReportCitation reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var number = reference.Ref?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var identified = reference.Paper is null
            ? "not identified"
            : MarkdownText.Escape(reference.Paper) + " (identification: " + MarkdownText.Escape(reference.Identification ?? "unstated") + ")";
        var context = reference.Text is null ? "" : " Cited for: " + MarkdownText.Escape(reference.Text);
        return $"[{number}] {identified}.{context}";
    }
}
