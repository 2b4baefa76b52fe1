namespace CdsService.Api.Evaluations.Reports;

using System.Text;

/// <summary>
/// Makes a stored value inert Markdown: it renders as the same text and can never open a link, an image, raw HTML,
/// emphasis or a new block. Every value that came from a client or the stored answer goes through here.
/// </summary>
public static class MarkdownText
{
    // Emphasis, code, raw HTML and autolinks, entities, table cells, headings and strikethrough. Brackets stay as they
    // are so that "[16]" in a statement reads as the review writes it: without a "(" after "]" (escaped below) and
    // without a link definition (only possible at the start of a line, see EscapeAtLineStart) they never form a link.
    private const string AlwaysEscaped = "\\`*_<>&|~#";

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                // A line break would let the value start a heading, list, table row or link definition of its own.
                text.Append(' ');
                continue;
            }
            var opensLink = (c == '(' && i > 0 && value[i - 1] == ']') || (c == '!' && i + 1 < value.Length && value[i + 1] == '[');
            if (opensLink || AlwaysEscaped.Contains(c, StringComparison.Ordinal))
                text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>
    /// For a value that starts a line or list item, where "- x", "+ x", "= x" or "1. x" would otherwise open a
    /// nested list or turn the line above into a heading, and "[x]: url" would define a link.
    /// </summary>
    public static string EscapeAtLineStart(string? value)
    {
        var text = Escape(value);
        if (text.Length == 0)
            return text;
        if (text[0] is '-' or '+' or '=' or '[')
            return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? text.Insert(digits, "\\") : text;
    }
}
