using System;
using System.Globalization;
using ReluCompiler;
using ReluCompiler.CSharp;

namespace ReluSamples;

/// <summary>
/// A tour of the public API with the blog's expressions. samples/tutorial.md quotes this file and its
/// output: change them together.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        ParseAndEvaluate();
        CompileToIl();
        DecideEquality();
        BuildNetworks();
        EmitCSharpSource();
        ReportBadInput();
        return 0;
    }

    /// <summary>Parse once; evaluate exactly (Fraction) or in doubles with the reference interpreter.</summary>
    private static void ParseAndEvaluate()
    {
        Heading("Relu.Parse: exact values and the canonical form");

        // Inputs are the variables in name order; points are given in that order.
        var staircase = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)");
        Console.WriteLine($"{staircase.Source}: inputs ({string.Join(", ", staircase.Inputs)})");
        foreach (var x in new[] { -1.0, 0.5, 1.5, 2.5, 10.0 })
        {
            Console.WriteLine(Invariant($"  f({x}) = {staircase.Evaluate(x)}"));
        }

        // Numbers stay exact: 0.1 + 0.2 is 3/10, not 0.30000000000000004.
        Console.WriteLine($"0.1 + 0.2 = {Relu.Parse("0.1 + 0.2").EvaluateExact()}");

        // The blog's tricky network, in its own LaTeX: the constant unit σ(0 × x + 1) is just the constant 1.
        var tricky = Relu.Parse(@"\sigma(1 \times x-1) + \sigma(0 \times x +1)");
        Console.WriteLine($"canonical form of {tricky.Source}: {tricky.Canonical}");
    }

    /// <summary>Relu.Compile: the smallest network as an IL delegate, one point at a time or a whole span.</summary>
    private static void CompileToIl()
    {
        Heading("Relu.Compile: an IL delegate");

        // Exercise 4 of the blog: σ(x-2) - σ(x-3) climbs from 0 to 1 between x = 2 and x = 3.
        var exercise4 = Relu.Compile("σ(x-2) - σ(x-3)");
        Console.WriteLine(Invariant($"exercise4.Invoke(2.5) = {exercise4.Invoke(2.5)} ({exercise4.Strategy}, {exercise4.Network})"));

        // The batch overload fills ys[i] = f(xs[i]), with Vector256 where the CPU has it.
        ReadOnlySpan<double> xs = [0, 1, 2, 2.25, 2.5, 2.75, 3, 4];
        Span<double> ys = stackalloc double[xs.Length];
        exercise4.Evaluate(xs, ys);
        for (var i = 0; i < xs.Length; i++)
        {
            Console.WriteLine(Invariant($"  x = {xs[i]}: {ys[i]}"));
        }

        // What the delegate runs, one IL instruction a line.
        Console.WriteLine("IL of Relu.Compile(\"σ(x-1) + 1\"):");
        foreach (var line in Relu.Compile("σ(x-1) + 1").IlListing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Console.WriteLine("  " + line);
        }
    }

    /// <summary>Relu.Equivalent decides equality exactly; a "not equal" carries an exact witness point.</summary>
    private static void DecideEquality()
    {
        Heading("Relu.Equivalent: exact equality with a witness");

        var same = Relu.Equivalent(@"\sigma(1 \times x-1) + \sigma(0 \times x +1)", @"\sigma(x-1) +1");
        Console.WriteLine($"tricky network vs σ(x-1) + 1: IsEqual = {same.IsEqual}");

        // Exercise 4 is not exercise 2: they part where σ(x-3) switches on.
        var different = Relu.Equivalent("σ(x-2) - σ(x-3)", "σ(x-2)");
        Console.WriteLine($"σ(x-2) - σ(x-3) vs σ(x-2): IsEqual = {different.IsEqual}");
        for (var i = 0; i < different.Variables.Length; i++)
        {
            Console.WriteLine($"  witness {different.Variables[i]} = {different.WitnessValues[i]}");
        }

        Console.WriteLine($"  left = {different.LeftValue}, right = {different.RightValue}");
        Console.WriteLine($"  as text: {different}");
    }

    /// <summary>The smallest network against the one drawn the blog's way.</summary>
    private static void BuildNetworks()
    {
        Heading("Networks: smallest and as written");

        var tricky = Relu.Parse(@"\sigma(1 \times x-1) + \sigma(0 \times x +1)");
        var smallest = tricky.SmallestNetwork();
        Console.WriteLine($"smallest:   {smallest.Network} = {smallest.Network.ToReluSum()} (proven minimal: {smallest.IsProvenMinimal})");

        // The blog's picture keeps the constant as a unit σ(0·x + 1) with its own edge from x.
        var asWritten = tricky.AsWrittenNetwork(constantsAsUnits: true);
        Console.WriteLine($"as written: {asWritten} = {asWritten.ToReluSum()}");
        foreach (var unit in asWritten.Hidden)
        {
            Console.WriteLine($"  unit: weights [{string.Join(", ", unit.Weights)}], bias {unit.Bias}, output weight {unit.OutputWeight}");
        }
    }

    /// <summary>Relu.EmitCSharp: C# source of the smallest network, to paste into a project.</summary>
    private static void EmitCSharpSource()
    {
        Heading("Relu.EmitCSharp: C# source");
        Console.WriteLine(Relu.EmitCSharp("σ(x-2) - σ(x-3)", new CSharpEmitOptions(ClassName: "Exercise4", Namespace: "Blog")));
    }

    /// <summary>Bad input is an ordinary error with a line and a column, never a wrong answer.</summary>
    private static void ReportBadInput()
    {
        Heading("Relu.TryParse: located errors");
        foreach (var text in new[] { "σ(x*x)", "σ(x-1", "σ(x) / x" })
        {
            if (!Relu.TryParse(text, out _, out var error))
            {
                Console.WriteLine($"{text}: {error.Message}");
            }
        }
    }

    private static void Heading(string title) =>
        Console.WriteLine(Environment.NewLine + "== " + title + " " + new string('=', Math.Max(3, 60 - title.Length)));

    // Doubles print invariant-culture, as the relu command does, whatever the machine's locale.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
