using System;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Kernels;

/// <summary>
/// Delegates that need no code generation, for runtimes without a JIT (NativeAOT, or
/// <c>RuntimeFeature.IsDynamicCodeSupported</c> false): the sum form as a loop over the plan's arrays, in the
/// operations and order of the IL and C# SumLoop bodies (so the same bits), and the piece table through
/// <see cref="PieceTable.Evaluate"/>, which the IL table body equals bit for bit.
/// </summary>
internal static class PrecompiledDelegates
{
    /// <summary>
    /// <see cref="SpanEvaluator"/>, <c>Func&lt;double, double&gt;</c> or <c>Func&lt;double, double, double&gt;</c>;
    /// other delegate types need IL and throw <see cref="NotSupportedException"/>.
    /// </summary>
    public static Delegate Create(Type delegateType, EvaluationPlan plan)
    {
        if (delegateType == typeof(SpanEvaluator))
        {
            return new SpanEvaluator(inputs => Evaluate(plan, inputs));
        }

        if (delegateType == typeof(Func<double, double>))
        {
            CheckInputs(plan, 1);
            return new Func<double, double>(x => Evaluate(plan, [x]));
        }

        if (delegateType == typeof(Func<double, double, double>))
        {
            CheckInputs(plan, 2);
            return new Func<double, double, double>((x, y) => Evaluate(plan, [x, y]));
        }

        throw new NotSupportedException(
            $"{delegateType.Name} needs code generated at run time, which this runtime does not support (NativeAOT); " +
            "use Func<double, double>, Func<double, double, double> or SpanEvaluator, or [ReluFunction] at build time.");
    }

    /// <summary>The value at one point, inputs in input order.</summary>
    public static double Evaluate(EvaluationPlan plan, ReadOnlySpan<double> inputs)
    {
        var d = plan.InputCount;
        if (inputs.Length != d)
        {
            throw new InputCountException(plan.Network.Inputs, inputs.Length, nameof(inputs));
        }

        if (plan.UsesPieceTable)
        {
            return plan.Table!.Evaluate(inputs[0]);
        }

        if (plan.UnitCount == 0)
        {
            foreach (var input in inputs)
            {
                if (double.IsNaN(input))
                {
                    return input;
                }
            }
        }

        var sum = plan.OutputBias;
        for (var i = 0; i < plan.UnitCount; i++)
        {
            var z = d == 0 ? 0 : plan.Weights[i * d] * inputs[0];
            for (var j = 1; j < d; j++)
            {
                z += plan.Weights[(i * d) + j] * inputs[j];
            }

            z += plan.Biases[i];
            sum += plan.OutputWeights[i] * Math.Max(0.0, z);
        }

        return sum;
    }

    private static void CheckInputs(EvaluationPlan plan, int parameters)
    {
        if (plan.InputCount != parameters)
        {
            throw new InputCountException(plan.Network.Inputs, parameters, "TDelegate");
        }
    }
}
