namespace CdsService.Api.Tests.Browser;

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>axe-core in the page (WCAG 2.1 A/AA rules): no serious or critical violation on the form or the answer (docs/app.md).</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task The_form_and_an_opened_answer_have_no_serious_or_critical_axe_violation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/app");
        await Assertions.Expect(page.GetByTestId("evaluate")).ToBeVisibleAsync();
        AssertNoBlockingViolation(await page.RunAxe());

        await page.GetByTestId("example").SelectOptionAsync("full-panel");
        await page.GetByTestId("evaluate").ClickAsync();
        await page.GetByTestId("option-row").First.ClickAsync();
        await Assertions.Expect(page.Locator("#option-1-detail")).ToBeVisibleAsync();
        AssertNoBlockingViolation(await page.RunAxe());

        await page.GetByTestId("evaluate").ClickAsync();
        await page.GetByTestId("her2-ihc").SelectOptionAsync("");
        await page.GetByTestId("example").SelectOptionAsync("");
        await page.Locator("input[name='her2.ish.her2Cep17Ratio']").FillAsync("80");
        await page.GetByTestId("evaluate").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field='her2.ish.her2Cep17Ratio']")).ToBeVisibleAsync();
        AssertNoBlockingViolation(await page.RunAxe());
    }

    private static void AssertNoBlockingViolation(AxeResult result)
    {
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
