using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Pictures;

/// <summary>
/// The blog's expressions built by hand as IR (the parser is not needed to test pictures): sums of
/// terms a·σ(w·x + b) and the networks a builder gives for them.
/// </summary>
internal static class BlogIr
{
    /// <summary>a·σ(w·x + b) + … + constant, in x.</summary>
    public static ReluSum Sum(int constant, params (int A, int W, int B)[] terms) =>
        new(
            AffineForm.FromConstant(new Fraction(constant)),
            terms.Select(t => new ReluTerm(new Fraction(t.A), AffineForm.Create(new[] { new LinearTerm("x", new Fraction(t.W)) }, new Fraction(t.B)))).ToImmutableArray());

    /// <summary>The one-variable view of the canonical form of <see cref="Sum"/>.</summary>
    public static UnivariateView Form(int constant, params (int A, int W, int B)[] terms) => CanonicalForm.FromReluSum(Sum(constant, terms)).ToUnivariate();

    /// <summary>A network in x: one unit (w, b, a) per term, output bias c.</summary>
    public static Network Net(int outputBias, params (int W, int B, int A)[] units) =>
        new(
            ImmutableArray.Create("x"),
            units.Select(u => new HiddenUnit(ImmutableArray.Create(new Fraction(u.W)), new Fraction(u.B), new Fraction(u.A))).ToImmutableArray(),
            new Fraction(outputBias));

    /// <summary>σ(x+1).</summary>
    public static Network ReluOfXPlusOne => Net(0, (1, 1, 1));

    /// <summary>σ(x-1).</summary>
    public static Network ReluOfXMinusOne => Net(0, (1, -1, 1));

    /// <summary>σ(x-1) + 1, smallest: the constant is the output bias.</summary>
    public static Network ReluOfXMinusOnePlusOne => Net(1, (1, -1, 1));

    /// <summary>σ(1×x − 1) + σ(0×x + 1) as written: the constant sits in a unit with input weight 0.</summary>
    public static Network BlogConstantUnitAsWritten => Net(0, (1, -1, 1), (0, 1, 1));

    /// <summary>σ(-x).</summary>
    public static Network ReluOfMinusX => Net(0, (-1, 0, 1));

    /// <summary>σ(-x-1).</summary>
    public static Network ReluOfMinusXMinusOne => Net(0, (-1, -1, 1));

    /// <summary>σ(x) - σ(x-1).</summary>
    public static Network Ramp => Net(0, (1, 0, 1), (1, -1, -1));

    /// <summary>σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3).</summary>
    public static Network TwoSteps => Net(0, (1, 0, 1), (1, -1, -1), (1, -2, 1), (1, -3, -1));

    /// <summary>σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6).</summary>
    public static Network StepsAndDip => Net(0, (1, 0, 1), (1, -1, -1), (1, -2, 1), (1, -3, -1), (1, -4, -1), (1, -6, 1));

    /// <summary>σ(x - y/2 + 1/3) - 2/3 with inputs x, y: fractions, two inputs, and an input called y.</summary>
    public static Network TwoInputs => new(
        ImmutableArray.Create("x", "y"),
        ImmutableArray.Create(new HiddenUnit(ImmutableArray.Create(Fraction.One, new Fraction(-1, 2)), new Fraction(1, 3), Fraction.One)),
        new Fraction(-2, 3));
}
