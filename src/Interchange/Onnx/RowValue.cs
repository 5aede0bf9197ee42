using System.Linq;
using Fractions;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// A tensor that depends on the model's input, one row per batch item: each row is M·v + bias, where v is
/// the input row (layer 0) or the hidden layer's activations (layer 1). Tracking the affine map instead of
/// shapes alone is what lets Gemm, MatMul + Add and no-op reshapes fold into the two weight matrices exactly.
/// </summary>
/// <param name="Layer">0: an affine function of the input; 1: of the hidden activations.</param>
/// <param name="Matrix">Width rows of weights over the layer's values; null for the identity.</param>
/// <param name="Bias">Width biases.</param>
/// <param name="Squeezed">The tensor is [N] (a width-1 row squeezed) rather than [N, Width].</param>
internal sealed record RowValue(int Layer, Fraction[][]? Matrix, Fraction[] Bias, bool Squeezed)
{
    /// <summary>How many values each row holds.</summary>
    public int Width => Bias.Length;

    /// <summary>The rows of a layer's values themselves: identity weights, zero bias.</summary>
    public static RowValue Identity(int layer, int width) =>
        new(layer, null, Enumerable.Repeat(Fraction.Zero, width).ToArray(), false);

    /// <summary>The shape as text, batch first: <c>[N, 3]</c>.</summary>
    public string ShapeText => Squeezed ? "[N]" : $"[N, {Width}]";

    /// <summary>
    /// Row ↦ weights·row + bias, composed with this value's own map: the result has the rows of
    /// <paramref name="weights"/> (out × Width) and the biases weights·Bias + <paramref name="bias"/>.
    /// </summary>
    public RowValue Then(Fraction[][] weights, Fraction[]? bias)
    {
        var outputs = weights.Length;
        var newBias = new Fraction[outputs];
        var newMatrix = Matrix is null ? weights : new Fraction[outputs][];
        for (var o = 0; o < outputs; o++)
        {
            var sum = bias?[o] ?? Fraction.Zero;
            for (var i = 0; i < Width; i++)
            {
                if (!weights[o][i].IsZero && !Bias[i].IsZero)
                {
                    sum += weights[o][i] * Bias[i];
                }
            }

            newBias[o] = sum.Reduce();
            if (Matrix is not null)
            {
                newMatrix[o] = Compose(weights[o], Matrix);
            }
        }

        return new RowValue(Layer, newMatrix, newBias, false);
    }

    /// <summary>The same rows with <paramref name="offsets"/> added to the biases.</summary>
    public RowValue Plus(Fraction[] offsets) =>
        this with { Bias = Bias.Select((b, i) => (b + offsets[i]).Reduce()).ToArray() };

    /// <summary>The explicit weight rows (the identity materialized when <see cref="Matrix"/> is null).</summary>
    public Fraction[][] Weights(int baseWidth) =>
        Matrix ?? Enumerable.Range(0, Width)
            .Select(o => Enumerable.Range(0, baseWidth).Select(i => i == o ? Fraction.One : Fraction.Zero).ToArray())
            .ToArray();

    private static Fraction[] Compose(Fraction[] row, Fraction[][] matrix)
    {
        var width = matrix.Length == 0 ? 0 : matrix[0].Length;
        var result = Enumerable.Repeat(Fraction.Zero, width).ToArray();
        for (var k = 0; k < matrix.Length; k++)
        {
            if (row[k].IsZero)
            {
                continue;
            }

            for (var j = 0; j < width; j++)
            {
                result[j] += row[k] * matrix[k][j];
            }
        }

        return result.Select(v => v.Reduce()).ToArray();
    }
}
