using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Lowering;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser.Lints;

/// <summary>
/// Lints: warnings about expressions that are valid but probably not meant — a constant unit
/// (<c>σ(0×x + 1)</c>), terms that cancel (<c>σ(x) − σ(x)</c>), a unit never active on an interval, units on
/// one hyperplane that merge, a zero coefficient. Each has the span of the text it is about. Lints never
/// change what an expression means.
/// </summary>
public static class ReluLints
{
    /// <summary>Longer texts are not linted: linting parses the text a second time, and a huge generated sum is not hand-written.</summary>
    public const int MaxLintedLength = 200_000;

    /// <summary>
    /// The lints of <paramref name="text"/>, in text order; empty when its syntax is invalid (the parse error says
    /// more) or is longer than <see cref="MaxLintedLength"/>. With an interval [<paramref name="from"/>,
    /// <paramref name="to"/>] (null ends unbounded; with several variables the box), units never active on it are reported too.
    /// </summary>
    /// <param name="text">The expression as the user wrote it; null gives no lints.</param>
    /// <param name="from">Left end of the interval to check units against, null for −∞.</param>
    /// <param name="to">Right end of the interval, null for +∞; with both ends null, no unit is reported as never active.</param>
    /// <returns>The lints, each with its message and the span of text it is about.</returns>
    public static ImmutableArray<ReluLint> Find(string text, Fraction? from = null, Fraction? to = null)
    {
        if (text is null || text.Length > MaxLintedLength)
        {
            return ImmutableArray<ReluLint>.Empty;
        }

        try
        {
            return FindIn(text, from, to);
        }
        catch (ReluParseException)
        {
            // Bad input has its parse error instead, and a part that fails to lower on its own gets no lint.
            return ImmutableArray<ReluLint>.Empty;
        }
    }

    private static ImmutableArray<ReluLint> FindIn(string text, Fraction? from, Fraction? to)
    {
        var root = ReluParser.ParseSyntax(text);
        var spans = new NodeSpans(text);
        var lints = new List<ReluLint>();
        var units = new List<Unit>();
        foreach (var (node, sign) in Summands(root, Fraction.One))
        {
            if (AsUnit(node, sign) is { } unit)
            {
                units.Add(unit);
            }
        }

        Walk(root, node => ZeroProduct(node, spans, lints));
        foreach (var unit in units)
        {
            ConstantOrInactive(unit, spans, lints, from, to);
        }

        SameHyperplane(units, spans, lints);
        return lints.OrderBy(l => l.Span.Offset).ThenBy(l => l.Kind).ToImmutableArray();
    }

    /// <summary>A top-level term c·σ(affine): its summand, its σ call and its lowered term (sign included).</summary>
    private sealed record Unit(SyntaxNode Summand, CallNode Call, ReluTerm Term);

    /// <summary>The operands of the top-level sum, through prefix minus signs, with their signs.</summary>
    private static IEnumerable<(SyntaxNode Node, Fraction Sign)> Summands(SyntaxNode node, Fraction sign)
    {
        switch (node)
        {
            case SumNode sum:
                foreach (var part in Summands(sum.First, sign))
                {
                    yield return part;
                }

                foreach (var summand in sum.Rest)
                {
                    foreach (var part in Summands(summand.Operand, summand.Subtract ? -sign : sign))
                    {
                        yield return part;
                    }
                }

                break;
            case NegationNode { Operand: SumNode inner }:
                foreach (var part in Summands(inner, -sign))
                {
                    yield return part;
                }

                break;
            default:
                yield return (node, sign);
                break;
        }
    }

    /// <summary>The summand as one unit a·σ(w·x + b), found through signs and number factors; null otherwise.</summary>
    private static Unit? AsUnit(SyntaxNode summand, Fraction sign)
    {
        var node = summand;
        while (true)
        {
            switch (node)
            {
                case NegationNode negation:
                    node = negation.Operand;
                    continue;
                case ProductNode product:
                    var operands = new[] { product.First }.Concat(product.Rest.Select(f => f.Operand)).Where(o => o is not NumberNode).ToList();
                    if (operands.Count != 1)
                    {
                        return null;
                    }

                    node = operands[0];
                    continue;
                case CallNode call when FunctionTable.TryFind(call.Name, out var function, out _) && function == PiecewiseFunction.Relu && call.Arguments.Length == 1:
                    var lowered = Lowerer.Lower(summand, null).Sum;
                    return lowered.Terms.Length == 1 && lowered.Affine.IsConstant && lowered.Affine.Constant.IsZero
                        ? new Unit(summand, call, lowered.Terms[0].Scale(sign))
                        : null;
                default:
                    return null;
            }
        }
    }

    private static void Walk(SyntaxNode node, Action<SyntaxNode> visit)
    {
        visit(node);
        switch (node)
        {
            case SumNode sum:
                Walk(sum.First, visit);
                foreach (var summand in sum.Rest)
                {
                    Walk(summand.Operand, visit);
                }

                break;
            case ProductNode product:
                Walk(product.First, visit);
                foreach (var factor in product.Rest)
                {
                    Walk(factor.Operand, visit);
                }

                break;
            case NegationNode negation:
                Walk(negation.Operand, visit);
                break;
            case AbsoluteValueNode bars:
                Walk(bars.Operand, visit);
                break;
            case CallNode call:
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, visit);
                }

                break;
        }
    }

    /// <summary>A product that mentions a variable but is the zero function: <c>0*σ(x)</c>, <c>0x</c>, <c>(1 - 1)σ(x)</c>.</summary>
    private static void ZeroProduct(SyntaxNode node, NodeSpans spans, List<ReluLint> lints)
    {
        if (node is not ProductNode product || !MayBeZero(product))
        {
            return;
        }

        var (sum, variables) = Lowerer.Lower(product, null);
        if (!variables.IsEmpty && sum.Terms.IsEmpty && sum.Affine.IsConstant && sum.Affine.Constant.IsZero)
        {
            lints.Add(Lint(LintKind.ZeroCoefficient, $"{Quote(spans, product)} is multiplied by 0, so it adds nothing", spans.Of(product)));
        }
    }

    /// <summary>Only a zero number or a group (<c>(1 - 1)</c>) can make a product zero; the rest is not lowered again.</summary>
    private static bool MayBeZero(ProductNode product) =>
        new[] { product.First }.Concat(product.Rest.Select(f => f.Operand))
            .Any(o => o is NumberNode number ? number.Value.IsZero : o is not (VariableNode or CallNode));

    private static void ConstantOrInactive(Unit unit, NodeSpans spans, List<ReluLint> lints, Fraction? from, Fraction? to)
    {
        var argument = unit.Term.Argument;
        if (argument.IsConstant)
        {
            var value = argument.Constant.IsPositive ? argument.Constant : Fraction.Zero;
            var why = argument.Constant.IsPositive ? "no variable reaches it" : "it is never active";
            lints.Add(Lint(LintKind.ConstantUnit, $"{Quote(spans, unit.Call)} is the constant {ExactMath.Format(value)}: {why}, so it needs no unit", spans.Of(unit.Call)));
            return;
        }

        if (from is null && to is null)
        {
            return;
        }

        // The largest value of the argument over [from, to]ⁿ: each variable at whichever end its coefficient prefers.
        Fraction? high = argument.Constant;
        foreach (var term in argument.Terms)
        {
            var end = term.Coefficient.IsPositive ? to : from;
            high = end is { } x && high is { } h ? h + term.Coefficient * x : null;
        }

        if (high is { } most && !most.Reduce().IsPositive)
        {
            lints.Add(Lint(LintKind.InactiveUnit, $"{Quote(spans, unit.Call)} is never active on [{End(from, "-")}, {End(to, "")}]: its input is at most {ExactMath.Format(most.Reduce())} there", spans.Of(unit.Call)));
        }
    }

    /// <summary>Units whose hyperplanes are the same (up to scale and side) merge into one kink, or cancel when the kinks sum to 0.</summary>
    private static void SameHyperplane(List<Unit> units, NodeSpans spans, List<ReluLint> lints)
    {
        var groups = units.Where(u => !u.Term.Argument.IsConstant).GroupBy(u => Normalized(u.Term.Argument));
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var total = new ReluSum(AffineForm.Zero, members.Select(u => u.Term).ToImmutableArray());
            var form = CanonicalForm.FromReluSum(total);
            var names = Names(spans, members);
            var related = members.Skip(1).Select(u => spans.Of(u.Summand)).ToImmutableArray();
            var plane = group.Key.Terms.Length == 1
                ? $"{group.Key.Terms[0].Variable} = {ExactMath.Format((-group.Key.Constant).Reduce())}"
                : $"{group.Key} = 0";
            var message = form.Terms.IsEmpty
                ? form.IsZero
                    ? $"{names} cancel: together they are 0"
                    : $"the kinks of {names} cancel: together they are the affine {form}"
                : $"{names} bend at the same {(group.Key.Terms.Length == 1 ? "point" : "hyperplane")} {plane} and merge into {form}";
            lints.Add(new ReluLint(form.Terms.IsEmpty ? LintKind.CancellingTerms : LintKind.SameHyperplane, message, spans.Of(members[0].Summand), related));
        }
    }

    /// <summary>The hyperplane scaled so that its first coefficient is 1: σ(2x − 2) and σ(1 − x) both give x − 1.</summary>
    private static AffineForm Normalized(AffineForm argument) =>
        argument.Scale((Fraction.One / argument.Terms[0].Coefficient).Reduce());

    private static string Names(NodeSpans spans, List<Unit> members) =>
        members.Count == 2
            ? $"{Quote(spans, members[0].Summand)} and {Quote(spans, members[1].Summand)}"
            : string.Join(", ", members.Take(members.Count - 1).Select(u => Quote(spans, u.Summand))) + " and " + Quote(spans, members[members.Count - 1].Summand);

    private static string Quote(NodeSpans spans, SyntaxNode node) => UserText.Quote(spans.TextOf(node));

    private static string End(Fraction? value, string sign) => value is { } x ? ExactMath.Format(x) : sign + "\u221E"; // ∞

    private static ReluLint Lint(LintKind kind, string message, SourceSpan span) => new(kind, message, span, ImmutableArray<SourceSpan>.Empty);
}
