namespace CdsService.Api.Tests.Browser;

using Microsoft.Playwright;

/// <summary>The clinician page at /app in Debian's chromium: the form, the answer at a glance, field errors (docs/app.md).</summary>
public sealed class ClinicianPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_first_example_gives_a_positive_call_with_T_DM1_first_at_tier_1()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("example").SelectOptionAsync("her2-positive-pten-loss");
        await page.GetByTestId("evaluate").ClickAsync();

        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveTextAsync("positive");
        var first = page.GetByTestId("option-row").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-agent", "trastuzumab-dm1");
        await Assertions.Expect(first.GetByTestId("tier")).ToHaveTextAsync("Tier 1");
        await Assertions.Expect(page.GetByTestId("option-row")).ToHaveCountAsync(22);
        await BrowserFixture.ScreenshotAsync(page, "app-example-her2-positive-pten-loss");
    }
}
