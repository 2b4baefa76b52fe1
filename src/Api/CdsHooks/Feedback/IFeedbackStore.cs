namespace CdsService.Api.CdsHooks.Feedback;

using CdsService.Api.Auth;

/// <summary>Stores feedback idempotently: "may receive feedback for the same card instance multiple times" (docs/cds-hooks.md FB3).</summary>
public interface IFeedbackStore
{
    /// <summary>Returns how many entries were new.</summary>
    Task<int> SaveAsync(IReadOnlyList<FeedbackEntry> entries, Caller caller, CancellationToken cancellationToken);
}
