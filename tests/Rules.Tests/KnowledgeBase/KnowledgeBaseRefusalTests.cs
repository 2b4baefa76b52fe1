namespace CdsService.Rules.Tests.KnowledgeBase;

using System.Text;
using System.Text.Json.Nodes;
using CdsService.Rules.KnowledgeBase;

public sealed class KnowledgeBaseRefusalTests
{
    [Fact]
    public void Load_MalformedJson_RefusedAsMalformed()
    {
        var problems = KnowledgeBaseFixture.Problems(Encoding.UTF8.GetBytes("{ \"version\": \"1.0.0\", "));
        Assert.StartsWith("malformed JSON:", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownProperty_RefusedAsMalformed()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["versoin"] = "1.0.0");
        Assert.StartsWith("malformed JSON:", Assert.Single(KnowledgeBaseFixture.Problems(json)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingVersionAndEffectiveDate_BothReported()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            root.Remove("version");
            root.Remove("effectiveDate");
        });
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("version: missing", problems);
        Assert.Contains("effectiveDate: missing", problems);
    }

    [Fact]
    public void Load_ClinicianNoteOfAnAgentNotInTheReviewWithoutItsName_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var note = root["currencyNotes"]!.AsArray().Single(n => (string?)n!["id"] == "n2-tdxd-her2-positive-2022-05")!;
            note["clinicianNote"] = "Preferred treatment after first-line therapy for HER2+ metastatic disease.";
        });
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith(
            "currencyNotes[", StringComparison.Ordinal) && p.Contains("(n2-tdxd-her2-positive-2022-05).clinicianNote: a note about an agent not in the review must name it", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateAgentId_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => KnowledgeBaseFixture.Agent(root, "cetuximab")["id"] = "pertuzumab");
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("agents: duplicate id 'pertuzumab'", problems);
        Assert.Contains("agents: Table 1 agent 'cetuximab' is missing", problems);
    }

    [Fact]
    public void Load_MissingAgent_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["agents"]!.AsArray().RemoveAt(21));
        Assert.Contains("agents: Table 1 agent 'grn163l' is missing", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_AgentsOutOfTableOrder_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var agents = root["agents"]!.AsArray();
            var first = agents[0]!;
            agents.RemoveAt(0);
            agents.Add(first);
        });
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith("agents[21] (pertuzumab): out of Table 1 order", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownEvidenceLevel_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => KnowledgeBaseFixture.Agent(root, "rad001")["evidenceLevel"] = "E");
        Assert.Contains("agents[7] (rad001): unknown evidence level 'E' (expected A, B, C, D or X)", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_CitationToAReferenceWithoutEntry_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["references"]!.AsArray().RemoveAt(32));
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.EndsWith(": ref 33 has no reference entry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(133)]
    public void Load_CitationRefOutsideTheReviewList_Refused(int number)
    {
        var json = KnowledgeBaseFixture.Edit(root => KnowledgeBaseFixture.Agent(root, "pertuzumab")["citations"]![0]!["ref"] = number);
        Assert.Contains($"agents[0] (pertuzumab).citations[0]: ref {number} is outside 1..132", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_ExternalCitationWithoutUrl_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["statements"]![0]!["citations"]![0]!.AsObject().Remove("url"));
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith("statements[0] (her2.guideline).citations[0]: external source", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RequiredIdsMissing_EachReported()
    {
        var requirements = new KnowledgeBaseRequirements([.. RequiredIds.Findings, "no-such-finding"], [.. RequiredIds.Statements, "no.such.statement"])
        {
            NoteSubjects = RequiredIds.NoteSubjects,
        };
        var problems = KnowledgeBaseFixture.Problems(KnowledgeBaseFixture.Embedded, requirements);
        Assert.Equal(["requirements: finding 'no-such-finding' is missing", "requirements: statement 'no.such.statement' is missing"], problems);
    }

    [Fact]
    public void Load_DuplicateStatementAndCurrencyIds_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            root["statements"]![1]!["id"] = "her2.guideline";
            root["currencyNotes"]![1]!["id"] = (string?)root["currencyNotes"]![0]!["id"];
        });
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("statements: duplicate id 'her2.guideline'", problems);
        Assert.Contains("currencyNotes: duplicate id 'pertuzumab-fda-2012-06'", problems);
    }

    [Fact]
    public void Load_UnknownFindingVocabulary_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var finding = root["findings"]![0]!;
            finding["mechanisms"] = new JsonArray("pi3k-hyper");
            finding["inputs"] = new JsonArray("PTEN");
            finding["effect"] = "resistant";
        });
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("findings[0] (pten-loss).mechanisms: unknown mechanism id 'pi3k-hyper'", problems);
        Assert.Contains("findings[0] (pten-loss).inputs: unknown marker id 'PTEN'", problems);
        Assert.Contains("findings[0] (pten-loss): unknown effect 'resistant' (expected resistance, reduced-benefit or uncertain)", problems);
    }

    [Fact]
    public void Load_CurrencySubjectUnknown_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["currencyNotes"]![0]!["subjects"] = new JsonArray("herceptin"));
        Assert.Contains(
            "currencyNotes[0] (pertuzumab-fda-2012-06): subject 'herceptin' is not an agent, finding, advisory or HER2-label id",
            KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_CurrencyNoteWithAnUnknownDateKind_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["currencyNotes"]![0]!["asOfKind"] = "estimated");
        Assert.Contains("currencyNotes[0] (pertuzumab-fda-2012-06).asOfKind: 'estimated' is not one of event, search", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_CurrencyNoteWithoutSubjects_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["currencyNotes"]![0]!["subjects"] = new JsonArray());
        Assert.Contains("currencyNotes[0] (pertuzumab-fda-2012-06).subjects: missing or empty", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_AgentWithoutAvailability_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => KnowledgeBaseFixture.Agent(root, "rad001").Remove("availability"));
        Assert.Contains("agents[7] (rad001).availability: missing", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_UnknownAvailabilityStatus_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => KnowledgeBaseFixture.Agent(root, "rad001")["availability"]!["status"] = "approved");
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith("agents[7] (rad001).availability.status: unknown status 'approved'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ApprovedWithoutIndication_AndUnapprovedWithOne_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            KnowledgeBaseFixture.Agent(root, "rad001")["availability"]!.AsObject().Remove("indication");
            KnowledgeBaseFixture.Agent(root, "tanespimycin")["availability"]!["indication"] = "breast cancer";
        });
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("agents[7] (rad001).availability.indication: missing", problems);
        Assert.Contains("agents[12] (tanespimycin).availability.indication: only an approved agent has an indication", problems);
    }

    [Fact]
    public void Load_UnknownSourceKind_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["currencyNotes"]![0]!["sources"]![0]!["kind"] = "blog post");
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith("currencyNotes[0] (pertuzumab-fda-2012-06).sources[0].kind: unknown source kind 'blog post'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_VendorSourceReliedOn_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var source = root["currencyNotes"]![0]!["sources"]![0]!;
            source["kind"] = "vendor";
            source["reliedOn"] = true;
        });
        Assert.Contains("currencyNotes[0] (pertuzumab-fda-2012-06).sources[0]: a vendor source is never relied on", KnowledgeBaseFixture.Problems(json));
    }

    /// <summary>A weak source (vendor site, wiki, blog, aggregator) is never shown as verifying a fact.</summary>
    [Theory]
    [InlineData("aggregator")]
    [InlineData("blog")]
    public void Load_VerifiedOnWeakSourcesOnly_Refused(string kind)
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var note = root["currencyNotes"]![0]!;
            note["verified"] = true;
            note["sources"] = new JsonArray(new JsonObject { ["url"] = "https://example.org/a", ["kind"] = kind, ["detail"] = null, ["reliedOn"] = true });
        });
        Assert.Contains(KnowledgeBaseFixture.Problems(json), p => p.StartsWith("currencyNotes[0] (pertuzumab-fda-2012-06): verified, but no relied-on source can verify it", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnverifiedFactThatDoesNotSaySo_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root => root["currencyNotes"]![0]!["verified"] = false);
        Assert.Contains("currencyNotes[0] (pertuzumab-fda-2012-06): not verified, so its text must say \"unverified\"", KnowledgeBaseFixture.Problems(json));
    }

    [Fact]
    public void Load_AgentMechanismSetAndExclusionsUnknown_Refused()
    {
        var json = KnowledgeBaseFixture.Edit(root =>
        {
            var agent = KnowledgeBaseFixture.Agent(root, "pertuzumab");
            agent["mechanisms"] = new JsonArray("heterodimers");
            agent["excludedFindings"] = new JsonArray("p95");
            agent.Remove("mechanismBasis");
        });
        var problems = KnowledgeBaseFixture.Problems(json);
        Assert.Contains("agents[0] (pertuzumab).mechanisms: unknown mechanism id 'heterodimers'", problems);
        Assert.Contains("agents[0] (pertuzumab).excludedFindings: unknown finding id 'p95'", problems);
        Assert.Contains("agents[0] (pertuzumab).mechanismBasis: missing", problems);
    }

    [Fact]
    public void Load_OneByteChanged_HashChanges()
    {
        var original = KnowledgeBaseFixture.Load().Hash;
        var bytes = KnowledgeBaseFixture.Embedded;
        var at = bytes.AsSpan().IndexOf("not approved for HER2+ disease"u8);
        bytes[at] = (byte)'N';

        var changed = KnowledgeBaseLoader.Load(bytes, RequiredIds.Requirements);

        Assert.NotEqual(original, changed.Hash);
        Assert.Equal(KnowledgeBaseHash.Compute(bytes), changed.Hash);
    }
}
