namespace CdsService.Api.Tests.CdsHooks;

using System.Text.RegularExpressions;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// docs/security.md, "Output": a PIK3CA variant as the EHR reported it reaches the card detail as text, so an image
/// (a beacon), a link, raw HTML or a heading in it is escaped, never rendered.
/// </summary>
public sealed partial class CardMarkdownInjectionTests
{
    private static readonly CdsEngine Engine = CdsEngine.CreateDefault();

    [Theory]
    [InlineData("![x](https://evil.example/beacon.png)", @"\![x]\(https://evil.example/beacon.png)")]
    [InlineData("[renew](https://phish.example/login)", @"[renew]\(https://phish.example/login)")]
    [InlineData("<img src=https://evil.example/b.png>", "&lt;img src=https://evil.example/b.png&gt;")]
    [InlineData("x\n# Urgent: call https://phish.example", @"x \# Urgent: call https://phish.example")]
    [InlineData("**bold** _it_ `code`", @"\*\*bold\*\* \_it\_ \`code\`")]
    public void VariantText_InTheCardDetail_IsInertMarkdown(string variant, string escaped)
    {
        var panel = new PatientPanel { Her2 = new Her2Tests(Ihc: IhcScore.Three), Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, [variant]) };
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, Engine.Evaluate(panel), "{}", 0),
            new Uri("https://cds.example.org/reports/x"), "p1");

        var detail = string.Concat(PatientViewCards.Build(context).Select(c => c.Detail));

        Assert.Contains(escaped, detail, StringComparison.Ordinal);
        Assert.DoesNotMatch(UnescapedImageOrLink(), detail.Replace("[Full report of this evaluation](https://cds.example.org/reports/x)", "", StringComparison.Ordinal));
        Assert.DoesNotContain("<img", detail, StringComparison.Ordinal);
    }

    // "](" not preceded by a backslash-escaped "]", or "![" not escaped.
    [GeneratedRegex(@"(?<!\\)\]\((?!\s)|(?<!\\)!\[")]
    private static partial Regex UnescapedImageOrLink();
}
