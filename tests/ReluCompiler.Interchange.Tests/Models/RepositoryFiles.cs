using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>Files of the repository the tests were built from (found by walking up to ReluCompiler.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>samples/blog-expressions.txt without comments and blank lines.</summary>
    public static IEnumerable<object[]> BlogExpressions() =>
        File.ReadLines(Path("samples", "blog-expressions.txt"))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(line => new object[] { line });

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ReluCompiler.sln")))
            {
                return folder.FullName;
            }
        }

        throw new FileNotFoundException($"No ReluCompiler.sln above {AppContext.BaseDirectory}.");
    }
}
