using System.Collections.Immutable;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// Lowering of a top-level sum one operand at a time, while the grammar is still parsing the rest
/// (<see cref="Grammar.ReluGrammar.StreamedExpression"/>): each operand's syntax is garbage once it is added.
/// </summary>
/// <remarks>
/// Errors keep the order they had when the whole tree was parsed first: a syntax error anywhere wins over a
/// lowering error, so the first lowering error is held (and nothing more is lowered) until the grammar has
/// accepted every token, and only then thrown.
/// </remarks>
internal sealed class StreamedLowering
{
    private readonly Lowerer _lowerer;
    private readonly SumBuilder _sum;
    private ReluParseException? _error;

    public StreamedLowering(DeclaredInputs? declared)
    {
        _lowerer = new Lowerer(declared);
        _sum = _lowerer.NewBuilder();
    }

    /// <summary>Adds one operand of the top-level sum, negated when <paramref name="subtract"/>.</summary>
    public void Add(SyntaxNode operand, bool subtract)
    {
        if (_error is not null)
        {
            return;
        }

        try
        {
            _lowerer.Add(operand, subtract ? -Fraction.One : Fraction.One, _sum);
        }
        catch (ReluParseException e)
        {
            _error = e;
        }
    }

    /// <summary>The lowered sum and its inputs, once the grammar accepted the whole text; the held lowering error if there is one.</summary>
    public (ReluSum Sum, ImmutableArray<string> Variables) Finish() =>
        _error is { } error ? throw error : (_sum.ToReluSum(), _lowerer.Variables);
}
