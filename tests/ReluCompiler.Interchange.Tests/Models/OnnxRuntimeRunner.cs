using System.Linq;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>Runs a model in ONNX Runtime on a batch of points (row-major [n, d]) and returns one output per point.</summary>
internal static class OnnxRuntimeRunner
{
    public static double[] Run(byte[] model, double[][] points, bool useDouble)
    {
        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
        using var session = new InferenceSession(model, options);
        var name = session.InputMetadata.Keys.Single();
        var width = points[0].Length;
        int[] shape = [points.Length, width];
        var input = useDouble
            ? NamedOnnxValue.CreateFromTensor(name, new DenseTensor<double>(points.SelectMany(p => p).ToArray(), shape))
            : NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(points.SelectMany(p => p.Select(v => (float)v)).ToArray(), shape));
        using var results = session.Run([input]);
        var output = results.Single();
        return useDouble
            ? [.. output.AsTensor<double>()]
            : [.. output.AsTensor<float>().Select(v => (double)v)];
    }
}
