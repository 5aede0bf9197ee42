namespace ReluCompiler.Emit;

/// <summary>
/// Which code answers the calls of a <see cref="CompiledNetwork"/>: precompiled kernels over the plan's arrays
/// (no JIT per network, so the first result comes at once), IL emitted for this one network (the fastest
/// calls, after one JIT), or the first then the second, as .NET's Regex and tiered JIT do. Both tiers give the
/// same doubles for the same plan (NaN payloads aside).
/// </summary>
public enum ReluTier
{
    /// <summary>
    /// Start in <see cref="Interpreted"/> and promote to <see cref="Compiled"/> on a background thread after a number
    /// of calls (<see cref="CompiledNetwork.PromotionThreshold"/>); without dynamic code (NativeAOT) stay in <see cref="Interpreted"/>.
    /// </summary>
    Auto,

    /// <summary>Only the first tier: precompiled generic kernels reading the plan's arrays. Works without dynamic code.</summary>
    Interpreted,

    /// <summary>Only the emitted IL (a DynamicMethod per delegate shape); needs dynamic code.</summary>
    Compiled,
}
