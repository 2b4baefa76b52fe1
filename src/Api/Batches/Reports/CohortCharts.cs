namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Text;
using CdsService.Rules.Model;
using ScottPlot;

/// <summary>
/// The charts of the HTML report, each showing what no table beside it shows (docs/batches.md, "Charts"): findings by
/// mechanism split by HER2 status, the top available option within each mechanism, and the HER2 testing funnel with
/// the actions still required. Drawn by ScottPlot as inline SVG (no script, no external resource, so they survive the
/// page's Content-Security-Policy and printing). Labels come from fixed vocabularies and the knowledge base only,
/// never from submitted values.
/// </summary>
public static class CohortCharts
{
    private const int Width = 760;

    private static readonly Color[] Palette =
    [
        Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.Crimson, Colors.MediumPurple, Colors.SaddleBrown,
        Colors.HotPink, Colors.Olive, Colors.Teal, Colors.SlateGray,
    ];

    public static string Render(CohortTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var html = new StringBuilder();
        Figure(html, FindingsByMechanism(tally),
            "Patients with a finding in each resistance mechanism, HER2-positive and not (a patient may show several mechanisms).");
        Figure(html, TopOptionByMechanism(tally),
            "HER2-positive patients with each mechanism, by their top available option (tier 1 or 2; a tier-3 agent is never headlined).");
        Figure(html, Her2Funnel(tally), "HER2 testing: patients by status, and how many still have a required action.");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, string svg, string caption) =>
        html.Append("<figure>\n").Append(svg).Append("\n<figcaption>").Append(System.Net.WebUtility.HtmlEncode(caption)).Append("</figcaption>\n</figure>\n");

    private static string FindingsByMechanism(CohortTally tally)
    {
        var stacks = tally.Mechanisms().Select(m =>
            (Label: $"{m.Mechanism} ({Share(m.Positive, m.Patients)} HER2+)",
                Segments: new[] { ("HER2-positive", m.Positive), ("not HER2-positive", m.Patients - m.Positive) })).ToList();
        return Stacked("Findings by mechanism", stacks, ["HER2-positive", "not HER2-positive"]);
    }

    private static string TopOptionByMechanism(CohortTally tally)
    {
        var agents = tally.TopAgents().ToList();
        var stacks = MechanismIds.All
            .Select(m => (Label: m, Segments: agents.Select(a => (a, tally.TopAgentPatients(m, a))).ToArray()))
            .ToList();
        return Stacked("Top available option by mechanism (HER2-positive patients)", stacks, agents);
    }

    private static string Her2Funnel(CohortTally tally)
    {
        var stacks = tally.Her2Funnel()
            .Select(s => (Label: "HER2 " + s.Status, Segments: new[] { ("no action required", s.Patients - s.Acting), ("action required", s.Acting) }))
            .ToList();
        return Stacked("HER2 testing funnel", stacks, ["no action required", "action required"]);
    }

    /// <summary>Horizontal stacked bars, top to bottom in list order, each segment coloured by its series, totals at the end.</summary>
    private static string Stacked(string title, List<(string Label, (string Series, int Value)[] Segments)> stacks, List<string> series)
    {
        var plot = new Plot();
        var positions = new double[stacks.Count];
        var labels = new string[stacks.Count];
        var bars = new List<Bar>();
        for (var i = 0; i < stacks.Count; i++)
        {
            // ScottPlot counts positions upwards.
            positions[i] = stacks.Count - 1 - i;
            labels[i] = stacks[i].Label;
            double start = 0;
            foreach (var (name, value) in stacks[i].Segments.Where(s => s.Value > 0))
            {
                bars.Add(new Bar { Position = positions[i], ValueBase = start, Value = start + value, FillColor = ColorOf(series, name) });
                start += value;
            }
            bars.Add(new Bar { Position = positions[i], ValueBase = start, Value = start, Label = Number((int)start), FillColor = Colors.Transparent });
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontSize = 12;
        foreach (var name in series)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = ColorOf(series, name) });
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.12);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.XLabel("patients");
        plot.Title(title);
        var svg = plot.GetSvgXml(Width, 130 + (30 * stacks.Count) + (12 * series.Count / 3));
        // Inline in HTML: the XML declaration is only valid at the start of a standalone file.
        var at = svg.IndexOf("<svg", StringComparison.Ordinal);
        return at < 0 ? svg : svg[at..];
    }

    private static Color ColorOf(List<string> series, string name)
    {
        var index = series.IndexOf(name);
        return Palette[Math.Max(0, index) % Palette.Length];
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
