using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// JSON output with exact numbers where JSON allows: a rational that terminates in base ten is written as
/// its exact decimal, any other as the nearest double. Every document says in <c>"exact"</c> whether all
/// its numbers are exact.
/// </summary>
internal sealed class ExactJson
{
    private readonly Utf8JsonWriter _json;

    private ExactJson(Utf8JsonWriter json) => _json = json;

    /// <summary>Whether every number written so far is exact.</summary>
    public bool Exact { get; private set; } = true;

    /// <summary>Writes one object with <paramref name="body"/>, then <c>"exact"</c>, and returns it as text.</summary>
    public static string Object(Action<ExactJson, Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();

        // Relaxed escaping keeps σ and + readable in strings such as an analysed form; the output is UTF-8, not HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var writer = new ExactJson(json);
            json.WriteStartObject();
            body(writer, json);
            json.WriteBoolean("exact", writer.Exact);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a number value.</summary>
    public void Number(Fraction value)
    {
        var text = ExactMath.Format(value);
        if (!text.Contains('/'))
        {
            _json.WriteRawValue(text);
            return;
        }

        _json.WriteNumberValue(ExactMath.ToDouble(value));
        Exact = false;
    }

    /// <summary>Writes a number, or null for an unbounded end.</summary>
    public void NumberOrNull(Fraction? value)
    {
        if (value is { } number)
        {
            Number(number);
        }
        else
        {
            _json.WriteNullValue();
        }
    }
}
