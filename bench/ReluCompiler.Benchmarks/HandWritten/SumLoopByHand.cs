using System.Linq;
using ReluCompiler.Ir;
using static ReluCompiler.Benchmarks.HandWritten.ByHand;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>The obvious hand-written sum: c + Σ aᵢ·σ(wᵢ·x + bᵢ) as a loop over arrays, O(units) per call.</summary>
internal sealed class SumLoopByHand
{
    private readonly double[] _weights;
    private readonly double[] _biases;
    private readonly double[] _outputWeights;
    private readonly double _outputBias;

    public SumLoopByHand(Network network)
    {
        _weights = [.. network.Hidden.Select(u => ExactMath.ToDouble(u.Weights[0]))];
        _biases = [.. network.Hidden.Select(u => ExactMath.ToDouble(u.Bias))];
        _outputWeights = [.. network.Hidden.Select(u => ExactMath.ToDouble(u.OutputWeight))];
        _outputBias = ExactMath.ToDouble(network.OutputBias);
    }

    public double Evaluate(double x)
    {
        var sum = _outputBias;
        for (var i = 0; i < _biases.Length; i++)
        {
            sum += _outputWeights[i] * Relu((_weights[i] * x) + _biases[i]);
        }

        return sum;
    }
}
