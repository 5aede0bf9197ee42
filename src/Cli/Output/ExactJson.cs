using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// JSON output with exact numbers where JSON allows: a rational that terminates in base ten is written as
/// its exact decimal however many digits it has (<c>1e400</c>, <c>1e-400</c>), any other as the nearest double
/// (<c>"exact": false</c>), except where that double is ±∞ or 0 (1e400/3, 1/3e400): then as a string holding the
/// exact rational in the expression syntax (<c>"1e400/3"</c>), which <c>relu</c> parses back. Every document says
/// in <c>"exact"</c> whether all its numbers are exact.
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
        if (ExactMath.TryFormatDecimal(value, out var text))
        {
            _json.WriteRawValue(text);
            return;
        }

        var nearest = ExactMath.ToDouble(value);
        if (double.IsInfinity(nearest) || nearest == 0)
        {
            // Beyond the double range a JSON number cannot be written, and 0 would lose the value: keep it exact.
            _json.WriteStringValue(ExactMath.Format(value));
            return;
        }

        _json.WriteNumberValue(nearest);
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
