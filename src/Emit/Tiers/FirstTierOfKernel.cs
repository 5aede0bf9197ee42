using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// The methods first-tier delegates point at, specialized per kernel (a struct) so the kernel inlines: each
/// call forwards to the IL once promoted, else counts and evaluates. A delegate is bound to this object as
/// the IL's are bound to their closure (a closed delegate, no shuffle thunk).
/// </summary>
internal sealed partial class FirstTier<TKernel> : FirstTier
    where TKernel : struct, ITierKernel
{
    private readonly TKernel _kernel;
    private readonly EvaluationPlan _plan;

    public FirstTier(EvaluationPlan plan, TKernel kernel, int callsBeforePromotion, Action? thresholdReached)
        : base([.. plan.Network.Inputs], callsBeforePromotion, thresholdReached)
    {
        _plan = plan;
        _kernel = kernel;
    }

    /// <summary>f(x), one input.</summary>
    public double Invoke(double x)
    {
        if (PromotedUnary is { } promoted)
        {
            return promoted(x);
        }

        CountCall();

        return _kernel.Evaluate(x);
    }

    /// <summary>f(x₀, x₁), two inputs.</summary>
    public double Invoke(double x0, double x1)
    {
        if (PromotedBinary is { } promoted)
        {
            return promoted(x0, x1);
        }

        CountCall();

        return _kernel.Evaluate(x0, x1);
    }

    /// <summary>f at a point of any length; checks the length like the IL's span shape.</summary>
    public double Invoke(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != _kernel.InputCount)
        {
            ThrowWrongArity(inputs.Length);
        }

        if (PromotedSpan is { } promoted)
        {
            return promoted(inputs);
        }

        CountCall();

        return _kernel.Evaluate(inputs);
    }

    /// <summary>
    /// Counts down to the threshold and stops writing at zero, so a network that is never to promote (forced
    /// first tier) or has asked already pays a read, not a store every next call has to wait for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountCall()
    {
        var left = CallsLeft;
        if (left > 0)
        {
            CallsLeft = --left;
            if (left == 0)
            {
                ThresholdReached();
            }
        }
    }

    public override Delegate CreateDelegate(Type delegateType)
    {
        if (delegateType == typeof(SpanEvaluator))
        {
            return new SpanEvaluator(Invoke);
        }

        // The same checks and messages as the IL (return type, parameter types and count, at most 16).
        IlCompiler.ShapeOf(delegateType, _plan);
        if (delegateType == typeof(Func<double, double>))
        {
            return new Func<double, double>(Invoke);
        }

        if (delegateType == typeof(Func<double, double, double>))
        {
            return new Func<double, double, double>(Invoke);
        }

        // Any other delegate of doubles (Func of three or more, or a user's own delegate type).
        return Delegate.CreateDelegate(delegateType, this, ArityMethod(_kernel.InputCount));
    }

    /// <summary>The entry point of an arity; names are constants so trimming and NativeAOT keep those methods.</summary>
    private static MethodInfo ArityMethod(int inputs)
    {
        if (inputs is 1 or 2)
        {
            return typeof(FirstTier<TKernel>).GetMethod(nameof(Invoke), inputs == 1 ? [typeof(double)] : [typeof(double), typeof(double)])!;
        }

        var name = inputs switch
        {
            0 => nameof(Invoke0),
            3 => nameof(Invoke3),
            4 => nameof(Invoke4),
            5 => nameof(Invoke5),
            6 => nameof(Invoke6),
            7 => nameof(Invoke7),
            8 => nameof(Invoke8),
            9 => nameof(Invoke9),
            10 => nameof(Invoke10),
            11 => nameof(Invoke11),
            12 => nameof(Invoke12),
            13 => nameof(Invoke13),
            14 => nameof(Invoke14),
            15 => nameof(Invoke15),
            16 => nameof(Invoke16),
            _ => throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "Typed delegates take at most 16 inputs."),
        };
        return typeof(FirstTier<TKernel>).GetMethod(name)!;
    }
}
