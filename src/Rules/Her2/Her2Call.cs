namespace CdsService.Rules.Her2;

using CdsService.Rules.Model;

/// <summary>
/// What a rule table decided, before any knowledge-base text is attached: the rules stay pure and the
/// sentences stay reviewable in the KB. <see cref="CommentId"/> is the ASCO/CAP group comment to append.
/// <see cref="ReportedContradicts"/>: the laboratory's reported status contradicts an IHC-only call, so neither is used.
/// </summary>
internal readonly record struct Her2Call(
    Her2Status Status,
    string Basis,
    string? ActionCode = null,
    int? IshGroup = null,
    bool Discordant = false,
    string? CommentId = null,
    bool ReportedContradicts = false);
