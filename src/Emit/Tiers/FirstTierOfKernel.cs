using System;
using System.Reflection;
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

        if (--CallsLeft == 0)
        {
            ThresholdReached();
        }

        return _kernel.Evaluate(x);
    }

    /// <summary>f(x₀, x₁), two inputs.</summary>
    public double Invoke(double x0, double x1)
    {
        if (PromotedBinary is { } promoted)
        {
            return promoted(x0, x1);
        }

        if (--CallsLeft == 0)
        {
            ThresholdReached();
        }

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

        if (--CallsLeft == 0)
        {
            ThresholdReached();
        }

        return _kernel.Evaluate(inputs);
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

    private static MethodInfo ArityMethod(int inputs) => inputs switch
    {
        1 => typeof(FirstTier<TKernel>).GetMethod(nameof(Invoke), [typeof(double)])!,
        2 => typeof(FirstTier<TKernel>).GetMethod(nameof(Invoke), [typeof(double), typeof(double)])!,
        _ => typeof(FirstTier<TKernel>).GetMethod("Invoke" + inputs.ToString(System.Globalization.CultureInfo.InvariantCulture))!,
    };
}
