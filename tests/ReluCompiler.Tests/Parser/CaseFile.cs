using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// Reads <c>Cases/*.txt</c>: one <c>input ⇶ expected</c> per line, <c>//</c> lines and blank lines
/// skipped. The input is everything before the first <c> ⇶ </c>, exactly (inner spaces matter).
/// </summary>
internal static class CaseFile
{
    private const string Separator = " \u21F6 "; // ⇶ (three rightwards arrows)

    public static IEnumerable<object[]> Load(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", name))
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => l.Line.Trim().Length > 0 && !l.Line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l =>
            {
                var at = l.Line.IndexOf(Separator, StringComparison.Ordinal);
                if (at < 0)
                {
                    throw new FormatException($"{name}:{l.Number}: no `{Separator.Trim()}` in `{l.Line}`");
                }

                return new object[] { l.Line[..at], l.Line[(at + Separator.Length)..] };
            });
}
