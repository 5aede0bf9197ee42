using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Plotting;

/// <summary>One function to draw: its legend text and its exact one-variable form.</summary>
/// <param name="Label">The expression as the user wrote it (already shortened for display).</param>
/// <param name="Form">The canonical form: its breakpoints are exactly where the graph bends.</param>
internal sealed record PlottedFunction(string Label, UnivariateView Form)
{
    /// <summary>
    /// The graph over <paramref name="range"/> with no sampling error: a piecewise-linear function is
    /// exactly the polyline through the range's ends and every breakpoint strictly inside, each value
    /// computed exactly and rounded once to double. One pass over the pieces, so a million breakpoints
    /// cost a million steps (evaluating the form at each kink would cost K steps each).
    /// </summary>
    public Trace TraceOver(PlotRange range)
    {
        var pieces = Form.Pieces();
        var breakpoints = Form.Breakpoints;
        var kinks = ImmutableArray.CreateBuilder<Kink>();
        var xs = new List<double> { ToDouble(range.From) };
        var ys = new List<double>();

        // Piece k runs from breakpoint k - 1 to breakpoint k; the value at breakpoint k is on piece k.
        var k = 0;
        while (k < breakpoints.Length && breakpoints[k].At <= range.From)
        {
            k++;
        }

        ys.Add(ToDouble(ValueOn(pieces[k], range.From)));
        for (; k < breakpoints.Length && breakpoints[k].At < range.To; k++)
        {
            var at = breakpoints[k].At;
            var kink = new Kink(at, ToDouble(at), ToDouble(ValueOn(pieces[k], at)), breakpoints[k].SlopeChange.IsPositive);
            kinks.Add(kink);
            xs.Add(kink.X);
            ys.Add(kink.Y);
        }

        xs.Add(ToDouble(range.To));
        ys.Add(ToDouble(ValueOn(pieces[k], range.To)));
        return new Trace([.. xs], [.. ys], kinks.ToImmutable());
    }

    private static Fraction ValueOn(LinearPiece piece, Fraction x) => piece.Evaluate(x);

    private static double ToDouble(Fraction value) => ExactMath.ToDouble(value);
}

/// <summary>The polyline of one function: its vertices left to right, and the kinks among them.</summary>
/// <param name="Xs">Vertex positions, from the range's start to its end.</param>
/// <param name="Ys">Vertex values.</param>
/// <param name="Kinks">The breakpoints inside the range.</param>
internal sealed record Trace(double[] Xs, double[] Ys, ImmutableArray<Kink> Kinks);

/// <summary>A breakpoint as drawn: its exact position and the point (t, f(t)) in doubles.</summary>
/// <param name="Exact">The exact position t.</param>
/// <param name="X">t as a double.</param>
/// <param name="Y">f(t) as a double.</param>
/// <param name="BendsUp">Whether the slope grows there (a ∨ corner, nothing of the graph below it) or shrinks (∧, nothing above).</param>
internal readonly record struct Kink(Fraction Exact, double X, double Y, bool BendsUp)
{
    /// <summary>The exact position as label text (<c>2</c>, <c>1/3</c>); formatted only for the kinks that get a label.</summary>
    public string At => ExactMath.Format(Exact);
}
