using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ReluCompiler.CSharp;
using ReluCompiler.Emit;
using ReluCompiler.Ir;
using ReluCompiler.Parser;

namespace ReluCompiler;

/// <summary>
/// The one obvious entry point: text in, fast delegates, exact answers, networks and C# out.
/// <code>
/// var f = Relu.Compile&lt;Func&lt;double, double&gt;&gt;("σ(x-1) + 1");
/// double y = f(2.0);          // 2
/// </code>
/// </summary>
public static class Relu
{
    /// <summary>The compiled networks <see cref="Compile(string, EvaluationStrategy)"/> and <see cref="ReluExpression.Compile"/> share (256 entries).</summary>
    public static CompileCache Cache { get; } = new(256);

    /// <summary>Parses an expression such as <c>σ(x-0) - σ(x-1)</c>.</summary>
    /// <param name="text">The expression: plain, Unicode or LaTeX.</param>
    /// <returns>The parsed expression; its inputs are its variables in natural order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression, or passes a limit; the exception carries line and column.</exception>
    public static ReluExpression Parse(string text) => new(ReluParser.Parse(text));

    /// <summary>
    /// Parses with the inputs and their order given: <c>Relu.Parse("σ(x - y)", inputs: ["y", "x"])</c> takes
    /// points as (y, x). Declared inputs may be absent from the text (a constant is a function of them);
    /// a variable that is not declared is a <see cref="ReluParseException"/> at its position.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> has a name twice, a function name or a non-identifier (<see cref="ReluParser.CheckInputs"/>).</exception>
    public static ReluExpression Parse(string text, IReadOnlyList<string> inputs) => new(ReluParser.Parse(text, inputs));

    /// <summary>
    /// The two sides of an equation <c>A = B</c> (or <c>f(x) = A = B</c>), for <see cref="Equivalent(ReluExpression, ReluExpression)"/>.
    /// </summary>
    public static (ReluExpression Left, ReluExpression Right) ParseEquation(string text, IReadOnlyList<string>? inputs = null)
    {
        var equation = ReluParser.ParseEquation(text, inputs);
        return (new ReluExpression(equation.Left), new ReluExpression(equation.Right));
    }

    /// <summary>
    /// Text to a compiled network in one call, cached by canonical form: <c>Relu.Compile("σ(x-1) + 1").Invoke(2.0)</c> is 2.
    /// </summary>
    /// <param name="text">The expression.</param>
    /// <param name="strategy">A strategy to force, or <see cref="EvaluationStrategy.Automatic"/> to let the evaluation plan choose.</param>
    /// <returns>Typed and span delegates and a vectorized batch over the expression's smallest network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    /// <exception cref="ArgumentException">The piece table is forced on an expression without exactly one input.</exception>
    public static CompiledNetwork Compile(string text, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Parse(text).Compile(strategy);

    /// <summary>
    /// Text to a typed delegate: <c>Relu.Compile&lt;Func&lt;double, double, double&gt;&gt;("max(x, y)")</c>, one
    /// parameter per input in input order (up to 16), or <see cref="SpanEvaluator"/> for any number.
    /// </summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <param name="text">The expression.</param>
    /// <returns>The delegate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    /// <exception cref="InputCountException">The delegate's parameter count is not the expression's input count.</exception>
    /// <exception cref="ArgumentException">The delegate is not a function of doubles returning double, or takes more than 16 parameters.</exception>
    public static TDelegate Compile<TDelegate>(string text)
        where TDelegate : Delegate => Parse(text).Compile<TDelegate>();

    /// <summary>C# source for the expression's smallest network (<c>public static double Evaluate(double x)</c> in a static class).</summary>
    /// <param name="text">The expression, also quoted in the file's header.</param>
    /// <param name="options">Class name, namespace and strategy; null for the defaults.</param>
    /// <returns>A complete C# file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    /// <exception cref="ArgumentException">A name in <paramref name="options"/> or an input name is not a safe C# identifier.</exception>
    public static string EmitCSharp(string text, CSharpEmitOptions? options = null) => Parse(text).EmitCSharp(options);

    /// <summary>The canonical form of an expression: <c>σ(1 × x - 1) + σ(0 × x + 1)</c> gives <c>1 + σ(x - 1)</c>.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The canonical form; its text parses back to itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    public static CanonicalForm Canonicalize(string text) => Parse(text).Canonical;

    /// <summary>
    /// Decides exactly whether two expressions are the same function. When they are not, the result
    /// carries a witness: an exact point where they differ, with both exact values.
    /// </summary>
    /// <param name="left">The first expression.</param>
    /// <param name="right">The second expression.</param>
    /// <returns>Equal, or a witness of the difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ReluParseException">A text is not a valid expression.</exception>
    public static EquivalenceResult Equivalent(string left, string right) => Equivalent(Parse(left), Parse(right));

    /// <summary>
    /// Like <see cref="Equivalent(string, string)"/> for parsed expressions; the witness names every input of
    /// either, in the order of the side whose inputs include the other's, else in natural order.
    /// </summary>
    /// <param name="left">The first expression.</param>
    /// <param name="right">The second expression.</param>
    /// <returns>Equal, or a witness of the difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EquivalenceResult Equivalent(ReluExpression left, ReluExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Equivalence.Compare(left.Sum, right.Sum, VariableOrder.Union(left.Inputs, right.Inputs));
    }

    /// <summary>Like <see cref="Parse(string)"/>, reporting bad input through <paramref name="error"/> instead of throwing.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="expression">The parsed expression, when it parses.</param>
    /// <param name="error">The located error, when it does not.</param>
    /// <returns>Whether the text parsed.</returns>
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
