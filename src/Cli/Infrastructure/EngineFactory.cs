using System;
using ReluCompiler.Roslyn;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>Turns a parsed expression into the function <c>eval</c> calls once per point, on the engine asked for.</summary>
internal static class EngineFactory
{
    /// <summary>The engine names <c>--engine</c> accepts; the first is the default.</summary>
    public static readonly string[] Names = ["il", "interpreter", "roslyn"];

    /// <summary>
    /// The correctly rounded value (the default, whatever the engine), or with <paramref name="raw"/> the
    /// engine's own double: the network the engines evaluate (the smallest unless a far kink makes it cancel),
    /// summed in the contract order, or its piece table.
    /// </summary>
    public static Func<double[], double> Create(ReluExpression expression, string engine, bool raw)
    {
        if (!raw)
        {
            var evaluator = expression.CorrectlyRounded;
            return point => evaluator.Evaluate(point);
        }

        switch (engine)
        {
            case "interpreter":
                var network = expression.EvaluationNetwork().Network;
                return point => network.Evaluate(point);
            case "roslyn":
                ReluCompiler.Ir.SpanEvaluator compiled;
                try
                {
                    compiled = RoslynCompiler.CompileNetwork(expression.EvaluationNetwork().Network);
                }
                catch (ArgumentException e)
                {
                    // An input name C# cannot take as a parameter (too long, not a safe identifier).
                    throw new CliException(e.Message);
                }

                return point => compiled(point);
            default:
                // The IL itself, as --help says (the library's default starts in the first tier: the same bits).
                var il = expression.Compile(new CompileOptions(Tier: ReluCompiler.Emit.ReluTier.Compiled));
                return point => il.Invoke(point);
        }
    }
}
