using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ReluCompiler.Emit.Tiers;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>The tiers: first-tier delegates, promotion to IL, and which tier runs.</summary>
public sealed partial class CompiledNetwork
{
    /// <summary>
    /// Calls of one network after which <see cref="ReluTier.Auto"/> emits its IL in the background. About where
    /// the IL's JIT (tens of µs) is paid back by its faster calls (a few ns each; bench/README.md, tiers).
    /// </summary>
    public const int DefaultPromotionThreshold = 10_000;

    private static readonly Task<bool> NeverPromoted = Task.FromResult(false);
    private static readonly Task<bool> AlwaysCompiled = Task.FromResult(true);

    private readonly FirstTier? _first;
    private readonly TaskCompletionSource<bool>? _promotion;
    private ConcurrentDictionary<Type, Delegate>? _firstDelegates;
    private volatile bool _promoted;
    private int _promotionQueued;

    /// <summary>The tier asked for when compiling.</summary>
    public ReluTier RequestedTier { get; }

    /// <summary>With <see cref="ReluTier.Auto"/>, the calls after which the IL is emitted on a background thread (0: at once).</summary>
    public int PromotionThreshold { get; }

    /// <summary>The tier answering calls now: <see cref="ReluTier.Interpreted"/> or <see cref="ReluTier.Compiled"/>, never Auto.</summary>
    public ReluTier Tier => _first is null || _promoted ? ReluTier.Compiled : ReluTier.Interpreted;

    /// <summary>
    /// Completes with true once the IL answers calls (at once for <see cref="ReluTier.Compiled"/>), or with false
    /// at once when it never will (<see cref="ReluTier.Interpreted"/>, or no dynamic code); faults if emitting failed,
    /// in which case the first tier keeps answering.
    /// </summary>
    public Task<bool> Promotion => _first is null ? AlwaysCompiled : _promotion?.Task ?? NeverPromoted;

    /// <summary>Whether this network may move to the IL: <see cref="ReluTier.Auto"/> with dynamic code.</summary>
    private bool CanPromote => RequestedTier == ReluTier.Auto && RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// Promotes now, on this thread, without waiting for the threshold: emits the IL of the main shape, calls it
    /// once (so its JIT happens here), then every delegate handed out forwards to it.
    /// </summary>
    /// <returns>Whether the IL answers calls now: false for <see cref="ReluTier.Interpreted"/> or without dynamic code.</returns>
    public bool Promote()
    {
        if (_first is null)
        {
            return true;
        }

        if (!CanPromote)
        {
            return false;
        }

        // Only promotion takes this lock; calls never do.
        lock (_first)
        {
            if (!_promoted)
            {
                _first.Publish(EmitMainShape());
                _promoted = true;
            }
        }

        _promotion!.TrySetResult(true);
        return true;
    }

    /// <summary>The plan's strategy and the tier running, for listings and messages.</summary>
    /// <returns>For example "sum form, …; first tier (precompiled kernel over the plan's arrays) until promoted to IL after 10,000 calls".</returns>
    public string Describe()
    {
        const string FirstTierText = "first tier (precompiled kernel over the plan's arrays)";
        var tier = Tier == ReluTier.Compiled
            ? RequestedTier == ReluTier.Auto ? "emitted IL, promoted from the first tier" : "emitted IL"
            : CanPromote
                ? FirstTierText + " until promoted to IL after " + PromotionThreshold.ToString("N0", CultureInfo.InvariantCulture) + " calls"
                : RequestedTier == ReluTier.Auto ? FirstTierText + ", without dynamic code to promote to" : FirstTierText;
        return Plan.Describe() + "; " + tier;
    }

    private FirstTier? CreateFirstTier(out TaskCompletionSource<bool>? promotion)
    {
        promotion = null;
        if (RequestedTier == ReluTier.Compiled)
        {
            return null;
        }

        Action? request = null;
        if (CanPromote)
        {
            request = RequestPromotion;
            promotion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Plan.UsesPieceTable
            ? new FirstTier<TableTierKernel>(Plan, new TableTierKernel(Plan), PromotionThreshold, request)
            : new FirstTier<SumTierKernel>(Plan, new SumTierKernel(Plan), PromotionThreshold, request);
    }

    private TDelegate FirstTierAs<TDelegate>()
        where TDelegate : Delegate
    {
        var cache = _firstDelegates ?? Interlocked.CompareExchange(ref _firstDelegates, new(), null) ?? _firstDelegates;
        return (TDelegate)cache.GetOrAdd(typeof(TDelegate), static (type, first) => first.CreateDelegate(type), _first!);
    }

    /// <summary>Queues the promotion once (the counter may reach its threshold on several threads).</summary>
    private void RequestPromotion()
    {
        if (Interlocked.Exchange(ref _promotionQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static network => network.PromoteInBackground(), this, preferLocal: false);
        }
    }

    private void PromoteInBackground()
    {
        try
        {
            Promote();
        }
        catch (Exception exception)
        {
            // Nothing to crash on a pool thread: the first tier keeps answering, and the task tells why.
            _promotion!.TrySetException(exception);
        }
    }

    /// <summary>The IL delegate every first-tier delegate forwards to, called once so its JIT happens now.</summary>
    private Delegate EmitMainShape()
    {
        switch (InputCount)
        {
            case 1:
                var unary = CompiledAs<Func<double, double>>();
                unary(0.0);
                return unary;
            case 2:
                var binary = CompiledAs<Func<double, double, double>>();
                binary(0.0, 0.0);
                return binary;
            default:
                var span = CompiledAs<SpanEvaluator>();
                span(new double[InputCount]);
                return span;
        }
    }
}
