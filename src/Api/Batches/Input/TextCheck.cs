namespace CdsService.Api.Batches.Input;

using System.Text.Unicode;

/// <summary>A file that is not UTF-8 text (a spreadsheet's binary format, an image) is a 400, not a page of row errors.</summary>
internal static class TextCheck
{
    public static void EnsureUtf8Text(ReadOnlyMemory<byte> body, string what)
    {
        var span = body.Span;
        if (span.Contains((byte)0) || !Utf8.IsValid(span))
            throw new BatchInputException($"The file is not UTF-8 {what} text (a binary file, such as .xlsx, cannot be read: save it as CSV UTF-8).");
    }
}
