using System;
using System.Runtime.CompilerServices;
using System.Threading;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// The state a network's first-tier delegates share: a call counter that asks for promotion once, and the
/// IL delegates they forward to after it. The hot path takes no lock: each call reads one delegate field
/// (null until promotion; published with <see cref="Volatile.Write{T}(ref T, T)"/>, and a reference read
/// sees a fully built delegate) and, until then, decrements the counter.
/// <para>
/// The counter is a plain, racy decrement that stops at zero: threads may lose decrements (promotion comes a
/// little later) or write a stale positive value back (it counts down again), but whoever writes 0 asks, so the
/// request is never skipped; asking twice is harmless.
/// </para>
/// </summary>
internal abstract class FirstTier
{
    private readonly Action? _thresholdReached;

    /// <param name="inputs">The input names, for the wrong-length message.</param>
    /// <param name="callsBeforePromotion">Calls after which <paramref name="thresholdReached"/> runs; 0: never from here.</param>
    /// <param name="thresholdReached">Asks the owner to promote (it queues the work; called at most a few times).</param>
    protected FirstTier(string[] inputs, int callsBeforePromotion, Action? thresholdReached)
    {
        Inputs = inputs;
        _thresholdReached = thresholdReached;
        CallsLeft = thresholdReached is null ? 0 : callsBeforePromotion;
    }

    /// <summary>The input names in input order.</summary>
    protected string[] Inputs { get; }

    /// <summary>Calls left before promotion is asked for; 0 once asked, or when it never will be.</summary>
    protected int CallsLeft;

    /// <summary>After promotion, the one-input IL delegate.</summary>
    protected Func<double, double>? PromotedUnary;

    /// <summary>After promotion, the two-input IL delegate.</summary>
    protected Func<double, double, double>? PromotedBinary;

    /// <summary>After promotion, a span delegate: the IL's, or for one or two inputs a forward to the typed one.</summary>
    protected SpanEvaluator? PromotedSpan;

    /// <summary>A first-tier delegate of type <paramref name="delegateType"/> (signature already checked).</summary>
    public abstract Delegate CreateDelegate(Type delegateType);

    /// <summary>Makes every first-tier delegate forward to <paramref name="il"/>, the IL delegate of the network's main shape.</summary>
    public void Publish(Delegate il)
    {
        switch (il)
        {
            case Func<double, double> unary:
                Volatile.Write(ref PromotedUnary, unary);
                Volatile.Write(ref PromotedSpan, inputs => unary(inputs[0]));
                break;
            case Func<double, double, double> binary:
                Volatile.Write(ref PromotedBinary, binary);
                Volatile.Write(ref PromotedSpan, inputs => binary(inputs[0], inputs[1]));
                break;
            case SpanEvaluator span:
                Volatile.Write(ref PromotedSpan, span);
                break;
            default:
                throw new ArgumentException($"No first-tier delegate forwards to a {il.GetType().Name}.", nameof(il));
        }
    }

    /// <summary>Out of line, so the hot path stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected void ThresholdReached() => _thresholdReached?.Invoke();

    /// <summary>The message the IL's span shape gives for a wrong length.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected void ThrowWrongArity(int given) => throw new InputCountException(Inputs, given, "inputs");
}
