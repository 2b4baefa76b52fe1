namespace CdsService.Rules.Engine;

using CdsService.Rules.Model;

/// <summary>Which lens ordered the options, under which policy version, and the policy in words.</summary>
public sealed record RankingInfo(RankingLens Lens, string PolicyVersion, string Text);
