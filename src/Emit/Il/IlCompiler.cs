using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// Compiles an <see cref="EvaluationPlan"/> to delegates through <see cref="DynamicMethod"/> (collected with
/// the delegate, no assembly left behind).
/// </summary>
internal static class IlCompiler
{
    /// <summary>The compiled network, IL only (no first tier): each delegate on first use.</summary>
    public static CompiledNetwork Compile(EvaluationPlan plan) => new(plan, ReluTier.Compiled, promotionThreshold: 0);

    /// <summary>Plans and compiles <paramref name="network"/> (the tests and benchmarks force strategies through it).</summary>
    public static CompiledNetwork Compile(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Compile(EvaluationPlan.For(network, strategy));

    /// <summary>The <c>double (double x)</c> delegate of a one-input network.</summary>
    public static Func<double, double> CompileUnary(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Compile(network, strategy).Unary;

    /// <summary>The span delegate, for any number of inputs.</summary>
    public static SpanEvaluator CompileSpan(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Compile(network, strategy).Span;

    /// <summary>The IL listing of the first delegate <see cref="CompiledNetwork.IlListing"/> describes.</summary>
    public static string Listing(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Compile(network, strategy).IlListing;

    /// <summary>
    /// A delegate of type <typeparamref name="TDelegate"/>: <see cref="SpanEvaluator"/>, or any delegate
    /// returning <c>double</c> with one <c>double</c> parameter per input (<c>Func&lt;double, double, double&gt;</c>).
    /// </summary>
    [RequiresDynamicCode("Emits IL through DynamicMethod; CompiledNetwork falls back to the precompiled evaluators where dynamic code is not supported.")]
    public static TDelegate CompileDelegate<TDelegate>(EvaluationPlan plan, IlClosure closure, out string listing)
        where TDelegate : Delegate
    {
        var shape = ShapeOf(typeof(TDelegate), plan);
        var parameters = shape == IlShape.Span
            ? new[] { typeof(IlClosure), typeof(ReadOnlySpan<double>) }
            : new[] { typeof(IlClosure) }.Concat(Enumerable.Repeat(typeof(double), plan.InputCount)).ToArray();

        // Associated with this module and skipping visibility: the body reads IlClosure's fields and calls a private thrower.
        var method = new DynamicMethod("ReluNetwork_" + plan.Strategy, typeof(double), parameters, typeof(IlClosure).Module, skipVisibility: true);
        listing = IlEmitter.Emit(method.GetILGenerator(), plan, shape);
        return (TDelegate)method.CreateDelegate(typeof(TDelegate), closure);
    }

    /// <summary>Which body a delegate type needs; throws when its signature does not fit the plan (the first tier checks with it too).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A delegate type's Invoke is never trimmed: the runtime calls it.")]
    internal static IlShape ShapeOf(Type delegateType, EvaluationPlan plan)
    {
        if (delegateType == typeof(SpanEvaluator))
        {
            return IlShape.Span;
        }

        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters();
        if (invoke.ReturnType != typeof(double) || parameters.Any(p => p.ParameterType != typeof(double)))
        {
            throw new ArgumentException(
                $"{delegateType.Name} is not a function of doubles returning double; use Func<double, …, double> or SpanEvaluator.",
                "TDelegate");
        }

        if (parameters.Length != plan.InputCount)
        {
            throw new InputCountException(plan.Network.Inputs, parameters.Length, "TDelegate");
        }

        if (plan.ReadsInputsInALoop)
        {
            throw new ArgumentException(
                $"A delegate takes one parameter per input up to {EvaluationPlan.NamedInputs} inputs; this network has {plan.InputCount}: use SpanEvaluator.",
                "TDelegate");
        }

        return IlShape.Arguments;
    }
}
