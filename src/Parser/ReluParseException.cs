using System;

namespace ReluCompiler.Parser;

/// <summary>
/// The one error the parser raises for bad input: a reason and the 1-based line and column where it was found.
/// <see cref="Exception.Message"/> reads <c>line 1, column 5: unexpected `)`, expected an expression</c>.
/// </summary>
public sealed class ReluParseException : Exception
{
    /// <summary>An error at a position.</summary>
    /// <param name="reason">What is wrong, without the position; user text in backticks.</param>
    /// <param name="line">1-based line of the problem.</param>
    /// <param name="column">1-based column in that line, in UTF-16 code units.</param>
    /// <param name="offset">0-based offset into the whole text, in UTF-16 code units.</param>
    public ReluParseException(string reason, int line, int column, int offset)
        : base($"line {line}, column {column}: {reason}")
    {
        Reason = reason;
        Line = line;
        Column = column;
        Offset = offset;
    }

    /// <summary>What is wrong, without the position: <c>unexpected `)`, expected an expression</c>.</summary>
    public string Reason { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column, counted in UTF-16 code units of that line.</summary>
    public int Column { get; }

    /// <summary>0-based offset into the text, in UTF-16 code units.</summary>
    public int Offset { get; }
}
