using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ReluCompiler.Generator.Tests;

/// <summary>
/// The expressions the agreement tests compile with the generator: every line of samples/blog-expressions.txt
/// (the file users run), a two-input ridge with its parameters reversed, and seeded random networks sized to
/// reach every strategy (straight line, weight loop, piece table).
/// </summary>
internal static class Cases
{
    /// <summary>The blog's expressions, comment and blank lines skipped.</summary>
    public static IReadOnlyList<string> Blog { get; } = File.ReadLines(BlogFile())
        .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
        .ToArray();

    /// <summary>Random sums <c>a·σ(w·v + b)</c> over <paramref name="inputs"/> with <paramref name="units"/> terms, in exact decimals.</summary>
    public static string RandomExpression(Random random, IReadOnlyList<string> inputs, int units)
    {
        var text = new StringBuilder(Decimal(random));
        for (var i = 0; i < units; i++)
        {
            text.Append(" + ").Append(Decimal(random)).Append("σ(");
            text.Append(string.Join(" + ", inputs.Select(v => Decimal(random) + "*" + v)));
            text.Append(" + ").Append(Decimal(random)).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Points to compare at: the special values, far and near ones, and seeded random ones.</summary>
    public static double[][] Points(int inputs, int seed)
    {
        double[] specials = [0.0, -0.0, 1.0 / 3, 0.5, 1, 1.5, 2, 2.5, 3, -1, -3.5, 7, 1e16, -1e16, 1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon];
        var random = new Random(seed);
        var points = new List<double[]>();
        foreach (var special in specials)
        {
            points.Add([.. Enumerable.Range(0, inputs).Select(j => j == 0 ? special : random.NextDouble() * 8 - 4)]);
        }

        for (var i = 0; i < 200; i++)
        {
            points.Add([.. Enumerable.Range(0, inputs).Select(_ => random.NextDouble() * 20 - 10)]);
        }

        return [.. points];
    }

    /// <summary>A C# verbatim literal of <paramref name="text"/>.</summary>
    public static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>A decimal with up to three places, in parentheses when negative so that <c>+ (-1.5)</c> reads as written.</summary>
    private static string Decimal(Random random)
    {
        var value = random.Next(-4000, 4001) / 1000m;
        var text = value.ToString("0.###", CultureInfo.InvariantCulture);
        return value < 0 ? "(" + text + ")" : text;
    }

    private static string BlogFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReluCompiler.sln")))
            {
                return Path.Combine(folder.FullName, "samples", "blog-expressions.txt");
            }
        }

        throw new FileNotFoundException("No ReluCompiler.sln above " + AppContext.BaseDirectory);
    }
}
