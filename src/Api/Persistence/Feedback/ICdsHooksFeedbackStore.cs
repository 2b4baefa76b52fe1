namespace CdsService.Api.Persistence.Feedback;

/// <summary>Stores CDS Hooks feedback once per (card, outcome, outcome timestamp), whichever replica receives it.</summary>
public interface ICdsHooksFeedbackStore
{
    /// <summary>True when the item is new, false when the same item was stored before (both mean "accepted").</summary>
    Task<bool> AddAsync(CdsHooksFeedback feedback, CancellationToken cancellationToken);
}
