using Fractions;

namespace ReluCompiler.Ir;

/// <summary>One term c·v of an affine form, such as <c>2*x</c>.</summary>
/// <param name="Variable">The variable's name.</param>
/// <param name="Coefficient">Its exact, non-zero coefficient.</param>
public readonly record struct LinearTerm(string Variable, Fraction Coefficient);
