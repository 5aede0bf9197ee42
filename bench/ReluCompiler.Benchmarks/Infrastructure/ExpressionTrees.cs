using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>
/// The expression tree a user of System.Linq.Expressions would build for a network: the sum form
/// c + Σ aᵢ·σ(wᵢ·x + bᵢ), in the contract order of <see cref="Network"/>, σ being the same
/// <see cref="Activation.Relu"/> the IL calls, so differences come from the compilers, not the arithmetic.
/// </summary>
public static class ExpressionTrees
{
    private static readonly MethodInfo Relu = typeof(Activation).GetMethod(nameof(Activation.Relu))!;

    /// <summary>The lambda of <paramref name="network"/>; <typeparamref name="TDelegate"/> takes one double per input.</summary>
    public static Expression<TDelegate> Build<TDelegate>(Network network)
        where TDelegate : Delegate
    {
        var inputs = network.Inputs.Select(name => Expression.Parameter(typeof(double), name)).ToArray();
        Expression sum = Constant(network.OutputBias);
        foreach (var unit in network.Hidden)
        {
            Expression? z = null;
            for (var j = 0; j < inputs.Length; j++)
            {
                var product = Expression.Multiply(Constant(unit.Weights[j]), inputs[j]);
                z = z is null ? product : Expression.Add(z, product);
            }

            z = Expression.Add(z ?? Expression.Constant(0.0), Constant(unit.Bias));
            sum = Expression.Add(sum, Expression.Multiply(Constant(unit.OutputWeight), Expression.Call(Relu, z)));
        }

        return Expression.Lambda<TDelegate>(sum, inputs);
    }

    private static ConstantExpression Constant(Fractions.Fraction value) => Expression.Constant(ExactMath.ToDouble(value));
}
