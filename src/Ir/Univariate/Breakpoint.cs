using Fractions;

namespace ReluCompiler.Ir;

/// <summary>A kink dₖ·σ(x − tₖ) of a one-variable function: at <see cref="At"/> the slope changes by <see cref="SlopeChange"/>.</summary>
/// <param name="At">The breakpoint tₖ.</param>
/// <param name="SlopeChange">The non-zero change of slope dₖ.</param>
public readonly record struct Breakpoint(Fraction At, Fraction SlopeChange);
