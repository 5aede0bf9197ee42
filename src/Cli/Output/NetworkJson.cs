using System.IO;
using System.Text;
using System.Text.Json;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// The JSON contract of DESIGN §4:
/// <c>{"inputs":[…],"hidden":[{"weights":[…],"bias":…}],"output":{"weights":[…],"bias":…}}</c>.
/// Numbers are JSON numbers: exact decimal text where the rational terminates, otherwise the nearest
/// double; <c>"exact"</c> says whether every number is exact, and <c>"minimal"</c> whether the width is proven smallest.
/// </summary>
internal static class NetworkJson
{
    public static string Write(Network network, bool? minimal)
    {
        var exact = true;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
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
                    exact &= WriteNumber(json, weight);
                }

                json.WriteEndArray();
                json.WritePropertyName("bias");
                exact &= WriteNumber(json, unit.Bias);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("output");
            json.WriteStartArray("weights");
            foreach (var unit in network.Hidden)
            {
                exact &= WriteNumber(json, unit.OutputWeight);
            }

            json.WriteEndArray();
            json.WritePropertyName("bias");
            exact &= WriteNumber(json, network.OutputBias);
            json.WriteEndObject();
            json.WriteBoolean("exact", exact);
            if (minimal is { } proven)
            {
                json.WriteBoolean("minimal", proven);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the number; returns whether the text is the exact value.</summary>
    private static bool WriteNumber(Utf8JsonWriter json, Fraction value)
    {
        var text = ExactMath.Format(value);
        if (!text.Contains('/'))
        {
            json.WriteRawValue(text);
            return true;
        }

        json.WriteNumberValue(ExactMath.ToDouble(value));
        return false;
    }
}
