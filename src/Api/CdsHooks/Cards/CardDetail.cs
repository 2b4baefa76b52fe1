namespace CdsService.Api.CdsHooks.Cards;

using System.Globalization;
using System.Text;
using CdsService.Rules.Engine;

/// <summary>
/// The card detail in GitHub-flavoured Markdown (CDS Hooks 2.0 §Card detail): the HER2 call with its basis, the
/// findings, the top options with levels and reference numbers, the testing steps, and the full-report link.
/// </summary>
public static class CardDetail
{
    public const int TopOptions = 3;

    public static string Build(CardContext context, bool withOptions)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Result;
        var text = new StringBuilder();
        var her2 = result.Her2;
        var group = her2.IshGroup is { } g ? string.Create(CultureInfo.InvariantCulture, $", ISH group {g}") : "";
        text.Append(CultureInfo.InvariantCulture, $"**HER2 {CardText.Status(her2.Status)}**{group}: {CardText.Markdown(her2.Basis)} ");
        text.Append(CultureInfo.InvariantCulture, $"({CardText.Markdown(her2.Guideline)}).\n\n");
        AppendList(text, "Required testing", her2.RequiredActions.Select(a => $"{CardText.Markdown(a.Text)}"));
        AppendList(text, "Resistance findings", result.Findings.Select(f =>
            $"**{CardText.Markdown(f.Id)}** ({string.Join(", ", f.Mechanisms)}; {Effect(f.Effect)}): {CardText.Markdown(f.Summary)}{CardText.Citations(f.Citations)}"));
        if (withOptions)
        {
            AppendList(text, $"Top options ({Math.Min(TopOptions, result.Options.Count)} of {result.Options.Count})",
                result.Options.Take(TopOptions).Select(o =>
                    $"{o.Rank}. **{CardText.Markdown(o.Agent)}** ({CardText.Markdown(o.Target)}): level {o.EvidenceLevel}, "
                    + $"{(o.Direction == OptionDirection.Supports ? "supports" : "against")}{CardText.Citations(o.Citations)}"),
                numbered: true);
        }

        AppendList(text, "Check", result.Warnings.Select(w => CardText.Markdown(w.Text) + CardText.Citations(w.Citations)));
        text.Append(CultureInfo.InvariantCulture, $"[Full report of this evaluation]({context.ReportUrl.AbsoluteUri})\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"_Knowledge base {CardText.Markdown(result.KnowledgeBase.Version)}. {CardText.Markdown(result.Disclaimer)}_");
        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string title, IEnumerable<string> items, bool numbered = false)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"**{title}**\n\n");
        foreach (var item in list)
        {
            text.Append(numbered ? "" : "- ").Append(item).Append('\n');
        }

        text.Append('\n');
    }

    private static string Effect(FindingEffect effect) => effect switch
    {
        FindingEffect.Resistance => "resistance",
        FindingEffect.ReducedBenefit => "reduced benefit",
        _ => "uncertain",
    };
}
