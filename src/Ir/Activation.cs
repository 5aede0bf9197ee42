namespace ReluCompiler.Ir;

/// <summary>σ(z) = max(0, z) on doubles, with the NaN rule every engine shares.</summary>
public static class Activation
{
    /// <summary>
    /// σ(z): z when z &gt; 0, else 0; NaN stays NaN. Written as a comparison (not Math.Max) because
    /// that is what the emitted IL and C# compute, so all engines agree bit for bit, -0 included.
    /// </summary>
    public static double Relu(double z) => z > 0 ? z : double.IsNaN(z) ? z : 0.0;
}
