using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// The minimum or maximum of a function on a domain and every place it is reached, such as
/// <c>0 on (-∞, 0]</c>. <see cref="Value"/> is null when the function is unbounded that way (−∞ for a
/// minimum, +∞ for a maximum); then <see cref="At"/> is empty.
/// </summary>
/// <param name="Value">The exact extreme value, null when unbounded.</param>
/// <param name="At">Where it is reached: isolated points and closed intervals, left to right.</param>
public sealed record Extremum(Fraction? Value, ImmutableArray<Interval> At);

/// <summary>Which way a function goes on a monotone part.</summary>
public enum Trend
{
    /// <summary>Every slope on the part is negative.</summary>
    Decreasing,

    /// <summary>The slope is 0.</summary>
    Constant,

    /// <summary>Every slope on the part is positive.</summary>
    Increasing,
}

/// <summary>A maximal interval on which the function keeps one <see cref="Trend"/>.</summary>
/// <param name="Where">The closed interval.</param>
/// <param name="Trend">Decreasing, constant or increasing.</param>
public readonly record struct MonotonePart(Interval Where, Trend Trend);

/// <summary>A maximal part of the domain where the function has one sign: -1, 0 (a zero) or 1.</summary>
/// <param name="Where">The part: open between zeros, a closed component for a zero.</param>
/// <param name="Sign">-1, 0 or 1.</param>
public readonly record struct SignPart(Interval Where, int Sign);

/// <summary>The Lipschitz constant of a one-variable function: its largest |slope|, and the pieces where it is reached.</summary>
/// <param name="Value">max |f′| over the domain.</param>
/// <param name="At">The closed intervals whose slope is ±<paramref name="Value"/>.</param>
public sealed record LipschitzConstant(Fraction Value, ImmutableArray<Interval> At);

/// <summary>The shape of a piecewise-linear function on a domain.</summary>
public enum Curvature
{
    /// <summary>No kink inside the domain: both convex and concave.</summary>
    Affine,

    /// <summary>Every kink inside the domain raises the slope.</summary>
    Convex,

    /// <summary>Every kink inside the domain lowers the slope.</summary>
    Concave,

    /// <summary>Kinks of both signs.</summary>
    Neither,
}

/// <summary>Convexity, with the first kink of each sign inside the domain as evidence.</summary>
/// <param name="Kind">Affine, convex, concave or neither.</param>
/// <param name="FirstRise">The first kink inside the domain with dₖ &gt; 0, if any.</param>
/// <param name="FirstFall">The first kink inside the domain with dₖ &lt; 0, if any.</param>
public sealed record Convexity(Curvature Kind, Breakpoint? FirstRise, Breakpoint? FirstFall);
