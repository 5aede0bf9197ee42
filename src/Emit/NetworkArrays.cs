using System.Linq;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>
/// A network's parameters as doubles (each rounded once by <see cref="ExactMath.ToDouble"/>), laid out for
/// loops and vector kernels: the input weights unit by unit (d per unit, in input order).
/// </summary>
internal sealed class NetworkArrays
{
    private NetworkArrays(int inputCount, double[] weights, double[] biases, double[] outputWeights, double outputBias)
    {
        InputCount = inputCount;
        Weights = weights;
        Biases = biases;
        OutputWeights = outputWeights;
        OutputBias = outputBias;
    }

    public int InputCount { get; }

    /// <summary>wᵢⱼ at [i·d + j].</summary>
    public double[] Weights { get; }

    public double[] Biases { get; }

    public double[] OutputWeights { get; }

    public double OutputBias { get; }

    public int UnitCount => Biases.Length;

    public static NetworkArrays From(Network network) => new(
        network.Inputs.Length,
        network.Hidden.SelectMany(u => u.Weights).Select(ExactMath.ToDouble).ToArray(),
        network.Hidden.Select(u => ExactMath.ToDouble(u.Bias)).ToArray(),
        network.Hidden.Select(u => ExactMath.ToDouble(u.OutputWeight)).ToArray(),
        ExactMath.ToDouble(network.OutputBias));
}
