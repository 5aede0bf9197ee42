using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Json;

/// <summary>
/// Reads what <c>relu net --json</c> writes:
/// <c>{"inputs":[…],"hidden":[{"weights":[…],"bias":…}],"output":{"weights":[…],"bias":…}}</c>, with the optional
/// <c>"exact"</c> and <c>"minimal"</c> flags. Numbers are read exactly from their decimal text (a string holding
/// an exact number such as <c>"1/3"</c> is accepted too). Unknown or repeated properties are errors.
/// </summary>
internal static class NetworkJsonReader
{
    public static Network Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new NetworkFormatException($"not valid JSON: line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: {FirstSentence(e.Message)}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var fields = Fields(root, "the network", ["inputs", "hidden", "output"], ["exact", "minimal"]);
            var inputs = Array(fields["inputs"], "\"inputs\"").Select(Name).ToImmutableArray();
            if (inputs.Distinct(StringComparer.Ordinal).Count() != inputs.Length)
            {
                throw new NetworkFormatException("\"inputs\" names an input twice");
            }

            var hidden = Array(fields["hidden"], "\"hidden\"");
            var output = Fields(fields["output"], "\"output\"", ["weights", "bias"], []);
            var outputWeights = Numbers(output["weights"], "\"output\".\"weights\"", hidden.Length);
            var units = hidden.Select((unit, j) =>
            {
                var where = $"\"hidden\"[{j}]";
                var unitFields = Fields(unit, where, ["weights", "bias"], []);
                return new HiddenUnit(
                    [.. Numbers(unitFields["weights"], where + ".\"weights\"", inputs.Length)],
                    JsonNumbers.Read(unitFields["bias"], where + ".\"bias\""),
                    outputWeights[j]);
            }).ToImmutableArray();
            return new Network(inputs, units, JsonNumbers.Read(output["bias"], "\"output\".\"bias\""));
        }
    }

    private static string Name(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { } name && InputNameRules.IsValid(name)
            ? name
            : throw new NetworkFormatException($"\"inputs\"[{index}] is {element.GetRawText()}; an input name is a string such as \"x\" (letters, digits and _, not starting with a digit)");

    private static JsonElement[] Array(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Array
            ? [.. element.EnumerateArray()]
            : throw new NetworkFormatException($"{where} must be an array, not {element.ValueKind.ToString().ToLowerInvariant()}");

    private static Fraction[] Numbers(JsonElement element, string where, int count)
    {
        var items = Array(element, where);
        return items.Length == count
            ? items.Select((item, i) => JsonNumbers.Read(item, $"{where}[{i}]")).ToArray()
            : throw new NetworkFormatException($"{where} has {items.Length} numbers; {count} are needed");
    }

    /// <summary>The properties of an object: every required one present, none unknown or repeated.</summary>
    private static Dictionary<string, JsonElement> Fields(JsonElement element, string where, string[] required, string[] optional)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new NetworkFormatException($"{where} must be an object, not {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!required.Contains(property.Name) && !optional.Contains(property.Name))
            {
                throw new NetworkFormatException($"{where} has an unknown property \"{property.Name}\"; expected {string.Join(", ", required.Concat(optional).Select(n => $"\"{n}\""))}");
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw new NetworkFormatException($"{where} has the property \"{property.Name}\" twice");
            }
        }

        var missing = required.FirstOrDefault(name => !fields.ContainsKey(name));
        return missing is null ? fields : throw new NetworkFormatException($"{where} has no \"{missing}\"");
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " LineNumber: … | BytePositionInLine: …" (0-based) or " Path: …"; the position is given 1-based already.
        foreach (var tail in new[] { " LineNumber:", " Path:" })
        {
            var end = message.IndexOf(tail, StringComparison.Ordinal);
            if (end >= 0)
            {
                message = message[..end];
            }
        }

        return message;
    }
}
