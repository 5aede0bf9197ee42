using System.Linq;
using Fractions;
using ReluCompiler.Parser.Lints;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary>Each lint pinned with its span (line, column, length) and message; the command line shows them on standard error only.</summary>
public class LintTests
{
    [Theory]
    [InlineData("σ(1 × x - 1) + σ(0 × x + 1)", "ConstantUnit 1:16+12 `σ(0 × x + 1)` is the constant 1: no variable reaches it, so it needs no unit | ZeroCoefficient 1:18+5 `0 × x` is multiplied by 0, so it adds nothing")]
    [InlineData("σ(x) - σ(x)", "CancellingTerms 1:1+4 `σ(x)` and `σ(x)` cancel: together they are 0")]
    [InlineData("σ(x) - σ(-x)", "CancellingTerms 1:1+4 the kinks of `σ(x)` and `σ(-x)` cancel: together they are the affine x")]
    [InlineData("σ(x-1) + 2σ(2x - 2)", "SameHyperplane 1:1+6 `σ(x-1)` and `2σ(2x - 2)` bend at the same point x = 1 and merge into 5*σ(x - 1)")]
    [InlineData("σ(x + y) + σ(-2x - 2y)", "SameHyperplane 1:1+8 `σ(x + y)` and `σ(-2x - 2y)` bend at the same hyperplane x + y = 0 and merge into -2*x - 2*y + 3*σ(x + y)")]
    [InlineData("x +\n  0*σ(x - 2)", "ZeroCoefficient 2:3+10 `0*σ(x - 2)` is multiplied by 0, so it adds nothing")]
    [InlineData("σ(0x - 1) + x", "ConstantUnit 1:1+9 `σ(0x - 1)` is the constant 0: it is never active, so it needs no unit | ZeroCoefficient 1:3+2 `0x` is multiplied by 0, so it adds nothing")]
    [InlineData("\\sigma\\left(x+1\\right) + (σ(x+1))", "SameHyperplane 1:1+22 `\\sigma\\left(x+1\\right)` and `σ(x+1)` bend at the same point x = -1 and merge into 2*σ(x + 1)")]
    [InlineData("σ(x) - σ(x-1) + σ(x-2) - σ(x-3)", "")]
    public void EachLintIsReportedWithItsSpan(string text, string expected)
    {
        Assert.Equal(expected, Describe(ReluLints.Find(text)));
    }

    [Fact]
    public void AUnitNeverActiveOnTheIntervalIsReportedOnlyWithAnInterval()
    {
        Assert.Equal("", Describe(ReluLints.Find("σ(x - 5) + x")));
        Assert.Equal(
            "InactiveUnit 1:1+8 `σ(x - 5)` is never active on [0, 1]: its input is at most -4 there",
            Describe(ReluLints.Find("σ(x - 5) + x", Fraction.Zero, Fraction.One)));
        Assert.Equal("", Describe(ReluLints.Find("σ(x - 5) + x", Fraction.Zero, null)));
    }

    [Fact]
    public void TheOtherTermsOfAGroupAreRelatedSpans()
    {
        var lint = Assert.Single(ReluLints.Find("σ(x) + σ(y) - σ(x)"));
        Assert.Equal("line 1, column 15", Assert.Single(lint.Related).ToString());
    }

    [Fact]
    public void BadInputHasNoLintsButItsParseError()
    {
        Assert.Empty(ReluLints.Find("σ(0x + 1"));
    }

    [Theory]
    [InlineData("canon", "1 + σ(x - 1)\n")]
    [InlineData("eval", "1\n")]
    public void CanonAndEvalPrintLintsOnStandardErrorOnlyAndNoLintsSilencesThem(string verb, string output)
    {
        string[] args = verb == "eval" ? [verb, "σ(1 × x - 1) + σ(0 × x + 1)", "0"] : [verb, "σ(1 × x - 1) + σ(0 × x + 1)"];
        var run = CliRunner.Run(args);
        Assert.Equal((0, output), (run.ExitCode, run.Output));
        Assert.Equal(
            "warning: line 1, column 16: `σ(0 × x + 1)` is the constant 1: no variable reaches it, so it needs no unit\n"
            + "  σ(1 × x - 1) + σ(0 × x + 1)\n"
            + "                 ^^^^^^^^^^^^\n"
            + "warning: line 1, column 18: `0 × x` is multiplied by 0, so it adds nothing\n"
            + "  σ(1 × x - 1) + σ(0 × x + 1)\n"
            + "                   ^^^^^\n",
            run.Error);

        var quiet = CliRunner.Run([.. args, "--no-lints"]);
        Assert.Equal((0, output, ""), (quiet.ExitCode, quiet.Output, quiet.Error));
    }

    [Fact]
    public void NetMarksEveryTermOfAGroupUnderTheLine()
    {
        var run = CliRunner.Run("net", "σ(x-1) + σ(2x-2)");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "warning: line 1, column 1: `σ(x-1)` and `σ(2x-2)` bend at the same point x = 1 and merge into 3*σ(x - 1)\n"
            + "  σ(x-1) + σ(2x-2)\n"
            + "  ^^^^^^   ^^^^^^^\n",
            run.Error);
    }

    [Fact]
    public void AnalyzeWarnsAboutAUnitNeverActiveOnItsInterval()
    {
        var run = CliRunner.Run("analyze", "σ(x - 5) + x", "--on", "0,1");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("warning: line 1, column 1: `σ(x - 5)` is never active on [0, 1]: its input is at most -4 there\n", run.Error);
    }

    private static string Describe(System.Collections.Immutable.ImmutableArray<ReluLint> lints) =>
        string.Join(" | ", lints.Select(l => $"{l.Kind} {l.Span.Line}:{l.Span.Column}+{l.Span.Length} {l.Message}"));
}
