using System.Collections.Immutable;

namespace ReluCompiler.Parser.Lints;

/// <summary>What a lint is about.</summary>
public enum LintKind
{
    /// <summary>A unit no variable reaches, such as <c>σ(0×x + 1)</c>: it is a constant.</summary>
    ConstantUnit,

    /// <summary>Terms whose kinks cancel, such as <c>σ(x) − σ(x)</c> (0) or <c>σ(x) − σ(−x)</c> (the line x).</summary>
    CancellingTerms,

    /// <summary>A unit whose input is never positive on the analysed interval, so it adds nothing there.</summary>
    InactiveUnit,

    /// <summary>Two or more units on the same hyperplane, such as <c>σ(x − 1) + σ(2x − 2)</c>: they merge into one.</summary>
    SameHyperplane,

    /// <summary>A product with a zero factor, such as <c>0*σ(x)</c>: it adds nothing.</summary>
    ZeroCoefficient,
}

/// <summary>Where some text is: 1-based line and column (UTF-16 units), 0-based offset, and length.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Offset">0-based offset into the whole text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct SourceSpan(int Line, int Column, int Offset, int Length)
{
    /// <summary><c>line 1, column 15</c>.</summary>
    public override string ToString() => $"line {Line}, column {Column}";
}

/// <summary>
/// A warning about an expression that is correct but probably not what was meant, with the narrowest span
/// that shows it: <c>line 1, column 15: `σ(0 × x + 1)` is the constant 1 …</c>.
/// </summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Message">The sentence, with user text in backticks.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Related">The other places involved (the other terms that cancel or merge).</param>
public sealed record ReluLint(LintKind Kind, string Message, SourceSpan Span, ImmutableArray<SourceSpan> Related)
{
    /// <summary><c>line 1, column 15: message</c>.</summary>
    public override string ToString() => $"{Span}: {Message}";
}
