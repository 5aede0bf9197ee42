using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Cli.Drawing;
using Xunit;

namespace ReluCompiler.Tests.Pictures;

public sealed class DiagramLabelTests
{
    [Fact]
    public void DotLabelsEscapeQuotesAndBackslashesAndTurnLineBreaksIntoDotBreaks() =>
        Assert.Equal("""
            "a \"b\" c\\d\ne"
            """, DotWriter.Quote("a \"b\" c\\d\r\ne"));

    [Fact]
    public void MermaidLabelsAreQuotedWithQuotesAndHashesAsEntities() =>
        Assert.Equal("\"a #quot;b#quot; #35;quot; [x]|y<br>z\"", MermaidWriter.Quote("a \"b\" #quot; [x]|y\nz"));

    [Fact]
    public void HiddenUnitsShowSigmaAndTheirBiasAndTheOutputShowsItsBias()
    {
        var diagram = NetworkDiagram.Of(BlogIr.ReluOfXMinusOnePlusOne);
        Assert.Equal(["x", "σ\nbias -1", "y\nbias 1"], diagram.Nodes.Select(n => n.Label));
        Assert.Equal([("in1", "h1", "1"), ("h1", "out", "1")], diagram.Edges.Select(e => (e.From, e.To, e.Label)));
    }

    [Fact]
    public void TheOutputIsCalledFWhenAnInputIsCalledY() =>
        Assert.Equal("f\nbias -2/3", NetworkDiagram.Of(BlogIr.TwoInputs).Nodes[^1].Label);

    [Fact]
    public void WhenYFAndOutAreAllInputsTheOutputGetsAFreshName() =>
        Assert.Equal("out_", NetworkDiagram.Of(Relu.Parse("σ(y) + f + out").SmallestNetwork().Network).Nodes[^1].Label);

    [Fact]
    public void ZeroWeightsAndZeroBiasesAreLeftOut()
    {
        var network = new Network(
            ImmutableArray.Create("x", "y"),
            ImmutableArray.Create(new HiddenUnit(ImmutableArray.Create(Fraction.One, Fraction.Zero), Fraction.Zero, Fraction.One), new HiddenUnit(ImmutableArray.Create(Fraction.Zero, new Fraction(2)), Fraction.One, Fraction.Zero)),
            Fraction.Zero);
        var diagram = NetworkDiagram.Of(network);
        Assert.Equal(["x", "y", "σ", "σ\nbias 1", "f"], diagram.Nodes.Select(n => n.Label));
        Assert.Equal([("in1", "h1", "1"), ("in2", "h2", "2"), ("h1", "out", "1")], diagram.Edges.Select(e => (e.From, e.To, e.Label)));
    }

    [Fact]
    public void AUnitWithNoNonzeroInputWeightKeepsItsZeroEdgeAsTheBlogDrawsIt()
    {
        var diagram = NetworkDiagram.Of(BlogIr.BlogConstantUnitAsWritten);
        Assert.Equal([("in1", "h1", "1"), ("in1", "h2", "0"), ("h1", "out", "1"), ("h2", "out", "1")], diagram.Edges.Select(e => (e.From, e.To, e.Label)));
    }
}
