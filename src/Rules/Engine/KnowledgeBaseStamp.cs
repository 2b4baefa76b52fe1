namespace CdsService.Rules.Engine;

/// <summary>Which knowledge base produced an answer: version, SHA-256 of the embedded file, and the review's identity.</summary>
public sealed record KnowledgeBaseStamp(string Version, string Hash, ReviewIdentity Source);

/// <summary>The probable identity of the review; <see cref="Verified"/> is false until the seed is matched to the publication.</summary>
public sealed record ReviewIdentity(string Citation, string Doi, bool Verified, string Note);
