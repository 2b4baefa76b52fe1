namespace CdsService.Api.Evaluations.Reports;

using System.Text;

/// <summary>
/// Makes a stored value inert Markdown: it renders as the same text and can never open a link, an image, raw HTML,
/// emphasis or a new block. Every value that came from a client or the stored answer goes through here.
/// </summary>
public static class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_[]()<>&|~!#{}";

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                // A line break would let the value start a heading, list or table row of its own.
                text.Append(' ');
                continue;
            }
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal))
                text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>
    /// For a value that starts a line or list item, where "- x", "+ x", "= x" or "1. x" would otherwise open a
    /// nested list or turn the line above into a heading.
    /// </summary>
    public static string EscapeAtLineStart(string? value)
    {
        var text = Escape(value);
        if (text.Length == 0)
            return text;
        if (text[0] is '-' or '+' or '=')
            return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? text.Insert(digits, "\\") : text;
    }
}
