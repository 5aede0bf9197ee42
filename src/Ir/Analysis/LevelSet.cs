using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Where a one-variable piecewise-linear function takes a given value: isolated points where a sloped
/// piece crosses it, and closed intervals where a flat piece sits on it. Exact; O(K).
/// </summary>
internal static class LevelSet
{
    /// <summary>The set {x in the pieces : f(x) = <paramref name="value"/>}, as sorted, disjoint, closed components.</summary>
    public static ImmutableArray<Interval> Of(IReadOnlyList<DomainPiece> pieces, Fraction value)
    {
        var parts = new List<Interval>();
        foreach (var piece in pieces)
        {
            if (piece.Slope.IsZero)
            {
                if (piece.Line.ValueAtAnchor.CompareTo(value) == 0)
                {
                    parts.Add(piece.AsInterval);
                }

                continue;
            }

            var root = (piece.Line.Anchor + (value - piece.Line.ValueAtAnchor) / piece.Slope).Reduce();
            if (piece.AsInterval.Contains(root))
            {
                parts.Add(Interval.Point(root));
            }
        }

        return Merge(parts);
    }

    /// <summary>Joins sorted closed components that touch or overlap (a point at an interval's end disappears into it).</summary>
    public static ImmutableArray<Interval> Merge(List<Interval> sorted)
    {
        var merged = ImmutableArray.CreateBuilder<Interval>(sorted.Count);
        foreach (var part in sorted)
        {
            if (merged.Count > 0)
            {
                var last = merged[merged.Count - 1];
                var touches = last.To is not { } end || (part.From is { } start && start.CompareTo(end) <= 0);
                if (touches)
                {
                    if (Interval.CompareRight(part.To, last.To) > 0)
                    {
                        merged[merged.Count - 1] = last with { To = part.To, ToClosed = part.ToClosed };
                    }

                    continue;
                }
            }

            merged.Add(part);
        }

        return merged.ToImmutable();
    }
}
