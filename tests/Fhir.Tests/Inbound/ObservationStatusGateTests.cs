namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

/// <summary>
/// Only final, amended and corrected results decide anything; preliminary, registered, cancelled, entered-in-error and
/// unknown ones, and any Observation with a modifierExtension, are listed as not used with the reason.
/// </summary>
public sealed class ObservationStatusGateTests
{
    private const string Ihc3 = "LA11843-2";
    private static readonly Lazy<CdsEngine> Engine = new(CdsEngine.CreateDefault);

    [Theory]
    [InlineData(ObservationStatus.Preliminary, "status is preliminary: not a final result, never used for a status; the final result is awaited")]
    [InlineData(ObservationStatus.Registered, "status is registered: no result is available yet")]
    [InlineData(ObservationStatus.Cancelled, "status is cancelled")]
    [InlineData(ObservationStatus.EnteredInError, "status is entered-in-error")]
    [InlineData(ObservationStatus.Unknown, "status is unknown: not known to be a final result")]
    public void Map_NotFinalIhc3_IsNotUsedWithItsReason(ObservationStatus status, string reason)
    {
        var o = Obs("85319-2", LoincAnswer(Ihc3));
        o.Status = status;

        var result = Map(o);

        Assert.Empty(result.Used);
        Assert.Equal(new IgnoredObservation("Observation/o1", "o1", "85319-2", reason), Assert.Single(result.Ignored));
        Assert.Null(result.Panel.Her2?.Ihc);
        Assert.Equal(status == ObservationStatus.Preliminary, result.Panel.Her2?.PreliminaryResultAwaited ?? false);
    }

    [Theory]
    [InlineData(ObservationStatus.Final)]
    [InlineData(ObservationStatus.Amended)]
    [InlineData(ObservationStatus.Corrected)]
    public void Map_FinalAmendedCorrected_AreUsed(ObservationStatus status)
    {
        var o = Obs("85319-2", LoincAnswer(Ihc3));
        o.Status = status;

        var result = Map(o);

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Equal("Observation/o1", Assert.Single(result.Used).Reference);
        Assert.Empty(result.Ignored);
    }

    [Fact]
    public void Evaluate_PreliminaryIhc3Only_IsPendingAwaitingTheFinalResult_NotIndicated()
    {
        var o = Obs("85319-2", LoincAnswer(Ihc3));
        o.Status = ObservationStatus.Preliminary;

        var evaluation = Engine.Value.Evaluate(Map(o).Panel);

        Assert.Equal(Her2Status.Pending, evaluation.Her2.Status);
        Assert.Equal(["await-final-result"], evaluation.Her2.RequiredActions.Select(a => a.Code));
        Assert.NotEqual(TrastuzumabIndication.Yes, evaluation.Trastuzumab.Indicated);
    }

    [Fact]
    public void Evaluate_PreliminaryIhc3BesideFinalIhc1_UsesTheFinalAndWarns()
    {
        var preliminary = Obs("85319-2", LoincAnswer(Ihc3), id: "prelim");
        preliminary.Status = ObservationStatus.Preliminary;
        var final = Obs("85319-2", LoincAnswer("LA11841-6"), effective: "2023-06-01", id: "final");

        var mapping = Map(preliminary, final);
        var evaluation = Engine.Value.Evaluate(mapping.Panel);

        Assert.Equal(Her2Status.Negative, evaluation.Her2.Status);
        Assert.Contains(evaluation.Her2.Warnings, w => w.Code == "her2-preliminary-not-used");
        Assert.Equal("Observation/prelim", Assert.Single(mapping.Ignored).Reference);
    }

    [Fact]
    public void Map_PreliminaryPtenOnly_DoesNotMarkHer2Awaited()
    {
        var o = Obs("85319-2", new FhirString("loss"));
        o.Code = new CodeableConcept { Text = "PTEN IHC" };
        o.Component.Add(Gene("HGNC:9588"));
        o.Status = ObservationStatus.Preliminary;

        var result = Map(o);

        Assert.Null(result.Panel.Her2);
        Assert.Null(result.Panel.Pten);
        Assert.Single(result.Ignored);
    }

    [Fact]
    public void Map_UnknownModifierExtension_IsNotUsedWithItsReason()
    {
        var o = Obs("85319-2", LoincAnswer(Ihc3));
        o.ModifierExtension.Add(new Extension("http://hospital.example/fhir/StructureDefinition/result-retracted", new FhirBoolean(true)));

        var result = Map(o);

        Assert.Null(result.Panel.Her2);
        Assert.Equal(
            "it carries a modifierExtension this service does not know (http://hospital.example/fhir/StructureDefinition/result-retracted), which may change its meaning",
            Assert.Single(result.Ignored).Reason);
    }

    [Fact]
    public void Map_ModifierExtensionOnAComponent_IsNotUsed()
    {
        var o = Obs("48676-1", LoincAnswer("LA6576-8"));
        o.Component.Add(Component("85319-2", LoincAnswer(Ihc3)));
        o.Component[0].ModifierExtension.Add(new Extension("http://hospital.example/negated", new FhirBoolean(true)));

        var result = Map(o);

        Assert.Null(result.Panel.Her2);
        Assert.Empty(result.Used);
        Assert.StartsWith("it carries a modifierExtension", Assert.Single(result.Ignored).Reason, StringComparison.Ordinal);
    }
}
