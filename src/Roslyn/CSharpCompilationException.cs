using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ReluCompiler.Roslyn;

/// <summary>Generated C# did not compile; the message lists the diagnostics and the source with line numbers.</summary>
public sealed class CSharpCompilationException : Exception
{
    /// <summary>An exception for <paramref name="source"/> and the errors (and warnings, which count as errors) it produced.</summary>
    public CSharpCompilationException(string source, ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(source, diagnostics))
    {
        Source = source;
        Diagnostics = diagnostics;
    }

    /// <summary>The source that failed.</summary>
    public new string Source { get; }

    /// <summary>The diagnostics, errors first.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(string source, ImmutableArray<Diagnostic> diagnostics)
    {
        var text = new StringBuilder("The generated C# did not compile:\n");
        foreach (var diagnostic in diagnostics)
        {
            text.Append("  ").Append(diagnostic.ToString()).Append('\n');
        }

        text.Append("Source:\n");
        var lines = source.Split('\n');
        var width = lines.Length.ToString(CultureInfo.InvariantCulture).Length;
        foreach (var (line, number) in lines.Select((line, i) => (line, i + 1)))
        {
            text.Append(number.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ").Append(line).Append('\n');
        }

        return text.ToString();
    }
}
