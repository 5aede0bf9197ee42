using System;
using Superpower.Model;

namespace ReluCompiler.Parser.Syntax;

/// <summary>Where a piece of syntax starts: 1-based line and column (UTF-16 units of the line), 0-based offset.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column in UTF-16 code units.</param>
/// <param name="Offset">0-based offset into the whole text in UTF-16 code units.</param>
internal readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    /// <summary>The start of the text.</summary>
    public static SourcePosition Start { get; } = new(1, 1, 0);

    /// <summary>The same position as Superpower's.</summary>
    public static SourcePosition From(Position position) =>
        position.HasValue ? new SourcePosition(position.Line, position.Column, position.Absolute) : Start;

    /// <summary>
    /// The position of <paramref name="offset"/> in <paramref name="text"/>, counted as Superpower does:
    /// only LF starts a new line, every other code unit (CR included) is one column.
    /// </summary>
    public static SourcePosition At(string text, int offset)
    {
        var lineStart = offset == 0 ? -1 : text.LastIndexOf('\n', offset - 1);
        var line = 1;
        foreach (var c in text.AsSpan(0, lineStart + 1))
        {
            line += c == '\n' ? 1 : 0;
        }

        return new SourcePosition(line, offset - lineStart, offset);
    }

    /// <summary>An error at this position.</summary>
    public ReluParseException Error(string reason) => new(reason, Line, Column, Offset);
}
