using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>The IL emitted for small networks, pinned as listings (argument 0 is the bound closure).</summary>
public sealed class IlListingTests
{
    [Fact]
    public void ShiftedReluPlusOneIsOneStraightLineOfStackCode() =>
        Assert.Equal(
            """
            ldc.r8 1
            ldc.r8 1
            ldc.r8 1
            ldarg.1
            mul
            ldc.r8 -1
            add
            call Activation.Relu
            mul
            add
            ret

            """,
            IlCompiler.Listing(Networks.ShiftedRelu));

    [Fact]
    public void TwoInputNetworkReadsBothArgumentsInInputOrder() =>
        Assert.Equal(
            """
            ldc.r8 0.5
            ldc.r8 1
            ldc.r8 1
            ldarg.1
            mul
            ldc.r8 1
            ldarg.2
            mul
            add
            ldc.r8 -1
            add
            call Activation.Relu
            mul
            add
            ldc.r8 -1
            ldc.r8 1
            ldarg.1
            mul
            ldc.r8 -1
            ldarg.2
            mul
            add
            ldc.r8 0
            add
            call Activation.Relu
            mul
            add
            ret

            """,
            IlCompiler.Listing(Networks.TwoInputs));

    [Fact]
    public void PieceTableSearchIsUnrolledIntoBranchFreeSteps()
    {
        // ±∞ answers what the sum gives (+∞: ∞ − ∞ = NaN). Three kinks and, inside the two bounded pieces, the
        // switch to their right ends: five knots, steps of 2, 1 and 1, then the last comparison; then
        // v + m·(x − a) from the interleaved rows.
        var listing = IlCompiler.Listing(Networks.Sawtooth(3), EvaluationStrategy.PieceTable);
        Assert.StartsWith(
            """
            ldarg.1
            call Double.IsFinite
            brtrue L0
            ldarg.1
            call Double.IsNaN
            brfalse L1
            ldarg.1
            ret
            L1:
            ldarg.1
            ldc.r8 0
            bgt L2
            ldc.r8 0
            ret
            L2:
            ldc.r8 NaN
            ret
            L0:
            """,
            listing);
        Assert.Equal(4, listing.Split("cgt.un").Length - 1);
        Assert.EndsWith(
            """
            ldloc at
            ldc.i4.3
            mul
            stloc at
            ldloc pieces
            ldloc at
            ldc.i4.1
            add
            ldelem.r8
            ldloc pieces
            ldloc at
            ldc.i4.2
            add
            ldelem.r8
            ldarg.1
            ldloc pieces
            ldloc at
            ldelem.r8
            sub
            mul
            add
            ret

            """,
            listing);
    }
}
