namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>The $evaluate <c>ranking</c> parameter: the REST words, absent means current, anything else a 400 naming it.</summary>
public sealed class RankingParameterTests
{
    private static Parameters With(params Parameters.ParameterComponent[] extra)
    {
        var p = new Parameters();
        p.Parameter.Add(new Parameters.ParameterComponent { Name = "bundle", Resource = new Bundle { Type = Bundle.BundleType.Collection } });
        p.Parameter.AddRange(extra);
        return p;
    }

    private static Parameters.ParameterComponent Ranking(DataType value) => new() { Name = "ranking", Value = value };

    [Fact]
    public void Absent_OrABundleBody_IsCurrent()
    {
        Assert.Equal(RankingLens.Current, RankingParameter.Read(With()));
        Assert.Equal(RankingLens.Current, RankingParameter.Read(new Bundle { Type = Bundle.BundleType.Collection }));
    }

    [Theory]
    [InlineData("review", RankingLens.Review)]
    [InlineData("current", RankingLens.Current)]
    public void ValueCodeOrValueString_IsTheLens(string word, RankingLens lens)
    {
        Assert.Equal(lens, RankingParameter.Read(With(Ranking(new Code(word)))));
        Assert.Equal(lens, RankingParameter.Read(With(Ranking(new FhirString(word)))));
    }

    [Fact]
    public void UnknownWord_IsUnreadableInputNamingTheParameter()
    {
        var e = Assert.Throws<FhirInputException>(() => RankingParameter.Read(With(Ranking(new Code("best")))));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("invalid", "Parameters.parameter.where(name='ranking')"), (issue.Code, issue.Location));
        Assert.Equal("The parameter 'ranking' must be \"current\" or \"review\".", issue.Message);
    }

    [Fact]
    public void OtherValueType_OrGivenTwice_IsUnreadableInputNamingTheParameter()
    {
        var wrongType = Assert.Throws<FhirInputException>(() => RankingParameter.Read(With(Ranking(new Integer(1)))));
        var twice = Assert.Throws<FhirInputException>(() => RankingParameter.Read(With(Ranking(new Code("review")), Ranking(new Code("current")))));

        Assert.Equal("Parameters.parameter.where(name='ranking')", Assert.Single(wrongType.Issues).Location);
        Assert.Equal("The parameter 'ranking' is given 2 times; give it at most once.", Assert.Single(twice.Issues).Message);
    }

    [Fact]
    public void EvaluateRequest_ReadsLensAndPatientFromOneParameters()
    {
        var json = FhirJson.Serialize(With(Ranking(new Code("review"))));

        var request = EvaluateRequest.Read(json);

        Assert.Equal(RankingLens.Review, request.Lens);
        Assert.False(request.Mapping.HasErrors);
    }
}
