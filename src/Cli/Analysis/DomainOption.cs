using System.CommandLine;
using Fractions;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Analysis;

/// <summary><c>--on A,B</c>: the interval (or, with several variables, the box [A, B]ⁿ) an analysis is about.</summary>
internal static class DomainOption
{
    public static Option<string> Create() => new("--on")
    {
        Description = "Analyse on [A, B] instead of the whole line; exact numbers (2/3, 0.5), -inf or inf for an open end. With several variables every variable ranges over [A, B].",
        HelpName = "A,B",
    };

    /// <summary>The domain the option names, the whole line when it was not given.</summary>
    public static AnalysisDomain Parse(string? text)
    {
        if (text is null)
        {
            return AnalysisDomain.Line;
        }

        var comma = text.IndexOf(',');
        if (comma < 0 || text.IndexOf(',', comma + 1) >= 0)
        {
            throw new CliException($"--on `{text}`: expected two numbers separated by a comma, such as 0,1");
        }

        var from = End(text, 0, comma);
        var to = End(text, comma + 1, text.Length);
        if (from is { } a && to is { } b && a.CompareTo(b) >= 0)
        {
            throw new CliException($"--on `{text}`: the left end must be smaller than the right end");
        }

        return AnalysisDomain.Between(from, to);
    }

    private static Fraction? End(string text, int start, int end)
    {
        var field = text.Substring(start, end - start);
        var trimmed = field.Trim();
        if (trimmed is "inf" or "+inf" or "-inf" or "\u221E" or "-\u221E" or "+\u221E") // ∞
        {
            var negative = trimmed[0] == '-';
            if (negative != (start == 0))
            {
                throw new CliException($"--on `{text}`: {trimmed} cannot be the {(start == 0 ? "left" : "right")} end");
            }

            return null;
        }

        if (!ExactNumbers.TryParse(field, out var value, out var reason, out var offset))
        {
            throw new CliException($"--on `{text}`, column {start + offset + 1}: {reason}");
        }

        return value;
    }
}
