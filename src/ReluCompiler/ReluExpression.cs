using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;
using ReluCompiler.Emit;
using ReluCompiler.Emit.CSharp;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser;

namespace ReluCompiler;

/// <summary>
/// A parsed expression: its source, its exact IR and its inputs. Immutable and safe to share.
/// Evaluation here is the reference interpreter; <c>Compile</c> gives a fast delegate.
/// </summary>
public sealed class ReluExpression
{
    internal ReluExpression(ParsedExpression parsed)
    {
        Source = parsed.Source;
        Sum = parsed.Sum;
        Inputs = parsed.Variables;
    }

    /// <summary>An expression read from a network file: its inputs keep the network's column order.</summary>
    internal ReluExpression(string source, ReluSum sum, ImmutableArray<string> inputs)
    {
        Source = source;
        Sum = sum;
        Inputs = inputs;
    }

    /// <summary>The text it was parsed from.</summary>
    public string Source { get; }

    /// <summary>The exact IR: an affine part plus ReLU terms, in the order written.</summary>
    public ReluSum Sum { get; }

    /// <summary>The inputs in input order (declared, else the variables in natural order; a network file's column order): the order points are given in.</summary>
    public ImmutableArray<string> Inputs { get; }

    private CanonicalForm? _canonical;

    /// <summary>Exact value at a point given in input order.</summary>
    public Fraction Evaluate(params Fraction[] point) => Sum.Evaluate(Bind(point));

    /// <summary>Double value at a point given in input order (reference interpreter: the written sum in doubles).</summary>
    public double Evaluate(params double[] point) => Sum.Evaluate(Bind(point));

    private CorrectlyRoundedEvaluator? _correctlyRounded;

    /// <summary>
    /// The exact value at a double point (input order) rounded once to the nearest double: what <c>relu eval</c>
    /// prints. Fast doubles with a rigorous error bound, exact rationals only when the bound cannot decide.
    /// </summary>
    public double EvaluateCorrectlyRounded(params double[] point) => CorrectlyRounded.Evaluate(point);

    /// <summary>The reusable, thread-safe evaluator behind <see cref="EvaluateCorrectlyRounded"/>.</summary>
    public CorrectlyRoundedEvaluator CorrectlyRounded => _correctlyRounded ??= CorrectlyRoundedEvaluator.Create(Canonical, Inputs);

    /// <summary>
    /// The canonical form (DESIGN §3): two expressions are the same function exactly when their
    /// canonical forms are equal. Its text parses back to itself.
    /// </summary>
    public CanonicalForm Canonical => _canonical ??= CanonicalForm.FromReluSum(Sum);

    /// <summary>The one-hidden-layer network with the fewest hidden units, and whether that minimum is proven.</summary>
    public SmallestNetworkResult SmallestNetwork() => NetworkBuilder.Smallest(Sum, Inputs);

    /// <summary>
    /// The network as written: one hidden unit per σ in the order written. With
    /// <paramref name="constantsAsUnits"/>, a constant is drawn the blog's way as a unit σ(0·x + c).
    /// </summary>
    public Network AsWrittenNetwork(bool constantsAsUnits = false) => NetworkBuilder.AsWritten(Sum, Inputs, constantsAsUnits);

    /// <summary>
    /// Compiles the smallest network to IL: <c>Relu.Parse("σ(x-1) + 1").Compile().Invoke(2.0)</c> is 2.
    /// The strategy (straight-line sum, loop, or piece table for many breakpoints) is chosen by size unless forced.
    /// </summary>
    public CompiledNetwork Compile(EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        IlCompiler.Compile(SmallestNetwork().Network, strategy);

    /// <summary>C# source for the smallest network, built with Roslyn; the header names this expression.</summary>
    public string EmitCSharp(CSharpEmitOptions? options = null) =>
        CSharpEmitter.Emit(SmallestNetwork().Network, (options ?? new CSharpEmitOptions()) with { SourceExpression = options?.SourceExpression ?? Source });

    /// <summary>
    /// The one-variable canonical form c + m·x + Σ dₖ·σ(x − tₖ), for breakpoints and pieces;
    /// throws <see cref="InvalidOperationException"/> when the expression has several inputs.
    /// </summary>
    public UnivariateForm ToUnivariate()
    {
        if (Inputs.Length > 1)
        {
            throw new InvalidOperationException(
                $"`{Source}` has inputs {string.Join(", ", Inputs)}; this needs a function of one variable.");
        }

        var form = UnivariateForm.FromReluSum(Sum);
        return Inputs.IsEmpty || form.Variable is not null ? form : UnivariateForm.FromConstant(form.Constant, Inputs[0]);
    }

    /// <summary>
    /// Exact analysis on <paramref name="domain"/> (the real line when null; with several inputs, the box
    /// [A, B]ⁿ): range and where it is reached, zeros, signs, monotone parts, Lipschitz constant, convexity.
    /// One input is exact throughout; several inputs say which parts are exact and which are bounds.
    /// </summary>
    public FunctionAnalysis Analyze(AnalysisDomain? domain = null) => FunctionAnalysis.Of(Canonical, Inputs, domain);

    /// <inheritdoc />
    public override string ToString() => Source;

    private Dictionary<string, T> Bind<T>(T[] point)
    {
        if (point.Length != Inputs.Length)
        {
            throw new ArgumentException(
                $"The expression takes {Inputs.Length} input(s) ({string.Join(", ", Inputs)}) but {point.Length} value(s) were given.",
                nameof(point));
        }

        var bound = new Dictionary<string, T>(Inputs.Length, StringComparer.Ordinal);
        for (var i = 0; i < point.Length; i++)
        {
            bound[Inputs[i]] = point[i];
        }

        return bound;
    }
}
