namespace CdsService.Api.Batches.Reports;

using System.Text;

/// <summary>
/// Text of a streamed report, built a section at a time and handed to the response when it passes a few pages, so
/// the memory of a report is one patient's section plus this buffer, whatever the cohort size.
/// </summary>
public sealed class ReportBuffer(TextWriter output)
{
    private const int FlushAt = 64 * 1024;

    public StringBuilder Text { get; } = new(FlushAt + (16 * 1024));

    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Text.Length >= FlushAt)
            await FlushAsync(cancellationToken);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await output.WriteAsync(Text, cancellationToken);
        Text.Clear();
        await output.FlushAsync(cancellationToken);
    }
}
