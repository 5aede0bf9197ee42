using System;
using System.Runtime.CompilerServices;
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
                // A NativeAOT relu cannot load the assembly Roslyn writes; this guard also lets the AOT compiler
                // drop Roslyn from the executable, since the branch after it is dead there.
                if (!RuntimeFeature.IsDynamicCodeSupported)
                {
                    throw new CliException(RoslynUnavailable);
                }

                return CompileWithRoslyn(expression);
            default:
                // The IL itself, as --help says (the library's default starts in the first tier: the same bits).
                // Without dynamic code (NativeAOT) there is no IL to emit: the first tier, which gives the IL's
                // bits for the same form (the tier contract), is the engine.
                var tier = RuntimeFeature.IsDynamicCodeSupported ? ReluCompiler.Emit.ReluTier.Compiled : ReluCompiler.Emit.ReluTier.Interpreted;
                var il = expression.Compile(new CompileOptions(Tier: tier));
                return point => il.Invoke(point);
        }
    }

    /// <summary>The error of <c>--engine roslyn</c> in a build that cannot load generated code.</summary>
    internal const string RoslynUnavailable =
        "the roslyn engine is not available in this NativeAOT build of relu (it loads the assembly it compiles in memory, which needs a JIT): use --engine il or --engine interpreter, or a relu built without -p:ReluNativeAot=true";

    private static Func<double[], double> CompileWithRoslyn(ReluExpression expression)
    {
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
    }
}
