using System.Linq;
using Fractions;
using ReluCompiler.Cli.Plotting;
using Xunit;
using static ReluCompiler.Tests.Pictures.BlogIr;

namespace ReluCompiler.Tests.Pictures;

public sealed class PlotRangeTests
{
    [Fact]
    public void ExerciseFourShowsOneUnitBeyondItsTwoKinks()
    {
        var range = PlotRange.Around([Form(0, (1, 1, -2)), Form(0, (-1, 1, -3)), Form(0, (1, 1, -2), (-1, 1, -3))]);
        Assert.Equal(new PlotRange(new Fraction(1), new Fraction(4)), range);
    }

    [Fact]
    public void ASingleKinkGetsOneUnitOnEachSide() =>
        Assert.Equal(new PlotRange(new Fraction(-2), Fraction.Zero), PlotRange.Around([Form(0, (1, 1, 1))]));

    [Fact]
    public void AWideSpreadKeepsAQuarterOfItsSpanOnEachSide()
    {
        // Kinks at 0 and 6 (the blog's six-term sum): span 6, margin 3/2.
        var range = PlotRange.Around([Form(0, (1, 1, 0), (-1, 1, -1), (1, 1, -2), (-1, 1, -3), (-1, 1, -4), (1, 1, -6))]);
        Assert.Equal(new PlotRange(new Fraction(-3, 2), new Fraction(15, 2)), range);
    }

    [Fact]
    public void FractionalKinksGiveExactEnds()
    {
        // σ(3x - 1) bends at 1/3.
        var range = PlotRange.Around([Form(0, (1, 3, -1))]);
        Assert.Equal(new PlotRange(new Fraction(-2, 3), new Fraction(4, 3)), range);
    }

    [Fact]
    public void LinesAndConstantsWithoutKinksAreShownFromMinusThreeToThree()
    {
        var line = BlogIr.Form(0, (1, 1, 0), (-1, -1, 0)); // σ(x) - σ(-x) = x
        Assert.Equal(new PlotRange(new Fraction(-3), new Fraction(3)), PlotRange.Around([line, BlogIr.Form(2)]));
    }

    [Fact]
    public void TheDefaultRangeContainsEveryBreakpointStrictlyInside()
    {
        var forms = new[]
        {
            Form(0, (1, 1, 5), (2, -1, 7)),
            Form(1, (-1, 2, -9), (1, 1, 100)),
            Form(0, (1, 4, 1)),
        };
        var range = PlotRange.Around(forms);
        var all = forms.SelectMany(f => f.Breakpoints).Select(b => b.At).ToList();
        Assert.Equal(5, all.Count);
        Assert.All(all, t => Assert.True(range.ContainsInside(t), $"{t} is not inside [{range.From}, {range.To}]"));
    }
}
