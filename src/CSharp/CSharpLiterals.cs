using System.Globalization;

namespace ReluCompiler.CSharp;

/// <summary>C# text for the numbers and expressions the emitter writes.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A double as C# that means exactly that double: the shortest round-trip text, so <c>0.1</c> stays the
    /// nearest double to 0.1; a sign becomes unary minus; infinities are <c>double.PositiveInfinity</c>.
    /// Integral values print without a decimal point (<c>1 * x</c>): C# converts them to the same double.
    /// </summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        if (value == 0)
        {
            // -0.0 for negative zero (where -0 would be the int 0, that is +0.0).
            return IsNegative(value) ? "-0.0" : "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);

        // .NET Framework's "R" (a generator may run there) can miss by one bit; G17 always round-trips.
        if (double.Parse(text, CultureInfo.InvariantCulture) != value)
        {
            text = value.ToString("G17", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>
    /// <c>left + c * right</c>, written <c>left - |c| * right</c> when c is negative: s − (|c|·r) is the same double
    /// as s + ((−c)·r), because negation is exact and IEEE defines a − b as a + (−b).
    /// </summary>
    public static string AddScaled(string left, double coefficient, string right) =>
        IsNegative(coefficient)
            ? left + " - " + Number(-coefficient) + " * " + right
            : left + " + " + Number(coefficient) + " * " + right;

    /// <summary><c>left + c</c>, or <c>left - |c|</c> for a negative constant (same double, as in <see cref="AddScaled"/>).</summary>
    public static string AddConstant(string left, double constant) =>
        constant < 0 ? left + " - " + Number(-constant) : left + " + " + Number(constant);

    /// <summary>Whether the sign bit is set (-0.0 included); double.IsNegative is newer than netstandard2.0.</summary>
    private static bool IsNegative(double value) => value < 0 || (value == 0 && 1 / value < 0);
}
