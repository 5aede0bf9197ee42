using System.Collections.Generic;
using System.Linq;
using System.Text;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// The network as readable lines, one hidden unit each:
/// <code>
/// inputs: x
/// h1 = σ(x - 1)
/// y = h1 + 1
/// </code>
/// </summary>
internal static class NetworkText
{
    public static IEnumerable<string> Lines(Network network)
    {
        var names = DisplayNames.For(network.Inputs);
        yield return "inputs: " + (network.Inputs.IsEmpty ? "(none)" : string.Join(", ", network.Inputs));
        for (var i = 0; i < network.Hidden.Length; i++)
        {
            var unit = network.Hidden[i];
            // A unit with no nonzero weight is the blog's σ(0·x + c): its zeros are what it means to show.
            var keepZeros = unit.Weights.All(w => w.IsZero);
            yield return $"{names.Unit(i)} = {TextForm.Sigma}({Affine(network.Inputs.Select((name, k) => (unit.Weights[k], name)), unit.Bias, keepZeros)})";
        }

        yield return names.Output + " = " + Affine(network.Hidden.Select((unit, i) => (unit.OutputWeight, names.Unit(i))), network.OutputBias, keepZeros: false);
    }

    /// <summary>Terms in the given order (not sorted by name, so h10 follows h9); a zero weight adds nothing, so its term is left out unless <paramref name="keepZeros"/>.</summary>
    private static string Affine(IEnumerable<(Fraction Weight, string Name)> terms, Fraction constant, bool keepZeros)
    {
        var text = new StringBuilder();
        foreach (var (weight, name) in terms.Where(t => keepZeros || !t.Weight.IsZero))
        {
            TextForm.AppendTerm(text, weight, name);
        }

        if (!constant.IsZero || text.Length == 0)
        {
            TextForm.AppendTerm(text, constant, null);
        }

        return text.ToString();
    }
}
