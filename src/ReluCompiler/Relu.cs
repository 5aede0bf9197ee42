using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ReluCompiler.Emit;
using ReluCompiler.Emit.CSharp;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
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

    /// <summary>
    /// A network (read from ONNX or JSON by <c>ReluCompiler.Interchange</c>, or built in code) as an expression like
    /// <see cref="Parse(string)"/> gives: its sum is a₁·σ(w₁·x + b₁) + … + c in unit order, its inputs the network's in
    /// the network's order, and <paramref name="source"/> names where it came from (a file name, say).
    /// </summary>
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
    /// Text to a fast delegate in one call: <c>Relu.Compile("σ(x-1) + 1").Invoke(2.0)</c> is 2. The result
    /// also has <c>Unary</c>/<c>Binary</c>/<c>Span</c> delegates and a vectorized batch <c>Evaluate(xs, ys)</c>.
    /// </summary>
    public static CompiledNetwork Compile(string text, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Parse(text).Compile(strategy);

    /// <summary>C# source for the expression's smallest network (<c>public static double Evaluate(double x)</c> in a static class).</summary>
    public static string EmitCSharp(string text, CSharpEmitOptions? options = null) => Parse(text).EmitCSharp(options);

    /// <summary>The canonical form of an expression: <c>σ(1 × x - 1) + σ(0 × x + 1)</c> gives <c>1 + σ(x - 1)</c>.</summary>
    public static CanonicalForm Canonicalize(string text) => Parse(text).Canonical;

    /// <summary>
    /// Decides exactly whether two expressions are the same function. When they are not, the result
    /// carries a witness: an exact point where they differ, with both exact values.
    /// </summary>
    public static EquivalenceResult Equivalent(string left, string right) => Equivalent(Parse(left), Parse(right));

    /// <summary>
    /// Like <see cref="Equivalent(string, string)"/> for parsed expressions; the witness names every input of
    /// either, in the order of the side whose inputs include the other's, else in natural order.
    /// </summary>
    public static EquivalenceResult Equivalent(ReluExpression left, ReluExpression right) =>
        Equivalence.Compare(left.Sum, right.Sum, VariableOrder.Union(left.Inputs, right.Inputs));

    /// <summary>
    /// Where two expressions differ on <paramref name="domain"/> (the real line when null) and by how much:
    /// one input, interval by interval with the largest |A − B| and where; several, on the box [A, B]ⁿ.
    /// </summary>
    public static DifferenceAnalysis Diff(ReluExpression left, ReluExpression right, AnalysisDomain? domain = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var inputs = VariableOrder.Union(left.Inputs, right.Inputs);
        if (inputs.Count <= 1)
        {
            var name = inputs.Count == 0 ? null : inputs[0];
            return DifferenceAnalysis.Of(OneVariable(left, name), OneVariable(right, name), domain);
        }

        return DifferenceAnalysis.Of(left.Canonical, right.Canonical, inputs, domain);
    }

    /// <summary>Like <see cref="Diff(ReluExpression, ReluExpression, AnalysisDomain?)"/> on text.</summary>
    public static DifferenceAnalysis Diff(string left, string right, AnalysisDomain? domain = null) => Diff(Parse(left), Parse(right), domain);

    /// <summary>
    /// The network through exact points (DESIGN §3, interpolation), or with <paramref name="maxUnits"/> the best
    /// fit with at most that many hidden units, by dynamic programming on the largest error at the points.
    /// </summary>
    public static FitResult Fit(IReadOnlyList<DataPoint> points, int? maxUnits = null, string variable = "x") =>
        PointFit.Fit(points, maxUnits, variable);

    private static UnivariateForm OneVariable(ReluExpression expression, string? name)
    {
        var form = UnivariateForm.FromReluSum(expression.Sum);
        return form.Variable is null && name is not null ? UnivariateForm.FromConstant(form.Constant, name) : form;
    }

    /// <summary>Like <see cref="Parse(string)"/>, reporting bad input through <paramref name="error"/>.</summary>
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
