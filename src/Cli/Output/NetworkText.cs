using System.IO;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// A network as text, one line per unit and one for the output:
/// <c>inputs: x</c> / <c>h1 = σ(x - 1)</c> / <c>y = h1 + 1</c>.
/// </summary>
/// <remarks>
/// Written straight to the output, term by term: the output line of a 65,536-unit network is a megabyte,
/// and building it (and every unit's line) as strings first held it twice over.
/// </remarks>
internal static class NetworkText
{
    /// <summary>Writes the lines of <paramref name="network"/>, each ended by a newline.</summary>
    public static void Write(TextWriter writer, Network network)
    {
        var names = DisplayNames.For(network.Inputs);
        writer.Write("inputs: ");
        writer.WriteLine(network.Inputs.IsEmpty ? "(none)" : string.Join(", ", network.Inputs));
        for (var i = 0; i < network.Hidden.Length; i++)
        {
            var unit = network.Hidden[i];

            // A unit with no nonzero weight is the blog's σ(0·x + c): its zeros are what it means to show.
            var keepZeros = true;
            foreach (var weight in unit.Weights)
            {
                keepZeros &= weight.IsZero;
            }

            writer.Write(names.Unit(i));
            writer.Write(" = ");
            writer.Write(TextForm.Sigma);
            writer.Write('(');
            var first = true;
            for (var k = 0; k < network.Inputs.Length; k++)
            {
                WriteTerm(writer, ref first, unit.Weights[k], network.Inputs[k], keepZeros);
            }

            WriteConstant(writer, ref first, unit.Bias);
            writer.WriteLine(')');
        }

        writer.Write(names.Output);
        writer.Write(" = ");
        var firstOutput = true;
        for (var i = 0; i < network.Hidden.Length; i++)
        {
            WriteTerm(writer, ref firstOutput, network.Hidden[i].OutputWeight, names.Unit(i), keepZeros: false);
        }

        WriteConstant(writer, ref firstOutput, network.OutputBias);
        writer.WriteLine();
    }

    private static void WriteTerm(TextWriter writer, ref bool first, Fraction weight, string name, bool keepZeros)
    {
        if (keepZeros || !weight.IsZero)
        {
            TextForm.WriteTerm(writer, ref first, weight, name);
        }
    }

    /// <summary>The constant of an affine form: written when not zero, or when nothing else was.</summary>
    private static void WriteConstant(TextWriter writer, ref bool first, Fraction constant)
    {
        if (!constant.IsZero || first)
        {
            TextForm.WriteTerm(writer, ref first, constant, null);
        }
    }
}
