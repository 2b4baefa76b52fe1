namespace CdsService.Api.Tests.Fhir;

using System.Text.Json.Nodes;

/// <summary>
/// The whole-patient scenarios of the ranking tests (HER2 IHC 3+ plus one resistance picture) as a REST body and as a
/// $evaluate Parameters (the Bundle and the <c>ranking</c> parameter), so that both channels can be asked the same
/// question under either lens. p95HER2 is not a FHIR input (docs/fhir.md, "What is read") and has no FHIR scenario.
/// </summary>
public static class ScenarioPatients
{
    private const string Loinc = "http://loinc.org";

    public static TheoryData<string, string> UnderBothLenses
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in All.Keys)
            {
                data.Add(name, "current");
                data.Add(name, "review");
            }

            return data;
        }
    }

    public static IReadOnlyDictionary<string, (string RestBody, JsonObject[] Observations)> All { get; } = new Dictionary<string, (string, JsonObject[])>
    {
        ["pik3ca-h1047r"] = ("""{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["H1047R"]}}""", [Pik3ca("p.His1047Arg", null)]),
        ["pik3ca-k111n-uncertain"] = ("""{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["K111N"],"classification":"uncertain"}}""", [Pik3ca("p.Lys111Asn", "LA26333-7")]),
        ["pik3ca-k111n-likely-pathogenic"] = ("""{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["K111N"],"classification":"likely-pathogenic"}}""", [Pik3ca("p.Lys111Asn", "LA26332-9")]),
        ["pik3ca-i391m-benign"] = ("""{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["I391M"],"classification":"benign"}}""", [Pik3ca("p.Ile391Met", "LA6675-8")]),
        ["pten-loss"] = ("""{"her2":{"ihc":"3+"},"pten":"loss"}""", [Biomarker("HGNC:9588", "loss")]),
        ["igf1r-overexpressed"] = ("""{"her2":{"ihc":"3+"},"igf1r":"overexpressed"}""", [Biomarker("HGNC:5465", "overexpressed")]),
        ["cyclin-e-amplified"] = ("""{"her2":{"ihc":"3+"},"cyclinE":"amplified"}""", [Biomarker("HGNC:1589", "amplified")]),
        ["fcgr-ff-rr"] = ("""{"her2":{"ihc":"3+"},"fcgr3a158":"F/F","fcgr2a131":"R/R"}""", [Genotype("rs396991", "FCGR3A 158 F/F"), Genotype("rs1801274", "FCGR2A 131 R/R")]),
    };

    /// <summary>The REST body with the lens.</summary>
    public static string Rest(string name, string lens)
    {
        var body = JsonNode.Parse(All[name].RestBody)!.AsObject();
        body["ranking"] = lens;
        return body.ToJsonString();
    }

    /// <summary>A Parameters with the patient's Bundle as <c>bundle</c> and the lens as <c>ranking</c> (valueCode).</summary>
    public static string Fhir(string name, string lens)
    {
        var entries = new JsonArray { Entry(new JsonObject { ["resourceType"] = "Patient", ["id"] = name }) };
        var i = 0;
        foreach (var observation in new[] { Her2Ihc3Plus() }.Concat(All[name].Observations))
        {
            var o = (JsonObject)observation.DeepClone();
            o["id"] = $"o{i++}";
            o["subject"] = new JsonObject { ["reference"] = $"Patient/{name}" };
            entries.Add(Entry(o));
        }

        return new JsonObject
        {
            ["resourceType"] = "Parameters",
            ["parameter"] = new JsonArray
            {
                new JsonObject { ["name"] = "bundle", ["resource"] = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries } },
                new JsonObject { ["name"] = "ranking", ["valueCode"] = lens },
            },
        }.ToJsonString();
    }

    private static JsonObject Entry(JsonObject resource) => new() { ["resource"] = resource };

    private static JsonObject Coded(string system, string code) => new() { ["coding"] = new JsonArray { new JsonObject { ["system"] = system, ["code"] = code } } };

    private static JsonObject Component(string loinc, string valueKey, JsonNode value) => new() { ["code"] = Coded(Loinc, loinc), [valueKey] = value };

    private static JsonObject Observation(JsonObject code, string valueKey, JsonNode value, params JsonObject[] components)
    {
        var o = new JsonObject
        {
            ["resourceType"] = "Observation",
            ["status"] = "final",
            ["code"] = code,
            ["effectiveDateTime"] = "2024-09-01",
            [valueKey] = value,
        };

        // FHIR JSON has no empty arrays (R4 json.html).
        if (components.Length > 0) o["component"] = new JsonArray([.. components]);
        return o;
    }

    private static JsonObject Her2Ihc3Plus() => Observation(Coded(Loinc, "85319-2"), "valueCodeableConcept", Coded(Loinc, "LA11843-2"));

    private static JsonObject Gene(string hgnc) => Component("48018-6", "valueCodeableConcept", Coded("http://www.genenames.org/geneId", hgnc));

    private static JsonObject Pik3ca(string protein, string? significance)
    {
        var o = Observation(Coded(Loinc, "69548-6"), "valueCodeableConcept", Coded(Loinc, "LA9633-4"),
            Gene("HGNC:8975"), Component("48005-3", "valueCodeableConcept", Coded("http://varnomen.hgvs.org", protein)));
        if (significance is not null) o["component"]!.AsArray().Add(Component("53037-8", "valueCodeableConcept", Coded(Loinc, significance)));
        return o;
    }

    private static JsonObject Biomarker(string hgnc, string value) =>
        Observation(new JsonObject { ["text"] = "protein expression by IHC" }, "valueString", value, Gene(hgnc));

    private static JsonObject Genotype(string rs, string text) =>
        Observation(Coded(Loinc, "84413-4"), "valueCodeableConcept", new JsonObject { ["text"] = text },
            Component("81252-9", "valueCodeableConcept", Coded("http://www.ncbi.nlm.nih.gov/projects/SNP", rs)));
}
