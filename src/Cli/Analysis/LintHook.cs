using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Threading;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser.Lints;

namespace ReluCompiler.Cli.Analysis;

/// <summary>
/// Lints as warnings on standard error for the verbs that show them, without touching those verbs' files:
/// <see cref="Attach"/> gives each a <c>--no-lints</c> option and runs its action inside a scope, and
/// <c>CommandGuard.Parse</c>, where every verb parses its expressions, reports to the scope. Standard
/// output and exit codes never change.
/// </summary>
internal static class LintHook
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Adds <c>--no-lints</c> to each of <paramref name="verbs"/> and shows their expressions' lints.</summary>
    public static void Attach(RootCommand root, CliConsole console, params string[] verbs)
    {
        foreach (var command in root.Subcommands.Where(c => verbs.Contains(c.Name)))
        {
            var noLints = new Option<bool>("--no-lints") { Description = "Do not print warnings about the expression (constant units, terms that cancel, units that merge, zero coefficients) on standard error." };
            command.Options.Add(noLints);
            var inner = (SynchronousCommandLineAction)command.Action!;
            command.SetAction(result =>
            {
                var previous = Current.Value;
                Current.Value = result.GetValue(noLints) ? null : new Scope(console.Error);
                try
                {
                    return inner.Invoke(result);
                }
                finally
                {
                    Current.Value = previous;
                }
            });
        }
    }

    /// <summary>Lints of later expressions also report units never active on <paramref name="domain"/>.</summary>
    public static void UseDomain(AnalysisDomain domain)
    {
        if (Current.Value is { } scope)
        {
            scope.Domain = domain;
        }
    }

    /// <summary>Prints the lints of an expression just parsed, when a scope is active.</summary>
    public static void Report(ExpressionInput input)
    {
        if (Current.Value is not { } scope)
        {
            return;
        }

        foreach (var lint in ReluLints.Find(input.Text, scope.Domain?.From, scope.Domain?.To))
        {
            Write(scope.Error, lint, input);
        }
    }

    /// <summary><c>warning: line 1, column 15: message</c>, the line, and carets under the span (and the related spans on that line).</summary>
    private static void Write(TextWriter error, ReluLint lint, ExpressionInput input)
    {
        var origin = input.Origin is null ? "" : input.Origin + ": ";
        error.WriteLine($"warning: {origin}{lint.Span}: {lint.Message}");
        var (line, caret) = ErrorRenderer.Excerpt(input.Text, lint.Span.Offset);
        var marks = new char[line.Length];
        Array.Fill(marks, ' ');
        Mark(marks, caret, lint.Span.Length);
        var lineStart = lint.Span.Offset - lint.Span.Column + 1;
        if (caret == lint.Span.Column - 1)
        {
            // The excerpt starts at the line's start, so other spans on the line can be marked too.
            foreach (var related in lint.Related.Where(r => r.Line == lint.Span.Line))
            {
                Mark(marks, related.Offset - lineStart, related.Length);
            }
        }

        error.WriteLine("  " + line);
        error.WriteLine("  " + new string(marks).TrimEnd());
    }

    private static void Mark(char[] marks, int from, int length)
    {
        for (var i = from; i < Math.Min(marks.Length, from + Math.Max(1, length)); i++)
        {
            marks[i] = '^';
        }
    }

    private sealed class Scope(TextWriter error)
    {
        public TextWriter Error { get; } = error;

        public AnalysisDomain? Domain { get; set; }
    }
}
