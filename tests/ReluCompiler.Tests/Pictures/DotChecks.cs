using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace ReluCompiler.Tests.Pictures;

/// <summary>
/// Checks that DOT text is a graph Graphviz reads: rendered by <c>dot</c> when it is installed, and
/// always checked structurally (balanced braces, each statement well formed, every edge's ends declared).
/// </summary>
internal static partial class DotChecks
{
    public static void AssertWellFormed(string dot)
    {
        AssertStructure(dot);
        if (FindDot() is { } program)
        {
            AssertGraphvizRenders(program, dot);
        }
    }

    private static void AssertStructure(string dot)
    {
        var depth = 0;
        var inQuotes = false;
        for (var i = 0; i < dot.Length; i++)
        {
            var c = dot[i];
            if (inQuotes)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }

                continue;
            }

            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            inQuotes = c == '"';
            Assert.True(depth >= 0, $"a '}}' closes nothing at offset {i}");
        }

        Assert.False(inQuotes, "a quoted string is never closed");
        Assert.Equal(0, depth);

        var declared = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(string, string)>();
        var lines = dot.TrimEnd('\n').Split('\n');
        Assert.Equal("digraph network {", lines[0]);
        Assert.Equal("}", lines[^1]);
        foreach (var line in lines[1..^1])
        {
            if (Node().Match(line) is { Success: true } node)
            {
                Assert.True(declared.Add(node.Groups[1].Value), $"node {node.Groups[1].Value} is declared twice");
            }
            else if (Edge().Match(line) is { Success: true } edge)
            {
                edges.Add((edge.Groups[1].Value, edge.Groups[2].Value));
            }
            else
            {
                Assert.Matches(Setting(), line);
            }
        }

        foreach (var (from, to) in edges)
        {
            Assert.Contains(from, declared);
            Assert.Contains(to, declared);
        }
    }

    private static void AssertGraphvizRenders(string program, string dot)
    {
        var start = new ProcessStartInfo(program, "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var svg = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "dot did not finish in 30 s");
        Assert.True(process.ExitCode == 0 && errors.Result.Length == 0, $"dot failed ({process.ExitCode}): {errors.Result}");
        Assert.Contains("<svg", svg);
    }

    private static string? FindDot()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "dot");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // A quoted DOT string: anything but a quote or backslash, or a backslash and the character it escapes.
    private const string Quoted = "\"(?:[^\"\\\\]|\\\\.)*\"";

    [GeneratedRegex("""^  (\w+) \[label=""" + Quoted + """, shape=\w+(, peripheries=2)?\];$""")]
    private static partial Regex Node();

    [GeneratedRegex("""^  (\w+) -> (\w+) \[label=""" + Quoted + """\];$""")]
    private static partial Regex Edge();

    [GeneratedRegex("""^  (rankdir=LR|(node|edge) \[fontname=""" + Quoted + """\]);$""")]
    private static partial Regex Setting();
}
