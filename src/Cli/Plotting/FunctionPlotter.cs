using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReluCompiler.Cli.Infrastructure;
using ScottPlot;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Draws one-variable ReLU sums the way a student would on paper: each function as its exact polyline
/// in its own colour, a dot at every kink labelled with its position (<c>x = 2</c>), the axes through 0,
/// and a legend naming each expression. Rendering is headless (SkiaSharp with its bundled native library,
/// which needs neither fontconfig nor X); text uses the fonts under /usr/share/fonts, DejaVu Sans where
/// installed, which has σ.
/// </summary>
internal static class FunctionPlotter
{
    private const string PreferredFont = "DejaVu Sans";
    private const float KinkSize = 10;
    private const float DenseKinkSize = 4;
    private const float LabelFontSize = 13;
    private const int LabelRoom = 32;
    private const int FramePixels = 160;

    /// <summary>Past one kink per this many pixel columns, a curve is dense: small dots, de-duplicated per pixel.</summary>
    private const int DensePixelsPerKink = 8;

    /// <summary>The picture as file bytes: a PNG, or UTF-8 SVG text.</summary>
    public static byte[] Render(IReadOnlyList<PlottedFunction> functions, PlotRange range, PlotPicture picture, PlotFormat format)
    {
        // Skia's self-contained Linux build reads fonts from /usr/share/fonts; with none there it draws
        // every title, label and tick as nothing. A picture without its text is wrong, so say why instead.
        if (SkiaSharp.SKTypeface.Default.GlyphCount == 0)
        {
            throw new CliException("no fonts are installed (none under /usr/share/fonts), so the plot would have no text; install one, e.g. the Debian package fonts-dejavu-core");
        }

        if (functions.Count > CurveStyles.MaxCurves)
        {
            throw new CliException($"plot draws at most {CurveStyles.MaxCurves} expressions in one picture (each its own colour and line style), got {functions.Count}");
        }

        using var plot = new Plot();
        if (Fonts.GetTypeface(PreferredFont, bold: false, italic: false)?.FamilyName == PreferredFont)
        {
            plot.Font.Set(PreferredFont);
        }

        var traces = functions.Select(f => f.TraceOver(range)).ToList();
        CheckDrawable(functions, traces);
        var (left, right) = (ExactEnd(range.From), ExactEnd(range.To));
        DrawableRange.Check(range, left, right);
        var (bottom, top) = VerticalLimits(traces, picture.Height);
        DrawableRange.CheckValues(bottom, top);
        DrawAxesThroughOrigin(plot, range);
        DifferenceShading.Draw(plot, picture.Shaded);

        // Lines first, then every dot, then every label, so no line covers another graph's dot.
        for (var i = 0; i < traces.Count; i++)
        {
            var (xs, ys) = Decimation.Polyline(traces[i].Xs, traces[i].Ys, left, right, picture.Width);
            var line = plot.Add.ScatterLine(xs, ys, CurveStyles.ColorOf(i));
            line.LegendText = functions[i].Label;
            line.LineWidth = CurveStyles.WidthOf(i, traces.Count);
            line.LinePattern = CurveStyles.PatternOf(i);
        }

        for (var i = 0; i < traces.Count; i++)
        {
            var dense = traces[i].Kinks.Length * DensePixelsPerKink > picture.Width;
            var (kx, ky) = dense ? OnePerPixel(traces[i], (left, right, bottom, top), picture) : (traces[i].Kinks.Select(k => k.X).ToArray(), traces[i].Kinks.Select(k => k.Y).ToArray());
            plot.Add.Markers(kx, ky, MarkerShape.FilledCircle, dense ? DenseKinkSize : KinkSize, CurveStyles.ColorOf(i));
        }

        plot.Axes.SetLimits(left, right, bottom, top);
        TickLabels.Apply(plot.Axes.Bottom, left, right);
        TickLabels.Apply(plot.Axes.Left, bottom, top);
        plot.Title(picture.Title);
        plot.XLabel(picture.Variable);
        plot.YLabel("y");
        plot.ShowLegend(Edge.Bottom);

        // The labels are laid out in pixels, so the frame is rendered once first; labels do not move it.
        plot.GetImage(picture.Width, picture.Height).Dispose();
        DrawKinkLabels(plot, traces, picture.Variable);

        return format switch
        {
            PlotFormat.Png => plot.GetImageBytes(picture.Width, picture.Height, ImageFormat.Png),
            PlotFormat.Svg => Encoding.UTF8.GetBytes(SvgIds.Renumber(plot.GetSvgXml(picture.Width, picture.Height))),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown picture format."),
        };
    }

    /// <summary>A dense curve's kinks, one per half pixel of the picture: the same dots, drawn once.</summary>
    private static (double[] Xs, double[] Ys) OnePerPixel(Trace trace, (double Left, double Right, double Bottom, double Top) limits, PlotPicture picture)
    {
        var seen = new HashSet<(long, long)>();
        var xs = new List<double>();
        var ys = new List<double>();
        var sx = 2 * picture.Width / (limits.Right - limits.Left);
        var sy = 2 * picture.Height / (limits.Top - limits.Bottom);
        foreach (var kink in trace.Kinks)
        {
            if (seen.Add(((long)Math.Floor((kink.X - limits.Left) * sx), (long)Math.Floor((kink.Y - limits.Bottom) * sy))))
            {
                xs.Add(kink.X);
                ys.Add(kink.Y);
            }
        }

        return (xs.ToArray(), ys.ToArray());
    }

    /// <summary>Exact values past ±1.8e308 round to ∞, and a polyline to ∞ would silently vanish from the picture.</summary>
    private static void CheckDrawable(IReadOnlyList<PlottedFunction> functions, IReadOnlyList<Trace> traces)
    {
        for (var i = 0; i < traces.Count; i++)
        {
            if (!traces[i].Xs.Concat(traces[i].Ys).All(double.IsFinite))
            {
                throw new CliException($"`{functions[i].Label}` reaches values beyond the double range (about 1.8e308) on this range, which a picture cannot show");
            }
        }
    }

    /// <summary>
    /// <c>x = t</c> beside a kink: below a ∨ corner and above a ∧ corner, where the graph itself never
    /// passes; thinned by <see cref="KinkLabelLayout"/> so that no two overlap.
    /// </summary>
    private static void DrawKinkLabels(Plot plot, IReadOnlyList<Trace> traces, string variable)
    {
        var rect = plot.RenderManager.LastRender.DataRect;
        var labels = KinkLabelLayout.Place(
            traces,
            variable,
            (x, y) =>
            {
                var pixel = plot.GetPixel(new Coordinates(x, y));
                return (pixel.X, pixel.Y);
            },
            (rect.Left, rect.Right, rect.Top, rect.Bottom),
            LabelFontSize);
        foreach (var (trace, kink, text) in labels)
        {
            var label = plot.Add.Text(text, kink.X, kink.Y);
            label.LabelFontColor = CurveStyles.ColorOf(trace);
            label.LabelFontSize = LabelFontSize;
            label.LabelAlignment = kink.BendsUp ? Alignment.UpperCenter : Alignment.LowerCenter;
            label.OffsetY = kink.BendsUp ? KinkLabelLayout.Gap : -KinkLabelLayout.Gap;
        }
    }

    /// <summary>The x- and y-axes as thin grey lines, as on squared paper; the y-axis only when 0 is in view.</summary>
    private static void DrawAxesThroughOrigin(Plot plot, PlotRange range)
    {
        var grey = Colors.Black.WithAlpha(0.45);
        plot.Add.HorizontalLine(0, 1, grey);
        if (range.From.IsNegative && range.To.IsPositive)
        {
            plot.Add.VerticalLine(0, 1, grey);
        }
    }

    /// <summary>
    /// The y-interval: every vertex and 0 (so the x-axis is always in view), with room above and below
    /// for a kink label: an eighth of the span, or more on a short picture, where a label takes a bigger
    /// share of the height. A flat zero function gets [−1, 1].
    /// </summary>
    internal static (double Bottom, double Top) VerticalLimits(IReadOnlyList<Trace> traces, int heightPixels)
    {
        var low = 0.0;
        var high = 0.0;
        foreach (var y in traces.SelectMany(t => t.Ys))
        {
            low = Math.Min(low, y);
            high = Math.Max(high, y);
        }

        var span = high - low;
        if (!double.IsFinite(span * 2))
        {
            throw new CliException("the values span more than the double range (about 1.8e308), which a picture cannot show");
        }

        if (span == 0)
        {
            return (low - 1, high + 1);
        }

        // Title, axis labels and legend take about this many pixels; a label needs LabelRoom more on
        // each side, so p·h/(span + 2p) ≥ LabelRoom gives p ≥ LabelRoom·span/(h − 2·LabelRoom).
        var dataPixels = Math.Max(heightPixels - FramePixels, 3 * LabelRoom);
        var pad = Math.Max(span / 8, LabelRoom * span / (dataPixels - 2 * LabelRoom));
        return (low - pad, high + pad);
    }

    private static double ExactEnd(Fractions.Fraction end) => Ir.ExactMath.ToDouble(end);
}
