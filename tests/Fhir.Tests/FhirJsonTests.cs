namespace CdsService.Fhir.Tests;

using CdsService.Fhir.Inbound;
using CsCheck;
using Hl7.Fhir.Model;

public sealed class FhirJsonTests
{
    public static TheoryData<string> Malformed { get; } =
    [
        """{"resourceType":"Patient","":1}""",
        "[]",
        """{"resourceType":"Resource"}""",
        """{"resourceType":"DomainResource"}""",
        "{",
        "null",
        "\"str\"",
        "42",
        """{"a":1}""",
        """{"resourceType":1}""",
        """{"resourceType":"Bundle","type":"nonsense"}""",
        """{"resourceType":"Bundle","entry":{}}""",
        """{"resourceType":"Bundle","entry":[null]}""",
        """{"resourceType":"Observation","status":"final","code":{"text":"x"},"instantiatesCanonical":"http://r5.only"}""",
        """{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":"abc"}}""",
        """{"resourceType":"Patient","birthDate":"2020-13-45"}""",
        """{"resourceType":"Patient","_id":{"id":{}}}""",
        """{"resourceType":"Patient","extension":[null]}""",
        "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"\u0000\"}}}]}",
        new string('[', 5000),
        string.Concat(Enumerable.Repeat("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"part\":[", 40)),
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedInput_ThrowsFhirInputExceptionOnly(string json)
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.Parse(json));

        Assert.NotEmpty(e.Issues);
        Assert.All(e.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyBody_ThrowsFhirInputException(string json) =>
        Assert.Throws<FhirInputException>(() => FhirJson.Parse(json));

    [Fact]
    public void Parse_EveryFixture_Succeeds()
    {
        foreach (var name in Fixtures.All)
        {
            var resource = FhirJson.Parse(Fixtures.Read(name));
            Assert.True(resource is Bundle or Parameters, name);
        }
    }

    [Fact]
    public void ParseAndMap_MutatedFixtures_NeverThrowAnythingButFhirInputException()
    {
        var seeds = Fixtures.All.Take(4).Select(Fixtures.Read).ToArray();
        var mutated =
            from seed in Gen.OneOf(seeds)
            from start in Gen.Int[0, 2000]
            from length in Gen.Int[0, 40]
            from insert in Gen.OneOf<string>(Gen.String, Gen.OneOf("{", "}", "[", "]", "\"", ",", ":", "null", "\"resourceType\":", "\"\":1", "1e999", "-", "\\u0000"))
            select Mutate(seed, start, length, insert);

        mutated.Sample(json => NoUnexpectedException(() => PatientPanelMapper.Map(json)), iter: 3000);
    }

    [Fact]
    public void Parse_RandomJsonLikeText_NeverThrowsAnythingButFhirInputException()
    {
        var token = Gen.OneOf("{", "}", "[", "]", ",", ":", "\"resourceType\"", "\"Patient\"", "\"Bundle\"", "\"entry\"", "\"resource\"", "\"\"", "1", "null", "true", "\"id\"", "\"_id\"");
        token.Array[0, 60].Select(string.Concat).Sample(json => NoUnexpectedException(() => FhirJson.Parse(json)), iter: 3000);
    }

    private static string Mutate(string seed, int start, int length, string insert)
    {
        start = Math.Min(start, seed.Length);
        length = Math.Min(length, seed.Length - start);
        return string.Concat(seed.AsSpan(0, start), insert, seed.AsSpan(start + length));
    }

    private static bool NoUnexpectedException(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (FhirInputException)
        {
            return true;
        }
    }
}
