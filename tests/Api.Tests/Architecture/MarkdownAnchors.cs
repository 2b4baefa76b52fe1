namespace CdsService.Api.Tests.Architecture;

using System.Text;

/// <summary>The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
public static class MarkdownAnchors
{
    public static HashSet<string> Of(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("```", StringComparison.Ordinal))
                inFence = !inFence;
            if (inFence || !line.StartsWith('#'))
                continue;

            var baseSlug = Slug(line.TrimStart('#'));
            var slug = baseSlug;
            for (var n = 1; !anchors.Add(slug); n++)
                slug = $"{baseSlug}-{n}";
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
                slug.Append(c);
            else if (c == ' ')
                slug.Append('-');
        }

        return slug.ToString();
    }
}
