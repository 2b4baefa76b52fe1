namespace CdsService.Api.Hosting;

/// <summary>
/// The one switch that lets a non-Development host run with REST auth or the CDS Hooks JWT turned off (root key
/// <c>AllowInsecure</c>). It exists for closed test rigs; the start-up log says so loudly whenever it is used.
/// </summary>
public sealed class InsecureModeOptions
{
    public const string Key = "AllowInsecure";

    public bool AllowInsecure { get; set; }
}
