using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// The JSON contract (README, "The command line"):
/// <c>{"inputs":[…],"hidden":[{"weights":[…],"bias":…}],"output":{"weights":[…],"bias":…}}</c>,
/// plus <c>"minimal"</c> (whether the width is proven smallest) and <c>"exact"</c> (see <see cref="ExactJson"/>).
/// </summary>
internal static class NetworkJson
{
    public static string Write(Network network, bool? minimal) => ExactJson.Object((numbers, json) =>
    {
        json.WriteStartArray("inputs");
        foreach (var input in network.Inputs)
        {
            json.WriteStringValue(input);
        }

        json.WriteEndArray();
        json.WriteStartArray("hidden");
        foreach (var unit in network.Hidden)
        {
            json.WriteStartObject();
            json.WriteStartArray("weights");
            foreach (var weight in unit.Weights)
            {
                numbers.Number(weight);
            }

            json.WriteEndArray();
            json.WritePropertyName("bias");
            numbers.Number(unit.Bias);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("output");
        json.WriteStartArray("weights");
        foreach (var unit in network.Hidden)
        {
            numbers.Number(unit.OutputWeight);
        }

        json.WriteEndArray();
        json.WritePropertyName("bias");
        numbers.Number(network.OutputBias);
        json.WriteEndObject();
        if (minimal is { } proven)
        {
            json.WriteBoolean("minimal", proven);
        }
    });
}
