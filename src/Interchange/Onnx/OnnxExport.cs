using Fractions;

namespace ReluCompiler.Interchange;

/// <summary>An exported ONNX model and how far its stored weights are from the exact network.</summary>
/// <param name="Bytes">The serialized <c>ModelProto</c>.</param>
/// <param name="LargestWeightError">The largest |exact − stored| over every weight and bias; zero when all are stored exactly.</param>
/// <param name="HiddenUnits">How many hidden units the model has (one dead unit when the network has none).</param>
public sealed record OnnxExport(byte[] Bytes, Fraction LargestWeightError, int HiddenUnits);
