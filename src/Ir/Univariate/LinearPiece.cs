using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// One linear piece of a one-variable function: on [<see cref="From"/>, <see cref="To"/>]
/// it is y = <see cref="ValueAtAnchor"/> + <see cref="Slope"/>·(x − <see cref="Anchor"/>).
/// A null bound is −∞ or +∞. The anchor is a breakpoint (the piece's own left end, or for the
/// leftmost piece its right end), which keeps double evaluation accurate far from the origin.
/// </summary>
/// <param name="From">Left end, null for −∞.</param>
/// <param name="To">Right end, null for +∞.</param>
/// <param name="Anchor">The point the formula is written around.</param>
/// <param name="ValueAtAnchor">The exact value at <paramref name="Anchor"/>.</param>
/// <param name="Slope">The exact slope on the piece.</param>
public readonly record struct LinearPiece(Fraction? From, Fraction? To, Fraction Anchor, Fraction ValueAtAnchor, Fraction Slope)
{
    /// <summary>The exact value at <paramref name="x"/> (meaningful inside the piece).</summary>
    /// <param name="x">The point, exact.</param>
    /// <returns>ValueAtAnchor + Slope·(x − Anchor), reduced; outside the piece, its line's value.</returns>
    public Fraction Evaluate(Fraction x) => (ValueAtAnchor + Slope * (x - Anchor)).Reduce();

    /// <summary>The value at 0 of the piece's line: y = Slope·x + Intercept.</summary>
    public Fraction Intercept => (ValueAtAnchor - Slope * Anchor).Reduce();
}
