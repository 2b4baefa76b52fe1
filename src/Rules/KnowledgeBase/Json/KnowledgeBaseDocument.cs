namespace CdsService.Rules.KnowledgeBase.Json;

// The file's contract, kept private to the loader so the public records never carry serializer concerns.
// Everything is nullable: the validator, not the deserializer, reports what is missing, all problems at once.

internal sealed record KnowledgeBaseDocument(
    string? Version,
    string? EffectiveDate,
    string? RankingPolicyVersion,
    SourceDto? Source,
    ThresholdsDto? Thresholds,
    IReadOnlyList<ReferenceDto>? References,
    IReadOnlyList<MechanismDto>? Mechanisms,
    IReadOnlyList<FindingDto>? Findings,
    IReadOnlyList<AgentDto>? Agents,
    IReadOnlyList<EvidenceLevelDto>? EvidenceLevels,
    IReadOnlyList<AlsoDiscussedDto>? AlsoDiscussed,
    IReadOnlyList<CurrencyDto>? CurrencyNotes,
    IReadOnlyList<StatementDto>? Statements);

internal sealed record SourceDto(string? Citation, string? Doi, bool? Verified, string? Note);

internal sealed record ThresholdsDto(double? SerumHer2EcdThresholdNgPerMl, IReadOnlyList<CitationDto>? SerumHer2EcdThresholdCitations);

internal sealed record CitationDto(int? Ref, string? Source, string? Text, string? Section, string? Url);

internal sealed record ReferenceDto(int? Number, string? Context, string? Paper, string? Ids, string? Url, string? Confidence);

internal sealed record MechanismDto(string? Id, string? Name, string? Description, IReadOnlyList<CitationDto>? Citations);

internal sealed record FindingDto(
    string? Id,
    IReadOnlyList<string>? Inputs,
    IReadOnlyList<string>? Mechanisms,
    string? Effect,
    string? Summary,
    IReadOnlyList<CitationDto>? Citations);

internal sealed record AgentDto(
    string? Id,
    int? TableOrder,
    string? Agent,
    string? Target,
    string? MechanismTargeted,
    string? Phase,
    string? CombinationWithTrastuzumab,
    string? Source,
    string? EvidenceLevel,
    string? LevelBasis,
    IReadOnlyList<string>? SpecificFor,
    string? SpecificBasis,
    string? Evidence,
    IReadOnlyList<string>? Caveats,
    IReadOnlyList<CitationDto>? Citations,
    IReadOnlyList<string>? DataQualityNotes,
    string? RxNorm,
    IReadOnlyList<string>? Mechanisms,
    IReadOnlyList<string>? ExcludedFindings,
    string? MechanismBasis,
    AvailabilityDto? Availability);

internal sealed record AvailabilityDto(
    string? Status,
    string? Indication,
    string? Note,
    string? AsOf,
    bool? Verified,
    IReadOnlyList<LinkDto>? Sources);

internal sealed record LinkDto(string? Url, string? Kind, string? Detail, bool? ReliedOn);

internal sealed record EvidenceLevelDto(string? Level, string? Meaning, string? Crosswalk, IReadOnlyList<CitationDto>? CrosswalkSources);

internal sealed record AlsoDiscussedDto(string? Id, string? Name, string? Text, IReadOnlyList<CitationDto>? Citations, AvailabilityDto? Availability);

internal sealed record CurrencyDto(
    string? Id,
    IReadOnlyList<string>? Subjects,
    string? AsOf,
    string? Note,
    string? ClinicianNote,
    bool? Verified,
    IReadOnlyList<LinkDto>? Sources,
    bool? MarkerNotValidated = null,
    string? Label = null,
    string? AsOfKind = null);

internal sealed record StatementDto(string? Id, string? Text, IReadOnlyList<CitationDto>? Citations);
