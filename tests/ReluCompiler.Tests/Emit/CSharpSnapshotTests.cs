using System.Collections.Immutable;
using System.Linq;
using ApprovalTests;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// Generated C# for the blog's networks and the edge cases, pinned as snapshots (STYLE §12); every snapshot
/// is also compiled (warnings as errors, nullable on) and run against the engine it claims to equal.
/// </summary>
public sealed class CSharpSnapshotTests
{
    [Fact]
    public void StaircaseInANamespaceQuotesItsSourceExpression() => VerifyAndRun(
        Networks.Staircase,
        new CSharpEmitOptions("Staircase", "Blog.Networks", SourceExpression: "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6)"));

    [Fact]
    public void ConstantWithoutUnitsReturnsItsBiasAndKeepsNaN() => VerifyAndRun(Networks.Constant, new CSharpEmitOptions("Constant"));

    [Fact]
    public void PureLineUsesTwoMirroredUnits() => VerifyAndRun(Networks.Line, new CSharpEmitOptions("Line", SourceExpression: "2x - 1"));

    [Fact]
    public void TentWithThirdsPrintsRoundTripLiterals() => VerifyAndRun(Networks.Tent, new CSharpEmitOptions("Tent"));

    [Fact]
    public void TwoInputsBecomeTwoParametersInInputOrder() => VerifyAndRun(Networks.TwoInputs, new CSharpEmitOptions("TwoInputs"));

    [Fact]
    public void ThreeInputsBecomeThreeParametersInInputOrder() => VerifyAndRun(Networks.ThreeInputs, new CSharpEmitOptions("ThreeInputs"));

    [Fact]
    public void FortyUnitsForcedIntoALoopBecomeWeightArrays() => VerifyAndRun(Networks.Wide(40, 2), new CSharpEmitOptions("Wide", Strategy: EvaluationStrategy.SumLoop));

    [Fact]
    public void ThousandBreakpointsBecomeAPieceTable() => VerifyAndRun(Networks.Sawtooth(1000), new CSharpEmitOptions("Sawtooth", Strategy: EvaluationStrategy.PieceTable));

    [Fact]
    public void KeywordAndCollidingInputNamesAreEscapedAndAvoided()
    {
        // Inputs called like the emitter's own names: the helper becomes Relu_, the first local h0_; `in` is @in.
        var network = new Network(
            ImmutableArray.Create("Relu", "h0", "in"),
            ImmutableArray.Create(Networks.UnitOf([1, -1, 2], 1, 1), Networks.UnitOf([0, 1, 1], -2, -3)),
            0);
        VerifyAndRun(network, new CSharpEmitOptions("Names"));
    }

    private static void VerifyAndRun(Network network, CSharpEmitOptions options)
    {
        var source = CSharpEmitter.Emit(network, options);
        Approvals.Verify(new ApprovalTextWriter(source, "cs"));

        var compiled = RoslynCompiler.Bind(network, options, source);
        var table = options.Strategy == EvaluationStrategy.PieceTable ? PieceTable.FromNetwork(network) : null;
        var coordinates = RandomNetworks.SpecialPoints.Concat([-2.5, 3.25, 7, 499.5, 1000.25]).ToArray();
        foreach (var point in coordinates.Select(c => Enumerable.Range(0, network.Inputs.Length).Select(j => j == 0 ? c : c * 0.5 + j).ToArray()))
        {
            var expected = table is null ? network.Evaluate(point) : table.Evaluate(point[0]);
            Doubles.AssertSame(expected, compiled(point), $"compiled {options.ClassName} at ({string.Join(", ", point)})");
        }
    }
}
