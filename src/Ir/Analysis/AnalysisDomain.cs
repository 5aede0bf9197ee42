using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Where a function is analysed: the real line, or an interval [A, B] (an end may be unbounded). With
/// several variables it is the box [A, B]ⁿ: every variable ranges over the same interval.
/// </summary>
public sealed record AnalysisDomain
{
    private AnalysisDomain(Fraction? from, Fraction? to)
    {
        From = from?.Reduce();
        To = to?.Reduce();
    }

    /// <summary>The whole real line (ℝ, or ℝⁿ with several variables).</summary>
    public static AnalysisDomain Line { get; } = new(null, null);

    /// <summary>Left end A, null for −∞.</summary>
    public Fraction? From { get; }

    /// <summary>Right end B, null for +∞.</summary>
    public Fraction? To { get; }

    /// <summary>Whether both ends are finite (a bounded interval, or a bounded box).</summary>
    public bool IsBounded => From is not null && To is not null;

    /// <summary>The interval between <paramref name="from"/> and <paramref name="to"/>; throws unless from &lt; to.</summary>
    public static AnalysisDomain Between(Fraction? from, Fraction? to)
    {
        Interval.CheckOrdered(from, to);
        return new AnalysisDomain(from, to);
    }

    /// <summary>The domain as a closed interval.</summary>
    public Interval AsInterval => Interval.Closed(From, To);

    /// <summary><c>(-∞, ∞)</c>, <c>[0, 1]</c>.</summary>
    public override string ToString() => AsInterval.ToString();
}
