using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReluCompiler.Emit.Il;
using ReluCompiler.Emit.Kernels;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>
/// A network compiled from its <see cref="EvaluationPlan"/>: typed delegates of any arity up to 16
/// (<see cref="As{TDelegate}"/>), a span delegate for any input count, and a vectorized batch
/// (<see cref="Evaluate(ReadOnlySpan{double}, Span{double})"/>). Safe to share between threads.
/// <para>
/// Two tiers (<see cref="ReluTier"/>): precompiled kernels over the plan's arrays answer at once, IL emitted for
/// this network answers fastest after one JIT; with <see cref="ReluTier.Auto"/> the first promotes itself to the
/// second on a background thread after <see cref="PromotionThreshold"/> calls. Both give the same doubles for the
/// same plan (NaN payloads aside). Sum strategies agree bit for bit with
/// <see cref="Network.Evaluate(ReadOnlySpan{double})"/>; the piece-table strategy with <see cref="PieceTable.Evaluate"/>.
/// The batch gives the same doubles as calling <see cref="Invoke(ReadOnlySpan{double})"/> on each point (NaN payloads aside).
/// </para>
/// </summary>
public sealed partial class CompiledNetwork
{
    private readonly IlClosure _closure;
    private readonly ConcurrentDictionary<Type, Lazy<Delegate>> _delegates = new();
    private readonly Lazy<string> _listing;
    private bool _precompiled;

    internal CompiledNetwork(EvaluationPlan plan, ReluTier tier, int promotionThreshold)
    {
        Plan = plan;
        _closure = new IlClosure(plan);
        _listing = new Lazy<string>(ListingOfFirstShape);
        RequestedTier = tier;
        PromotionThreshold = promotionThreshold;
        _first = CreateFirstTier(out _promotion);
        if (_promotion is not null && promotionThreshold == 0)
        {
            RequestPromotion();
        }
    }

    /// <summary>
    /// Compiles a plan. With <see cref="ReluTier.Compiled"/> each IL delegate is emitted when first asked for;
    /// otherwise the first-tier delegates are ready at once.
    /// </summary>
    /// <param name="plan">The evaluation plan (<see cref="EvaluationPlan.For"/>).</param>
    /// <param name="tier">Which tier runs: both in turn (<see cref="ReluTier.Auto"/>), or one forced.</param>
    /// <param name="promotionThreshold">With <see cref="ReluTier.Auto"/>, the calls of one network after which the IL is emitted on a background thread (0: at once).</param>
    /// <returns>The compiled network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="promotionThreshold"/> is negative, or <paramref name="tier"/> is not a tier.</exception>
    /// <exception cref="PlatformNotSupportedException"><see cref="ReluTier.Compiled"/> is forced where the runtime cannot run dynamic code (NativeAOT).</exception>
    public static CompiledNetwork Compile(EvaluationPlan plan, ReluTier tier = ReluTier.Auto, int promotionThreshold = DefaultPromotionThreshold)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(promotionThreshold);
        if (tier is not (ReluTier.Auto or ReluTier.Interpreted or ReluTier.Compiled))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tier: use Auto, Interpreted or Compiled.");
        }

        if (tier == ReluTier.Compiled && !RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new PlatformNotSupportedException(
                "The compiled tier emits IL, and this runtime cannot run dynamic code (NativeAOT): use ReluTier.Interpreted or ReluTier.Auto.");
        }

        return new CompiledNetwork(plan, tier, promotionThreshold);
    }

    /// <summary>The plan this was compiled from: strategy and arrays.</summary>
    public EvaluationPlan Plan { get; }

    /// <summary>
    /// A rigorous bound on the distance between what every delegate and the batch compute at
    /// <paramref name="point"/> and the network's exact value (<see cref="EvaluationPlan.ErrorBound"/>).
    /// </summary>
    /// <param name="point">One finite value per input, in input order (otherwise +∞ is returned).</param>
    /// <returns>A double ≥ 0, or +∞ when nothing can be promised.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public double ErrorBound(ReadOnlySpan<double> point) => Plan.ErrorBound(point);

    /// <summary>The network this was compiled from.</summary>
    public Network Network => Plan.Network;

    /// <summary>The strategy actually used (never <see cref="EvaluationStrategy.Automatic"/>).</summary>
    public EvaluationStrategy Strategy => Plan.Strategy;

    /// <summary>
    /// The IL of the typed delegate (one or two inputs: <c>Func&lt;double, double&gt;</c> or
    /// <c>Func&lt;double, double, double&gt;</c>), else of the span delegate (argument 0 is the bound closure), one instruction a line.
    /// </summary>
    public string IlListing => _listing.Value;

    /// <summary>The number of inputs.</summary>
    public int InputCount => Plan.InputCount;

    /// <summary>The one-input delegate.</summary>
    /// <exception cref="InputCountException">The network does not have exactly one input.</exception>
    public Func<double, double> Unary => As<Func<double, double>>();

    /// <summary>The two-input delegate, inputs in input order.</summary>
    /// <exception cref="InputCountException">The network does not have exactly two inputs.</exception>
    public Func<double, double, double> Binary => As<Func<double, double, double>>();

    /// <summary>The delegate over a span of inputs in input order (any input count; the length is checked on every call).</summary>
    public SpanEvaluator Span => As<SpanEvaluator>();

    /// <summary>
    /// The network as a delegate of type <typeparamref name="TDelegate"/>, made on first use and cached:
    /// <c>Func&lt;double, …, double&gt;</c> with one parameter per input (up to 16), any other delegate of that
    /// signature, or <see cref="SpanEvaluator"/>. Before promotion it is a first-tier delegate (which itself
    /// forwards to the IL once promoted); after, the IL delegate.
    /// </summary>
    /// <typeparam name="TDelegate">The delegate type.</typeparam>
    /// <returns>The delegate; the same instance on every call within one tier.</returns>
    /// <exception cref="InputCountException">The delegate has a different number of parameters than the network has inputs.</exception>
    /// <exception cref="ArgumentException">The delegate is not a function of doubles returning double, or the network has more than 16 inputs.</exception>
    public TDelegate As<TDelegate>()
        where TDelegate : Delegate =>
        Tier == ReluTier.Compiled ? CompiledAs<TDelegate>() : FirstTierAs<TDelegate>();

    /// <summary>The IL delegate of type <typeparamref name="TDelegate"/>, emitted once.</summary>
    private TDelegate CompiledAs<TDelegate>()
        where TDelegate : Delegate
    {
        var lazy = _delegates.GetOrAdd(typeof(TDelegate), _ => new Lazy<Delegate>(CreateDelegate<TDelegate>));
        try
        {
            return (TDelegate)lazy.Value;
        }
        catch (ArgumentException)
        {
            // Do not keep a failed shape: the next call throws the same error afresh.
            _delegates.TryRemove(typeof(TDelegate), out _);
            throw;
        }
    }

    /// <summary>f(x) for a one-input network.</summary>
    /// <param name="x">The input.</param>
    /// <returns>The network's value.</returns>
    /// <exception cref="InputCountException">The network does not have exactly one input.</exception>
    public double Invoke(double x) => Unary(x);

    /// <summary>f(x, y) for a two-input network, in input order.</summary>
    /// <param name="x">The first input.</param>
    /// <param name="y">The second input.</param>
    /// <returns>The network's value.</returns>
    /// <exception cref="InputCountException">The network does not have exactly two inputs.</exception>
    public double Invoke(double x, double y) => Binary(x, y);

    /// <summary>f at one point, inputs in input order.</summary>
    /// <param name="inputs">One value per input.</param>
    /// <returns>The network's value.</returns>
    /// <exception cref="InputCountException">The span's length is not <see cref="InputCount"/>.</exception>
    public double Invoke(ReadOnlySpan<double> inputs) => Span(inputs);

    /// <summary>
    /// The network at many points: <paramref name="points"/> holds them row by row (<see cref="InputCount"/>
    /// values each, in input order; for one input simply the xs), and <c>results[i]</c> receives f at point i.
    /// One input runs Vector256 kernels: the sum form lane by lane in the contract order, or the piece table
    /// with gathered (AVX2) loads.
    /// </summary>
    /// <param name="points">The points, row-major.</param>
    /// <param name="results">One value per point.</param>
    /// <exception cref="ArgumentException">The lengths do not agree (<c>points.Length != results.Length × InputCount</c>).</exception>
    public void Evaluate(ReadOnlySpan<double> points, Span<double> results)
    {
        var d = InputCount;
        if (d == 0 ? points.Length != 0 : points.Length != (long)results.Length * d)
        {
            throw new ArgumentException(
                $"{points.Length} values do not make {results.Length} points of {d} input(s); points must hold results.Length × {d} values, row by row.",
                nameof(points));
        }

        if (d == 1 && Plan.UsesPieceTable)
        {
            TableKernel.Evaluate(Plan.Table!, Plan.Knots, Plan.Pieces, points, results);
        }
        else if (d == 1)
        {
            SumKernel.Evaluate(Plan, points, results);
        }
        else
        {
            var span = Span;
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = span(points.Slice(i * d, d));
            }
        }
    }

    /// <summary>
    /// Whether the delegates run the precompiled evaluators instead of IL: on a runtime that cannot generate
    /// code (NativeAOT: <see cref="RuntimeFeature.IsDynamicCodeSupported"/> is false), or when asked for. Same
    /// bits as the IL either way; only speed differs (the sum form is a loop over arrays).
    /// </summary>
    public bool IsPrecompiled => _precompiled || !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>The same network evaluated without IL (tests compare it with the IL delegates).</summary>
    /// <remarks>Its own fallback (PrecompiledDelegates) behind the compiled path (Tier says Compiled); Relu.Compile answers from the first tier instead.</remarks>
    internal static CompiledNetwork Precompiled(EvaluationPlan plan) => new(plan, ReluTier.Compiled, promotionThreshold: 0) { _precompiled = true };

    private Delegate CreateDelegate<TDelegate>()
        where TDelegate : Delegate
    {
        if (_precompiled || !RuntimeFeature.IsDynamicCodeSupported)
        {
            return PrecompiledDelegates.Create(typeof(TDelegate), Plan);
        }

        return IlCompiler.CompileDelegate<TDelegate>(Plan, _closure, out _);
    }

    private string ListingOfFirstShape()
    {
        if (_precompiled || !RuntimeFeature.IsDynamicCodeSupported)
        {
            return "// no IL: this runtime cannot generate code; the precompiled evaluators run the plan";
        }

        string listing;
        switch (InputCount)
        {
            case 1:
                IlCompiler.CompileDelegate<Func<double, double>>(Plan, _closure, out listing);
                break;
            case 2:
                IlCompiler.CompileDelegate<Func<double, double, double>>(Plan, _closure, out listing);
                break;
            default:
                IlCompiler.CompileDelegate<SpanEvaluator>(Plan, _closure, out listing);
                break;
        }

        return listing;
    }
}
