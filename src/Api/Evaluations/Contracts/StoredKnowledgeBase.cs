namespace CdsService.Api.Evaluations.Contracts;

/// <summary>The knowledge-base version and content hash that produced a stored evaluation.</summary>
public sealed record StoredKnowledgeBase(string Version, string Hash);
