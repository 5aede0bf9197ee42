using System;
using System.IO;
using System.Text;
using ReluCompiler.Cli.Infrastructure;

namespace ReluCompiler.Cli;

/// <summary>
/// The three standard streams a run uses, so tests can run the whole command line in-process.
/// Standard input is read as bytes (<see cref="InputBytes"/>) so that its size is counted while it streams
/// and invalid UTF-8 is reported at its own line; <see cref="In"/> is the same input as text (in tests,
/// where the bytes come from when only text is handed over).
/// </summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// Whether standard input is a terminal rather than a pipe or file: then nothing is waiting there,
    /// and <c>relu eval 5</c> prints its value instead of waiting for points it does not need.
    /// </summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Strict UTF-8: throws on invalid bytes, no BOM written.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Standard input as bytes; by default <see cref="In"/> encoded as UTF-8.</summary>
    public Stream InputBytes { get; init; } = new TextReaderStream(In);

    /// <summary>
    /// The process's own streams; output is buffered (one flush at the end) so a million lines stay fast,
    /// and a closed output pipe stops the run (<see cref="ClosedPipeGuard"/>).
    /// </summary>
    public static CliConsole FromProcess()
    {
        var input = Console.OpenStandardInput();
        var output = new StreamWriter(ClosedPipeGuard.StandardOutput(), StrictUtf8, bufferSize: 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), StrictUtf8) { AutoFlush = true };

        // Both views read the one standard input; a verb uses one of them, never both.
        var text = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return new CliConsole(text, output, error) { InputBytes = input, InputIsTerminal = !Console.IsInputRedirected };
    }
}
