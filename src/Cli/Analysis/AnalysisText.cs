using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;

namespace ReluCompiler.Cli.Analysis;

/// <summary>The lines <c>relu analyze</c> prints, one fact a line, every number exact.</summary>
internal static class AnalysisText
{
    public static IEnumerable<string> Lines(UnivariateAnalysis a)
    {
        var x = a.Variable;
        yield return $"f({x}) = {a.Form}";
        yield return $"on: {x} in {a.Domain}";
        yield return "minimum: " + Extreme(a.Minimum, x, "-" + Interval.Infinity + " (unbounded below)");
        yield return "maximum: " + Extreme(a.Maximum, x, Interval.Infinity + " (unbounded above)");
        yield return "zeros: " + (a.Zeros.IsEmpty ? "none" : Where(a.Zeros, x));
        yield return "sign: " + string.Join(", ", a.Signs.Select(Sign));
        yield return "monotone: " + string.Join(", ", a.Monotone.Select(p => Trend(p.Trend) + " on " + p.Where));
        yield return $"Lipschitz constant: {ExactMath.Format(a.Lipschitz.Value)} (the largest |slope|), reached on {string.Join(", ", a.Lipschitz.At)}";
        yield return "convexity: " + Convexity(a.Convexity, x);
    }

    public static IEnumerable<string> Lines(MultivariateAnalysis a, string expressionText)
    {
        var names = string.Join(", ", a.Variables);
        yield return $"f({names}) = {expressionText}";
        yield return $"on: {names} in {(a.Domain.IsBounded ? a.Domain + " each" : a.Domain.ToString())}";
        if (a.Range is { } range)
        {
            yield return (range.IsExact ? "minimum: " : "minimum: at least ") + Point(range.Minimum, a.Variables);
            yield return (range.IsExact ? "maximum: " : "maximum: at most ") + Point(range.Maximum, a.Variables);
            yield return "  range " + range.Method;
        }
        else if (a.BoundedBelow is { } below && a.BoundedAbove is { } above)
        {
            yield return $"range: {(below ? "bounded below" : "unbounded below")}, {(above ? "bounded above" : "unbounded above")} (exact, from the function's behaviour at infinity); --on A,B gives exact extremes on a box";
        }
        else
        {
            yield return "range: not computed on this domain; --on A,B with finite ends gives exact extremes on a box";
        }

        var l = a.Lipschitz;
        var gradient = l.Gradient.IsEmpty ? "" : $", gradient ({string.Join(", ", l.Gradient.Select(ExactMath.Format))})";
        yield return $"Lipschitz constant{(l.IsExact ? "" : " (upper bound)")}: {SquareRoot(l.EuclideanSquared)} for the Euclidean norm{gradient}; {ExactMath.Format(l.SumOfSlopes)} for the max norm (sum of |slopes|)";
        yield return "  Lipschitz " + l.Method;
        yield return "convexity: " + a.Curvature switch
        {
            Curvature.Affine => "affine (no kink crosses the domain)",
            Curvature.Convex => "convex (every kink crossing the domain has a positive coefficient)",
            Curvature.Concave => "concave (every kink crossing the domain has a negative coefficient)",
            _ => "neither convex nor concave (kinks of both signs cross the domain)",
        };
        yield return "zeros, signs and monotone parts: given for one variable only";
    }

    public static string Extreme(Extremum e, string x, string unbounded) =>
        e.Value is { } value ? $"{ExactMath.Format(value)} at {Where(e.At, x)}" : unbounded;

    public static string Where(ImmutableArray<Interval> parts, string x) => string.Join(", ", parts.Select(p => p.Describe(x)));

    public static string Point(PointExtremum e, ImmutableArray<string> names) =>
        e.At.IsEmpty
            ? ExactMath.Format(e.Value)
            : $"{ExactMath.Format(e.Value)} at ({string.Join(", ", names)}) = ({string.Join(", ", e.At.Select(ExactMath.Format))})";

    /// <summary><c>√2 ≈ 1.4142135623730951</c>, or the exact root when q is the square of a rational.</summary>
    public static string SquareRoot(Fraction square)
    {
        var n = square.Numerator;
        var d = square.Denominator;
        var rn = IntegerRoot(n);
        var rd = IntegerRoot(d);
        if (rn * rn == n && rd * rd == d)
        {
            return ExactMath.Format(new Fraction(rn, rd));
        }

        var approx = System.Math.Sqrt(ExactMath.ToDouble(square));
        return $"\u221A({ExactMath.Format(square)}) \u2248 {ExactMath.Format(approx)}"; // √ and ≈
    }

    private static System.Numerics.BigInteger IntegerRoot(System.Numerics.BigInteger n)
    {
        if (n.Sign <= 0)
        {
            return System.Numerics.BigInteger.Zero;
        }

        // Newton's method from above: x only decreases until it reaches floor(√n).
        var x = System.Numerics.BigInteger.One << (int)((n.GetBitLength() / 2) + 1);
        while (true)
        {
            var y = (x + (n / x)) >> 1;
            if (y >= x)
            {
                return x;
            }

            x = y;
        }
    }

    private static string Sign(SignPart part) => part.Sign switch
    {
        0 => "0 " + (part.Where.IsPoint ? "at " : "on ") + part.Where,
        > 0 => "+ on " + part.Where,
        _ => "- on " + part.Where,
    };

    public static string Trend(Trend trend) => trend switch
    {
        Ir.Analysis.Trend.Increasing => "increasing",
        Ir.Analysis.Trend.Decreasing => "decreasing",
        _ => "constant",
    };

    private static string Convexity(Convexity c, string x) => c.Kind switch
    {
        Curvature.Affine => "affine (no kink inside the domain): both convex and concave",
        Curvature.Convex => "convex (every kink raises the slope)",
        Curvature.Concave => "concave (every kink lowers the slope)",
        _ => $"neither (the slope rises at {x} = {ExactMath.Format(c.FirstRise!.Value.At)} and falls at {x} = {ExactMath.Format(c.FirstFall!.Value.At)})",
    };
}
