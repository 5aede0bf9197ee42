using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Where two functions differ and by how much. One variable: exact, from the analysis of d = A − B —
/// the parts of the domain where d ≠ 0, with their sign, and the largest |d| with every place it is
/// reached. Several variables: equal or not from the canonical form of d, a witness, and on a bounded
/// box the largest |d| from <see cref="MultivariateAnalysis"/>.
/// </summary>
public sealed class DifferenceAnalysis
{
    private DifferenceAnalysis(bool isEqual, UnivariateAnalysis? univariate, MultivariateAnalysis? multivariate, Extremum? largest, PointExtremum? largestPoint = null)
    {
        IsEqual = isEqual;
        LargestPoint = largestPoint;
        Univariate = univariate;
        Multivariate = multivariate;
        Largest = largest;
        Differs = univariate is null
            ? ImmutableArray<SignPart>.Empty
            : univariate.Signs.Where(part => part.Sign != 0).ToImmutableArray();
    }

    /// <summary>Whether A and B are the same function on the domain.</summary>
    public bool IsEqual { get; }

    /// <summary>One variable: the analysis of A − B; null with several variables.</summary>
    public UnivariateAnalysis? Univariate { get; }

    /// <summary>Several variables: the analysis of A − B; null with one variable.</summary>
    public MultivariateAnalysis? Multivariate { get; }

    /// <summary>One variable: the maximal parts where A ≠ B, with the sign of A − B there (1: A above B).</summary>
    public ImmutableArray<SignPart> Differs { get; }

    /// <summary>One variable: the largest |A − B| on the domain (value null: unbounded) and every place it is reached.</summary>
    public Extremum? Largest { get; }

    /// <summary>
    /// Several variables on a bounded box: the largest |A − B| and one point reaching it; null without a
    /// bounded box or past the enumeration limit (then <see cref="Multivariate"/> holds a bound).
    /// </summary>
    public PointExtremum? LargestPoint { get; }

    /// <summary>
    /// Compares two canonical forms on the box [A, B]ⁿ (the interval [A, B] in one variable). With at most one
    /// variable the comparison is exact: the parts where A ≠ B with the sign of A − B, and the largest |A − B|
    /// with every place it is reached; with several, see <see cref="Multivariate"/>.
    /// </summary>
    /// <param name="left">A, the first function.</param>
    /// <param name="right">B, the second function.</param>
    /// <param name="variables">The order of a point's coordinates, naming every variable of both forms; a constant may be given one name.</param>
    /// <param name="domain">The interval every variable ranges over; the whole space when null.</param>
    /// <returns>Whether A = B on the domain; in one variable where and by how much they differ; in several a witness, and on a bounded box the largest |A − B| and one point reaching it.</returns>
    /// <exception cref="System.ArgumentNullException">An argument other than <paramref name="domain"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="variables"/> has at most one name and A − B depends on another variable.</exception>
    public static DifferenceAnalysis Of(CanonicalForm left, CanonicalForm right, IReadOnlyList<string> variables, AnalysisDomain? domain = null)
    {
        if (left is null || right is null || variables is null)
        {
            throw new ArgumentNullException(left is null ? nameof(left) : right is null ? nameof(right) : nameof(variables));
        }

        var difference = left.Subtract(right);
        if (variables.Count <= 1)
        {
            return OfOneVariable(difference, variables.Count == 1 ? variables[0] : null, domain);
        }

        var analysis = MultivariateAnalyzer.Analyze(difference, variables, domain);
        PointExtremum? largest = null;
        if (analysis.Range is { IsExact: true } range)
        {
            var below = range.Minimum.Value.IsNegative ? (-range.Minimum.Value).Reduce() : Fraction.Zero;
            largest = below.CompareTo(range.Maximum.Value) > 0 ? new PointExtremum(below, range.Minimum.At) : range.Maximum;
        }

        // On a box, A and B may agree there while differing elsewhere: equal means equal on the domain.
        var equal = difference.IsZero || (largest is not null && largest.Value.IsZero);
        return new DifferenceAnalysis(equal, null, analysis, null, largest);
    }

    private static DifferenceAnalysis OfOneVariable(CanonicalForm difference, string? variable, AnalysisDomain? domain)
    {
        if (difference.Variables.Any(v => !string.Equals(v, variable, StringComparison.Ordinal)))
        {
            throw new ArgumentException(
                $"The two functions are compared in {(variable is null ? "no variable" : $"`{variable}`")}, but they differ in {string.Join(", ", difference.Variables)}.",
                "variables");
        }

        var analysis = UnivariateAnalyzer.Analyze(difference.ToUnivariate(variable), domain);
        var largest = LargestGap(analysis.Minimum, analysis.Maximum);
        return new DifferenceAnalysis(analysis.Signs.All(part => part.Sign == 0), analysis, null, largest);
    }

    /// <summary>max |d| = max(max d, −min d), reached where d reaches whichever of the two is larger.</summary>
    private static Extremum LargestGap(Extremum minimum, Extremum maximum)
    {
        if (minimum.Value is not { } low || maximum.Value is not { } high)
        {
            return new Extremum(null, ImmutableArray<Interval>.Empty);
        }

        var gap = UnivariateAnalyzer.Abs(low).CompareTo(UnivariateAnalyzer.Abs(high)) > 0 ? UnivariateAnalyzer.Abs(low) : UnivariateAnalyzer.Abs(high);
        var where = new List<Interval>();
        if (high.CompareTo(gap) == 0)
        {
            where.AddRange(maximum.At);
        }

        if ((-low).CompareTo(gap) == 0 && !gap.IsZero)
        {
            where.AddRange(minimum.At);
        }

        where.Sort((p, q) => Interval.CompareLeft(p.From, q.From));
        return new Extremum(gap, LevelSet.Merge(where));
    }
}
