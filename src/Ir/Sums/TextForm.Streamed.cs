using System.IO;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>The text of a whole canonical form written straight to a writer, term by term.</summary>
internal static partial class TextForm
{
    /// <summary>
    /// Writes the text of <paramref name="form"/>, exactly <see cref="CanonicalForm.ToString"/>: <c>1 + 2*x - σ(x - 1)</c>, <c>0</c>
    /// when empty. Nothing is built per term beyond the numbers' digits: printing a 65,536-kink form through
    /// one string allocated about 330 bytes a kink (a builder and a string for each hyperplane, the concatenation
    /// around it) and held the whole text twice.
    /// </summary>
    public static void WriteCanonical(TextWriter writer, CanonicalForm form)
    {
        var first = true;
        if (!form.Affine.Constant.IsZero)
        {
            WriteCoefficient(writer, ref first, form.Affine.Constant, factorFollows: false);
        }

        foreach (var term in form.Affine.Terms)
        {
            WriteCoefficient(writer, ref first, term.Coefficient, factorFollows: true);
            writer.Write(term.Variable);
        }

        foreach (var term in form.Terms)
        {
            WriteCoefficient(writer, ref first, term.Coefficient, factorFollows: true);
            writer.Write(Sigma);
            writer.Write('(');
            WriteAffine(writer, term.Hyperplane);
            writer.Write(')');
        }

        if (first)
        {
            writer.Write('0');
        }
    }

    /// <summary>Writes the text of <paramref name="form"/>, exactly <see cref="AffineForm.ToString"/>: <c>x - 1</c>.</summary>
    public static void WriteAffine(TextWriter writer, AffineForm form)
    {
        var first = true;
        foreach (var term in form.Terms)
        {
            WriteCoefficient(writer, ref first, term.Coefficient, factorFollows: true);
            writer.Write(term.Variable);
        }

        if (!form.Constant.IsZero || first)
        {
            WriteCoefficient(writer, ref first, form.Constant, factorFollows: false);
        }
    }

    /// <summary>
    /// Writes <c>± |c|*factor</c> (or <c>± |c|</c> without a factor) as <see cref="AppendTerm"/> appends it, the sign
    /// an operator unless <paramref name="first"/> (which it clears).
    /// </summary>
    public static void WriteTerm(TextWriter writer, ref bool first, Fraction coefficient, string? factor)
    {
        WriteCoefficient(writer, ref first, coefficient, factorFollows: factor is not null);
        if (factor is not null)
        {
            writer.Write(factor);
        }
    }

    /// <summary>The sign and magnitude of a term as <see cref="AppendTerm"/> writes them; a unit magnitude before a factor is left out.</summary>
    private static void WriteCoefficient(TextWriter writer, ref bool first, Fraction coefficient, bool factorFollows)
    {
        var negative = coefficient.IsNegative;
        var magnitude = negative ? -coefficient : coefficient;
        writer.Write(first ? (negative ? "-" : "") : (negative ? " - " : " + "));
        first = false;
        if (!factorFollows)
        {
            writer.Write(ExactMath.Format(magnitude));
        }
        else if (magnitude != Fraction.One)
        {
            writer.Write(ExactMath.Format(magnitude));
            writer.Write('*');
        }
    }
}
