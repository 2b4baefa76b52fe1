namespace CdsService.Api.CdsHooks.Orders;

using System.Text.Json;

/// <summary>
/// The trastuzumab products the order hooks recognise, read from trastuzumab-products.json (docs/cds-hooks.md,
/// "Trastuzumab products"): RxNorm codes first, then names in text or display, the most specific name first so that
/// "trastuzumab deruxtecan" is not read as plain trastuzumab. The file is checked when loaded; a bad file stops the service.
/// </summary>
public sealed class TrastuzumabProducts
{
    public const string Trastuzumab = "trastuzumab";
    public const string Emtansine = "ado-trastuzumab-emtansine";
    public const string Deruxtecan = "fam-trastuzumab-deruxtecan";
    private static readonly string[] Agents = [Trastuzumab, Emtansine, Deruxtecan];

    private readonly string _system;
    private readonly Dictionary<string, string> _codes;
    private readonly List<(string Text, string Agent)> _names;

    private TrastuzumabProducts(string system, Dictionary<string, string> codes, List<(string, string)> names) =>
        (_system, _codes, _names) = (system, codes, names);

    public static TrastuzumabProducts Default { get; } = Load(
        typeof(TrastuzumabProducts).Assembly.GetManifestResourceStream("trastuzumab-products.json")
        ?? throw new InvalidOperationException("trastuzumab-products.json is not embedded."));

    public sealed record Match(string Agent, bool ByName);

    public static TrastuzumabProducts Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var system = Text(root, "system", "system");
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Items(root, "codes"))
        {
            var code = Text(item, "code", "codes[].code");
            if (!code.All(char.IsAsciiDigit) || !codes.TryAdd(code, Agent(item, "codes[].agent")))
            {
                throw new InvalidDataException($"trastuzumab-products.json: codes[].code '{code}' must be a unique RxCUI.");
            }
        }

        var names = Items(root, "names").Select(n => (Text(n, "text", "names[].text").ToLowerInvariant(), Agent(n, "names[].agent"))).ToList();
        if (!codes.ContainsValue(Trastuzumab) || names.Count == 0)
        {
            throw new InvalidDataException("trastuzumab-products.json: needs the trastuzumab ingredient code and at least one name.");
        }

        return new TrastuzumabProducts(system, codes, names);
    }

    /// <summary>A CodeableConcept is matched by a listed code, else by its text or a coding's display.</summary>
    public Match? Find(JsonElement concept)
    {
        if (concept.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var codings = concept.TryGetProperty("coding", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).ToList() : [];
        foreach (var coding in codings)
        {
            if (Value(coding, "system") == _system && Value(coding, "code") is { } code && _codes.TryGetValue(code, out var agent))
            {
                return new Match(agent, ByName: false);
            }
        }

        var words = string.Join(' ', codings.Select(c => Value(c, "display")).Append(Value(concept, "text")).OfType<string>()).ToLowerInvariant();
        return _names.FirstOrDefault(n => words.Contains(n.Text, StringComparison.Ordinal)) is { Text: not null } hit
            ? new Match(hit.Agent, ByName: true) : null;
    }

    private static string? Value(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Text(JsonElement parent, string name, string path) =>
        Value(parent, name) is { Length: > 0 } text ? text : throw new InvalidDataException($"trastuzumab-products.json: {path} is required.");

    private static string Agent(JsonElement parent, string path) =>
        Text(parent, "agent", path) is var agent && Agents.Contains(agent) ? agent
            : throw new InvalidDataException($"trastuzumab-products.json: {path} must be one of {string.Join(", ", Agents)}.");

    private static List<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().ToList() : throw new InvalidDataException($"trastuzumab-products.json: {name} must be an array.");
}
