using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A point where a non-zero several-variable canonical form d = f − g is not zero.
/// <para>
/// The origin is tried first (it gives the plainest witnesses). With no kinks d is then a non-zero
/// linear function, non-zero at a unit vector. Otherwise take the first kink dₖ·σ(hₖ·x + βₖ) and an
/// exact point p on its hyperplane Hₖ that lies on no other hyperplane: near p every other term is
/// linear, so along p + s·hₖ the function is linear on each side of s = 0 with a slope change of
/// dₖ·|hₖ|² ≠ 0. If d vanished at p − εhₖ, p and p + εhₖ (with ε small enough that the segment meets
/// no other hyperplane) both slopes would be 0, a contradiction: one of the three points separates.
/// </para>
/// <para>
/// p is found on a line inside Hₖ: the free variables (all but Hₖ's leading one) are s·v with
/// v = (1, r, r², …), the leading one solved from Hₖ. Each other hyperplane meets that line in at most
/// one s unless it contains the line; v is changed (r = 1, 2, …) until no hyperplane contains it,
/// which a non-parallel hyperplane can do for at most n − 2 values of r. Then s is the first of
/// 0, 1, −1, 2, … that is not one of the at most K − 1 meeting points. All of it is O(n·K) exact work.
/// </para>
/// </summary>
internal static class HyperplaneWitness
{
    public static Dictionary<string, Fraction> Find(CanonicalForm difference, ImmutableArray<string> names)
    {
        var variables = difference.Variables;
        var origin = variables.ToDictionary(v => v, _ => Fraction.Zero, StringComparer.Ordinal);
        if (!difference.Evaluate(origin).IsZero || variables.IsEmpty)
        {
            return Fill(origin, names);
        }

        if (difference.Terms.IsEmpty)
        {
            // A linear function that is 0 at the origin: 1 in its first variable gives that coefficient.
            var unit = new Dictionary<string, Fraction>(origin, StringComparer.Ordinal) { [difference.Affine.Terms[0].Variable] = Fraction.One };
            return Fill(unit, names);
        }

        var planes = difference.Terms.Select(t => Vector(t.Hyperplane, variables)).ToArray();
        var p = PointOnFirstHyperplane(planes, variables.IndexOf(difference.Terms[0].LeadingVariable, StringComparer.Ordinal));
        var epsilon = SafeStep(planes, p);
        var normal = planes[0].Normal;
        foreach (var step in new[] { Fraction.Zero, epsilon, -epsilon })
        {
            var point = new Dictionary<string, Fraction>(StringComparer.Ordinal);
            for (var i = 0; i < variables.Length; i++)
            {
                point[variables[i]] = (p[i] + step * normal[i]).Reduce();
            }

            if (!difference.Evaluate(point).IsZero)
            {
                return Fill(point, names);
            }
        }

        throw new InvalidOperationException("Internal error: no separating point was found next to a kink of the difference.");
    }

    private static Fraction[] PointOnFirstHyperplane(Plane[] planes, int lead)
    {
        var n = planes[0].Normal.Length;
        var h = planes[0].Normal;
        var beta = planes[0].Offset;
        for (var r = 1; ; r++)
        {
            // Direction of the line inside H₀: free coordinates v_f = r^f, the leading one follows.
            var direction = new Fraction[n];
            var power = Fraction.One;
            var slopeOfLead = Fraction.Zero;
            for (var i = 0; i < n; i++)
            {
                if (i == lead)
                {
                    continue;
                }

                direction[i] = power;
                slopeOfLead -= h[i] * power;
                power *= r;
            }

            direction[lead] = slopeOfLead;
            var basePoint = new Fraction[n];
            Array.Fill(basePoint, Fraction.Zero);
            basePoint[lead] = -beta;

            var meetings = new HashSet<Fraction>();
            var contained = false;
            for (var j = 1; j < planes.Length && !contained; j++)
            {
                var at0 = planes[j].ValueAt(basePoint);
                var rate = Dot(planes[j].Normal, direction);
                if (!rate.IsZero)
                {
                    meetings.Add((-at0 / rate).Reduce());
                }
                else
                {
                    contained = at0.IsZero;
                }
            }

            if (contained)
            {
                continue;
            }

            var s = FirstFreeInteger(meetings);
            return basePoint.Select((b, i) => (b + s * direction[i]).Reduce()).ToArray();
        }
    }

    /// <summary>The first of 0, 1, −1, 2, −2, … not in <paramref name="taken"/>.</summary>
    private static Fraction FirstFreeInteger(HashSet<Fraction> taken)
    {
        for (var k = 0; ; k++)
        {
            foreach (var candidate in k == 0 ? new[] { 0 } : new[] { k, -k })
            {
                var value = new Fraction(candidate);
                if (!taken.Contains(value))
                {
                    return value;
                }
            }
        }
    }

    /// <summary>ε = 2^−m (at most 1) with p ± ε·h₀ strictly on p's side of every other hyperplane.</summary>
    private static Fraction SafeStep(Plane[] planes, Fraction[] p)
    {
        Fraction? bound = null;
        for (var j = 1; j < planes.Length; j++)
        {
            var rate = Dot(planes[j].Normal, planes[0].Normal);
            if (rate.IsZero)
            {
                continue;
            }

            var ratio = (planes[j].ValueAt(p) / rate).Reduce();
            ratio = ratio.IsNegative ? -ratio : ratio;
            bound = bound is { } b && b <= ratio ? b : ratio;
        }

        var epsilon = Fraction.One;
        while (bound is { } limit && epsilon >= limit)
        {
            epsilon /= 2;
        }

        return epsilon.Reduce();
    }

    private static Plane Vector(AffineForm hyperplane, ImmutableArray<string> variables) =>
        new(variables.Select(hyperplane.CoefficientOf).ToArray(), hyperplane.Constant);

    private static Fraction Dot(Fraction[] a, Fraction[] b)
    {
        var sum = Fraction.Zero;
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].IsZero && !b[i].IsZero)
            {
                sum += a[i] * b[i];
            }
        }

        return sum.Reduce();
    }

    private static Dictionary<string, Fraction> Fill(Dictionary<string, Fraction> point, ImmutableArray<string> names) =>
        names.ToDictionary(n => n, n => point.TryGetValue(n, out var value) ? value : Fraction.Zero, StringComparer.Ordinal);

    /// <summary>A hyperplane h·x + β as a dense vector over the form's variables.</summary>
    private sealed record Plane(Fraction[] Normal, Fraction Offset)
    {
        public Fraction ValueAt(Fraction[] point) => (Dot(Normal, point) + Offset).Reduce();
    }
}
