namespace CdsService.Rules.Her2;

using System.Globalization;
using CdsService.Rules.Model;

/// <summary>Invariant-culture wording shared by the basis sentences, so a pathologist reads the numbers as reported.</summary>
internal static class Her2Format
{
    /// <summary>Two decimals as laboratories report them, unless that would round the value across a cut-off.</summary>
    public static string Number(double value) =>
        value == Math.Round(value, 2)
            ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Ihc(IhcScore score) => score switch
    {
        IhcScore.Zero => "0",
        IhcScore.One => "1+",
        IhcScore.Two => "2+",
        IhcScore.Three => "3+",
        _ => score.ToString(),
    };

    /// <summary>" with IHC 2+" or " without IHC", the clause every ISH basis carries.</summary>
    public static string IhcClause(IhcScore? score) => score is { } s ? " with IHC " + Ihc(s) : " without IHC";
}
