using System.Collections.Immutable;
using ReluCompiler.Ir;

namespace ReluCompiler.Parser;

/// <summary>What parsing gives: the source, the lowered IR and every variable the text names.</summary>
/// <param name="Source">The text as given.</param>
/// <param name="Sum">The ReLU sum, terms in the order written (nested one-variable parts flattened).</param>
/// <param name="Variables">
/// The inputs: the declared ones in their order, else every variable the text mentions in natural order
/// (<see cref="Ir.VariableOrder"/>: x2 before x10). It can hold names that cancel out of, or never occur in,
/// <paramref name="Sum"/> (<c>σ(0*x + 1)</c> still has the input x).
/// </param>
public sealed record ParsedExpression(string Source, ReluSum Sum, ImmutableArray<string> Variables);
