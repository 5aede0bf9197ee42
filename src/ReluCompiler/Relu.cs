using System.Diagnostics.CodeAnalysis;
using ReluCompiler.Parser;

namespace ReluCompiler;

/// <summary>
/// The one obvious entry point: text in, exact expressions, networks, delegates and C# out.
/// <code>
/// var f = Relu.Parse("σ(x-1) + 1");
/// double y = f.Evaluate(2.0);          // 2
/// </code>
/// </summary>
public static class Relu
{
    /// <summary>Parses an expression such as <c>σ(x-0) - σ(x-1)</c>; throws <see cref="ReluParseException"/> with line and column on bad input.</summary>
    public static ReluExpression Parse(string text) => new(ReluParser.Parse(text));

    /// <summary>Like <see cref="Parse"/>, reporting bad input through <paramref name="error"/>.</summary>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out ReluExpression? expression,
        [NotNullWhen(false)] out ReluParseException? error)
    {
        if (ReluParser.TryParse(text, out var parsed, out var failure))
        {
            expression = new ReluExpression(parsed!);
            error = null;
            return true;
        }

        expression = null;
        error = failure!;
        return false;
    }
}
