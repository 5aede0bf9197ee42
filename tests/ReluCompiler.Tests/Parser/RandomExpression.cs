using System;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// A random piecewise-linear expression in x with its own exact evaluator (independent of the parser), and
/// a renderer that spells it in randomly chosen plain, Unicode or LaTeX forms with random whitespace.
/// </summary>
internal abstract record RandomExpression
{
    private static readonly Gen<Fraction> Constant =
        Gen.Select(Gen.Int[-9, 9], Gen.Int[1, 4], (p, q) => new Fraction(p, q).Reduce());

    private static readonly Gen<RandomExpression> Leaf = Gen.Frequency(
        (2, Constant.Select(c => (RandomExpression)new Number(c))),
        (3, Gen.Const((RandomExpression)new Variable())));

    /// <summary>Expressions up to four levels deep.</summary>
    public static readonly Gen<RandomExpression> Any = Gen.Recursive<RandomExpression>((depth, self) =>
        depth >= 4
            ? Leaf
            : Gen.Frequency(
                (2, Leaf),
                (3, Gen.Select(self, self, Gen.Bool, (a, b, minus) => (RandomExpression)new Sum(a, b, minus))),
                (2, Gen.Select(Constant, self, (c, a) => (RandomExpression)new Scaled(c, a))),
                (1, self.Select(a => (RandomExpression)new Negated(a))),
                (3, self.Select(a => (RandomExpression)new Relu(a))),
                (1, Gen.Select(self, self, Gen.Bool, (a, b, isMax) => (RandomExpression)new Extremum(a, b, isMax))),
                (1, self.Select(a => (RandomExpression)new Absolute(a)))));

    /// <summary>The exact value at <paramref name="x"/>.</summary>
    public abstract Fraction Evaluate(Fraction x);

    /// <summary>The expression as text, spellings and spacing chosen by <paramref name="random"/>.</summary>
    public abstract string Render(Random random);

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    private static string Space(Random random) => Pick(random, "", "", " ", "  ", "\t", "\n", "\u00A0", "\\,", "\\;");

    private static string Parens(Random random, string inner, string open) =>
        open == "\\left(" ? $"\\left({inner}\\right)" : $"({inner})";

    private sealed record Number(Fraction Value) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => Value;

        public override string Render(Random random)
        {
            var text = ExactMath.Format(Value);
            return Value.IsNegative || text.Contains('/') ? Parens(random, text.Replace("-", Pick(random, "-", "\u2212")), Pick(random, "(", "\\left(")) : text; // − (minus sign)
        }
    }

    private sealed record Variable : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => x;

        public override string Render(Random random) => "x";
    }

    private sealed record Sum(RandomExpression Left, RandomExpression Right, bool Minus) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => Minus ? Left.Evaluate(x) - Right.Evaluate(x) : Left.Evaluate(x) + Right.Evaluate(x);

        public override string Render(Random random) =>
            Parens(random, Left.Render(random) + Space(random) + (Minus ? Pick(random, "-", "\u2212") : "+") + Space(random) + Parens(random, Right.Render(random), Pick(random, "(", "\\left(")), Pick(random, "(", "\\left("));
    }

    private sealed record Scaled(Fraction Factor, RandomExpression Operand) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => Factor * Operand.Evaluate(x);

        public override string Render(Random random)
        {
            var factor = new Number(Factor).Render(random);
            var operand = Parens(random, Operand.Render(random), Pick(random, "(", "\\left("));
            return random.Next(4) switch
            {
                0 => factor + Space(random) + Pick(random, "*", "\u00D7", "\u00B7", "\\times ", "\\cdot ") + Space(random) + operand, // ×, ·
                1 => operand + Space(random) + Pick(random, "*", "\u00D7") + Space(random) + factor,
                2 when !Factor.IsZero => operand + Space(random) + "/" + Space(random) + new Number((1 / Factor).Reduce()).Render(random),
                _ => factor + Space(random) + operand, // implicit multiplication
            };
        }
    }

    private sealed record Negated(RandomExpression Operand) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => -Operand.Evaluate(x);

        public override string Render(Random random) =>
            Pick(random, "-", "\u2212", "+-") + Space(random) + Parens(random, Operand.Render(random), "("); // − (minus sign)
    }

    private sealed record Relu(RandomExpression Operand) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => Operand.Evaluate(x) is { IsPositive: true } v ? v : Fraction.Zero;

        public override string Render(Random random)
        {
            var inner = Space(random) + Operand.Render(random) + Space(random);
            return random.Next(6) switch
            {
                0 => "\u03C3" + Parens(random, inner, "("), // σ
                1 => "sigma" + Parens(random, inner, Pick(random, "(", "\\left(")),
                2 => Pick(random, "relu", "ReLU") + Parens(random, inner, "("),
                3 => "\\sigma" + Parens(random, inner, Pick(random, "(", "\\left(")),
                4 => Pick(random, "max", "\\max") + $"(0,{inner})",
                _ => Pick(random, "max", "\\max") + $"({inner},{Space(random)}0)",
            };
        }
    }

    private sealed record Extremum(RandomExpression Left, RandomExpression Right, bool IsMax) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) =>
            IsMax == (Left.Evaluate(x) >= Right.Evaluate(x)) ? Left.Evaluate(x) : Right.Evaluate(x);

        public override string Render(Random random) =>
            (IsMax ? Pick(random, "max", "\\max") : Pick(random, "min", "\\min")) + $"({Left.Render(random)},{Space(random)}{Right.Render(random)})";
    }

    private sealed record Absolute(RandomExpression Operand) : RandomExpression
    {
        public override Fraction Evaluate(Fraction x) => Operand.Evaluate(x) is { IsNegative: true } v ? -v : Operand.Evaluate(x);

        public override string Render(Random random) => random.Next(3) switch
        {
            0 => $"abs({Operand.Render(random)})",
            1 => $"\\left|{Operand.Render(random)}\\right|",
            _ => $"|{Operand.Render(random)}|",
        };
    }
}
