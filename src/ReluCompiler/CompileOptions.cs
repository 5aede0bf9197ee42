using ReluCompiler.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler;

/// <summary>
/// How <see cref="Relu.Compile(string, CompileOptions)"/> compiles: the evaluation strategy, the tier, and when
/// the first tier promotes itself to IL. The defaults (automatic strategy, <see cref="ReluTier.Auto"/>,
/// <see cref="CompiledNetwork.DefaultPromotionThreshold"/> calls) suit most callers.
/// </summary>
/// <param name="Strategy">A strategy to force, or <see cref="EvaluationStrategy.Automatic"/> to let the evaluation plan choose.</param>
/// <param name="Tier">Both tiers in turn (<see cref="ReluTier.Auto"/>), or only the first (<see cref="ReluTier.Interpreted"/>) or only IL (<see cref="ReluTier.Compiled"/>).</param>
/// <param name="PromotionThreshold">With <see cref="ReluTier.Auto"/>, calls of one network before its IL is emitted on a background thread (0: at once).</param>
public sealed record CompileOptions(
    EvaluationStrategy Strategy = EvaluationStrategy.Automatic,
    ReluTier Tier = ReluTier.Auto,
    int PromotionThreshold = CompiledNetwork.DefaultPromotionThreshold)
{
    /// <summary>The defaults.</summary>
    public static CompileOptions Default { get; } = new();
}
