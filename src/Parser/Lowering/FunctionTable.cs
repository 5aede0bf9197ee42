using System;
using System.Collections.Generic;

namespace ReluCompiler.Parser.Lowering;

/// <summary>The piecewise-linear functions a call can name (README, "The language").</summary>
internal enum PiecewiseFunction
{
    /// <summary>σ(e) = max(0, e).</summary>
    Relu,

    /// <summary>max(a, b) = a + σ(b − a).</summary>
    Max,

    /// <summary>min(a, b) = a − σ(a − b).</summary>
    Min,

    /// <summary>abs(e) = σ(e) + σ(−e).</summary>
    Abs,
}

/// <summary>Every spelling of every function, with its number of arguments.</summary>
internal static class FunctionTable
{
    /// <summary>Names compare without case (<c>Sigma</c>, <c>MAX</c>, <c>ReLU</c>); the symbol and LaTeX commands only come as the tokenizer spells them.</summary>
    private static readonly Dictionary<string, (PiecewiseFunction Function, int Arity)> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["\u03C3"] = (PiecewiseFunction.Relu, 1), // σ
        ["\\sigma"] = (PiecewiseFunction.Relu, 1),
        ["sigma"] = (PiecewiseFunction.Relu, 1),
        ["relu"] = (PiecewiseFunction.Relu, 1),
        ["max"] = (PiecewiseFunction.Max, 2),
        ["\\max"] = (PiecewiseFunction.Max, 2),
        ["min"] = (PiecewiseFunction.Min, 2),
        ["\\min"] = (PiecewiseFunction.Min, 2),
        ["abs"] = (PiecewiseFunction.Abs, 1),
    };

    /// <summary>The function <paramref name="name"/> spells, if any.</summary>
    public static bool TryFind(string name, out PiecewiseFunction function, out int arity)
    {
        var found = Spellings.TryGetValue(name, out var entry);
        (function, arity) = entry;
        return found;
    }
}
