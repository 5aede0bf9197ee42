using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// A tensor known without any input: an initializer or a <c>Constant</c> node's value. Real tensors
/// (float, double) hold exact rationals; integer tensors (shapes and axes) hold longs.
/// </summary>
/// <param name="Name">The tensor's name in the graph, for messages.</param>
/// <param name="Dims">The shape; empty for a scalar.</param>
/// <param name="Reals">The values of a float or double tensor in row-major order, else null.</param>
/// <param name="Integers">The values of an integer tensor in row-major order, else null.</param>
internal sealed record ConstantTensor(string Name, long[] Dims, Fraction[]? Reals, long[]? Integers)
{
    /// <summary>The shape as text: <c>[3, 2]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", Dims) + "]";

    /// <summary>The real values, or an error naming the tensor when it holds integers.</summary>
    public Fraction[] RealValues(string use) =>
        Reals ?? throw new NetworkFormatException($"tensor `{Name}` holds integers, but {use} needs float or double values");

    /// <summary>The integer values, or an error naming the tensor when it holds reals.</summary>
    public long[] IntegerValues(string use) =>
        Integers ?? throw new NetworkFormatException($"tensor `{Name}` holds real numbers, but {use} needs integers");

    /// <summary>
    /// The values of a tensor that broadcasts along the last axis of a [N, width] tensor: shape [], [1],
    /// [width] or [1, width] (any number of leading 1s). Null when the shape does not broadcast that way.
    /// </summary>
    public Fraction[]? BroadcastRow(int width, string use)
    {
        var values = RealValues(use);
        var significant = Dims.SkipWhile(d => d == 1).ToArray();
        if (values.Length == 1)
        {
            return Enumerable.Repeat(values[0], width).ToArray();
        }

        return significant.Length == 1 && significant[0] == width ? values : null;
    }

    /// <summary>A tensor with the same values and another shape.</summary>
    public ConstantTensor Reshaped(IEnumerable<long> dims) => this with { Dims = dims.ToArray() };
}
