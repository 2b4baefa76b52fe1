namespace CdsService.Rules.Model;

/// <summary>
/// How the options are ordered (docs/clinical-rules.md, "Ranking policy"). <see cref="Current"/>, the default, puts
/// what is available today first; <see cref="Review"/> is the review's own 2011 order, for research and teaching.
/// </summary>
public enum RankingLens { Current, Review }
