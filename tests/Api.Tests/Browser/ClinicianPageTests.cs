namespace CdsService.Api.Tests.Browser;

using System.Globalization;
using Microsoft.Playwright;

/// <summary>The clinician page at /app in Debian's chromium: the five Swagger examples, the answer, field errors (docs/app.md).</summary>
public sealed class ClinicianPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The five worked examples of the Swagger page, the call each gives, and its first option with its tier (none unless positive).</summary>
    public static TheoryData<string, string, string?, string?, string?> Examples => new()
    {
        { "her2-positive-pten-loss", "positive", "pertuzumab", "Tier 1", null },
        { "ihc-2plus-without-ish", "equivocal", null, null, "reflex-ish" },
        { "ish-group-4-with-ihc-2plus", "pending", null, null, "blinded-recount" },
        { "her2-negative-ihc-1plus", "negative", null, null, null },
        { "full-panel", "positive", "pertuzumab", "Tier 1", null },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_Swagger_example_shows_its_HER2_call_and_top_option_with_its_tier(
        string example, string status, string? topAgent, string? topTier, string? requiredAction)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("example").SelectOptionAsync(example);
        await page.GetByTestId("evaluate").ClickAsync();

        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveTextAsync(status);
        var rows = page.GetByTestId("option-row");
        if (topAgent is null)
        {
            await Assertions.Expect(page.GetByTestId("options")).ToHaveTextAsync("No Table 1 option: options are ranked only when HER2 status is positive.");
            await Assertions.Expect(rows).ToHaveCountAsync(0);
        }
        else
        {
            await Assertions.Expect(rows).ToHaveCountAsync(22);
            await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-agent", topAgent);
            await Assertions.Expect(rows.First.GetByTestId("tier")).ToHaveTextAsync(topTier!);
        }

        var actions = page.GetByTestId("required-actions");
        if (requiredAction is null)
            await Assertions.Expect(actions).ToHaveCountAsync(0);
        else
            await Assertions.Expect(actions.Locator($"li[data-code='{requiredAction}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("disclaimer")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("kb-version")).ToContainTextAsync("Knowledge base 2.");
        await BrowserFixture.ScreenshotAsync(page, $"app-example-{example}");
    }

    [Fact]
    public async Task The_form_offers_exactly_the_API_vocabularies()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");

        await Assertions.Expect(page.GetByTestId("her2-ihc").Locator("option")).ToHaveTextAsync(["(not given)", "0", "1+", "2+", "3+"]);
        await Assertions.Expect(page.GetByTestId("pten").Locator("option")).ToHaveTextAsync(["(not given)", "intact", "loss"]);
        await Assertions.Expect(page.GetByTestId("pik3ca-status").Locator("option")).ToHaveTextAsync(["(not given)", "wild-type", "mutated"]);
        await Assertions.Expect(page.GetByTestId("ranking").Locator("option")).ToHaveTextAsync(["(not given)", "current", "review"]);
        await Assertions.Expect(page.Locator("select[name='trastuzumabHistory'] option"))
            .ToHaveTextAsync(["(not given)", "naive", "responding", "progressed-after-response", "no-response", "progressed"]);
    }

    [Fact]
    public async Task A_click_on_an_option_opens_its_rationale_rank_reasons_and_citations()
    {
        var page = await browser.NewPageAsync(height: 1500);
        await page.GotoAsync("/app");
        await page.GetByTestId("her2-ihc").SelectOptionAsync("3+");
        await page.GetByTestId("pten").SelectOptionAsync("loss");
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("option-row")).ToHaveCountAsync(22);
        // docs/images/app.png (README) is this screenshot: the top of the answer at 1280 px.
        await BrowserFixture.ScreenshotAsync(page, "app-answer", fullPage: false);

        var first = page.GetByTestId("option-row").First;
        var detail = page.Locator("#option-1-detail");
        await Assertions.Expect(detail).ToBeHiddenAsync();
        await first.ClickAsync();
        await Assertions.Expect(detail).ToBeVisibleAsync();
        await Assertions.Expect(detail).ToContainTextAsync("Rationale:");
        await Assertions.Expect(detail).ToContainTextAsync("Why this rank");
        await Assertions.Expect(detail.Locator("ul.citations li").First).ToContainTextAsync("[");
        await Assertions.Expect(first.GetByRole(AriaRole.Button)).ToHaveAttributeAsync("aria-expanded", "true");
        // Clinician words, not the machine ids (docs/clinical-rules.md, "Wording rules"): the id stays an attribute.
        await Assertions.Expect(page.GetByTestId("findings").Locator("li[data-finding='pten-loss'] strong")).ToHaveTextAsync("PTEN loss");
        await Assertions.Expect(page.GetByTestId("findings")).Not.ToContainTextAsync("pten-loss");
        await Assertions.Expect(page.GetByTestId("findings")).ToContainTextAsync("Mechanisms: PI3K-Akt hyperactivation");
        // Tanespimycin is tied to PTEN loss by the review (tier 3); the tier-1 agents match no finding in this lens.
        await Assertions.Expect(page.Locator("[data-testid='option-row'][data-agent='tanespimycin'] td").Last).ToHaveTextAsync("PTEN loss");
        // The agents discussed outside Table 1 carry their tier and every dated note, like the ranked options.
        var alsoDiscussed = page.Locator("section.options > ul > li");
        await Assertions.Expect(alsoDiscussed.First.Locator(".tier")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Tier [123]$"));
        await Assertions.Expect(page.Locator("section.options > ul > li details.dated").First).ToContainTextAsync("Dated notes from outside the review");
        await Assertions.Expect(page.GetByTestId("references").Locator("li").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\[\d+\] "));
        await BrowserFixture.ScreenshotAsync(page, "app-option-opened");
    }

    [Fact]
    public async Task Field_errors_of_the_API_appear_beside_their_fields()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("her2-ihc").SelectOptionAsync("2+");
        await page.Locator("select[name='her2.ish.assay']").SelectOptionAsync("dual-probe");
        await page.Locator("input[name='her2.ish.her2Cep17Ratio']").FillAsync("80");
        await page.Locator("input[name='her2.ish.meanHer2CopiesPerCell']").FillAsync("abc");
        await page.GetByTestId("pik3ca-status").SelectOptionAsync("mutated");
        await page.GetByTestId("pik3ca-variants").FillAsync("H1047R");
        await page.GetByTestId("evaluate").ClickAsync();

        // A value that is not a number is refused by the JSON reader before validation: the API names that one field.
        var copies = page.Locator(".field-error[data-field='her2.ish.meanHer2CopiesPerCell']");
        await Assertions.Expect(copies).ToHaveTextAsync("Must be a number.");
        await Assertions.Expect(page.Locator("input[name='her2.ish.meanHer2CopiesPerCell']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByTestId("form-problem")).ToContainTextAsync("A field has the wrong JSON type");

        await page.Locator("input[name='her2.ish.meanHer2CopiesPerCell']").FillAsync("4.6");
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field='her2.ish.her2Cep17Ratio']"))
            .ToHaveTextAsync("Must be a finite number greater than 0 and less than 50.");
        await Assertions.Expect(copies).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("form-problem")).ToContainTextAsync("The request has invalid fields");
        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "app-field-errors");
    }

    [Fact]
    public async Task An_empty_form_shows_the_API_s_request_level_error_and_no_stack_trace()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("evaluate").ClickAsync();

        var problem = page.GetByTestId("form-problem");
        // Exactly the API's title, detail and error: nothing else (no stack trace, no raw body) reaches the page.
        await Assertions.Expect(problem.Locator("strong")).ToHaveTextAsync("The request has invalid fields");
        await Assertions.Expect(problem.Locator("p")).ToHaveTextAsync("See errors: each key is the JSON path of a field in the request body.");
        await Assertions.Expect(problem.Locator("li")).ToHaveTextAsync(
            "Give at least one biomarker: her2, pten, pik3ca, cyclinE, fcgr3a158, fcgr2a131, serumHer2Ecd, p95Her2, egfr, erbb3, igf1r, muc4, cd44, src, p27 or trastuzumabHistory.");
    }

    /// <summary>
    /// The figures of docs/app.md: bytes the browser transferred for the page and its first answer, and the time from
    /// navigation to the HER2 call on screen. Written as an artefact, never asserted (no wall-clock assertions).
    /// </summary>
    [Fact]
    public async Task The_page_weight_and_time_to_first_answer_are_recorded()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("example").SelectOptionAsync("her2-positive-pten-loss");
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveTextAsync("positive");

        var figures = await page.EvaluateAsync<double[]>("""
            () => {
              const nav = performance.getEntriesByType("navigation")[0];
              const resources = performance.getEntriesByType("resource");
              const page = nav.transferSize + resources.filter(r => !r.name.includes("/api/")).reduce((s, r) => s + r.transferSize, 0);
              const answer = resources.filter(r => r.name.includes("/api/v1/recommendations")).reduce((s, r) => s + r.transferSize, 0);
              return [page, answer, performance.now()];
            }
            """);
        Assert.True(figures[0] > 0, "the page transferred nothing");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "app-figures.txt"), string.Format(CultureInfo.InvariantCulture,
            "page (html, js, css, settings): {0:F1} KB transferred\nfirst answer: {1:F1} KB transferred\nnavigation to HER2 call on screen: {2:F0} ms\n",
            figures[0] / 1024, figures[1] / 1024, figures[2]), TestContext.Current.CancellationToken);
    }
}
