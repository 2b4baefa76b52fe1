namespace CdsService.Fhir.Outbound;

using Hl7.Fhir.Model;

/// <summary>A complex extension (R4 Extension: sub-extensions, no value) built part by part; absent values are left out.</summary>
internal sealed class ComplexExtension(string url)
{
    public Extension Extension { get; } = new() { Url = url };

    public ComplexExtension Add(string name, DataType? value)
    {
        if (value is not null) Extension.Extension.Add(new Extension(name, value));
        return this;
    }

    public ComplexExtension Add(string name, string? value) => Add(name, value is null ? null : new FhirString(value));

    public ComplexExtension Add(Extension part)
    {
        Extension.Extension.Add(part);
        return this;
    }
}
