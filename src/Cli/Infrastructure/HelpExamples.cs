using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Examples printed after a verb's help page. System.CommandLine shows a command's description both
/// on its own page and in the parent's command list, so examples kept in the description would clutter
/// <c>relu --help</c>; they are attached here instead.
/// </summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    /// <summary>Attaches examples (one command line each) to <paramref name="command"/>'s help page.</summary>
    public static void Add(Command command, params string[] examples) => Examples.AddOrUpdate(command, examples);

    /// <summary>Makes every help option under <paramref name="root"/> print the examples after the standard page.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction standard)
            {
                option.Action = new WithExamples(standard);
            }
        }
    }

    private sealed class WithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        /// <summary>Like the standard help, asking for help is fine even when a required option is missing.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
