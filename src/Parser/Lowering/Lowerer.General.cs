using System;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lowering;

/// <summary>The general path: each operand lowered to a ReLU sum of its own, then combined.</summary>
internal sealed partial class Lowerer
{
    /// <summary>A product with two non-number factors, or a call other than σ of one argument, or bars.</summary>
    private ReluSum General(SyntaxNode node) => node switch
    {
        ProductNode product => Product(product),
        CallNode call => Call(call),
        AbsoluteValueNode bars => PiecewiseLowering.Apply(PiecewiseFunction.Abs, [ToSum(bars.Operand)], null, bars.Position, _budget),
        _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>
    /// A product that is a number times one operand (<c>2*σ(x - 1)</c>, <c>3x</c>, <c>σ(x)/2</c>, <c>1/2</c>):
    /// the product of the numbers (divisors inverted) and the operand, null when there is none. Null for
    /// any other product, which the general path multiplies out step by step: that one reports
    /// <c>x/0</c> at its <c>/</c>, and a constant operand multiplied by a number afterwards (<c>σ(1)*2</c>)
    /// loses its terms there, as a constant left factor does.
    /// </summary>
    private static (Fraction? Scale, SyntaxNode? Operand) ScaledOperand(ProductNode product)
    {
        var scale = Fraction.One;
        SyntaxNode? operand = null;
        if (product.First is NumberNode first)
        {
            scale = first.Value;
        }
        else
        {
            operand = product.First;
        }

        foreach (var factor in product.Rest)
        {
            var number = factor.Operand is NumberNode literal ? literal.Value : (Fraction?)null;
            switch (number, factor.Operator)
            {
                case ({ } divisor, ProductOperator.Divide) when !divisor.IsZero:
                    scale = Limits.CheckDigits(scale / divisor, "this product");
                    break;
                case ({ } multiplier, not ProductOperator.Divide) when operand is null:
                    scale = Limits.CheckDigits(scale * multiplier, "this product");
                    break;
                case (null, not ProductOperator.Divide) when operand is null:
                    operand = factor.Operand;
                    break;
                default:
                    return (null, null);
            }
        }

        return (scale, operand);
    }

    private ReluSum Product(ProductNode product)
    {
        var value = ToSum(product.First);
        foreach (var factor in product.Rest)
        {
            var operand = ToSum(factor.Operand);
            value = factor.Operator == ProductOperator.Divide
                ? Divide(value, operand, factor.OperatorPosition)
                : Multiply(value, operand, factor.OperatorPosition);
            try
            {
                _budget.Spend(value);
            }
            catch (LimitExceededException e)
            {
                throw factor.OperatorPosition.Error(e.Message);
            }
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
            arguments[i] = ToSum(call.Arguments[i]);
        }

        return PiecewiseLowering.Apply(function, arguments, call.Name, call.Position, _budget);
    }
}
