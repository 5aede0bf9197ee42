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
        yield return "inputs: " + (network.Inputs.IsEmpty ? "(none)" : string.Join(", ", network.Inputs));
        for (var i = 0; i < network.Hidden.Length; i++)
        {
            var unit = network.Hidden[i];
            yield return $"h{i + 1} = {TextForm.Sigma}({Affine(network.Inputs.Select((name, k) => (unit.Weights[k], name)), unit.Bias)})";
        }

        yield return "y = " + Affine(network.Hidden.Select((unit, i) => (unit.OutputWeight, $"h{i + 1}")), network.OutputBias);
    }

    /// <summary>Terms in the given order (not sorted by name, so h10 follows h9), zero weights kept as written.</summary>
    private static string Affine(IEnumerable<(Fraction Weight, string Name)> terms, Fraction constant)
    {
        var text = new StringBuilder();
        foreach (var (weight, name) in terms)
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
