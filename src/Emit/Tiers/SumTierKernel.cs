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

    /// <summary>One input: wᵢ, bᵢ, aᵢ at [3i], [3i + 1], [3i + 2] (one cache line for a unit's three numbers).</summary>
    private readonly double[] _units;

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

        _units = _inputs == 1 ? Interleave(_weights, _biases, _outputWeights) : [];
    }

    public int InputCount => _inputs;

    /// <summary>
    /// One input, the hot case: the units interleaved as (w, b, a) and four a round, so the loop's own
    /// instructions (counter, compare, jump) are paid once per four units; the additions stay in unit order.
    /// Inlined into <see cref="FirstTier{TKernel}"/>'s entry point, so a call costs one delegate call as the IL's does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Evaluate(double x)
    {
        var n = _biases.Length;
        if (n == 0)
        {
            return double.IsNaN(x) ? x : _outputBias;
        }

        ref var unit = ref MemoryMarshal.GetArrayDataReference(_units);
        ref var fours = ref Unsafe.Add(ref unit, 3 * (n & ~3));
        ref var end = ref Unsafe.Add(ref unit, 3 * n);
        var sum = _outputBias;
        while (Unsafe.IsAddressLessThan(ref unit, ref fours))
        {
            sum += Unsafe.Add(ref unit, 2) * Activation.Relu((unit * x) + Unsafe.Add(ref unit, 1));
            sum += Unsafe.Add(ref unit, 5) * Activation.Relu((Unsafe.Add(ref unit, 3) * x) + Unsafe.Add(ref unit, 4));
            sum += Unsafe.Add(ref unit, 8) * Activation.Relu((Unsafe.Add(ref unit, 6) * x) + Unsafe.Add(ref unit, 7));
            sum += Unsafe.Add(ref unit, 11) * Activation.Relu((Unsafe.Add(ref unit, 9) * x) + Unsafe.Add(ref unit, 10));
            unit = ref Unsafe.Add(ref unit, 12);
        }

        while (Unsafe.IsAddressLessThan(ref unit, ref end))
        {
            sum += Unsafe.Add(ref unit, 2) * Activation.Relu((unit * x) + Unsafe.Add(ref unit, 1));
            unit = ref Unsafe.Add(ref unit, 3);
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

    private static double[] Interleave(double[] weights, double[] biases, double[] outputWeights)
    {
        var units = new double[3 * biases.Length];
        for (var i = 0; i < biases.Length; i++)
        {
            units[3 * i] = weights[i];
            units[(3 * i) + 1] = biases[i];
            units[(3 * i) + 2] = outputWeights[i];
        }

        return units;
    }
}
