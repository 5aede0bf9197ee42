using System;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// One precompiled evaluation of a plan's form over its arrays. Implemented by structs so that
/// <see cref="FirstTier{TKernel}"/> is specialized for each kernel by the JIT (or ahead of time) and the kernel
/// inlines into the method a first-tier delegate points at: no JIT per network, no virtual call per point.
/// </summary>
internal interface ITierKernel
{
    /// <summary>The network's input count, d.</summary>
    int InputCount { get; }

    /// <summary>f(x) for d = 1.</summary>
    double Evaluate(double x);

    /// <summary>f(x₀, x₁) for d = 2.</summary>
    double Evaluate(double x0, double x1);

    /// <summary>f at a point of any d; the caller has checked the length.</summary>
    double Evaluate(ReadOnlySpan<double> inputs);
}
