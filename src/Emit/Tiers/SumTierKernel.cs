using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// The first tier's sum form over the plan's arrays. Keep in step with src/Emit/Il/IlEmitter.cs
/// (EmitStraightLine, EmitSumLoop, EmitNaNGuard, EmitUnit): the same double operations in the same order, so
/// both tiers give the same bits (NaN payloads aside): z = w₀x₀, then z + wⱼxⱼ for j = 1…d−1, then z + b
/// (0.0 + b without inputs); the output starts at c and becomes sum + aᵢ·σ(zᵢ) unit by unit, σ being
/// <see cref="Activation.Relu"/> (Math.Max(0, z), inlined, no branch); with no units a NaN input is returned.
/// <para>
/// The arrays are read through references without bounds checks: their lengths are fixed by the plan
/// (n·d weights, n biases, n output weights), which the constructor checks once.
/// </para>
/// </summary>
internal readonly struct SumTierKernel : ITierKernel
{
    private readonly double[] _weights;
    private readonly double[] _biases;
    private readonly double[] _outputWeights;
    private readonly double _outputBias;
    private readonly int _inputs;

    public SumTierKernel(EvaluationPlan plan)
    {
        _weights = plan.Weights;
        _biases = plan.Biases;
        _outputWeights = plan.OutputWeights;
        _outputBias = plan.OutputBias;
        _inputs = plan.InputCount;
        if (_weights.Length != (long)_biases.Length * _inputs || _outputWeights.Length != _biases.Length)
        {
            throw new ArgumentException("The plan's sum arrays do not have n·d weights and n biases and output weights.", nameof(plan));
        }
    }

    public int InputCount => _inputs;

    public double Evaluate(double x)
    {
        var n = _biases.Length;
        if (n == 0)
        {
            return double.IsNaN(x) ? x : _outputBias;
        }

        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var b = ref MemoryMarshal.GetArrayDataReference(_biases);
        ref var a = ref MemoryMarshal.GetArrayDataReference(_outputWeights);
        var sum = _outputBias;
        for (nint i = 0; i < n; i++)
        {
            sum += Unsafe.Add(ref a, i) * Activation.Relu((Unsafe.Add(ref w, i) * x) + Unsafe.Add(ref b, i));
        }

        return sum;
    }

    public double Evaluate(double x0, double x1)
    {
        var n = _biases.Length;
        if (n == 0)
        {
            return double.IsNaN(x0) ? x0 : double.IsNaN(x1) ? x1 : _outputBias;
        }

        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var b = ref MemoryMarshal.GetArrayDataReference(_biases);
        ref var a = ref MemoryMarshal.GetArrayDataReference(_outputWeights);
        var sum = _outputBias;
        for (nint i = 0; i < n; i++)
        {
            var z = (Unsafe.Add(ref w, 2 * i) * x0) + (Unsafe.Add(ref w, (2 * i) + 1) * x1);
            sum += Unsafe.Add(ref a, i) * Activation.Relu(z + Unsafe.Add(ref b, i));
        }

        return sum;
    }

    public double Evaluate(ReadOnlySpan<double> inputs)
    {
        var n = _biases.Length;
        if (n == 0)
        {
            foreach (var input in inputs)
            {
                if (double.IsNaN(input))
                {
                    return input;
                }
            }

            return _outputBias;
        }

        var d = _inputs;
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var b = ref MemoryMarshal.GetArrayDataReference(_biases);
        ref var a = ref MemoryMarshal.GetArrayDataReference(_outputWeights);
        ref var x = ref MemoryMarshal.GetReference(inputs);
        var sum = _outputBias;
        for (nint i = 0; i < n; i++)
        {
            double z;
            if (d == 0)
            {
                // No inputs: the contract starts z at 0.0 before adding b.
                z = 0.0;
            }
            else
            {
                ref var row = ref Unsafe.Add(ref w, i * d);
                z = row * x;
                for (nint j = 1; j < d; j++)
                {
                    z += Unsafe.Add(ref row, j) * Unsafe.Add(ref x, j);
                }
            }

            sum += Unsafe.Add(ref a, i) * Activation.Relu(z + Unsafe.Add(ref b, i));
        }

        return sum;
    }
}
