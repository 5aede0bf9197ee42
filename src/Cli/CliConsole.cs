using System;
using System.IO;
using System.Text;

namespace ReluCompiler.Cli;

/// <summary>
/// The three standard streams a run uses, so tests can run the whole command line in-process.
/// Standard input is decoded as strict UTF-8: invalid bytes are an error, not a silent U+FFFD.
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

    /// <summary>The process's own streams; output is buffered (one flush at the end) so a million lines stay fast.</summary>
    public static CliConsole FromProcess()
    {
        var input = new StreamReader(Console.OpenStandardInput(), StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var output = new StreamWriter(Console.OpenStandardOutput(), StrictUtf8, bufferSize: 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), StrictUtf8) { AutoFlush = true };
        return new CliConsole(input, output, error) { InputIsTerminal = !Console.IsInputRedirected };
    }
}
