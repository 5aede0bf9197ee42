using System;
using System.Collections.Generic;
using System.Linq;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Emit;
using Xunit;

namespace ReluCompiler.Tests.Engines;

/// <summary>
/// Every case of every case file on every engine (STYLE §11, issue 10): one row per engine and case set,
/// each failure naming the case and the point. The blog's values are exact in doubles, so every engine
/// must give them exactly; elsewhere each engine must be within its form's error bound of the exact value.
/// </summary>
public sealed class EngineMatrixTests
{
    public static TheoryData<Engine, CaseSet> Rows
    {
        get
        {
            var rows = new TheoryData<Engine, CaseSet>();
            foreach (var engine in EngineFactory.All)
            {
                foreach (var set in Enum.GetValues<CaseSet>())
                {
                    rows.Add(engine, set);
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryCaseHasItsExactValueOrIsWithinTheFormsBound(Engine engine, CaseSet set)
    {
        // Table engines evaluate one-input networks only: the others are not theirs to run.
        var cases = EngineCases.Of(set).Where(c => EngineFactory.Evaluates(engine, c.Network)).ToArray();
        Assert.NotEmpty(cases);
        var compiled = EngineFactory.CompileAll(engine, cases.Select(c => c.Network).ToArray());
        var failures = new List<string>();
        var checkedPoints = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            foreach (var (inputs, exact) in cases[i].Points)
            {
                var actual = compiled[i](inputs);
                checkedPoints++;
                if (Problem(engine, cases[i], inputs, exact, actual) is { } problem)
                {
                    failures.Add($"`{cases[i].Name}` at ({string.Join(", ", inputs)}): {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedPoints} points wrong on {engine}:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(checkedPoints >= cases.Length, $"only {checkedPoints} points for {cases.Length} cases");
    }

    private static string? Problem(Engine engine, EngineCase @case, double[] inputs, Fractions.Fraction exact, double actual)
    {
        if (@case.ExactInDoubles)
        {
            var expected = ExactMath.ToDouble(exact);
            return Doubles.Same(expected, actual) ? null : $"expected {Doubles.Show(expected)} but got {Doubles.Show(actual)}";
        }

        var bound = ErrorBounds.Of(engine, @case.Network, inputs);
        if (double.IsPositiveInfinity(bound))
        {
            return null; // the form may overflow here (∞ − ∞): the exact value says nothing about the double one
        }

        if (!double.IsFinite(actual))
        {
            return $"got {Doubles.Show(actual)} where the exact value is {ExactMath.ToDouble(exact)}";
        }

        var error = Math.Abs(ExactMath.ToDouble(Doubles.Exact(actual) - exact));
        return error <= bound ? null : $"error {error} past the bound {bound}: got {Doubles.Show(actual)}, exact {ExactMath.ToDouble(exact)}";
    }
}
