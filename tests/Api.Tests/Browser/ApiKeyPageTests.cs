namespace CdsService.Api.Tests.Browser;

using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

/// <summary>The service with API keys required, as production runs: the page asks for a key and keeps it for the tab only (docs/app.md).</summary>
public sealed class ApiKeyPageTests(ApiKeyPageTests.KeyedService browser) : IClassFixture<ApiKeyPageTests.KeyedService>
{
    public const string Key = "clinician-key-for-the-page-0123456789";

    public sealed class KeyedService : BrowserFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Auth:Required"] = "true",
            ["Auth:ApiKeys:0:Name"] = "clinician",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key))),
        };
    }

    [Fact]
    public async Task Without_a_key_the_API_s_401_is_shown_and_with_the_key_the_answer_and_its_signed_links()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await page.GetByTestId("example").SelectOptionAsync("her2-negative-ihc-1plus");
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-problem").Locator("strong")).ToHaveTextAsync("Authentication required");

        await page.GetByTestId("api-key").FillAsync(Key);
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveTextAsync("negative");
        await Assertions.Expect(page.GetByTestId("form-problem")).ToBeHiddenAsync();
        Assert.Equal(Key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('cds.apiKey')"));
        // The report opens in a plain tab that cannot send the key: the page links it through a signed token.
        await Assertions.Expect(page.Locator("#report-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/reports/evaluations/[0-9a-f-]{36}\\?format=html&token=."));
    }
}
