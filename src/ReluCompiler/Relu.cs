using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ReluCompiler.CSharp;
using ReluCompiler.Emit;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
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
    /// <summary>The compiled networks <see cref="Compile(string, EvaluationStrategy)"/> and <see cref="ReluExpression.Compile(EvaluationStrategy)"/> share (256 entries).</summary>
    public static CompileCache Cache { get; } = new(256);

    /// <summary>Parses an expression such as <c>σ(x-0) - σ(x-1)</c>.</summary>
    /// <param name="text">The expression: plain, Unicode or LaTeX.</param>
    /// <returns>The parsed expression; its inputs are its variables in natural order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression, or passes a limit; the exception carries line and column.</exception>
    public static ReluExpression Parse(string text) => new(ReluParser.Parse(text));

    /// <summary>
    /// A network (read from ONNX or JSON by <c>ReluCompiler.Interchange</c>, or built in code) as an expression like
    /// <see cref="Parse(string)"/> gives: its sum is a₁·σ(w₁·x + b₁) + … + c in unit order, its inputs the network's in
    /// the network's order, and <paramref name="source"/> names where it came from (a file name, say).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The network's function as an expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static ReluExpression FromNetwork(Network network, string source)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new ReluExpression(source, network.ToReluSum(), network.Inputs);
    }

    /// <summary>
    /// Parses with the inputs and their order given: <c>Relu.Parse("σ(x - y)", inputs: ["y", "x"])</c> takes
    /// points as (y, x). Declared inputs may be absent from the text (a constant is a function of them);
    /// a variable that is not declared is a <see cref="ReluParseException"/> at its position.
    /// </summary>
    /// <param name="text">The expression: plain, Unicode or LaTeX.</param>
    /// <param name="inputs">The inputs in the order a point gives them; null takes them from the text, as <see cref="Parse(string)"/> does.</param>
    /// <returns>The parsed expression with <paramref name="inputs"/> as its inputs.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> has a name twice, a function name or a non-identifier (<see cref="ReluParser.CheckInputs"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression, or uses a variable not in <paramref name="inputs"/>; the exception carries line and column.</exception>
    public static ReluExpression Parse(string text, IReadOnlyList<string> inputs) => new(ReluParser.Parse(text, inputs));

    /// <summary>
    /// The two sides of an equation <c>A = B</c> (or <c>f(x) = A = B</c>), for <see cref="Equivalent(ReluExpression, ReluExpression)"/>.
    /// </summary>
    /// <param name="text">The equation, with one <c>=</c> between the sides (two with a definition head).</param>
    /// <param name="inputs">The inputs of both sides in the order a point gives them, or null to take them from the head or each side's text.</param>
    /// <returns>The two sides as expressions, each with its own text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> has a name twice, a function name or a non-identifier.</exception>
    /// <exception cref="ReluParseException">The text is not an equation of two valid expressions; the exception carries line and column.</exception>
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

    /// <summary>
    /// Text to a compiled network with a strategy, a tier and a promotion threshold:
    /// <c>Relu.Compile(text, new CompileOptions(Tier: ReluTier.Interpreted))</c> never emits IL.
    /// </summary>
    /// <param name="text">The expression.</param>
    /// <param name="options">Strategy, tier and promotion threshold.</param>
    /// <returns>Typed and span delegates and a vectorized batch over the expression's smallest network.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    /// <exception cref="ArgumentException">The piece table is forced on an expression without exactly one input.</exception>
    /// <exception cref="PlatformNotSupportedException"><see cref="ReluTier.Compiled"/> is forced without dynamic code (NativeAOT).</exception>
    public static CompiledNetwork Compile(string text, CompileOptions options) => Parse(text).Compile(options);

    /// <summary>Like <see cref="Compile{TDelegate}(string)"/> with a strategy, a tier and a promotion threshold.</summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <param name="text">The expression.</param>
    /// <param name="options">Strategy, tier and promotion threshold.</param>
    /// <returns>The delegate.</returns>
    /// <exception cref="ReluParseException">The text is not a valid expression.</exception>
    /// <exception cref="InputCountException">The delegate's parameter count is not the expression's input count.</exception>
    /// <exception cref="ArgumentException">The delegate is not a function of doubles returning double, or takes more than 16 parameters.</exception>
    public static TDelegate Compile<TDelegate>(string text, CompileOptions options)
        where TDelegate : Delegate => Parse(text).Compile<TDelegate>(options);

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

    /// <summary>
    /// Where two expressions differ on <paramref name="domain"/> (the real line when null) and by how much:
    /// one input, interval by interval with the largest |A − B| and where; several, on the box [A, B]ⁿ.
    /// </summary>
    /// <param name="left">The first expression.</param>
    /// <param name="right">The second expression.</param>
    /// <param name="domain">Where to compare; the real line when null.</param>
    /// <returns>The intervals (or box) where they differ, with the largest difference and where it is.</returns>
    /// <exception cref="ArgumentNullException">An expression is null.</exception>
    public static DifferenceAnalysis Diff(ReluExpression left, ReluExpression right, AnalysisDomain? domain = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return DifferenceAnalysis.Of(left.Canonical, right.Canonical, VariableOrder.Union(left.Inputs, right.Inputs), domain);
    }

    /// <summary>Like <see cref="Diff(ReluExpression, ReluExpression, AnalysisDomain?)"/> on text.</summary>
    /// <param name="left">The first expression's text.</param>
    /// <param name="right">The second expression's text.</param>
    /// <param name="domain">Where to compare; the real line when null.</param>
    /// <returns>The intervals (or box) where they differ, with the largest difference and where it is.</returns>
    /// <exception cref="ReluParseException">A text does not parse.</exception>
    public static DifferenceAnalysis Diff(string left, string right, AnalysisDomain? domain = null) => Diff(Parse(left), Parse(right), domain);

    /// <summary>
    /// The network through exact points, or with <paramref name="maxUnits"/> the best
    /// fit with at most that many hidden units, by dynamic programming on the largest error at the points.
    /// </summary>
    /// <param name="points">The points (x, y), exact; x values distinct.</param>
    /// <param name="maxUnits">At most this many hidden units, or null for the exact interpolant.</param>
    /// <param name="variable">The input's name in the result.</param>
    /// <returns>The fitted expression, its smallest network and its largest error at the points.</returns>
    /// <exception cref="ArgumentException">No points, one x with two values, or too many points for a budget.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxUnits"/> is negative.</exception>
    public static FitResult Fit(IReadOnlyList<DataPoint> points, int? maxUnits = null, string variable = "x") =>
        PointFit.Fit(points, maxUnits, variable);

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
