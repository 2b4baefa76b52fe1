namespace CdsService.Api.Batches.Reports;

using ScottPlot;

/// <summary>
/// The cohort chart of the HTML report, drawn by ScottPlot as inline SVG (no script, no external resource, so it
/// survives the page's Content-Security-Policy and printing). Labels come from fixed vocabularies and the knowledge
/// base only, never from submitted values.
/// </summary>
public static class CohortChart
{
    private const int Width = 720;

    public static string Render(CohortSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var bars = summary.Her2Status.Where(c => c.Patients > 0).Select(c => (Label: "HER2 " + c.Key, Value: c.Patients, Color: Colors.SteelBlue))
            .Concat(summary.Mechanisms.Select(c => (Label: c.Key, Value: c.Patients, Color: Colors.DarkOrange)))
            .ToList();
        return Horizontal("Patients by HER2 status and by resistance mechanism", bars);
    }

    private static string Horizontal(string title, List<(string Label, int Value, Color Color)> bars)
    {
        var plot = new Plot();
        var positions = new double[bars.Count];
        var labels = new string[bars.Count];
        var series = new List<Bar>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            // Top to bottom in list order: ScottPlot counts positions upwards.
            positions[i] = bars.Count - 1 - i;
            labels[i] = bars[i].Label;
            series.Add(new Bar { Position = positions[i], Value = bars[i].Value, FillColor = bars[i].Color, Label = bars[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var plotted = plot.Add.Bars(series);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.1);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.XLabel("patients");
        plot.Title(title);
        var svg = plot.GetSvgXml(Width, 90 + (30 * bars.Count));
        // Inline in HTML: the XML declaration is only valid at the start of a standalone file.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 ? svg : svg[start..];
    }
}
