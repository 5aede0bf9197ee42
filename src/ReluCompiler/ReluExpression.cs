using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;
using System.Threading;
using ReluCompiler.CSharp;
using ReluCompiler.Emit;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Parser;

namespace ReluCompiler;

/// <summary>
/// A parsed expression: its source, its exact IR and its inputs. Immutable and safe to share.
/// <see cref="Compile{TDelegate}()"/> gives a fast delegate; <see cref="EvaluateExact"/> the exact value;
/// <see cref="Evaluate"/> is the slow reference interpreter the compiled code is checked against.
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
    private SmallestNetworkResult? _smallest;
    private EvaluationNetwork? _evaluation;

    /// <summary>The exact value at a point given in input order: <c>EvaluateExact(new Fraction(1, 3))</c>.</summary>
    /// <param name="point">One exact value per input, in input order.</param>
    /// <returns>The exact rational value.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public Fraction EvaluateExact(params Fraction[] point) => Sum.Evaluate(Bind(point));

    /// <summary>
    /// The double value at a point given in input order, by the reference interpreter (about a microsecond a
    /// call: use <see cref="Compile{TDelegate}()"/> for speed).
    /// </summary>
    /// <param name="point">One value per input, in input order.</param>
    /// <returns>The written sum in doubles, each operation rounded; <see cref="EvaluateCorrectlyRounded"/> gives the exact value rounded once.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public double Evaluate(params double[] point) => Sum.Evaluate(Bind(point));

    private CorrectlyRoundedEvaluator? _correctlyRounded;

    /// <summary>
    /// The exact value at a double point (input order) rounded once to the nearest double: what <c>relu eval</c>
    /// prints. Fast doubles with a rigorous error bound, exact rationals only when the bound cannot decide.
    /// </summary>
    /// <param name="point">One value per input, in input order.</param>
    /// <returns>The correctly rounded value (ties to even); ±∞ past the double range; NaN for a NaN input.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public double EvaluateCorrectlyRounded(params double[] point) => CorrectlyRounded.Evaluate(point);

    /// <summary>The reusable, thread-safe evaluator behind <see cref="EvaluateCorrectlyRounded"/>.</summary>
    public CorrectlyRoundedEvaluator CorrectlyRounded => _correctlyRounded ??= CorrectlyRoundedEvaluator.Create(Canonical, Inputs);

    /// <summary>
    /// The canonical form: two expressions are the same function exactly when their canonical forms are
    /// equal. Its text parses back to itself. Computed once.
    /// </summary>
    public CanonicalForm Canonical => _canonical ??= CanonicalForm.FromReluSum(Sum);

    /// <summary>The one-hidden-layer network with the fewest hidden units, and whether that minimum is proven; computed once.</summary>
    /// <returns>The same result on every call.</returns>
    public SmallestNetworkResult SmallestNetwork()
    {
        if (Volatile.Read(ref _smallest) is { } known)
        {
            return known;
        }

        // Two racing threads may both compute it; both then return the first one stored.
        Interlocked.CompareExchange(ref _smallest, NetworkBuilder.Smallest(Sum, Canonical, Inputs), null);
        return _smallest!;
    }

    /// <summary>
    /// The network the compiled engines evaluate (<see cref="Compile(EvaluationStrategy)"/>, <see cref="EmitCSharp"/>):
    /// the smallest one, unless a kink is far and it would cancel near the origin (<see cref="Ir.EvaluationNetwork"/>);
    /// its note says how they evaluate instead. Computed once.
    /// </summary>
    /// <returns>The same result on every call.</returns>
    public EvaluationNetwork EvaluationNetwork() =>
        _evaluation ??= Ir.EvaluationNetwork.Choose(SmallestNetwork().Network, Canonical);

    /// <summary>
    /// The network as written: one hidden unit per σ in the order written. With
    /// <paramref name="constantsAsUnits"/>, a constant is drawn the blog's way as a unit σ(0·x + c).
    /// </summary>
    /// <param name="constantsAsUnits">Whether a constant becomes a unit σ(0·x + c).</param>
    /// <returns>The network.</returns>
    public Network AsWrittenNetwork(bool constantsAsUnits = false) => NetworkBuilder.AsWritten(Sum, Inputs, constantsAsUnits);

    /// <summary>
    /// Compiles <see cref="EvaluationNetwork"/> (the smallest network unless a far kink makes it cancel), through
    /// <see cref="Relu.Cache"/>: another spelling of the same function gets the same compiled network. The evaluation
    /// plan chooses the strategy (straight-line sum, loop, or piece table for many breakpoints or a far kink) unless
    /// one is forced; <see cref="CompiledNetwork.ErrorBound"/> states the error at each point. The first tier answers
    /// at once and promotes itself to IL after <see cref="CompiledNetwork.DefaultPromotionThreshold"/> calls.
    /// </summary>
    /// <param name="strategy">A strategy to force, or <see cref="EvaluationStrategy.Automatic"/>.</param>
    /// <returns>Typed and span delegates and a vectorized batch.</returns>
    /// <exception cref="ArgumentException">The piece table is forced on an expression without exactly one input.</exception>
    public CompiledNetwork Compile(EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Compile(strategy == EvaluationStrategy.Automatic ? CompileOptions.Default : new CompileOptions(strategy));

    /// <summary>Like <see cref="Compile(EvaluationStrategy)"/> with a strategy, a tier and a promotion threshold.</summary>
    /// <param name="options">Strategy, tier and promotion threshold.</param>
    /// <returns>Typed and span delegates and a vectorized batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The piece table is forced on an expression without exactly one input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The promotion threshold is negative.</exception>
    /// <exception cref="PlatformNotSupportedException"><see cref="ReluTier.Compiled"/> is forced without dynamic code (NativeAOT).</exception>
    public CompiledNetwork Compile(CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Relu.Cache.GetOrCompile(
            new CompileKey(string.Join("\u0001", Inputs), options, Canonical),
            () => CompiledNetwork.Compile(EvaluationPlan.For(EvaluationNetwork().Network, options.Strategy), options.Tier, options.PromotionThreshold));
    }

    /// <summary>
    /// A typed delegate: <c>Compile&lt;Func&lt;double, double&gt;&gt;()</c>, one parameter per input in input order
    /// (up to 16), or <see cref="SpanEvaluator"/> for any number of inputs.
    /// </summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <returns>The delegate (the same instance for the same function and type while cached).</returns>
    /// <exception cref="InputCountException">The delegate's parameter count is not the input count.</exception>
    /// <exception cref="ArgumentException">The delegate is not a function of doubles returning double, or takes more than 16 parameters.</exception>
    public TDelegate Compile<TDelegate>()
        where TDelegate : Delegate => Compile().As<TDelegate>();

    /// <summary>Like <see cref="Compile{TDelegate}()"/> with a strategy, a tier and a promotion threshold.</summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <param name="options">Strategy, tier and promotion threshold.</param>
    /// <returns>The delegate.</returns>
    /// <exception cref="InputCountException">The delegate's parameter count is not the input count.</exception>
    /// <exception cref="ArgumentException">The delegate is not a function of doubles returning double, or takes more than 16 parameters.</exception>
    public TDelegate Compile<TDelegate>(CompileOptions options)
        where TDelegate : Delegate => Compile(options).As<TDelegate>();

    /// <summary>C# source for <see cref="EvaluationNetwork"/>, written from the same evaluation plan as the IL; the header quotes this expression and states the error.</summary>
    /// <param name="options">Class name, namespace and strategy; null for the defaults.</param>
    /// <returns>A complete C# file.</returns>
    /// <exception cref="ArgumentException">A name in <paramref name="options"/> or an input name is not a safe C# identifier.</exception>
    public string EmitCSharp(CSharpEmitOptions? options = null) =>
        CSharpEmitter.Emit(EvaluationNetwork().Network, (options ?? new CSharpEmitOptions()) with { SourceExpression = options?.SourceExpression ?? Source });

    /// <summary>The canonical form c + m·x + Σ dₖ·σ(x − tₖ) as a one-variable function: its breakpoints and pieces.</summary>
    /// <returns>The view of <see cref="Canonical"/>, naming the expression's one input (if any).</returns>
    /// <exception cref="InvalidOperationException">The expression has several inputs.</exception>
    public UnivariateView ToUnivariate()
    {
        if (Inputs.Length > 1)
        {
            throw new InvalidOperationException(
                $"`{Source}` has inputs {string.Join(", ", Inputs)}; this needs a function of one variable.");
        }

        return Canonical.ToUnivariate(Inputs.IsEmpty ? null : Inputs[0]);
    }

    /// <summary>
    /// Exact analysis on <paramref name="domain"/> (the real line when null; with several inputs, the box
    /// [A, B]ⁿ): range and where it is reached, zeros, signs, monotone parts, Lipschitz constant, convexity.
    /// One input is exact throughout; several inputs say which parts are exact and which are bounds.
    /// </summary>
    /// <param name="domain">The interval every input ranges over; the whole space when null.</param>
    /// <returns>The one-variable analysis for at most one input, else the several-variable one, with points in <see cref="Inputs"/> order.</returns>
    public FunctionAnalysis Analyze(AnalysisDomain? domain = null) => FunctionAnalysis.Of(Canonical, Inputs, domain);

    /// <inheritdoc />
    public override string ToString() => Source;

    private Dictionary<string, T> Bind<T>(T[] point)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (point.Length != Inputs.Length)
        {
            throw new InputCountException(Inputs, point.Length, nameof(point));
        }

        var bound = new Dictionary<string, T>(Inputs.Length, StringComparer.Ordinal);
        for (var i = 0; i < point.Length; i++)
        {
            bound[Inputs[i]] = point[i];
        }

        return bound;
    }
}
