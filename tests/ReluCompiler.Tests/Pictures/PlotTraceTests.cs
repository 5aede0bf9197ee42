using Fractions;
using ReluCompiler.Cli.Plotting;
using Xunit;
using static ReluCompiler.Tests.Pictures.BlogIr;

namespace ReluCompiler.Tests.Pictures;

public sealed class PlotTraceTests
{
    [Fact]
    public void TheStepIsThePolylineThroughTheEndsAndBothKinks()
    {
        var trace = new PlottedFunction("σ(x-2) - σ(x-3)", Form(0, (1, 1, -2), (-1, 1, -3)))
            .TraceOver(new PlotRange(new Fraction(1), new Fraction(4)));
        Assert.Equal([1.0, 2.0, 3.0, 4.0], trace.Xs);
        Assert.Equal([0.0, 0.0, 1.0, 1.0], trace.Ys);
        Assert.Equal<Kink>([new Kink(new Fraction(2), 2, 0, BendsUp: true), new Kink(new Fraction(3), 3, 1, BendsUp: false)], trace.Kinks);
    }

    [Fact]
    public void KinksOutsideOrOnTheEndsOfAChosenRangeAreNotVertices()
    {
        // Kinks at 2 and 3; the range [0, 2] holds 2 only as its end.
        var trace = new PlottedFunction("f", Form(0, (1, 1, -2), (-1, 1, -3)))
            .TraceOver(new PlotRange(Fraction.Zero, new Fraction(2)));
        Assert.Equal([0.0, 2.0], trace.Xs);
        Assert.Equal([0.0, 0.0], trace.Ys);
        Assert.Empty(trace.Kinks);
    }

    [Fact]
    public void ValuesAreExactAtFractionalKinksAndRoundedOnce()
    {
        // 3σ(3x - 1) - 1 bends at 1/3, where it is -1; at 4/3 it is 3·3·1 - 1 = 8.
        var trace = new PlottedFunction("f", Form(-1, (3, 3, -1)))
            .TraceOver(new PlotRange(new Fraction(-2, 3), new Fraction(4, 3)));
        Assert.Equal([-2.0 / 3, 1.0 / 3, 4.0 / 3], trace.Xs);
        Assert.Equal([-1.0, -1.0, 8.0], trace.Ys);
        Assert.Equal("1/3", trace.Kinks[0].At);
    }

    [Fact]
    public void LabelsAreShortenedToOneLine()
    {
        Assert.Equal("σ(x - 1) + 1", PlotLabels.Shorten("  σ(x - 1)\n   +\t1 \n", 60));
        Assert.Equal("σ(x-0) - σ…", PlotLabels.Shorten("σ(x-0) - σ(x-1) + σ(x-2)", 11));
    }

    [Fact]
    public void SeveralExpressionsAreJoinedInTheTitleWhileShort()
    {
        Assert.Equal("σ(x-2); -σ(x-3); σ(x-2) - σ(x-3)", PlotLabels.Title(["σ(x-2)", "-σ(x-3)", "σ(x-2) - σ(x-3)"]));
        var long1 = new string('a', 50);
        Assert.Equal(long1 + "; …", PlotLabels.Title([long1, new string('b', 50)]));
    }
}
