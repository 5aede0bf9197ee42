using System.Linq;
using Fractions;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>The affine nodes: Gemm, MatMul and Add, each folded into the running affine map exactly.</summary>
internal sealed partial class GraphTracer
{
    /// <summary>Y = alpha·A'·B' + beta·C with A' = A (transA must be 0: A holds the batch) and B' = B or Bᵀ.</summary>
    private object Gemm(NodeProto node)
    {
        var rows = DataRows(node, "A");
        if (NodeAttributes.Int(node, "transA", 0) != 0)
        {
            throw NodeText.Error(node, "transA = 1 would transpose the batch dimension into the weights");
        }

        var b = ConstantInput(node, 1, "B");
        if (b.Dims.Length != 2)
        {
            throw NodeText.Error(node, $"B `{b.Name}` has shape {b.ShapeText}; Gemm needs a matrix");
        }

        var transposed = NodeAttributes.Int(node, "transB", 0) != 0;
        var (inputs, outputs) = transposed ? (b.Dims[1], b.Dims[0]) : (b.Dims[0], b.Dims[1]);
        if (inputs != rows.Width)
        {
            throw NodeText.Error(node, $"B `{b.Name}` has shape {b.ShapeText}{(transposed ? " (transB = 1)" : "")}, which does not multiply A of shape {rows.ShapeText}");
        }

        var weights = Matrix(b.RealValues("Gemm's B"), (int)inputs, (int)outputs, transposed, NodeAttributes.Float(node, "alpha", 1f));
        Fraction[]? bias = null;
        if (OptionalInput(node, 2) is not null)
        {
            var c = ConstantInput(node, 2, "C");
            var beta = NodeAttributes.Float(node, "beta", 1f);
            bias = (c.Dims.Length <= 2 ? c.BroadcastRow((int)outputs, "Gemm's C") : null)?.Select(v => (v * beta).Reduce()).ToArray()
                ?? throw NodeText.Error(node, $"C `{c.Name}` has shape {c.ShapeText}, which does not broadcast to [N, {outputs}] without depending on the batch");
        }

        return rows.Then(weights, bias);
    }

    /// <summary>Y = A·B with B a constant [k, m] matrix (or a [k] vector, giving [N]).</summary>
    private object MatMul(NodeProto node)
    {
        var rows = DataRows(node, "A");
        var b = ConstantInput(node, 1, "B");
        if (b.Dims.Length is not (1 or 2) || b.Dims[0] != rows.Width)
        {
            throw NodeText.Error(node, $"B `{b.Name}` has shape {b.ShapeText}, which does not multiply A of shape {rows.ShapeText}; a [{rows.Width}, m] matrix or a [{rows.Width}] vector is read");
        }

        var outputs = b.Dims.Length == 2 ? (int)b.Dims[1] : 1;
        var result = rows.Then(Matrix(b.RealValues("MatMul's B"), rows.Width, outputs, transposed: false, Fraction.One), null);
        return b.Dims.Length == 1 ? result with { Squeezed = true } : result;
    }

    /// <summary>A + B where one side depends on the input and the other is a constant that broadcasts along its rows.</summary>
    private object Add(NodeProto node)
    {
        var (first, second) = (Input(node, 0), Input(node, 1));
        var (rows, constant) = (first, second) switch
        {
            (RowValue r, ConstantTensor c) => (r, c),
            (ConstantTensor c, RowValue r) => (r, c),
            (RowValue, RowValue) => throw NodeText.Error(node, "both sides depend on the input (a skip connection or a second branch); only a constant bias may be added"),
            _ => throw NodeText.Error(node, "both sides are constants; fold them into one initializer"),
        };

        var fits = rows.Squeezed
            ? constant.Dims.Length <= 1 && constant.Dims.All(d => d == 1)
            : constant.Dims.Length <= 2;
        var offsets = fits ? constant.BroadcastRow(rows.Width, "Add") : null;
        return offsets is null
            ? throw NodeText.Error(node, $"the constant `{constant.Name}` has shape {constant.ShapeText}, which does not broadcast to {rows.ShapeText} without changing its shape")
            : rows.Plus(offsets);
    }

    private RowValue DataRows(NodeProto node, string role)
    {
        var value = Input(node, 0);
        if (value is not RowValue rows)
        {
            throw NodeText.Error(node, OptionalInput(node, 1) is RowValue
                ? $"the input's rows are in the second operand; {role} must hold the batch [N, k]"
                : $"{role} is a constant; it must be computed from the model's input");
        }

        return rows.Squeezed
            ? throw NodeText.Error(node, $"{role} has shape [N]; a matrix [N, k] is expected")
            : rows;
    }

    /// <summary>Weight rows (out × in) from a row-major [in, out] matrix, or from [out, in] when transposed, times alpha.</summary>
    private static Fraction[][] Matrix(Fraction[] values, int inputs, int outputs, bool transposed, Fraction alpha)
    {
        var rows = new Fraction[outputs][];
        for (var o = 0; o < outputs; o++)
        {
            var row = new Fraction[inputs];
            for (var i = 0; i < inputs; i++)
            {
                var value = transposed ? values[(o * inputs) + i] : values[(i * outputs) + o];
                row[i] = alpha == Fraction.One ? value : (value * alpha).Reduce();
            }

            rows[o] = row;
        }

        return rows;
    }
}
