using System;
using System.Collections.Generic;
using System.Linq;

namespace ReluCompiler.Ir;

/// <summary>
/// A point, a delegate type or a call gives a different number of inputs than the function takes. Every
/// engine throws this one type for that one mistake; it is an <see cref="ArgumentException"/>, so code that
/// catches those keeps working.
/// </summary>
public sealed class InputCountException : ArgumentException
{
    /// <summary>An exception whose message names the inputs the function takes and how many were given.</summary>
    /// <param name="inputs">The function's inputs, in input order.</param>
    /// <param name="given">How many values (or parameters) were given.</param>
    /// <param name="paramName">The argument that carried them, if any.</param>
    public InputCountException(IReadOnlyList<string> inputs, int given, string? paramName = null)
        : base(MessageFor(inputs, given), paramName)
    {
        Expected = inputs.Count;
        Given = given;
    }

    /// <summary>How many inputs the function takes.</summary>
    public int Expected { get; }

    /// <summary>How many were given.</summary>
    public int Given { get; }

    private static string MessageFor(IReadOnlyList<string> inputs, int given)
    {
        var names = inputs.Count <= 8 ? string.Join(", ", inputs) : string.Join(", ", inputs.Take(8)) + ", \u2026"; // an ellipsis
        return $"The function takes {inputs.Count} input{(inputs.Count == 1 ? "" : "s")} ({names}) but {given} {(given == 1 ? "was" : "were")} given.";
    }
}
