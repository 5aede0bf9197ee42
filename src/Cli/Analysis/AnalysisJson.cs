using System.Collections.Generic;
using System.Text.Json;
using ReluCompiler.Cli.Output;
using ReluCompiler.Ir.Analysis;

namespace ReluCompiler.Cli.Analysis;

/// <summary>
/// JSON for analyses. An interval is <c>{"from":…,"fromClosed":…,"to":…,"toClosed":…}</c> with null for an
/// unbounded end; an unbounded extreme is <c>{"value":null,"at":[]}</c>.
/// </summary>
internal static class AnalysisJson
{
    public static void Univariate(ExactJson numbers, Utf8JsonWriter json, UnivariateAnalysis a)
    {
        json.WriteStartArray("variables");
        json.WriteStringValue(a.Variable);
        json.WriteEndArray();
        json.WriteString("form", a.Form.ToString());
        Domain(numbers, json, a.Domain);
        Extreme(numbers, json, "minimum", a.Minimum);
        Extreme(numbers, json, "maximum", a.Maximum);
        Intervals(numbers, json, "zeros", a.Zeros);
        json.WriteStartArray("signs");
        foreach (var part in a.Signs)
        {
            json.WriteStartObject();
            IntervalFields(numbers, json, part.Where);
            json.WriteNumber("sign", part.Sign);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("monotone");
        foreach (var part in a.Monotone)
        {
            json.WriteStartObject();
            IntervalFields(numbers, json, part.Where);
            json.WriteString("trend", AnalysisText.Trend(part.Trend));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("lipschitz");
        json.WritePropertyName("value");
        numbers.Number(a.Lipschitz.Value);
        json.WriteBoolean("isExact", true);
        Intervals(numbers, json, "at", a.Lipschitz.At);
        json.WriteEndObject();
        json.WriteString("convexity", a.Convexity.Kind.ToString().ToLowerInvariant());
    }

    public static void Multivariate(ExactJson numbers, Utf8JsonWriter json, MultivariateAnalysis a)
    {
        json.WriteStartArray("variables");
        foreach (var name in a.Variables)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteString("form", a.Form.ToString());
        Domain(numbers, json, a.Domain);
        if (a.Range is { } range)
        {
            json.WriteStartObject("range");
            json.WriteBoolean("isExact", range.IsExact);
            Point(numbers, json, "minimum", range.Minimum);
            Point(numbers, json, "maximum", range.Maximum);
            json.WriteString("method", range.Method);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("range");
        }

        WriteNullable(json, "boundedBelow", a.BoundedBelow);
        WriteNullable(json, "boundedAbove", a.BoundedAbove);
        var l = a.Lipschitz;
        json.WriteStartObject("lipschitz");
        json.WriteBoolean("isExact", l.IsExact);
        json.WritePropertyName("euclideanSquared");
        numbers.Number(l.EuclideanSquared);
        json.WritePropertyName("maxNorm");
        numbers.Number(l.SumOfSlopes);
        json.WriteStartArray("gradient");
        foreach (var g in l.Gradient)
        {
            numbers.Number(g);
        }

        json.WriteEndArray();
        json.WriteNumber("regions", l.Regions);
        json.WriteString("method", l.Method);
        json.WriteEndObject();
        json.WriteString("convexity", a.Curvature.ToString().ToLowerInvariant());
    }

    public static void Extreme(ExactJson numbers, Utf8JsonWriter json, string name, Extremum e)
    {
        json.WriteStartObject(name);
        json.WritePropertyName("value");
        numbers.NumberOrNull(e.Value);
        Intervals(numbers, json, "at", e.At);
        json.WriteEndObject();
    }

    public static void Point(ExactJson numbers, Utf8JsonWriter json, string name, PointExtremum e)
    {
        json.WriteStartObject(name);
        json.WritePropertyName("value");
        numbers.Number(e.Value);
        json.WriteStartArray("at");
        foreach (var x in e.At)
        {
            numbers.Number(x);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Intervals(ExactJson numbers, Utf8JsonWriter json, string name, IEnumerable<Interval> parts)
    {
        json.WriteStartArray(name);
        foreach (var part in parts)
        {
            json.WriteStartObject();
            IntervalFields(numbers, json, part);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void IntervalFields(ExactJson numbers, Utf8JsonWriter json, Interval part)
    {
        json.WritePropertyName("from");
        numbers.NumberOrNull(part.From);
        json.WriteBoolean("fromClosed", part.FromClosed);
        json.WritePropertyName("to");
        numbers.NumberOrNull(part.To);
        json.WriteBoolean("toClosed", part.ToClosed);
    }

    private static void Domain(ExactJson numbers, Utf8JsonWriter json, AnalysisDomain domain)
    {
        json.WriteStartObject("domain");
        json.WritePropertyName("from");
        numbers.NumberOrNull(domain.From);
        json.WritePropertyName("to");
        numbers.NumberOrNull(domain.To);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } known)
        {
            json.WriteBoolean(name, known);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
