using ApprovalTests;
using ReluCompiler.Cli.Drawing;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Pictures;

/// <summary>
/// The blog's networks, built by hand, drawn as DOT and Mermaid and pinned as snapshots (the approved
/// .gv files render with <c>dot -Tpng</c>). Each test checks the text after verifying it, which also keeps
/// the test's own frame on the stack for ApprovalTests' namer in optimised builds.
/// </summary>
public sealed class NetworkDiagramTests
{
    [Fact]
    public void ReluOfXPlusOneAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.ReluOfXPlusOne));

    [Fact]
    public void ReluOfXPlusOneAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.ReluOfXPlusOne));

    [Fact]
    public void ReluOfXMinusOneAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.ReluOfXMinusOne));

    [Fact]
    public void ReluOfXMinusOneAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.ReluOfXMinusOne));

    [Fact]
    public void ReluOfXMinusOnePlusOneAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.ReluOfXMinusOnePlusOne));

    [Fact]
    public void ReluOfXMinusOnePlusOneAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.ReluOfXMinusOnePlusOne));

    [Fact]
    public void BlogConstantUnitAsWrittenAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.BlogConstantUnitAsWritten));

    [Fact]
    public void BlogConstantUnitAsWrittenAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.BlogConstantUnitAsWritten));

    [Fact]
    public void ReluOfMinusXAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.ReluOfMinusX));

    [Fact]
    public void ReluOfMinusXAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.ReluOfMinusX));

    [Fact]
    public void ReluOfMinusXMinusOneAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.ReluOfMinusXMinusOne));

    [Fact]
    public void ReluOfMinusXMinusOneAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.ReluOfMinusXMinusOne));

    [Fact]
    public void RampAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.Ramp));

    [Fact]
    public void RampAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.Ramp));

    [Fact]
    public void FourTermSumAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.TwoSteps));

    [Fact]
    public void FourTermSumAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.TwoSteps));

    [Fact]
    public void SixTermSumAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.StepsAndDip));

    [Fact]
    public void SixTermSumAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.StepsAndDip));

    [Fact]
    public void TwoInputsWithFractionsAndAnInputCalledYAsDot() => DotChecks.AssertWellFormed(VerifyDot(BlogIr.TwoInputs));

    [Fact]
    public void TwoInputsWithFractionsAndAnInputCalledYAsMermaid() => AssertMermaid(VerifyMermaid(BlogIr.TwoInputs));

    [Fact]
    public void TheSameNetworkAlwaysGivesTheSameText()
    {
        Assert.Equal(DotWriter.Write(NetworkDiagram.Of(BlogIr.StepsAndDip)), DotWriter.Write(NetworkDiagram.Of(BlogIr.StepsAndDip)));
        Assert.Equal(MermaidWriter.Write(NetworkDiagram.Of(BlogIr.StepsAndDip)), MermaidWriter.Write(NetworkDiagram.Of(BlogIr.StepsAndDip)));
    }

    private static string VerifyDot(Network network)
    {
        var dot = DotWriter.Write(NetworkDiagram.Of(network));
        Approvals.Verify(new ApprovalTextWriter(dot, "gv"));
        return dot;
    }

    private static string VerifyMermaid(Network network)
    {
        var mermaid = MermaidWriter.Write(NetworkDiagram.Of(network));
        Approvals.Verify(new ApprovalTextWriter(mermaid, "mmd"));
        return mermaid;
    }

    private static void AssertMermaid(string mermaid)
    {
        Assert.StartsWith("flowchart LR\n", mermaid);
        Assert.EndsWith("\n", mermaid);
        Assert.DoesNotContain("\r", mermaid);
    }
}
