using System.Runtime.CompilerServices;

namespace ReluCompiler.Ir;

/// <summary>σ(z) = max(0, z) on doubles, with the NaN rule every engine shares.</summary>
public static class Activation
{
    /// <summary>
    /// σ(z): z when z &gt; 0, else 0; NaN stays NaN. Written as a comparison (not Math.Max) because
    /// that is what the emitted IL and C# compute, so all engines agree bit for bit, -0 included.
    /// AggressiveInlining because the IL delegates call it: measured (bench/), a DynamicMethod whose body
    /// has any branch before these calls (the span shape's length check) kept them as real calls, 2.2× slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Relu(double z) => z > 0 ? z : double.IsNaN(z) ? z : 0.0;
}
