using System;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>Turns a parsed expression into the function <c>eval</c> calls once per point.</summary>
internal static class EngineFactory
{
    public static Func<double[], double> Create(ReluExpression expression) => point => expression.Evaluate(point);
}
