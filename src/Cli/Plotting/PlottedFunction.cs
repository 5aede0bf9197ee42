using System.Collections.Generic;
using System.Collections.Immutable;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Plotting;

/// <summary>One function to draw: its legend text and its exact one-variable form.</summary>
/// <param name="Label">The expression as the user wrote it (already shortened for display).</param>
/// <param name="Form">The canonical form: its breakpoints are exactly where the graph bends.</param>
internal sealed record PlottedFunction(string Label, UnivariateForm Form)
{
    /// <summary>
    /// The graph over <paramref name="range"/> with no sampling error: a piecewise-linear function is
    /// exactly the polyline through the range's ends and every breakpoint strictly inside, each value
    /// computed exactly and rounded once to double.
    /// </summary>
    public Trace TraceOver(PlotRange range)
    {
        var kinks = ImmutableArray.CreateBuilder<Kink>();
        foreach (var breakpoint in Form.Breakpoints)
        {
            if (range.ContainsInside(breakpoint.At))
            {
                kinks.Add(new Kink(ExactMath.Format(breakpoint.At), ToDouble(breakpoint.At), ToDouble(Form.Evaluate(breakpoint.At)), breakpoint.SlopeChange.IsPositive));
            }
        }

        var xs = new List<double>(kinks.Count + 2) { ToDouble(range.From) };
        var ys = new List<double>(kinks.Count + 2) { ToDouble(Form.Evaluate(range.From)) };
        foreach (var kink in kinks)
        {
            xs.Add(kink.X);
            ys.Add(kink.Y);
        }

        xs.Add(ToDouble(range.To));
        ys.Add(ToDouble(Form.Evaluate(range.To)));
        return new Trace([.. xs], [.. ys], kinks.ToImmutable());
    }

    private static double ToDouble(Fractions.Fraction value) => ExactMath.ToDouble(value);
}

/// <summary>The polyline of one function: its vertices left to right, and the kinks among them.</summary>
/// <param name="Xs">Vertex positions, from the range's start to its end.</param>
/// <param name="Ys">Vertex values.</param>
/// <param name="Kinks">The breakpoints inside the range.</param>
internal sealed record Trace(double[] Xs, double[] Ys, ImmutableArray<Kink> Kinks);

/// <summary>A breakpoint as drawn: the exact position's text (for the label) and the point (t, f(t)).</summary>
/// <param name="At">The exact position, formatted (<c>2</c>, <c>1/3</c>).</param>
/// <param name="X">t as a double.</param>
/// <param name="Y">f(t) as a double.</param>
/// <param name="BendsUp">Whether the slope grows there (a ∨ corner, nothing of the graph below it) or shrinks (∧, nothing above).</param>
internal readonly record struct Kink(string At, double X, double Y, bool BendsUp);
