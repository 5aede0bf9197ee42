namespace ReluCompiler.Ir;

/// <summary>
/// The answer of <see cref="NetworkBuilder.Smallest(ReluSum, System.Collections.Generic.IReadOnlyList{string})"/>: the network, how many hidden units any
/// one-hidden-layer network for the function needs at least, and whether the network is proven to
/// reach that bound (a <see cref="Note"/> says why not when it is not).
/// </summary>
/// <param name="Network">The network; its <see cref="Network.ToReluSum"/> is the same function as the source.</param>
/// <param name="IsProvenMinimal">Whether no network with fewer hidden units exists (with the output bias free).</param>
/// <param name="LowerBound">A proven lower bound on the number of hidden units; equals the width when proven minimal.</param>
/// <param name="Note">Why minimality is not proven; null when it is.</param>
public sealed record SmallestNetworkResult(Network Network, bool IsProvenMinimal, int LowerBound, string? Note);
