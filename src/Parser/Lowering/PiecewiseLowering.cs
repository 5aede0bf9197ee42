using System;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// σ, max, min and abs on lowered arguments (README, "The language"). A σ of an affine argument is one
/// <see cref="ReluTerm"/>, exactly as written; a σ of something that already contains σ is flattened
/// exactly through the one-variable canonical form, and is an error in two or more variables, where one
/// hidden layer cannot compute it.
/// </summary>
internal static class PiecewiseLowering
{
    /// <summary>Applies <paramref name="function"/> to its lowered arguments.</summary>
    /// <param name="function">Which function.</param>
    /// <param name="arguments">Its lowered arguments, as many as its arity.</param>
    /// <param name="spelling">How the text spells it (<c>σ</c>, <c>max</c>; null for bars), for messages.</param>
    /// <param name="at">The call's position, where any error is reported.</param>
    /// <param name="budget">The expression's budget, charged for every kink and number a flattening creates.</param>
    public static ReluSum Apply(PiecewiseFunction function, ReluSum[] arguments, string? spelling, SourcePosition at, ComputationBudget budget)
    {
        ReluSum Relu(ReluSum argument) => ReluOf(argument, spelling, at, budget);
        return function switch
        {
            PiecewiseFunction.Relu => Relu(arguments[0]),
            // max(e, 0) is σ(e), one unit as written, not e + σ(−e); max(0, e) is σ(e) by the formula itself.
            PiecewiseFunction.Max when ConstantValue.IsZero(arguments[1]) => Relu(arguments[0]),
            PiecewiseFunction.Max => arguments[0].Add(Relu(Difference(arguments[1], arguments[0]))),
            PiecewiseFunction.Min => arguments[0].Add(Relu(Difference(arguments[0], arguments[1])).Scale(Fraction.MinusOne)),
            PiecewiseFunction.Abs => Relu(arguments[0]).Add(Relu(arguments[0].Scale(Fraction.MinusOne))),
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
        };
    }

    /// <summary><c>`σ(…)`</c>, <c>`max(…)`</c>, or <c>`|…|`</c> for bars.</summary>
    private static string Display(string? spelling) =>
        UserText.Quote(spelling is null ? "|\u2026|" : spelling + "(\u2026)"); // … (ellipsis)

    private static ReluSum Difference(ReluSum left, ReluSum right) => left.Add(right.Scale(Fraction.MinusOne));

    private static ReluSum ReluOf(ReluSum argument, string? spelling, SourcePosition at, ComputationBudget budget)
    {
        if (argument.IsAffine)
        {
            return ReluSum.Relu(argument.Affine);
        }

        if (ConstantValue.TryGet(argument, out var constant))
        {
            return ReluSum.Relu(AffineForm.FromConstant(constant));
        }

        var variables = argument.Variables;
        if (variables.Length > 1)
        {
            throw at.Error(
                $"{Display(spelling)} of an expression that contains a ReLU and depends on {variables.Length} variables " +
                $"({string.Join(", ", variables)}) needs a network with more than one hidden layer");
        }

        try
        {
            var flattened = CanonicalForm.FromReluSum(argument).Relu();
            budget.Spend(flattened);
            return flattened.ToReluSum();
        }
        catch (LimitExceededException e)
        {
            throw at.Error(e.Message);
        }
    }
}
