namespace ReluCompiler.Interchange;

/// <summary>The element type of an exported model's weights, input and output.</summary>
public enum OnnxPrecision
{
    /// <summary>float (32-bit): what most runtimes and trained models use; weights are rounded to nearest.</summary>
    Float32,

    /// <summary>double (64-bit): exact for every dyadic rational in range.</summary>
    Float64,
}
