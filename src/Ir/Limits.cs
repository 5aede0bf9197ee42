using System.Numerics;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Bounds on what one expression may cost, so that every input ends in an
/// answer or an ordinary error within bounded time and memory: nesting can double the kinks at every
/// level, and exact arithmetic can grow numbers without end (a sum of 1/p over many primes, a product of
/// many 1e400). Each is checked where the work happens; <see cref="ComputationBudget"/> adds them up over
/// a whole expression, not per step.
/// </summary>
public static class Limits
{
    /// <summary>
    /// The most kinks one flattening (σ of an expression that already contains σ) may produce: the same as
    /// <see cref="MaxTotalBreakpoints"/>, which bounds all of an expression's flattenings together.
    /// </summary>
    public const int MaxFlattenedBreakpoints = MaxTotalBreakpoints;

    /// <summary>
    /// The most kinks all the flattenings of one expression may create together, 250,000: every σ, max,
    /// min and absolute value of a nested argument counts its result's kinks, so sixteen copies of a deep
    /// nest or 237 σ around one cannot each create the maximum. A kink costs a few microseconds to create
    /// exactly, so this keeps any nesting within about a second.
    /// </summary>
    public const int MaxTotalBreakpoints = 250_000;

    /// <summary>
    /// The most decimal digits in the numerator or the denominator of one exact number, 5,000 (counted
    /// from its bit length). The parser's literals have at most 401; longer numbers come only from
    /// arithmetic, whose cost grows with the square of their length: a sum of 1/p over primes grows its
    /// denominator on every term.
    /// </summary>
    public const int MaxExactDigits = 5_000;

    /// <summary>
    /// The most decimal digits all the exact numbers one expression's lowering and flattening create may
    /// have together, 50,000,000 (about 20 MB): a 10,000-digit factor times a 200,000-term sum, or a
    /// million kinks with long coefficients, would otherwise fill memory.
    /// </summary>
    public const long MaxTotalExactDigits = 50_000_000;

    /// <summary>log10(2): bits to decimal digits.</summary>
    private const double DigitsPerBit = 0.30102999566398120;

    /// <summary>Throws <see cref="LimitExceededException"/> when <paramref name="count"/> is past the cap.</summary>
    /// <param name="count">The kinks one flattening would produce.</param>
    /// <exception cref="LimitExceededException"><paramref name="count"/> is more than <see cref="MaxFlattenedBreakpoints"/>.</exception>
    public static void CheckFlattenedBreakpoints(int count)
    {
        if (count > MaxFlattenedBreakpoints)
        {
            throw new LimitExceededException(
                $"flattening this nested expression creates {count} breakpoints, more than the limit of {MaxFlattenedBreakpoints}");
        }
    }

    /// <summary>
    /// <paramref name="value"/>, or a <see cref="LimitExceededException"/> saying that <paramref name="what"/>
    /// has more than <see cref="MaxExactDigits"/> digits in its numerator or denominator.
    /// </summary>
    /// <param name="value">The number to check.</param>
    /// <param name="what">How the message names the number, such as <c>the constant</c>.</param>
    /// <returns><paramref name="value"/>, so a call can wrap the expression that creates it.</returns>
    /// <exception cref="LimitExceededException"><paramref name="value"/> has more than <see cref="MaxExactDigits"/> digits.</exception>
    public static Fraction CheckDigits(Fraction value, string what = "an exact number")
    {
        var digits = Digits(value);
        if (digits > MaxExactDigits)
        {
            throw new LimitExceededException(
                $"{what} has about {digits} digits, more than the limit of {MaxExactDigits} digits for one exact number");
        }

        return value;
    }

    /// <summary>About how many decimal digits the longer of the numerator and denominator of <paramref name="value"/> has (at least 1).</summary>
    /// <param name="value">The number to measure.</param>
    /// <returns>1 + ⌊bits · log10 2⌋ for the longer part: never fewer than its digits, at most one more.</returns>
    public static long Digits(Fraction value)
    {
        var bits = System.Math.Max(BitLength(value.Numerator), BitLength(value.Denominator));
        return 1 + (long)(bits * DigitsPerBit);
    }

    private static long BitLength(BigInteger value)
    {
#if NET5_0_OR_GREATER
        return (long)BigInteger.Abs(value).GetBitLength();
#else
        return value.IsZero ? 0 : 8L * BigInteger.Abs(value).ToByteArray().Length;
#endif
    }
}
