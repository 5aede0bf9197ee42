using System;
using System.Text.RegularExpressions;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The rule that tells an option from an expression or a point on the command line. A token is read
/// as an option when it is a dash or two, an ASCII letter, then only letters, digits, <c>-</c> and
/// <c>_</c> (with two dashes, <c>=value</c> may follow): <c>--jsn</c>, <c>-x</c>, <c>--engin=il</c>.
/// Everything else is an expression or a point: <c>-1</c>, <c>-.5</c>, <c>-x+1</c>, <c>-σ(x)</c>,
/// <c>-(x)</c>, and the point spellings <c>-inf</c>, <c>-infinity</c>, <c>-nan</c>. After <c>--</c>
/// every token is an expression or a point, so <c>relu eval -- -x 1</c> evaluates −x.
/// </summary>
internal static partial class OptionLikeToken
{
    /// <summary>Whether <paramref name="token"/> reads as an option by the rule above.</summary>
    public static bool Matches(string token) =>
        OptionShape().IsMatch(token)
        && !token.Equals("-inf", StringComparison.OrdinalIgnoreCase)
        && !token.Equals("-infinity", StringComparison.OrdinalIgnoreCase)
        && !token.Equals("-nan", StringComparison.OrdinalIgnoreCase);

    /// <summary>The option's name without any <c>=value</c>: <c>--engin=il</c> gives <c>--engin</c>.</summary>
    public static string Name(string token)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? token : token[..equals];
    }

    [GeneratedRegex("^(-[A-Za-z][A-Za-z0-9_-]*|--[A-Za-z][A-Za-z0-9_-]*(=.*)?)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OptionShape();
}
