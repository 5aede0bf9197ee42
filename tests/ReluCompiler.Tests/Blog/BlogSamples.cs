using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReluCompiler.Tests.Blog;

/// <summary>
/// samples/blog-expressions.txt, the file the README loops over: found by walking up from the test
/// assembly to the folder that holds ReluCompiler.sln, so the tests read the very file users run.
/// </summary>
internal static class BlogSamples
{
    /// <summary>The path of samples/blog-expressions.txt in the repository the tests were built from.</summary>
    public static string FilePath { get; } = Locate();

    /// <summary>Every expression with its 1-based line number; <c>//</c> comment lines and blank lines skipped.</summary>
    public static IReadOnlyList<(int Line, string Expression)> Expressions { get; } =
        File.ReadLines(FilePath)
            .Select((text, index) => (Line: index + 1, Expression: text))
            .Where(l => l.Expression.Trim().Length > 0 && !l.Expression.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .ToArray();

    /// <summary>The expressions as xunit theory rows: line number, expression.</summary>
    public static IEnumerable<object[]> Rows => Expressions.Select(e => new object[] { e.Line, e.Expression });

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReluCompiler.sln")))
            {
                return Path.Combine(folder.FullName, "samples", "blog-expressions.txt");
            }
        }

        throw new FileNotFoundException($"No ReluCompiler.sln above {AppContext.BaseDirectory}: cannot find samples/blog-expressions.txt.");
    }
}
