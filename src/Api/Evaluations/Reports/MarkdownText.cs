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
        EscapeBlockStart(text);
        return text.ToString();
    }

    /// <summary>A value placed at the start of a list item could otherwise begin a nested list ("- x", "+ x", "1. x").</summary>
    private static void EscapeBlockStart(StringBuilder text)
    {
        if (text.Length == 0)
            return;
        if (text[0] is '-' or '+' or '=')
        {
            text.Insert(0, '\\');
            return;
        }
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
            text.Insert(digits, '\\');
    }
}
