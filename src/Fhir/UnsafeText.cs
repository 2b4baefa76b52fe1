namespace CdsService.Fhir;

using System.Text;
using System.Text.Json;

/// <summary>
/// Text no channel stores: the NUL character, which PostgreSQL text columns refuse (so it would fail the audit write
/// after the evaluation), and unpaired UTF-16 surrogates, which are not Unicode scalar values and cannot be encoded
/// as UTF-8 (RFC 8259 section 8.2; docs/security.md, "Hostile input"). Every channel refuses them at its edge.
/// </summary>
public static class UnsafeText
{
    public const string Rule = "must not contain NUL characters or unpaired UTF-16 surrogates";

    public const string InvisibleRule = "must not contain bidirectional-override, zero-width or control characters";

    /// <summary>
    /// Characters that make an id display as another (Unicode TR #36 section 2.4 and CVE-2021-42574, "Trojan Source"):
    /// the bidirectional embeddings, overrides, isolates and marks, the zero-width characters, and C0/C1 controls.
    /// </summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u00AD' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200D'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2069';

    public static bool IsUnsafe(string? value)
    {
        if (value is null)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || char.IsLowSurrogate(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>
    /// The path ("context.patientId", "entry[0].resource.id") of the first property name or string value of the JSON
    /// that holds unsafe text, or null. Malformed JSON is left to the parser that follows, which reports it better.
    /// </summary>
    public static string? FindInJson(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var top = frames.Count == 0 ? null : frames[^1];
                if (top is { IsArray: true } && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.Comment))
                {
                    top.Index++;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = Read(ref reader);
                        top!.Name = name ?? "?";
                        if (name is null)
                        {
                            return PathOf(frames);
                        }

                        break;
                    case JsonTokenType.String when Read(ref reader) is null:
                        return PathOf(frames);
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The token's text, or null when it is unsafe. Unescaped text cannot hold NUL (the reader refuses raw control characters).</summary>
    private static string? Read(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                return null;
            }

            return reader.TokenType == JsonTokenType.PropertyName ? Encoding.UTF8.GetString(reader.ValueSpan) : "";
        }

        try
        {
            var text = reader.GetString();
            return IsUnsafe(text) ? null : text;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape an unpaired surrogate ("\ud800").
            return null;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null)
            {
                path.Append(path.Length == 0 ? "" : ".").Append(frame.Name);
            }
        }

        return path.Length == 0 ? "$" : path.ToString();
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }
        public int Index { get; set; } = -1;
        public string? Name { get; set; }
    }
}
