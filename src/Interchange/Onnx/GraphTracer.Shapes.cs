using System.Collections.Generic;
using System.Linq;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// Shape nodes: on the input's rows only those that keep one row per batch item and its values are read
/// ([N, 1] ⇄ [N], Flatten of [N, k], Reshape to [-1, k]); anything that moves the batch is an error.
/// On constants they reshape as ONNX says.
/// </summary>
internal sealed partial class GraphTracer
{
    private object Flatten(NodeProto node)
    {
        var axis = NodeAttributes.Int(node, "axis", 1);
        return Input(node, 0) switch
        {
            RowValue { Squeezed: false } rows when axis is 1 or -1 => rows,
            RowValue { Squeezed: true } rows when axis == 1 => rows with { Squeezed = false },
            RowValue rows => throw NodeText.Error(node, $"Flatten with axis {axis} of {rows.ShapeText} would mix the batch dimension"),
            ConstantTensor c => c.Reshaped(FlattenDims(c.Dims, axis < 0 ? (int)axis + c.Dims.Length : (int)axis)),
            _ => throw NodeText.Error(node, "unexpected input"),
        };
    }

    private object Reshape(NodeProto node)
    {
        var target = ConstantInput(node, 1, "the shape").IntegerValues("Reshape's shape");
        var allowZero = NodeAttributes.Int(node, "allowzero", 0) != 0;
        var data = Input(node, 0);
        if (data is ConstantTensor constant)
        {
            return constant.Reshaped(ResolveShape(node, constant, target, allowZero));
        }

        var rows = (RowValue)data;
        // 0 copies the input's dimension there (unless allowzero), -1 is inferred: keep the batch first.
        var batchKept = target.Length > 0 && (target[0] == -1 || (target[0] == 0 && !allowZero));
        if (batchKept && target.Length == 1 && rows.Width == 1)
        {
            return rows with { Squeezed = true };
        }

        if (batchKept && target.Length == 2)
        {
            var second = target[1];
            var copied = second == 0 && !allowZero && !rows.Squeezed;
            var inferred = second == -1 && target[0] == 0;
            if (second == rows.Width || copied || inferred)
            {
                return rows with { Squeezed = false };
            }
        }

        throw NodeText.Error(node, $"Reshape of {rows.ShapeText} to [{string.Join(", ", target)}] does not keep one row per batch item; [-1, {rows.Width}] is read");
    }

    private object Squeeze(NodeProto node)
    {
        var axes = Axes(node);
        var data = Input(node, 0);
        if (data is ConstantTensor constant)
        {
            var remove = axes.Select(a => a < 0 ? a + constant.Dims.Length : a).ToHashSet();
            return constant.Reshaped(constant.Dims.Where((d, i) => !(axes.Length == 0 ? d == 1 : remove.Contains(i))));
        }

        var rows = (RowValue)data;
        return !rows.Squeezed && rows.Width == 1 && axes is [1] or [-1]
            ? rows with { Squeezed = true }
            : throw NodeText.Error(node, $"Squeeze of {rows.ShapeText} on axes [{string.Join(", ", axes)}] is read only as [N, 1] -> [N] (axes [1]); other axes touch the batch");
    }

    private object Unsqueeze(NodeProto node)
    {
        var axes = Axes(node);
        var data = Input(node, 0);
        if (data is ConstantTensor constant)
        {
            var dims = constant.Dims.ToList();
            var rank = dims.Count + axes.Length;
            foreach (var axis in axes.Select(a => a < 0 ? a + rank : a).Order())
            {
                dims.Insert((int)axis, 1);
            }

            return constant.Reshaped(dims);
        }

        var rows = (RowValue)data;
        return rows.Squeezed && axes is [1] or [-1]
            ? rows with { Squeezed = false }
            : throw NodeText.Error(node, $"Unsqueeze of {rows.ShapeText} on axes [{string.Join(", ", axes)}] is read only as [N] -> [N, 1] (axes [1])");
    }

    /// <summary>Axes from the second input (opset 13) or the <c>axes</c> attribute (earlier opsets).</summary>
    private long[] Axes(NodeProto node) =>
        OptionalInput(node, 1) is not null
            ? ConstantInput(node, 1, "the axes").IntegerValues("the axes")
            : NodeAttributes.Find(node, "axes")?.Ints.ToArray() ?? [];

    private static IEnumerable<long> FlattenDims(long[] dims, int axis) =>
        [dims.Take(axis).Aggregate(1L, (p, d) => p * d), dims.Skip(axis).Aggregate(1L, (p, d) => p * d)];

    private static long[] ResolveShape(NodeProto node, ConstantTensor constant, long[] target, bool allowZero)
    {
        var count = constant.Dims.Aggregate(1L, (p, d) => p * d);
        var dims = target.Select((d, i) => d == 0 && !allowZero && i < constant.Dims.Length ? constant.Dims[i] : d).ToArray();
        var known = dims.Where(d => d != -1).Aggregate(1L, (p, d) => p * d);
        if (dims.Count(d => d == -1) == 1 && known > 0)
        {
            dims = dims.Select(d => d == -1 ? count / known : d).ToArray();
        }

        return dims.Aggregate(1L, (p, d) => p * d) == count && dims.All(d => d >= 0)
            ? dims
            : throw NodeText.Error(node, $"Reshape of `{constant.Name}` {constant.ShapeText} to [{string.Join(", ", target)}] does not keep its {count} values");
    }
}
