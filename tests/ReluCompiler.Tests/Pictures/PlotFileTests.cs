using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Fractions;
using ReluCompiler.Cli.Commands;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Cli.Plotting;
using ReluCompiler.Ir;
using Xunit;
using static ReluCompiler.Tests.Pictures.BlogIr;

namespace ReluCompiler.Tests.Pictures;

/// <summary>The files <c>relu plot</c> writes, driven from hand-built IR through the command's post-parse half.</summary>
public sealed class PlotFileTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly ImmutableArray<string> X = ["x"];

    private readonly string _folder = Directory.CreateTempSubdirectory("relu-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Exercise 4 of the blog: σ(x-2), -σ(x-3) and their sum.</summary>
    private static List<(string, ReluSum, ImmutableArray<string>)> ExerciseFour() =>
    [
        ("σ(x-2)", Sum(0, (1, 1, -2)), X),
        ("-σ(x-3)", Sum(0, (-1, 1, -3)), X),
        ("σ(x-2) - σ(x-3)", Sum(0, (1, 1, -2), (-1, 1, -3)), X),
    ];

    private string Plot(string name, List<(string, ReluSum, ImmutableArray<string>)> expressions, int width = 800, int height = 500, PlotRange? range = null)
    {
        var path = Path.Combine(_folder, name);
        PlotCommand.WritePlot(expressions, range, path, PlotFormats.FromPath(path)!.Value, (width, height));
        return path;
    }

    [Fact]
    public void APngFileHasThePngSignatureAndTheRequestedSizeInItsHeader()
    {
        var bytes = File.ReadAllBytes(Plot("exercise4.png", ExerciseFour(), 640, 360));
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void AnSvgFileIsAnSvgDocumentWithTheRequestedWidthAndHeight()
    {
        var svg = XDocument.Load(Plot("exercise4.svg", ExerciseFour(), 1000, 600)).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", svg.Name.NamespaceName);
        Assert.Equal(1000, int.Parse(svg.Attribute("width")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(600, int.Parse(svg.Attribute("height")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheSvgCarriesTitleLegendAxesAndOneLabelPerDistinctKinkPoint()
    {
        var texts = Texts(Plot("exercise4.svg", ExerciseFour()));
        Assert.Contains("σ(x-2); -σ(x-3); σ(x-2) - σ(x-3)", texts);
        Assert.Contains("σ(x-2)", texts);
        Assert.Contains("-σ(x-3)", texts);
        Assert.Contains("σ(x-2) - σ(x-3)", texts);
        Assert.Contains("x", texts);
        Assert.Contains("y", texts);

        // σ(x-2) and the sum both bend at (2, 0): one label; at x = 3, -σ(x-3) bends at 0 and the sum at 1.
        Assert.Single(texts, "x = 2");
        Assert.Equal(2, texts.Count(t => t == "x = 3"));
    }

    [Theory]
    [InlineData("step.png")]
    [InlineData("step.svg")]
    public void ThePictureChangesWhenTheExpressionChanges(string name)
    {
        var first = File.ReadAllBytes(Plot("a-" + name, [("σ(x-2)", Sum(0, (1, 1, -2)), X)]));
        var second = File.ReadAllBytes(Plot("b-" + name, [("σ(x-3)", Sum(0, (1, 1, -3)), X)]));
        var again = File.ReadAllBytes(Plot("c-" + name, [("σ(x-2)", Sum(0, (1, 1, -2)), X)]));
        Assert.NotEqual(first, second);
        Assert.Equal(first, again);
    }

    [Fact]
    public void AnExpressionOfTwoVariablesIsRefusedWithItsInputsNamed()
    {
        var plane = new ReluSum(AffineForm.Create([new LinearTerm("x", Fraction.One), new LinearTerm("y", Fraction.One)], Fraction.Zero), []);
        var error = Assert.Throws<CliException>(() => Plot("p.png", [("x + y", plane, ["x", "y"])]));
        Assert.Equal("plot draws functions of one variable; `x + y` has inputs x, y", error.Message);
        Assert.False(File.Exists(Path.Combine(_folder, "p.png")));
    }

    [Fact]
    public void ExpressionsInDifferentVariablesAreRefused()
    {
        var error = Assert.Throws<CliException>(() => Plot("p.svg", [("σ(x)", Sum(0, (1, 1, 0)), X), ("t", Sum(0), ["t"])]));
        Assert.Equal("plot draws every expression against one variable, but they use t and x", error.Message);
    }

    [Fact]
    public void ValuesBeyondTheDoubleRangeAreRefusedRatherThanDrawnAsNothing()
    {
        // 10^400·σ(x) is 10^400 at x = 1: exact, but no double can hold it.
        var huge = new ReluSum(AffineForm.Zero, [new ReluTerm(new Fraction(System.Numerics.BigInteger.Pow(10, 400)), AffineForm.FromVariable("x"))]);
        var error = Assert.Throws<CliException>(() => Plot("huge.png", [("huge", huge, X)], range: new PlotRange(-Fraction.One, Fraction.One)));
        Assert.Equal("`huge` reaches values beyond the double range (about 1.8e308) on this range, which a picture cannot show", error.Message);
    }

    [Fact]
    public void AConstantPlotsBesideAFunctionOfTAndTheAxisIsNamedT()
    {
        var path = Plot("c.svg", [("1", Sum(1), []), ("σ(t)", TermInT(), ["t"])], range: new PlotRange(new Fraction(-1), new Fraction(1)));
        var texts = Texts(path);
        Assert.Contains("1", texts);
        Assert.Contains("σ(t)", texts);
        Assert.Contains("t", texts);
        Assert.Contains("t = 0", texts);
        Assert.DoesNotContain("x", texts);
    }

    private static ReluSum TermInT() => new(AffineForm.Zero, [new ReluTerm(Fraction.One, AffineForm.FromVariable("t"))]);

    private static List<string> Texts(string svgPath) =>
        XDocument.Load(svgPath).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
}
