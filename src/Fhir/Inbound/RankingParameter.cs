namespace CdsService.Fhir.Inbound;

using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;
using Hl7.Fhir.Model;

/// <summary>
/// The <c>ranking</c> in-parameter of $evaluate (docs/fhir.md, "Choosing the ranking lens"): a valueCode or valueString
/// "current" or "review", the same words as the REST field <c>ranking</c>. Absent (or a Bundle sent as the body) means
/// "current"; anything else is unreadable input, a 400 whose issue names the parameter by FHIRPath.
/// </summary>
public static class RankingParameter
{
    public const string Name = "ranking";
    public const string Expression = "Parameters.parameter.where(name='ranking')";

    public static RankingLens Read(Resource input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input is not Parameters parameters) return RankingLens.Current;
        var given = parameters.Parameter.Where(p => string.Equals(p.Name, Name, StringComparison.Ordinal)).ToList();
        if (given.Count == 0) return RankingLens.Current;
        if (given.Count > 1) throw Invalid($"The parameter '{Name}' is given {given.Count} times; give it at most once.");
        var text = given[0].Value switch
        {
            Code code => code.Value,
            FhirString s => s.Value,
            _ => null,
        };
        if (text is null) throw Invalid($"The parameter '{Name}' needs a valueCode or valueString: {Allowed()}.");
        return InputVocabularies.RankingLens.TryParse(text, out var lens)
            ? lens
            : throw Invalid($"The parameter '{Name}' must be {Allowed()}.");
    }

    private static string Allowed() => string.Join(" or ", InputVocabularies.RankingLens.Terms.Select(t => $"\"{t}\""));

    private static FhirInputException Invalid(string message) => new(message, [new FhirInputIssue("invalid", message, Expression)]);
}
