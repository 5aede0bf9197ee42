using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ReluCompiler.Generator.Tests;

/// <summary>Pins one diagnostic: ID, severity, message, the exact source text it underlines and where that starts.</summary>
internal static class DiagnosticAssert
{
    /// <summary>
    /// Runs the generator on <paramref name="source"/>, expects exactly one diagnostic and checks it; returns the run.
    /// </summary>
    public static GeneratorRun Single(
        string source, string id, string message, string underlined, int line, int column,
        DiagnosticSeverity severity = DiagnosticSeverity.Error, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions? options = null)
    {
        var run = GeneratorRun.Of(source, options);
        var diagnostic = Assert.Single(run.Reported);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(underlined, GeneratorRun.Underlined(diagnostic, source));
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
        Assert.Equal("User.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(run.Result.Results.Single().GeneratedSources, s => severity == DiagnosticSeverity.Error && s.HintName.StartsWith("Demo.", System.StringComparison.Ordinal));
        return run;
    }

    /// <summary><c>namespace Demo; partial class F { [ReluFunction(…)] … }</c> around one member; the member starts on line 6.</summary>
    public static string Member(string member) => "using System;\nusing ReluCompiler;\nnamespace Demo;\npublic static partial class F\n{\n" + member + "\n}\n";
}
