using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Exact analysis of a one-variable canonical form on a domain, read off its linear pieces in O(K):
/// on a piece the function is a line, so its extremes on a closed interval are at piece ends, its zeros
/// are one root per sloped piece, and its slopes, kinks and signs are exact rationals.
/// </summary>
internal static class UnivariateAnalyzer
{
    /// <summary>Analyses <paramref name="form"/> on <paramref name="domain"/> (the real line when null).</summary>
    public static UnivariateAnalysis Analyze(UnivariateView form, AnalysisDomain? domain = null)
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        domain ??= AnalysisDomain.Line;
        var pieces = DomainPiece.Of(form, domain);
        var (minimum, maximum) = Range(pieces);
        var zeros = LevelSet.Of(pieces, Fraction.Zero);
        return new UnivariateAnalysis(
            form,
            domain,
            minimum,
            maximum,
            zeros,
            Signs(form, domain, zeros),
            Monotone(pieces),
            Lipschitz(pieces),
            Convexity(form, domain));
    }

    /// <summary>
    /// The extremes: an outer piece that slopes away to infinity makes that side unbounded; otherwise the
    /// extreme is the best value at a finite piece end (a flat outer piece has its value at its end too).
    /// </summary>
    private static (Extremum Minimum, Extremum Maximum) Range(List<DomainPiece> pieces)
    {
        var first = pieces[0];
        var last = pieces[pieces.Count - 1];
        var unboundedBelow = (first.From is null && first.Slope.IsPositive) || (last.To is null && last.Slope.IsNegative);
        var unboundedAbove = (first.From is null && first.Slope.IsNegative) || (last.To is null && last.Slope.IsPositive);

        Fraction? low = null, high = null;
        foreach (var piece in pieces)
        {
            foreach (var end in new[] { piece.From, piece.To })
            {
                if (end is not { } x)
                {
                    continue;
                }

                var value = piece.At(x);
                low = low is { } l && l.CompareTo(value) <= 0 ? l : value;
                high = high is { } h && h.CompareTo(value) >= 0 ? h : value;
            }
        }

        // Only a constant function on the whole line has no finite piece end.
        low ??= first.Line.ValueAtAnchor;
        high ??= first.Line.ValueAtAnchor;
        var minimum = unboundedBelow ? new Extremum(null, ImmutableArray<Interval>.Empty) : new Extremum(low, LevelSet.Of(pieces, low.Value));
        var maximum = unboundedAbove ? new Extremum(null, ImmutableArray<Interval>.Empty) : new Extremum(high, LevelSet.Of(pieces, high.Value));
        return (minimum, maximum);
    }

    /// <summary>The complement of the zeros cut at each zero; each gap's sign is the sign at a point inside it.</summary>
    private static ImmutableArray<SignPart> Signs(UnivariateView form, AnalysisDomain domain, ImmutableArray<Interval> zeros)
    {
        var parts = ImmutableArray.CreateBuilder<SignPart>();
        var start = domain.From;
        var startClosed = domain.From is not null;
        var open = true;
        foreach (var zero in zeros)
        {
            // A zero component unbounded to the left leaves no gap before it.
            if (zero.From is not null)
            {
                AddGap(parts, form, new Interval(start, startClosed, zero.From, false));
            }

            parts.Add(new SignPart(zero, 0));
            start = zero.To;
            startClosed = false;
            open = zero.To is not null;
        }

        if (open)
        {
            AddGap(parts, form, new Interval(start, startClosed, domain.To, domain.To is not null));
        }

        return parts.ToImmutable();
    }

    private static void AddGap(ImmutableArray<SignPart>.Builder parts, UnivariateView form, Interval gap)
    {
        var empty = gap.From is { } a && gap.To is { } b && (a.CompareTo(b) > 0 || (a.CompareTo(b) == 0 && !(gap.FromClosed && gap.ToClosed)));
        if (empty)
        {
            return;
        }

        parts.Add(new SignPart(gap, ExactMath.Sign(form.Evaluate(gap.Inside()))));
    }

    /// <summary>Consecutive pieces whose slopes have one sign join into one part.</summary>
    private static ImmutableArray<MonotonePart> Monotone(List<DomainPiece> pieces)
    {
        var parts = ImmutableArray.CreateBuilder<MonotonePart>();
        foreach (var piece in pieces)
        {
            var trend = piece.Slope.IsZero ? Trend.Constant : piece.Slope.IsPositive ? Trend.Increasing : Trend.Decreasing;
            if (parts.Count > 0 && parts[parts.Count - 1].Trend == trend)
            {
                var last = parts[parts.Count - 1];
                parts[parts.Count - 1] = last with { Where = last.Where with { To = piece.To, ToClosed = piece.To is not null } };
            }
            else
            {
                parts.Add(new MonotonePart(piece.AsInterval, trend));
            }
        }

        return parts.ToImmutable();
    }

    private static LipschitzConstant Lipschitz(List<DomainPiece> pieces)
    {
        var largest = pieces.Select(p => Abs(p.Slope)).Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
        var where = pieces.Where(p => Abs(p.Slope).CompareTo(largest) == 0).Select(p => p.AsInterval).ToList();
        return new LipschitzConstant(largest, LevelSet.Merge(where));
    }

    /// <summary>Convex exactly when every kink strictly inside the domain raises the slope (dₖ &gt; 0).</summary>
    private static Convexity Convexity(UnivariateView form, AnalysisDomain domain)
    {
        Breakpoint? rise = null, fall = null;
        var inside = Interval.Open(domain.From, domain.To);
        foreach (var kink in form.Breakpoints.Where(k => inside.Contains(k.At)))
        {
            if (kink.SlopeChange.IsPositive)
            {
                rise ??= kink;
            }
            else
            {
                fall ??= kink;
            }
        }

        var kind = (rise, fall) switch
        {
            (null, null) => Curvature.Affine,
            (_, null) => Curvature.Convex,
            (null, _) => Curvature.Concave,
            _ => Curvature.Neither,
        };
        return new Convexity(kind, rise, fall);
    }

    internal static Fraction Abs(Fraction value) => value.IsNegative ? (-value).Reduce() : value;
}
