namespace ReluCompiler.Cli;

internal static class Program
{
    private static int Main(string[] args) => ReluCli.Run(args, CliConsole.FromProcess());
}
