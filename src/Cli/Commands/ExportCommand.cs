using System;
using System.CommandLine;
using System.IO;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Interchange;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Commands;

/// <summary><c>relu export EXPR -o FILE.onnx [--float32|--float64]</c>: the smallest network as ONNX (opset 13, Gemm → Relu → Gemm).</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string[]>("EXPR") { Description = "The expression (or a network file).", Arity = ArgumentArity.ZeroOrMore };
        var files = CommonOptions.Files();
        var output = new Option<string>("--output", "-o") { Description = "The ONNX file to write.", HelpName = "FILE", Required = true };
        var float32 = new Option<bool>("--float32") { Description = "Store weights, input and output as float (the default); weights are rounded to nearest and the largest rounding error is printed." };
        var float64 = new Option<bool>("--float64") { Description = "Store them as double: exact for every weight that is a dyadic rational (p/2^k) in range." };
        var command = new Command("export", "Write the expression's smallest one-hidden-layer network as an ONNX model: opset 13, input [N, d] (N symbolic) → Gemm → Relu → Gemm → output [N, 1].")
        {
            expression,
            files,
            output,
            float32,
            float64,
        };
        HelpExamples.Add(
            command,
            "relu export \"σ(x-1) + 1\" -o model.onnx",
            "relu export \"σ(x + y) - σ(x - y)\" --float64 -o model.onnx");
        command.SetAction(result => CommandGuard.Run(console, result, () =>
        {
            if (result.GetValue(float32) && result.GetValue(float64))
            {
                throw new CliException("--float32 and --float64 exclude each other; give one");
            }

            var parsed = CommandGuard.ParseOne(console, result.GetValue(files), result.GetValue(expression));
            var precision = result.GetValue(float64) ? OnnxPrecision.Float64 : OnnxPrecision.Float32;
            var network = parsed.SmallestNetwork().Network;
            OnnxExport export;
            try
            {
                export = ReluInterchange.ToOnnx(network, precision);
            }
            catch (NetworkFormatException e)
            {
                throw new CliException(e.Message);
            }

            var path = result.GetValue(output)!;
            try
            {
                File.WriteAllBytes(path, export.Bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: {e.Message}");
            }

            var type = precision == OnnxPrecision.Float32 ? "float32" : "float64";
            var units = export.HiddenUnits == 1 ? "1 hidden unit" : $"{export.HiddenUnits} hidden units";
            console.Out.WriteLine($"wrote {path}: inputs ({string.Join(", ", network.Inputs)}), {units}, {type} weights");
            console.Out.WriteLine(export.LargestWeightError.IsZero
                ? "every weight is stored exactly"
                : $"largest weight rounding error: {ExactMath.Format(ExactMath.ToDouble(export.LargestWeightError))} (exactly {ExactMath.Format(export.LargestWeightError)})");
            return ExitCodes.Success;
        }));
        return command;
    }
}
