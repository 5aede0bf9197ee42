namespace ReluCompiler.Parser;

/// <summary>
/// The documented bounds on what the parser accepts, so that no input can exhaust the stack, memory or
/// time (DESIGN §2). Passing one is an ordinary <see cref="ReluParseException"/> located where it happens;
/// every check runs before any recursion over the input.
/// </summary>
public static class ParserLimits
{
    /// <summary>
    /// The longest input, in UTF-16 code units: 16 MiB (16,777,216). A longer text is rejected at its
    /// first code unit past the limit.
    /// </summary>
    public const int MaxInputLength = 16 * 1024 * 1024;

    /// <summary>
    /// The deepest nesting, 256. The depth at a token counts one level for every parenthesis (grouping or
    /// call) and every absolute-value bar that is open around it, plus every prefix sign that applies to
    /// it or to an enclosing group: <c>-(-x)</c> reaches depth 3. A flat sum or product is not nesting:
    /// <c>x + x + … + x</c> has depth 0 however long it is. The error is reported at the first token
    /// that goes past the limit.
    /// </summary>
    public const int MaxNestingDepth = 256;

    /// <summary>
    /// The most significant digits in one number literal, 100: the digits before the exponent, leading
    /// zeros not counted (trailing zeros count: <c>1000</c> has 4).
    /// </summary>
    public const int MaxSignificantDigits = Ir.ExactMath.MaxLiteralDigits;

    /// <summary>
    /// The largest decimal exponent of a number literal in scientific notation, 400, either way: the
    /// literal's value written as d.ddd × 10^E must have −400 ≤ E ≤ 400 (<c>1e400</c> and <c>1e-400</c>
    /// pass, <c>1e401</c>, <c>10e400</c> and <c>0.1e-400</c> do not). For zero, E is the written exponent.
    /// </summary>
    public const int MaxDecimalExponent = Ir.ExactMath.MaxLiteralExponent;
}
