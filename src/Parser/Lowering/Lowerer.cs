using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// Syntax tree to <see cref="ReluSum"/>, keeping terms in written order so that the "as written" network
/// can be read off: <c>σ(1 × x - 1) + σ(0 × x + 1)</c> stays two terms. Recursion follows only real
/// nesting (bounded by <see cref="ParserLimits.MaxNestingDepth"/>); sums and products are loops over
/// their flat lists. Everything must stay piecewise linear: products need a constant side, division a
/// non-zero constant divisor.
/// </summary>
internal sealed class Lowerer
{
    private readonly SortedSet<string> _variables = new(StringComparer.Ordinal);

    /// <summary>The lowered sum and every variable the text mentions, sorted ordinal.</summary>
    public static (ReluSum Sum, ImmutableArray<string> Variables) Lower(SyntaxNode root)
    {
        var lowerer = new Lowerer();
        var sum = lowerer.Visit(root);
        return (sum, lowerer._variables.ToImmutableArray());
    }

    private ReluSum Visit(SyntaxNode node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw node.Position.Error("the expression is nested too deeply for the stack of the thread parsing it");
        }

        return node switch
        {
            NumberNode number => ReluSum.FromAffine(AffineForm.FromConstant(number.Value)),
            VariableNode variable => Variable(variable),
            NegationNode negation => Visit(negation.Operand).Scale(Fraction.MinusOne),
            SumNode sum => Sum(sum),
            ProductNode product => Product(product),
            CallNode call => Call(call),
            AbsoluteValueNode bars => PiecewiseLowering.Apply(PiecewiseFunction.Abs, new[] { Visit(bars.Operand) }, null, bars.Position),
            _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
        };
    }

    private ReluSum Variable(VariableNode variable)
    {
        if (FunctionTable.TryFind(variable.Name, out _, out _))
        {
            throw variable.Position.Error($"the function {UserText.Quote(variable.Name)} needs its arguments in parentheses");
        }

        _variables.Add(variable.Name);
        return ReluSum.FromAffine(AffineForm.FromVariable(variable.Name));
    }

    private ReluSum Sum(SumNode sum)
    {
        var builder = new SumBuilder();
        builder.Add(Visit(sum.First), negate: false);
        foreach (var summand in sum.Rest)
        {
            builder.Add(Visit(summand.Operand), summand.Subtract);
        }

        return builder.ToReluSum();
    }

    private ReluSum Product(ProductNode product)
    {
        var value = Visit(product.First);
        foreach (var factor in product.Rest)
        {
            var operand = Visit(factor.Operand);
            value = factor.Operator == ProductOperator.Divide
                ? Divide(value, operand, factor.OperatorPosition)
                : Multiply(value, operand, factor.OperatorPosition);
        }

        return value;
    }

    private static ReluSum Multiply(ReluSum left, ReluSum right, SourcePosition at)
    {
        if (ConstantValue.TryGet(left, out var leftValue))
        {
            return right.Scale(leftValue);
        }

        if (ConstantValue.TryGet(right, out var rightValue))
        {
            return left.Scale(rightValue);
        }

        throw at.Error("the product of two expressions that both depend on variables is not piecewise linear");
    }

    private static ReluSum Divide(ReluSum dividend, ReluSum divisor, SourcePosition at)
    {
        if (!ConstantValue.TryGet(divisor, out var value))
        {
            throw at.Error("division by an expression that depends on a variable is not piecewise linear");
        }

        return value.IsZero ? throw at.Error("division by zero") : dividend.Scale((Fraction.One / value).Reduce());
    }

    private ReluSum Call(CallNode call)
    {
        if (!FunctionTable.TryFind(call.Name, out var function, out var arity))
        {
            throw call.Position.Error($"unknown function {UserText.Quote(call.Name)}");
        }

        if (call.Arguments.Length != arity)
        {
            throw call.Position.Error(
                $"{UserText.Quote(call.Name)} takes {arity} argument{(arity == 1 ? "" : "s")}, not {call.Arguments.Length}");
        }

        var arguments = new ReluSum[arity];
        for (var i = 0; i < arity; i++)
        {
            arguments[i] = Visit(call.Arguments[i]);
        }

        return PiecewiseLowering.Apply(function, arguments, call.Name, call.Position);
    }
}
