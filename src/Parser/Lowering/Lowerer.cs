using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// Syntax tree to <see cref="ReluSum"/>, keeping terms in written order so that the "as written" network
/// can be read off: <c>σ(1 × x - 1) + σ(0 × x + 1)</c> stays two terms. Recursion follows only real
/// nesting (bounded by <see cref="ParserLimits.MaxNestingDepth"/>); sums and products are loops over
/// their flat lists. Everything must stay piecewise linear: products need a constant side, division a
/// non-zero constant divisor.
/// </summary>
/// <remarks>
/// Nodes are added, times a factor, straight into the <see cref="SumBuilder"/> of the sum they belong to,
/// and <c>a*σ(affine)</c> becomes one <see cref="ReluTerm"/> with coefficient a: building a ReLU sum for
/// every number, variable, argument and product and then scaling and merging them allocated about
/// 1,800 bytes per <c>a*σ(x - b)</c> term. Whatever this shortcut does not cover (products of two
/// non-constant parts, max, min, abs, a σ of a σ) takes the general path (Lowerer.General.cs).
/// </remarks>
internal sealed partial class Lowerer
{
    /// <summary>Every variable seen, with its form 1·name, which every σ argument that uses the variable alone shares.</summary>
    private readonly Dictionary<string, AffineForm> _unitForms = new(StringComparer.Ordinal);

    /// <summary>Builders for σ and max arguments, reused: a few per level of nesting are ever in use.</summary>
    private readonly Stack<SumBuilder> _spareBuilders = new();

    private readonly Func<string, AffineForm> _unitForm;

    /// <summary>The declared inputs, or null when the inputs are whatever the text names.</summary>
    private readonly DeclaredInputs? _declared;

    /// <summary>What this expression has spent on kinks and exact digits, against <see cref="Limits"/>.</summary>
    private readonly ComputationBudget _budget = new();

    internal Lowerer(DeclaredInputs? declared)
    {
        _declared = declared;
        _unitForm = name => _unitForms.TryGetValue(name, out var form) ? form : AffineForm.FromVariable(name);
    }

    /// <summary>
    /// The lowered sum and its inputs: the declared ones in their order, or else every variable the text
    /// mentions in natural order (<see cref="VariableOrder"/>).
    /// </summary>
    public static (ReluSum Sum, ImmutableArray<string> Variables) Lower(SyntaxNode root, DeclaredInputs? declared)
    {
        var lowerer = new Lowerer(declared);
        var sum = lowerer.ToSum(root);
        return (sum, lowerer.Variables);
    }

    /// <summary>The inputs once everything is lowered: the declared ones in their order, or every variable seen in natural order.</summary>
    public ImmutableArray<string> Variables =>
        _declared?.Names ?? _unitForms.Keys.OrderBy(name => name, VariableOrder.Instance).ToImmutableArray();

    /// <summary>An empty sum charged to this expression's budget, for <see cref="StreamedLowering"/>.</summary>
    public SumBuilder NewBuilder() => new(_unitForm, _budget);

    /// <summary>Adds <paramref name="factor"/>·<paramref name="node"/> to <paramref name="target"/>, as one operand of a sum.</summary>
    public void Add(SyntaxNode node, Fraction factor, SumBuilder target) => Accumulate(node, factor, target);

    /// <summary><paramref name="node"/> as a ReLU sum of its own.</summary>
    private ReluSum ToSum(SyntaxNode node)
    {
        var builder = new SumBuilder(_unitForm, _budget);
        Accumulate(node, Fraction.One, builder);
        return builder.ToReluSum();
    }

    /// <summary>Adds <paramref name="factor"/>·<paramref name="node"/> to <paramref name="target"/>.</summary>
    private void Accumulate(SyntaxNode node, Fraction factor, SumBuilder target)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw node.Position.Error("the expression is nested too deeply for the stack of the thread parsing it");
        }

        try
        {
            AccumulateNode(node, factor, target);
        }
        catch (LimitExceededException e)
        {
            // A budget ran out somewhere inside this node: the innermost node is where it happened.
            throw node.Position.Error(e.Message);
        }
    }

    private void AccumulateNode(SyntaxNode node, Fraction factor, SumBuilder target)
    {
        switch (node)
        {
            case NumberNode number:
                target.AddConstant(factor * number.Value);
                break;
            case VariableNode variable:
                target.AddVariable(Variable(variable), factor);
                break;
            case NegationNode negation:
                Accumulate(negation.Operand, -factor, target);
                break;
            case SumNode sum:
                Accumulate(sum.First, factor, target);
                foreach (var summand in sum.Rest)
                {
                    Accumulate(summand.Operand, summand.Subtract ? -factor : factor, target);
                }

                break;
            case ProductNode product when ScaledOperand(product) is ({ } scale, var operand):
                if (operand is null)
                {
                    target.AddConstant(factor * scale);
                }
                else
                {
                    Accumulate(operand, factor * scale, target);
                }

                break;
            case CallNode call when FunctionTable.TryFind(call.Name, out var function, out var arity)
                                    && function is PiecewiseFunction.Relu or PiecewiseFunction.Max && call.Arguments.Length == arity:
                ReluOrMax(call, function, factor, target);
                break;
            default:
                target.Add(General(node), factor);
                break;
        }
    }

    /// <summary>
    /// <c>σ(e)</c>, <c>max(e, 0)</c> or <c>max(0, e)</c> times a factor: one term when e is affine (a zero
    /// factor adds none, as scaling by zero gives the zero sum, but e is still lowered for its errors and
    /// variables). Anything else, such as <c>max(x, 1)</c> or a σ of a σ, takes <see cref="PiecewiseLowering"/>
    /// on the lowered arguments, as a call on the general path does.
    /// </summary>
    private void ReluOrMax(CallNode call, PiecewiseFunction function, Fraction factor, SumBuilder target)
    {
        var first = Argument(call.Arguments[0]);
        var second = function == PiecewiseFunction.Max ? Argument(call.Arguments[1]) : null;
        var reluOf = second is null || second.IsZero ? first : first.IsZero ? second : null;
        if (reluOf is { HasTerms: false })
        {
            if (!factor.IsZero)
            {
                target.AddTerm(new ReluTerm(factor, reluOf.ToAffineForm()));
            }
        }
        else
        {
            ReluSum[] arguments = second is null ? [first.ToReluSum()] : [first.ToReluSum(), second.ToReluSum()];
            target.Add(PiecewiseLowering.Apply(function, arguments, call.Name, call.Position, _budget), factor);
        }

        GiveBack(first);
        if (second is not null)
        {
            GiveBack(second);
        }
    }

    /// <summary>An argument lowered into a spare builder, which the caller gives back when done with it.</summary>
    private SumBuilder Argument(SyntaxNode argument)
    {
        var builder = _spareBuilders.Count > 0 ? _spareBuilders.Pop() : new SumBuilder(_unitForm, _budget);
        Accumulate(argument, Fraction.One, builder);
        return builder;
    }

    private void GiveBack(SumBuilder builder)
    {
        builder.Clear();
        _spareBuilders.Push(builder);
    }

    /// <summary>A variable's name, once checked that it does not name a function (which needs parentheses).</summary>
    private string Variable(VariableNode variable)
    {
        if (!_unitForms.ContainsKey(variable.Name))
        {
            if (FunctionTable.TryFind(variable.Name, out _, out _))
            {
                throw variable.Position.Error($"the function {UserText.Quote(variable.Name)} needs its arguments in parentheses");
            }

            if (_declared is not null && !_declared.Contains(variable.Name))
            {
                throw variable.Position.Error(_declared.NotDeclared(variable.Name));
            }

            _unitForms.Add(variable.Name, AffineForm.FromVariable(variable.Name));
        }

        return variable.Name;
    }
}
