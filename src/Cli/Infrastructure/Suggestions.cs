using System;
using System.Collections.Generic;
using System.Linq;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// "Did you mean" candidates, chosen the way System.CommandLine's own typo correction chooses them
/// (its implementation is internal and only sees tokens it could not match, while an expression
/// argument swallows them): edit distance at most 3, only the closest, longer common prefix first.
/// </summary>
internal static class Suggestions
{
    private const int MaxDistance = 3;

    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/>, or none when all are far.</summary>
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> known)
    {
        var scored = known.Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(typed, name), Prefix: CommonPrefix(typed, name)))
            .Where(candidate => candidate.Distance <= MaxDistance && candidate.Distance < Math.Max(typed.Length, candidate.Name.Length))
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.Distance);
        return scored.Where(c => c.Distance == best).OrderByDescending(c => c.Prefix).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).ToList();
    }

    /// <summary><c>; did you mean `--json`?</c>, <c>; did you mean `--from` or `--format`?</c>, or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known)
    {
        var names = For(typed, known);
        return names.Count == 0 ? "" : "; did you mean " + string.Join(" or ", names.Select(n => $"`{n}`")) + "?";
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
