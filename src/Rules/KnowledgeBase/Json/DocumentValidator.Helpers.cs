namespace CdsService.Rules.KnowledgeBase.Json;

using System.Globalization;
using CdsService.Rules.Engine;

internal sealed partial class DocumentValidator
{
    private void ValidateCitations(IReadOnlyList<CitationDto>? citations, string at, bool required = false)
    {
        if (citations is null || citations.Count == 0)
        {
            if (required)
                _problems.Add($"{at}: at least one citation is required");
            return;
        }

        for (var i = 0; i < citations.Count; i++)
            ValidateCitation(citations[i], $"{at}[{i}]");
    }

    private void ValidateCitation(CitationDto c, string at)
    {
        if (c.Ref is { } n)
        {
            if (c.Source is not null || c.Url is not null)
                _problems.Add($"{at}: a reference citation carries no source or url");
            if (n < Vocabulary.FirstReference || n > Vocabulary.LastReference)
                _problems.Add($"{at}: ref {n.ToString(CultureInfo.InvariantCulture)} is outside {Vocabulary.FirstReference}..{Vocabulary.LastReference}");
            else if (!_referenceNumbers.Contains(n))
                _problems.Add($"{at}: ref {n.ToString(CultureInfo.InvariantCulture)} has no reference entry");
            Require(c.Text, at + ".text");
            Require(c.Section, at + ".section");
        }
        else if (c.Source == Citation.ReviewSource)
        {
            Require(c.Section, at + ".section");
        }
        else if (c.Source is not null)
        {
            if (!Uri.TryCreate(c.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                _problems.Add($"{at}: external source '{c.Source}' needs an http(s) url");
            Require(c.Text, at + ".text");
        }
        else
        {
            _problems.Add($"{at}: a citation needs a ref or a source");
        }
    }

    private void Require(string? value, string at)
    {
        if (string.IsNullOrWhiteSpace(value))
            _problems.Add($"{at}: missing");
    }

    private IReadOnlyList<T> RequireList<T>(IReadOnlyList<T>? list, string at)
    {
        if (list is null || list.Count == 0)
            _problems.Add($"{at}: missing or empty");
        return list ?? [];
    }

    private HashSet<string> UniqueIds(IEnumerable<string?> ids, string at)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
                _problems.Add($"{at}: an entry has no id");
            else if (!seen.Add(id))
                _problems.Add($"{at}: duplicate id '{id}'");
        }

        return seen;
    }

    private void RequireKnown(IReadOnlyList<string>? values, IReadOnlyList<string> known, string at, string kind, bool required)
    {
        if (values is null || (required && values.Count == 0))
        {
            _problems.Add($"{at}: missing or empty");
            return;
        }

        foreach (var v in values.Where(v => !known.Contains(v)))
            _problems.Add($"{at}: unknown {kind} '{v}'");
    }
}
