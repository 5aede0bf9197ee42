using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Parser.Lowering;

/// <summary>Whether a lowered expression is a constant, such as <c>3</c> or <c>σ(0*x + 1)</c> (which is 1).</summary>
internal static class ConstantValue
{
    /// <summary>
    /// The value of <paramref name="sum"/> when no variable is left in it (a σ of a constant counts as
    /// its value), so that <c>σ(1)*x</c> is as linear as <c>1*x</c>.
    /// </summary>
    public static bool TryGet(ReluSum sum, out Fraction value)
    {
        value = sum.Affine.Constant;
        if (!sum.Affine.IsConstant)
        {
            return false;
        }

        foreach (var term in sum.Terms)
        {
            if (!term.Argument.IsConstant)
            {
                return false;
            }

            if (term.Argument.Constant.IsPositive)
            {
                value += term.Coefficient * term.Argument.Constant;
            }
        }

        value = value.Reduce();
        return true;
    }

    /// <summary>Whether <paramref name="sum"/> is literally zero: no variable, no term, constant 0.</summary>
    public static bool IsZero(ReluSum sum) => sum.IsAffine && sum.Affine.IsConstant && sum.Affine.Constant.IsZero;
}
