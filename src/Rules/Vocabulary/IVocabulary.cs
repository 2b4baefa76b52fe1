namespace CdsService.Rules.Vocabulary;

/// <summary>The canonical terms of one enumerated input field, for error messages and the OpenAPI schema.</summary>
public interface IVocabulary
{
    /// <summary>The terms the contract documents, in contract order.</summary>
    IReadOnlyList<string> Terms { get; }

    /// <summary>Whether <paramref name="text"/> is one of the accepted spellings.</summary>
    bool Accepts(string? text);
}
