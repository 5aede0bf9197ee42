using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Analysis of a function of several variables. Exact where a finite enumeration decides it: the range
/// on a bounded box by the vertices of the arrangement (<see cref="BoxVertices"/>), boundedness on ℝⁿ by
/// the same on the recession function over [−1, 1]ⁿ, the Lipschitz constant by the regions
/// (<see cref="Regions"/>), convexity by the signs of the kinks. Past the stated limits, a bound says so.
/// </summary>
public static class MultivariateAnalyzer
{
    /// <summary>Analyses <paramref name="form"/> with points in <paramref name="variables"/> order on [A, B]ⁿ (ℝⁿ when null).</summary>
    public static MultivariateAnalysis Analyze(CanonicalForm form, IReadOnlyList<string> variables, AnalysisDomain? domain = null)
    {
        if (form is null || variables is null)
        {
            throw new ArgumentNullException(form is null ? nameof(form) : nameof(variables));
        }

        domain ??= AnalysisDomain.Line;
        var whole = new Arrangement(form, variables);
        var f = domain.IsBounded ? whole.CutTo(domain.From!.Value, domain.To!.Value) : whole;
        BoxRange? range = null;
        bool? below = null, above = null;
        if (domain.IsBounded)
        {
            range = Range(f, domain.From!.Value, domain.To!.Value);
        }
        else if (domain.From is null && domain.To is null)
        {
            (below, above) = Boundedness(f);
        }

        var curvature = f.Kinks.Count == 0 ? Curvature.Affine
            : f.Kinks.All(k => k.Weight.IsPositive) ? Curvature.Convex
            : f.Kinks.All(k => k.Weight.IsNegative) ? Curvature.Concave
            : Curvature.Neither;
        return new MultivariateAnalysis(form, variables.ToImmutableArray(), domain, range, below, above, Lipschitz(f, domain), curvature);
    }

    private static BoxRange Range(Arrangement f, Fraction from, Fraction to)
    {
        if (BoxVertices.Extremes(f, from, to) is { } exact)
        {
            return new BoxRange(true, exact.Minimum, exact.Maximum, $"exact: every vertex of the {f.Kinks.Count} kink hyperplanes and the box faces");
        }

        // Interval arithmetic: each term on its own range over the box.
        Fraction low = f.Constant, high = f.Constant;
        foreach (var a in f.Linear)
        {
            low += a * (a.IsNegative ? to : from);
            high += a * (a.IsNegative ? from : to);
        }

        foreach (var kink in f.Kinks)
        {
            var (l, h) = kink.Bounds(from, to);
            var reluLow = l.IsPositive ? l : Fraction.Zero;
            var reluHigh = h.IsPositive ? h : Fraction.Zero;
            low += kink.Weight * (kink.Weight.IsNegative ? reluHigh : reluLow);
            high += kink.Weight * (kink.Weight.IsNegative ? reluLow : reluHigh);
        }

        var method = $"bound by interval arithmetic: {BoxVertices.Systems(f.Kinks.Count, f.Dimension)} vertex systems are more than the limit of {BoxVertices.MaxSystems}";
        return new BoxRange(false, new PointExtremum(low.Reduce(), ImmutableArray<Fraction>.Empty), new PointExtremum(high.Reduce(), ImmutableArray<Fraction>.Empty), method);
    }

    /// <summary>f − f∞ is bounded (|σ(h·x + β) − σ(h·x)| ≤ |β|), so f is bounded above exactly when f∞ ≤ 0 on [−1, 1]ⁿ.</summary>
    private static (bool? Below, bool? Above) Boundedness(Arrangement f)
    {
        if (BoxVertices.Extremes(f.Recession(), Fraction.MinusOne, Fraction.One) is not { } extremes)
        {
            return (null, null);
        }

        return (!extremes.Minimum.Value.IsNegative, !extremes.Maximum.Value.IsPositive);
    }

    private static GradientNorms Lipschitz(Arrangement f, AnalysisDomain domain)
    {
        var n = f.Dimension;
        if (f.Kinks.Count <= Regions.MaxKinks && n <= Regions.MaxVariables)
        {
            Fraction? bestSquared = null, bestSum = null;
            var bestGradient = ImmutableArray<Fraction>.Empty;
            var regions = 0;
            var finished = Regions.Enumerate(f, domain.IsBounded ? domain.From : null, domain.IsBounded ? domain.To : null, active =>
            {
                regions++;
                var gradient = (Fraction[])f.Linear.Clone();
                for (var k = 0; k < active.Length; k++)
                {
                    if (active[k])
                    {
                        for (var j = 0; j < n; j++)
                        {
                            gradient[j] = (gradient[j] + f.Kinks[k].Weight * f.Kinks[k].Normal[j]).Reduce();
                        }
                    }
                }

                var squared = gradient.Aggregate(Fraction.Zero, (s, g) => s + g * g).Reduce();
                var sum = gradient.Aggregate(Fraction.Zero, (s, g) => s + UnivariateAnalyzer.Abs(g)).Reduce();
                if (bestSquared is null || squared.CompareTo(bestSquared.Value) > 0)
                {
                    bestSquared = squared;
                    bestGradient = ImmutableArray.Create(gradient);
                }

                bestSum = bestSum is { } s && s.CompareTo(sum) >= 0 ? s : sum;
            });
            if (finished && bestSquared is { } square && bestSum is { } slopes)
            {
                return new GradientNorms(true, square, slopes, bestGradient, regions, $"exact: the gradient on each of the {regions} regions of {f.Kinks.Count} kink hyperplanes");
            }
        }

        // Triangle inequality per coordinate: |∂f/∂xⱼ| ≤ |aⱼ| + Σ |dₖ·hₖⱼ| on every region.
        var bounds = new Fraction[n];
        for (var j = 0; j < n; j++)
        {
            bounds[j] = UnivariateAnalyzer.Abs(f.Linear[j]);
            foreach (var kink in f.Kinks)
            {
                bounds[j] += UnivariateAnalyzer.Abs(kink.Weight * kink.Normal[j]);
            }

            bounds[j] = bounds[j].Reduce();
        }

        var why = $"upper bound by the triangle inequality (exact enumeration is limited to {Regions.MaxKinks} kinks and {Regions.MaxVariables} variables, or {FourierMotzkin.MaxInequalities} inequalities while eliminating)";
        return new GradientNorms(
            false,
            bounds.Aggregate(Fraction.Zero, (s, b) => s + b * b).Reduce(),
            bounds.Aggregate(Fraction.Zero, (s, b) => s + b).Reduce(),
            ImmutableArray<Fraction>.Empty,
            0,
            why);
    }
}
