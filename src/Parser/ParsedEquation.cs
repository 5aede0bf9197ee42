namespace ReluCompiler.Parser;

/// <summary>
/// The two sides of an equation <c>A = B</c> (or <c>f(x) = A = B</c>), each parsed on its own with the same
/// declared inputs: what <c>relu eq "A = B"</c> compares.
/// </summary>
/// <param name="Left">The side before <c>=</c>; its <see cref="ParsedExpression.Source"/> is that side's text.</param>
/// <param name="Right">The side after <c>=</c>.</param>
public sealed record ParsedEquation(ParsedExpression Left, ParsedExpression Right);
