namespace CdsService.Api.Tests.Browser;

using Microsoft.Playwright;

/// <summary>
/// The read-only view of a stored evaluation, opened through a signed link in a browser that has no API key and never
/// saw the form (docs/app.md, "Read-only view").
/// </summary>
public sealed class SignedViewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_signed_view_link_opens_the_stored_answer_read_only_in_another_browser_context()
    {
        var form = await browser.NewPageAsync();
        await form.GotoAsync("/app");
        await form.GetByTestId("example").SelectOptionAsync("her2-positive-pten-loss");
        await form.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(form.GetByTestId("her2-status")).ToHaveTextAsync("positive");
        var viewLink = form.Locator("#view-link");
        await Assertions.Expect(viewLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/app/evaluations/[0-9a-f-]{36}\\?token=."));
        var view = await viewLink.GetAttributeAsync("href");

        var reader = await browser.NewPageAsync(width: 820, height: 1180);
        await reader.GotoAsync(view!);
        await Assertions.Expect(reader.GetByTestId("her2-status")).ToHaveTextAsync("positive");
        await Assertions.Expect(reader.GetByTestId("stored-evaluation")).ToContainTextAsync("patient example-001");
        await Assertions.Expect(reader.GetByTestId("stored-evaluation")).ToContainTextAsync("Read-only.");
        await Assertions.Expect(reader.GetByTestId("option-row").First).ToHaveAttributeAsync("data-agent", "pertuzumab");
        await Assertions.Expect(reader.GetByTestId("evaluate")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("#panel")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(reader, "app-signed-view-tablet");

        // The stored one-patient report opens with the same token.
        var report = await reader.Locator("#report-link").GetAttributeAsync("href");
        var response = await reader.GotoAsync(report!);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(reader.Locator("body")).ToContainTextAsync("example-001");
    }

    [Fact]
    public async Task A_link_with_an_altered_token_shows_the_API_s_explanation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/app/evaluations/{Guid.CreateVersion7()}?token=not-a-token");

        var problem = page.Locator("#load-problem");
        await Assertions.Expect(problem).ToContainTextAsync("Authentication required");
        await Assertions.Expect(problem).ToContainTextAsync("Open the report again from the EHR card or the batch, which gives a fresh link.");
        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveCountAsync(0);
    }
}
