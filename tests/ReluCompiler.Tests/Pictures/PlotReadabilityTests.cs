using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Fractions;
using ReluCompiler.Cli.Plotting;
using Xunit;

namespace ReluCompiler.Tests.Pictures;

/// <summary>Pictures that stay readable: many curves, many kinks, LaTeX titles, and ranges doubles cannot draw.</summary>
public sealed class PlotReadabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("relu-plot-read-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FortyCurvesGetFortyDistinctStylesAndWidthsStayInABand()
    {
        var styles = Enumerable.Range(0, CurveStyles.MaxCurves).Select(i => (CurveStyles.ColorOf(i).Red, CurveStyles.ColorOf(i).Green, CurveStyles.ColorOf(i).Blue, CurveStyles.PatternOf(i))).ToList();
        Assert.Equal(CurveStyles.MaxCurves, styles.Distinct().Count());
        var widths = Enumerable.Range(0, 40).Select(i => CurveStyles.WidthOf(i, 40)).ToList();
        Assert.Equal((2.5f, 8.5f), (widths.Min(), widths.Max()));
        Assert.Equal(4.5f, CurveStyles.WidthOf(0, 2));
    }

    [Fact]
    public void MoreCurvesThanStylesAreRefused()
    {
        var run = Cli.CliRunner.Run([.. new[] { "plot", "-o", Path.Combine(_folder, "p.png") }, .. Enumerable.Range(0, 41).Select(k => $"σ(x-{k})")]);
        Assert.Equal((2, "error: plot draws at most 40 expressions in one picture (each its own colour and line style), got 41\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void DecimationKeepsAtMostFourVerticesAColumnWithTheLowestAndHighest()
    {
        var xs = Enumerable.Range(0, 10_000).Select(i => i / 10_000.0).ToArray();
        var ys = xs.Select((x, i) => i % 2 == 0 ? x : -x).ToArray();
        var (keptX, keptY) = Decimation.Polyline(xs, ys, 0, 1, 100);
        Assert.InRange(keptX.Length, 300, 400);
        Assert.Equal((0.0, 0.9999), (keptX[0], keptX[^1]));
        Assert.Equal((ys.Min(), ys.Max()), (keptY.Min(), keptY.Max()));
        Assert.True(keptX.Zip(keptX.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void AShortPolylineIsKeptWhole()
    {
        double[] xs = [0, 1, 2];
        Assert.Same(xs, Decimation.Polyline(xs, [0, 1, 0], 0, 2, 800).Xs);
    }

    [Fact]
    public void LabelsOfCrowdedKinksNeverOverlapAndStayInTheArea()
    {
        // 40 kinks a quarter apart over 800 pixels: 20 pixels each, narrower than a label.
        var kinks = Enumerable.Range(0, 40).Select(k => new Kink(new Fraction(k, 4), k / 4.0, k % 2, k % 2 == 0)).ToImmutableArray();
        var trace = new Trace([.. kinks.Select(k => k.X)], [.. kinks.Select(k => k.Y)], kinks);
        var labels = KinkLabelLayout.Place([trace], "x", (x, y) => ((float)(x * 80), (float)(250 - y * 100)), (0, 800, 0, 500), 13);
        Assert.InRange(labels.Count, 5, 39);
        var boxes = labels.Select(l => (Center: l.Kink.X * 80, Half: l.Text.Length * 13 * 0.7 / 2, l.Kink.BendsUp)).ToList();
        foreach (var (a, b) in boxes.Zip(boxes.Skip(1)))
        {
            Assert.True(a.BendsUp != b.BendsUp || a.Center + a.Half <= b.Center - b.Half, $"labels at {a.Center} and {b.Center} overlap");
        }

        Assert.All(boxes, b => Assert.InRange(b.Center - b.Half, 0, 800 - (2 * b.Half)));
    }

    [Fact]
    public void TwoThousandKinksAreAllTracedAndOnlyAFewLabelled()
    {
        var path = Path.Combine(_folder, "dense.svg");
        var expression = string.Join(" + ", Enumerable.Range(0, 2000).Select(k => $"{(k % 2 == 0 ? 1 : -1)}*σ(x-{k})"));
        var run = Cli.CliRunner.Run("plot", expression, "-o", path);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.InRange(texts.Count(t => t.StartsWith("x = ", StringComparison.Ordinal)), 5, 100);
        var trace = new PlottedFunction("f", Relu.Parse(expression).ToUnivariate()).TraceOver(new PlotRange(new Fraction(-1), new Fraction(2000)));
        Assert.Equal(2000, trace.Kinks.Length);
        Assert.Equal(1000.0, trace.Ys[^2]);
    }

    [Theory]
    [InlineData(@"\sigma(1 \times x-1) + \sigma(0 \times x +1)", "σ(1 × x-1) + σ(0 × x +1)")]
    [InlineData(@"\operatorname{ReLU}\left(x - \frac{1}{2}\right)", "ReLU(x - (1)/(2))")]
    [InlineData(@"\max\{0, x\} \cdot 2", "max{0, x} · 2")]
    [InlineData(@"\unknown(x)", @"\unknown(x)")]
    public void LatexInTitlesAndLegendsIsShownInUnicode(string latex, string shown) =>
        Assert.Equal(shown, LatexDisplay.ToUnicode(latex));

    [Theory]
    [InlineData(new[] { "--from", "-1e300", "--to", "1e300" }, "σ(x)", "error: the values on this range reach past 1e300")]
    [InlineData(new[] { "--from", "-1e301", "--to", "1" }, "σ(x)", "error: the x-range [-1e301, 1] reaches past 1e300")]
    [InlineData(new string[0], "σ(x - 1e20)", "error: the x-range [99999999999999999999, 100000000000000000001] is too narrow for its distance from 0 to be drawn in double precision")]
    public void RangesThatDoublesCannotDrawAreRefusedWithTheReason(string[] range, string expression, string message)
    {
        var path = Path.Combine(_folder, "r.png");
        var run = Cli.CliRunner.Run([.. new[] { "plot", expression, "-o", path }, .. range]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void EndsCloseTogetherFarBelowOneAreReadExactly()
    {
        var path = Path.Combine(_folder, "tiny.svg");
        var run = Cli.CliRunner.Run("plot", "σ(x)", "-o", path, "--from", "1.5e-28", "--to", "2e-28");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("1.6E-28", texts);
    }

    [Fact]
    public void TheAutomaticRangeKeepsEveryBreakpointWithAMargin()
    {
        var form = Relu.Parse("σ(x - 1/3) - σ(x - 10000000000000000000001/10)").ToUnivariate();
        var range = PlotRange.Around([form]);
        Assert.True(range.From < new Fraction(1, 3) && range.To > new Fraction(System.Numerics.BigInteger.Parse("10000000000000000000001", System.Globalization.CultureInfo.InvariantCulture), 10));
    }
}
