using System.IO;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Standard output is a pipe whose reader has gone (<c>relu eval … | head -1</c>): there is no one left to
/// compute for, so the run stops quietly, exit 0, like a Unix filter stopped by SIGPIPE, but without the signal.
/// </summary>
internal sealed class OutputClosedException : IOException
{
    public OutputClosedException(IOException cause)
        : base("standard output was closed", cause)
    {
    }
}
