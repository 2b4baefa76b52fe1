namespace CdsService.Rules.Engine;

public sealed record TrastuzumabAssessment(TrastuzumabIndication Indicated, string Basis, IReadOnlyList<Citation> Citations);
