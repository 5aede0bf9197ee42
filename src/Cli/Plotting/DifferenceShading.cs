using System.Collections.Generic;
using System.Linq;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using ScottPlot;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// <c>relu plot A B --diff</c>: the x-intervals where two graphs differ (exactly, from
/// <see cref="DifferenceAnalysis"/>) shaded behind them.
/// </summary>
internal static class DifferenceShading
{
    /// <summary>The parts of <paramref name="range"/> where the two functions differ, as doubles.</summary>
    public static IReadOnlyList<(double From, double To)> Between(UnivariateView left, UnivariateView right, PlotRange range)
    {
        var variable = left.Variable ?? right.Variable;
        var diff = DifferenceAnalysis.Of(left.Form, right.Form, variable is null ? [] : [variable], AnalysisDomain.Between(range.From, range.To));
        return diff.Differs.Select(part => (ExactMath.ToDouble(part.Where.From!.Value), ExactMath.ToDouble(part.Where.To!.Value))).ToList();
    }

    /// <summary>Draws each interval as a pale band across the plot.</summary>
    public static void Draw(Plot plot, IReadOnlyList<(double From, double To)> shaded)
    {
        foreach (var (from, to) in shaded)
        {
            var band = plot.Add.HorizontalSpan(from, to);
            band.FillStyle.Color = Colors.Red.WithAlpha(0.12);
            band.LineStyle.Width = 0;
        }
    }
}
