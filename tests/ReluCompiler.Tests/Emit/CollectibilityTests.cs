using System;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Fractions;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Emit.Il;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// Compiled code goes away with its delegate: dynamic methods are collected, Roslyn assemblies unload.
/// Runs alone: GC.GetTotalMemory counts what every thread allocates, and tests running beside it once made the
/// managed heap grow by 44 MB during the measurement.
/// </summary>
[Collection(MeasuringCollection.Name)]
public sealed class CollectibilityTests
{
    [Fact]
    public void CompilingTwentyThousandSmallNetworksDoesNotKeepTheirCode()
    {
        CompileAndCall(0, 1_000);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        CompileAndCall(1_000, 20_000);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        // Kept code would cost kilobytes per method (tens of megabytes here); what remains is noise.
        Assert.True(after - before < 16 * 1024 * 1024, $"managed memory grew by {(after - before) / 1024} KiB");
    }

    [Fact]
    public void RoslynCompiledNetworksUnloadOnceTheirDelegateIsGone()
    {
        var context = CompileAndForget();
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the collectible load context was not unloaded");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CompileAndCall(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var network = Networks.OneInput(k, Networks.Unit(1, -new Fraction(k % 97), 2), Networks.Unit(-1, 1, 1));
            Assert.Equal(k + 2.0 * (1000 - (k % 97)), IlCompiler.CompileUnary(network)(1000));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndForget()
    {
        var evaluate = RoslynCompiler.CompileEvaluate<Func<double, double>>(CSharpEmitter.Emit(Networks.Staircase), "ReluNetwork");
        Assert.Equal(1.0, evaluate(1));
        return new WeakReference(AssemblyLoadContext.GetLoadContext(evaluate.Method.DeclaringType!.Assembly));
    }
}
