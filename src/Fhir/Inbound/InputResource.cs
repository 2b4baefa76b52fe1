namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>
/// One resource of the input with the identity references use to reach it: the Bundle entry's fullUrl, or
/// "Type/id", or (with neither) its position, so that every resource can be named in the answer.
/// Compared by identity: two entries with equal content are still two entries.
/// </summary>
public sealed class InputResource(Resource resource, string? fullUrl, int position)
{
    public Resource Resource { get; } = resource;
    public string? FullUrl { get; } = fullUrl;
    public int Position { get; } = position;

    public string Reference =>
        FullUrl ?? (Resource.Id is { Length: > 0 } id ? $"{Resource.TypeName}/{id}" : $"{Resource.TypeName}[{Position}]");

    public override string ToString() => Reference;
}
