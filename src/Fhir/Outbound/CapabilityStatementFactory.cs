namespace CdsService.Fhir.Outbound;

using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/metadata (R4 RESTful API, "capabilities"): a server CapabilityStatement for FHIR 4.0.1 in
/// application/fhir+json whose only interaction is the system-level $evaluate operation, and that operation's
/// OperationDefinition.
/// </summary>
public static class CapabilityStatementFactory
{
    public const string OperationName = "evaluate";

    public static CapabilityStatement Create(string fhirBaseUrl, string softwareVersion, DateTimeOffset date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fhirBaseUrl);
        var baseUrl = fhirBaseUrl.TrimEnd('/');
        var statement = new CapabilityStatement
        {
            Id = "cdsservice",
            Url = $"{baseUrl}/metadata",
            Name = "CdsServiceFhir",
            Title = "CdsService FHIR R4 interface",
            Status = PublicationStatus.Active,
            Date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Publisher = "CdsService",
            Description = new Markdown("HER2 / trastuzumab-resistance decision support. POST a Bundle (any type) or a Parameters holding one, with a Patient and its mCODE / Genomics Reporting Observations, to $evaluate; the answer is a collection Bundle with a GuidanceResponse, a RequestGroup of ranked options, a HER2 status Observation and therapeutic-implication Observations."),
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "CdsService", Version = softwareVersion },
            Implementation = new CapabilityStatement.ImplementationComponent { DescriptionString = "CdsService FHIR endpoint", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = [FhirJson.MediaType],
        };
        var rest = new CapabilityStatement.RestComponent { Mode = CapabilityStatement.RestfulCapabilityMode.Server };
        rest.Documentation = new Markdown("Errors are OperationOutcome resources: 400 for unreadable FHIR, 413 for bodies over the limit, 415 for other media types, 422 for inputs that cannot be evaluated.");
        rest.Operation.Add(new CapabilityStatement.OperationComponent
        {
            Name = OperationName,
            Definition = $"{baseUrl}/OperationDefinition/{OperationName}",
            Documentation = new Markdown("Evaluates one patient's HER2 status, trastuzumab resistance findings and ranked options."),
        });
        statement.Rest.Add(rest);
        return statement;
    }

    public static OperationDefinition Operation(string fhirBaseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fhirBaseUrl);
        var definition = new OperationDefinition
        {
            Id = OperationName,
            Url = $"{fhirBaseUrl.TrimEnd('/')}/OperationDefinition/{OperationName}",
            Name = "Evaluate",
            Status = PublicationStatus.Active,
            Kind = OperationDefinition.OperationKind.Operation,
            Code = OperationName,
            AffectsState = false,
            System = true,
            Type = false,
            Instance = false,
            Description = new Markdown("The body is the input Bundle itself, or a Parameters with it as parameter 'bundle' and, optionally, the ranking lens as parameter 'ranking'."),
        };
        definition.Parameter.Add(Parameter("bundle", OperationParameterUse.In, "Patient and Observations (mCODE TumorMarkerTest, Genomics Reporting Variant / Genotype / MolecularBiomarker)"));
        definition.Parameter.Add(new OperationDefinition.ParameterComponent
        {
            Name = Inbound.RankingParameter.Name,
            Use = OperationParameterUse.In,
            Min = 0,
            Max = "1",
            Type = FHIRAllTypes.Code,
            Documentation = "The ranking lens: 'current' (the default: what is available today first) or 'review' (the review's 2011 order, for research and teaching); valueCode or valueString. Any other value is a 400.",
        });
        definition.Parameter.Add(Parameter("return", OperationParameterUse.Out, "collection Bundle: GuidanceResponse, RequestGroup, MedicationRequest proposals, HER2 status and therapeutic-implication Observations"));
        return definition;
    }

    private static OperationDefinition.ParameterComponent Parameter(string name, OperationParameterUse use, string documentation) => new()
    {
        Name = name,
        Use = use,
        Min = 1,
        Max = "1",
        Type = FHIRAllTypes.Bundle,
        Documentation = documentation,
    };
}
