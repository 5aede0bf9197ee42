using System.Text;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Writes sums of terms as text the parser reads back: <c>2*x - 1/3*σ(x - 1) + 1</c>.
/// One place decides signs and spacing, so every IR type prints alike.
/// </summary>
internal static partial class TextForm
{
    /// <summary>ReLU as printed: σ (U+03C3).</summary>
    public const string Sigma = "\u03C3"; // σ

    /// <summary>
    /// Appends <c>± |c|*factor</c> (or <c>± |c|</c> without a factor), with the sign as an operator
    /// unless it is the first term. A unit coefficient is left out: <c>x</c>, <c>-σ(x)</c>.
    /// </summary>
    public static void AppendTerm(StringBuilder text, Fraction coefficient, string? factor)
    {
        var negative = coefficient.IsNegative;
        var magnitude = negative ? -coefficient : coefficient;
        if (text.Length == 0)
        {
            text.Append(negative ? "-" : "");
        }
        else
        {
            text.Append(negative ? " - " : " + ");
        }

        if (factor is null)
        {
            text.Append(ExactMath.Format(magnitude));
        }
        else if (magnitude == Fraction.One)
        {
            text.Append(factor);
        }
        else
        {
            text.Append(ExactMath.Format(magnitude)).Append('*').Append(factor);
        }
    }
}
