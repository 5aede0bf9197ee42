namespace ReluCompiler.Tests.Engines;

/// <summary>
/// Every way the project evaluates a network in doubles, for [Theory] rows crossed with the case files
/// (as dotnet/runtime's Regex tests cross RegexEngine with their cases). Sum engines compute the sum form,
/// table engines the piece table (one input only); <see cref="EngineFactory"/> builds each.
/// </summary>
public enum Engine
{
    /// <summary><c>Network.Evaluate(ReadOnlySpan&lt;double&gt;)</c>: the reference sum form in doubles.</summary>
    Interpreter,

    /// <summary>IL, one block per hidden unit with the weights as constants (typed and span delegates).</summary>
    IlStraightLine,

    /// <summary>IL, a loop over the plan's weight arrays (typed and span delegates).</summary>
    IlSumLoop,

    /// <summary>IL, the piece table's branch-free search (typed and span delegates).</summary>
    IlPieceTable,

    /// <summary><c>CompiledNetwork.Evaluate(points, results)</c> of the sum form: the Vector256 kernel for one input, rows for more.</summary>
    BatchSumKernel,

    /// <summary><c>CompiledNetwork.Evaluate(points, results)</c> of the piece table: the AVX2 gather kernel.</summary>
    BatchTableKernel,

    /// <summary>The emitted C# (straight-line sum), compiled by Roslyn.</summary>
    RoslynStraightLine,

    /// <summary>The emitted C# (sum over weight arrays), compiled by Roslyn.</summary>
    RoslynSumLoop,

    /// <summary>The emitted C# (piece table), compiled by Roslyn.</summary>
    RoslynPieceTable,

    /// <summary>
    /// What <c>Relu.Compile</c> runs where the runtime cannot generate code (NativeAOT): precompiled
    /// evaluators of the plan's sum form (<c>CompiledNetwork.Precompiled</c>), typed and span entry points.
    /// </summary>
    PrecompiledSum,

    /// <summary>The precompiled evaluator of the plan's piece table.</summary>
    PrecompiledPieceTable,

    /// <summary>
    /// The first tier <c>Relu.Compile</c> answers from before promotion to IL: precompiled generic kernels over the
    /// plan's arrays, forced with <c>ReluTier.Interpreted</c> (sum form; typed and span delegates).
    /// </summary>
    FirstTierSum,

    /// <summary>The first tier over the plan's piece table (typed and span delegates).</summary>
    FirstTierPieceTable,
}
