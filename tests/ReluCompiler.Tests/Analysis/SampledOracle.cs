using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Analysis;

/// <summary>
/// The independent side of the analysis tests: a one-variable sum evaluated exactly, as written, at every
/// kink of every term, midway between neighbours, at the domain's ends and beyond the outer kinks. Between
/// two neighbouring samples the function is one line, so these samples decide every question exactly.
/// </summary>
internal sealed class SampledOracle
{
    public SampledOracle(ReluSum sum, string variable, Fraction? from = null, Fraction? to = null)
    {
        Variable = variable;
        Sum = sum;
        var kinks = new List<Fraction>();
        foreach (var term in sum.Terms)
        {
            var w = term.Argument.CoefficientOf(variable);
            if (!w.IsZero)
            {
                kinks.Add((-term.Argument.Constant / w).Reduce());
            }
        }

        kinks.AddRange(new[] { from, to }.Where(e => e is not null).Select(e => e!.Value));
        var sorted = kinks.Distinct().OrderBy(k => k).ToList();
        var low = sorted.Count == 0 ? Fraction.Zero : sorted[0];
        var high = sorted.Count == 0 ? Fraction.Zero : sorted[^1];
        var points = new List<Fraction>(sorted);
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            points.Add(((sorted[i] + sorted[i + 1]) / 2).Reduce());
        }

        // Two points beyond each end fix the outer lines; a third shows the trend continues.
        points.AddRange(new[] { low - 1, low - 2, low - 3, high + 1, high + 2, high + 3 }.Select(p => p.Reduce()));
        Points = points
            .Where(p => (from is not { } a || p.CompareTo(a) >= 0) && (to is not { } b || p.CompareTo(b) <= 0))
            .Distinct()
            .OrderBy(p => p)
            .ToList();
        Values = Points.Select(At).ToList();
        FarLeftSlope = from is null ? (At(low - 2) - At(low - 1)).Reduce() * -1 : Fraction.Zero;
        FarRightSlope = to is null ? (At(high + 2) - At(high + 1)).Reduce() : Fraction.Zero;
    }

    public string Variable { get; }

    public ReluSum Sum { get; }

    /// <summary>The samples, sorted.</summary>
    public List<Fraction> Points { get; }

    public List<Fraction> Values { get; }

    /// <summary>The slope of the line left of every kink (0 when the domain is bounded on the left).</summary>
    public Fraction FarLeftSlope { get; }

    /// <summary>The slope right of every kink (0 when bounded on the right).</summary>
    public Fraction FarRightSlope { get; }

    public Fraction At(Fraction x) => Sum.Evaluate(new Dictionary<string, Fraction> { [Variable] = x });

    /// <summary>The slopes between neighbouring samples: exactly the slopes of the pieces.</summary>
    public IEnumerable<(Fraction From, Fraction To, Fraction Slope)> Segments()
    {
        for (var i = 0; i + 1 < Points.Count; i++)
        {
            yield return (Points[i], Points[i + 1], ((Values[i + 1] - Values[i]) / (Points[i + 1] - Points[i])).Reduce());
        }
    }
}
