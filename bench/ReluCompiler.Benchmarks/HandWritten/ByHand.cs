using System.Runtime.CompilerServices;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>What a person writes for σ when NaN in must give NaN out, as every engine of the library does.</summary>
internal static class ByHand
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Relu(double z) => z > 0 ? z : double.IsNaN(z) ? z : 0.0;
}
