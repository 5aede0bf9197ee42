using System.Collections.Generic;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// The x-interval [From, To] a plot shows, with exact ends so the polyline's end values are exact too.
/// </summary>
internal readonly record struct PlotRange(Fraction From, Fraction To)
{
    /// <summary>Half-width of the window shown around 0 when no function has a breakpoint.</summary>
    private static readonly Fraction PlainHalfWidth = new(3);

    /// <summary>
    /// The interval that shows every breakpoint of every function with room on both sides:
    /// [min t − margin, max t + margin], margin = max(1, span/4), so a single kink still gets one unit
    /// of straight line on each side and a wide spread keeps a quarter of its span. With no breakpoints
    /// at all (lines and constants), [−3, 3].
    /// </summary>
    public static PlotRange Around(IEnumerable<UnivariateView> forms)
    {
        Fraction? lowest = null;
        Fraction? highest = null;
        foreach (var form in forms)
        {
            if (form.Breakpoints.IsEmpty)
            {
                continue;
            }

            // Breakpoints are sorted, so the ends of each form's list are its extremes.
            var first = form.Breakpoints[0].At;
            var last = form.Breakpoints[^1].At;
            lowest = lowest is { } lo && lo <= first ? lo : first;
            highest = highest is { } hi && hi >= last ? hi : last;
        }

        if (lowest is not { } min || highest is not { } max)
        {
            return new PlotRange(-PlainHalfWidth, PlainHalfWidth);
        }

        var quarter = ((max - min) / 4).Reduce();
        var margin = quarter > Fraction.One ? quarter : Fraction.One;
        return new PlotRange((min - margin).Reduce(), (max + margin).Reduce());
    }

    /// <summary>Whether <paramref name="x"/> lies strictly between the ends.</summary>
    public bool ContainsInside(Fraction x) => x > From && x < To;
}
