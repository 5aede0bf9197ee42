using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Ir.Analysis;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary>Functions whose analysis is known in closed form, pinned as text.</summary>
public class ClosedFormAnalysisTests
{
    [Fact]
    public void TheStaircaseRangesFromZeroToTwoAndRisesOnTwoSteps()
    {
        var a = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)").Analyze().Univariate!;
        Assert.Equal(Fraction.Zero, a.Minimum.Value);
        Assert.Equal("(-∞, 0]", Assert.Single(a.Minimum.At).ToString());
        Assert.Equal(new Fraction(2), a.Maximum.Value);
        Assert.Equal("[3, ∞)", Assert.Single(a.Maximum.At).ToString());
        Assert.Equal(
            "Constant (-∞, 0]; Increasing [0, 1]; Constant [1, 2]; Increasing [2, 3]; Constant [3, ∞)",
            string.Join("; ", a.Monotone.Select(p => p.Trend + " " + p.Where)));
        Assert.Equal("1 on [0, 1], [2, 3]", ExactMath.Format(a.Lipschitz.Value) + " on " + string.Join(", ", a.Lipschitz.At));
        Assert.Equal(Curvature.Neither, a.Convexity.Kind);
    }

    [Fact]
    public void AbsMinusShiftedAbsRisesFromMinusOneToOneAndIsZeroAtOneHalf()
    {
        var a = Relu.Parse("|x| - |x - 1|").Analyze().Univariate!;
        Assert.Equal(("-1", "(-∞, 0]"), (ExactMath.Format(a.Minimum.Value!.Value), Assert.Single(a.Minimum.At).ToString()));
        Assert.Equal(("1", "[1, ∞)"), (ExactMath.Format(a.Maximum.Value!.Value), Assert.Single(a.Maximum.At).ToString()));
        Assert.Equal("0.5", Assert.Single(a.Zeros).ToString());
        Assert.Equal("-1 (-∞, 0.5); 0 0.5; 1 (0.5, ∞)", string.Join("; ", a.Signs.Select(s => s.Sign + " " + s.Where)));
        Assert.Equal("2 on [0, 1]", ExactMath.Format(a.Lipschitz.Value) + " on " + string.Join(", ", a.Lipschitz.At));
    }

    [Fact]
    public void OnAnIntervalTheEndsCountAndOutsideKinksDoNot()
    {
        var a = Relu.Parse("|x| - |x - 1|").Analyze(AnalysisDomain.Between(new Fraction(1, 4), new Fraction(3, 4))).Univariate!;
        Assert.Equal("-0.5 at 0.25; 0.5 at 0.75", $"{ExactMath.Format(a.Minimum.Value!.Value)} at {a.Minimum.At[0]}; {ExactMath.Format(a.Maximum.Value!.Value)} at {a.Maximum.At[0]}");
        Assert.Equal(Curvature.Affine, a.Convexity.Kind);
        Assert.Equal("Increasing [0.25, 0.75]", string.Join("; ", a.Monotone.Select(p => p.Trend + " " + p.Where)));
    }

    [Fact]
    public void ALineIsUnboundedBothWaysAndAbsIsConvex()
    {
        var line = Relu.Parse("2x - 1").Analyze().Univariate!;
        Assert.Equal((null, null), (line.Minimum.Value, line.Maximum.Value));
        Assert.Equal("0.5", Assert.Single(line.Zeros).ToString());
        var abs = Relu.Parse("|x - 1|").Analyze().Univariate!;
        Assert.Equal((Curvature.Convex, "0", "1", (Fraction?)null), (abs.Convexity.Kind, ExactMath.Format(abs.Minimum.Value!.Value), abs.Minimum.At[0].ToString(), abs.Maximum.Value));
    }

    [Fact]
    public void AWholeIntervalOfZerosIsOneComponentWithClosedEnds()
    {
        var a = Relu.Parse("σ(x - 2) + σ(-x)").Analyze().Univariate!;
        Assert.Equal("[0, 2]", Assert.Single(a.Zeros).ToString());
        Assert.Equal("1 (-∞, 0); 0 [0, 2]; 1 (2, ∞)", string.Join("; ", a.Signs.Select(s => s.Sign + " " + s.Where)));
    }

    [Fact]
    public void AnEmptyIntervalIsRefused()
    {
        Assert.Throws<System.ArgumentException>(() => AnalysisDomain.Between(Fraction.One, Fraction.One));
    }
}
