using System;

namespace ReluCompiler.Ir;

/// <summary>Evaluates a compiled network at one point given as its inputs, in input order.</summary>
/// <param name="inputs">One value per network input, in <see cref="Network.Inputs"/> order.</param>
/// <returns>The network's output.</returns>
public delegate double SpanEvaluator(ReadOnlySpan<double> inputs);
