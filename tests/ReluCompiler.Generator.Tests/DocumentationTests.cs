using System;
using System.IO;
using System.Linq;
using ReluCompiler.Generator.Diagnostics;
using Xunit;

namespace ReluCompiler.Generator.Tests;

/// <summary>Every diagnostic's help link is a page of the repository that starts with its ID and title.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void EveryDiagnosticHasAHelpPageHeadedByItsIdAndTitle()
    {
        var root = RepositoryRoot();
        var ids = ReluDiagnostics.Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal([.. Enumerable.Range(1, 9).Select(i => $"RELU00{i}")], ids);
        foreach (var descriptor in ReluDiagnostics.Descriptors)
        {
            var page = Path.Combine(root, descriptor.HelpLinkUri);
            Assert.True(File.Exists(page), page);
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", File.ReadLines(page).First());
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReluCompiler.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("No ReluCompiler.sln above " + AppContext.BaseDirectory);
    }
}
