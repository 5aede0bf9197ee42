namespace ReluCompiler.Cli.Infrastructure;

/// <summary>The exit codes README's "The command line" lists, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Success (and <c>eq</c>: equal).</summary>
    public const int Success = 0;

    /// <summary>A negative answer: <c>eq</c> on different functions.</summary>
    public const int NegativeAnswer = 1;

    /// <summary>Bad input or usage; the reason is on standard error.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in relu itself: an unexpected exception, reported as <c>error: internal error: …</c>, never a stack trace.</summary>
    public const int InternalError = 3;
}
