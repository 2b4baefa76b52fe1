namespace CdsService.Fhir.Inbound;

using System.Globalization;
using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;

/// <summary>Small readers over Observation elements shared by the marker mappers.</summary>
internal static class ObservationFacts
{
    public static bool IsLoinc(Coding c) =>
        string.Equals(c.System, CodeSystems.Loinc, StringComparison.OrdinalIgnoreCase) || string.Equals(c.System, CodeSystems.LoincOid, StringComparison.Ordinal);

    public static IEnumerable<string> LoincCodes(CodeableConcept? cc) =>
        cc?.Coding.Select(c => IsLoinc(c) ? c.Code?.Trim() : null).OfType<string>() ?? [];

    public static bool HasLoinc(CodeableConcept? cc, string code) => LoincCodes(cc).Contains(code, StringComparer.Ordinal);

    /// <summary>
    /// effective[x] (dateTime, Period end or start, instant), else issued: the time "most recent" compares. A time
    /// without a time zone, which R4 (datatypes, "dateTime") forbids but laboratory systems send, is read as UTC; the
    /// lenient read has already warned about it (docs/fhir.md, "Lenient read").
    /// </summary>
    public static DateTimeOffset? Effective(Observation o) => o.Effective switch
    {
        FhirDateTime dt => Moment(dt),
        Period p => Moment(p.EndElement ?? p.StartElement),
        Instant i => Moment(i),
        _ => Moment(o.IssuedElement),
    } ?? (o.Effective is null ? null : Moment(o.IssuedElement));

    private static DateTimeOffset? Moment(PrimitiveType? time) => time switch
    {
        null => null,
        FhirDateTime dt when dt.TryToDateTimeOffset(TimeSpan.Zero, out var v) => v,
        _ when time.ToString() is { Length: > 0 } literal
            && DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v) => v,
        _ => null,
    };

    public static Observation.ComponentComponent? Component(Observation o, string loinc) =>
        o.Component.FirstOrDefault(c => HasLoinc(c.Code, loinc));

    public static IEnumerable<Observation.ComponentComponent> Components(Observation o, string loinc) =>
        o.Component.Where(c => HasLoinc(c.Code, loinc));

    public static IEnumerable<Coding> Codings(DataType? value) => value is CodeableConcept cc ? cc.Coding : [];

    /// <summary>The human text of a value: a string, a CodeableConcept's text or first display or code.</summary>
    public static string? Text(DataType? value) => value switch
    {
        FhirString s => s.Value,
        CodeableConcept cc => cc.Text ?? cc.Coding.Select(c => c.Display ?? c.Code).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        Code c => c.Value,
        _ => null,
    };

    /// <summary>All strings a value carries (codes, displays, text), for matching gene symbols, rs ids and the like.</summary>
    public static IEnumerable<string> AllStrings(DataType? value) => value switch
    {
        FhirString s when s.Value is not null => [s.Value],
        CodeableConcept cc => cc.Coding.SelectMany(c => new[] { c.Code, c.Display }).Append(cc.Text).OfType<string>(),
        _ => [],
    };

    public static bool TryNumber(DataType? value, out double number, out string? unit)
    {
        unit = null;
        number = 0;
        switch (value)
        {
            case Quantity q when q.Value is { } v:
                unit = q.Code ?? q.Unit;
                number = (double)v;
                return double.IsFinite(number);
            case Integer i when i.Value is { } iv:
                number = iv;
                return true;
            case Ratio r when r.Numerator?.Value is { } n && r.Denominator?.Value is { } d && d != 0:
                number = (double)(n / d);
                return true;
            case FhirString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                return double.IsFinite(number);
            default:
                return false;
        }
    }

    public static string Describe(DataType? value) => value switch
    {
        null => "no value",
        Quantity q => string.Create(CultureInfo.InvariantCulture, $"{q.Comparator?.ToString() ?? string.Empty}{q.Value} {q.Code ?? q.Unit}").Trim(),
        _ => Text(value) ?? value.TypeName,
    };

    /// <summary>Gene-studied (48018-6) of an Observation as "HGNC:n", from the coding or, failing that, a gene symbol in its text.</summary>
    public static string? GeneStudied(Observation o)
    {
        foreach (var c in Components(o, Loinc.GeneStudied))
        {
            foreach (var coding in Codings(c.Value))
            {
                if (GeneIds.Normalise(coding.Code) is { } id) return id;
            }

            if (AllStrings(c.Value).Select(GeneIds.Normalise).FirstOrDefault(g => g is not null) is { } bySymbol) return bySymbol;
        }

        return null;
    }
}
