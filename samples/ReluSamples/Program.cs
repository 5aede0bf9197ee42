using System;
using System.Globalization;
using ReluCompiler;

namespace ReluSamples;

/// <summary>A tour of the public API with the blog's expressions.</summary>
internal static class Program
{
    private static int Main()
    {
        // Parse once; evaluate exactly or in doubles. Inputs are the variables in name order.
        var staircase = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)");
        Console.WriteLine($"{staircase.Source}: inputs ({string.Join(", ", staircase.Inputs)})");
        foreach (var x in new[] { -1.0, 0.5, 1.5, 2.5, 10.0 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  f({x}) = {staircase.Evaluate(x)}"));
        }

        // Numbers stay exact: 0.1 + 0.2 is 3/10, not 0.30000000000000004.
        Console.WriteLine($"0.1 + 0.2 = {Relu.Parse("0.1 + 0.2").Evaluate(Array.Empty<Fractions.Fraction>())}");

        // The blog's tricky network is the same function as σ(x-1) + 1.
        var tricky = Relu.Parse(@"\sigma(1 \times x-1) + \sigma(0 \times x +1)");
        Console.WriteLine($"canonical form of {tricky.Source}: {tricky.ToUnivariate()}");

        // Bad input is an ordinary, located error.
        if (!Relu.TryParse("σ(x*x)", out _, out var error))
        {
            Console.WriteLine($"σ(x*x): {error.Message}");
        }

        return 0;
    }
}
