using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Engines;

/// <summary>The case files the engines are crossed with.</summary>
public enum CaseSet
{
    /// <summary>Cases/blog-expressions.txt: every blog expression, values written by hand at its breakpoints.</summary>
    Blog,

    /// <summary>Cases/canonical.txt: each expression, valued exactly through the canonical form the file expects.</summary>
    Canonical,

    /// <summary>Cases/notation.txt: the notation of papers, valued exactly through its plain spelling.</summary>
    Notation,

    /// <summary>Seeded random networks of 0 to 3 inputs, valued by the network's exact (Fraction) evaluation.</summary>
    Random,
}

/// <summary>One network to evaluate, with its points and the exact value at each.</summary>
/// <param name="Name">What a failure names: the expression, or the random network's number.</param>
/// <param name="Network">The network the engines compile.</param>
/// <param name="Points">The points, inputs in the network's input order, each with its exact value.</param>
/// <param name="ExactInDoubles">
/// Whether every engine must give the exact value itself (small dyadic weights and points: no rounding
/// anywhere); otherwise within the engine form's documented error bound.
/// </param>
internal sealed record EngineCase(string Name, Network Network, (double[] Inputs, Fraction Exact)[] Points, bool ExactInDoubles);
