using System.Collections.Generic;
using System.IO;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Analysis;

/// <summary>
/// Data points for <c>relu fit</c>: one <c>x,y</c> or <c>x y</c> pair a line, exact numbers by the language's
/// rules (<c>1/3</c>, <c>0.25</c>, <c>-2</c>); blank lines and lines starting with <c>#</c> are skipped.
/// Every error names the line and column.
/// </summary>
internal static class PointsFile
{
    public static List<DataPoint> Read(TextReader reader, string origin)
    {
        var points = new List<DataPoint>();
        var seen = new Dictionary<Fractions.Fraction, (Fractions.Fraction Y, int Line)>();
        var number = 0;
        string? line;
        while ((line = ReadLine(reader, origin, number + 1)) is not null)
        {
            number++;
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var point = ReadPoint(line, origin, number);
            var key = point.X.Reduce();
            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier.Y.CompareTo(point.Y) != 0)
                {
                    throw new CliException($"{origin}, line {number}: x = {ExactMath.Format(point.X)} was already given on line {earlier.Line} with y = {ExactMath.Format(earlier.Y)}; a function has one value there");
                }

                continue;
            }

            seen.Add(key, (point.Y, number));
            points.Add(point);
        }

        if (points.Count == 0)
        {
            throw new CliException($"{origin}: no points; give one x,y pair a line");
        }

        return points;
    }

    private static DataPoint ReadPoint(string line, string origin, int number)
    {
        var fields = Fields(line);
        if (fields.Count != 2)
        {
            var column = fields.Count > 2 ? fields[2].Start + 1 : line.Length + 1;
            throw new CliException($"{origin}, line {number}, column {column}: expected two numbers, x and y, separated by a comma or spaces; found {fields.Count}");
        }

        return new DataPoint(Number(line, fields[0], origin, number), Number(line, fields[1], origin, number));
    }

    private static Fractions.Fraction Number(string line, (int Start, int End) field, string origin, int number)
    {
        var text = line.Substring(field.Start, field.End - field.Start);
        if (!ExactNumbers.TryParse(text, out var value, out var reason, out var offset))
        {
            throw new CliException($"{origin}, line {number}, column {field.Start + offset + 1}: {reason}");
        }

        return value;
    }

    /// <summary>The fields of a line: split at commas when there is one (so <c>1 / 2, 3</c> works), else at runs of spaces.</summary>
    private static List<(int Start, int End)> Fields(string line)
    {
        var fields = new List<(int, int)>();
        if (line.Contains(','))
        {
            var start = 0;
            for (var i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] == ',')
                {
                    fields.Add((start, i));
                    start = i + 1;
                }
            }

            return fields;
        }

        var at = 0;
        while (at < line.Length)
        {
            while (at < line.Length && char.IsWhiteSpace(line[at]))
            {
                at++;
            }

            var begin = at;
            while (at < line.Length && !char.IsWhiteSpace(line[at]))
            {
                at++;
            }

            if (at > begin)
            {
                fields.Add((begin, at));
            }
        }

        return fields;
    }

    private static string? ReadLine(TextReader reader, string origin, int number)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new CliException($"{origin}, line {number}: invalid UTF-8");
        }
    }
}
