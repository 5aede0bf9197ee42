using System.Collections.Generic;
using System.IO;
using System.Buffers;
using System.Text.Unicode;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Where an expression's text comes from: the command line, a file (<c>-f FILE</c>) or standard
/// input (<c>-f -</c>). Files and standard input are read as strict UTF-8 so a broken byte is reported with its position,
/// and their bytes are counted as they stream (<see cref="BoundedRead"/>).
/// </summary>
internal sealed record ExpressionInput(string Text, string? Origin)
{
    /// <summary>The bytes of an ONNX file (see <see cref="NetworkFile"/>); <see cref="Text"/> is empty then.</summary>
    public byte[]? OnnxBytes { get; init; }

    /// <summary>
    /// The expressions a verb needs: first from each <c>-f</c> file in order, then from positional
    /// arguments. Returns the expressions and the positional arguments left over.
    /// </summary>
    public static (List<ExpressionInput> Expressions, List<string> Remaining) Collect(
        IReadOnlyList<string> files, IReadOnlyList<string> positional, int needed, CliConsole console)
    {
        var expressions = new List<ExpressionInput>(needed);
        foreach (var file in files)
        {
            expressions.Add(FromFile(file, console));
        }

        var rest = new List<string>();
        foreach (var argument in positional)
        {
            if (expressions.Count < needed)
            {
                expressions.Add(NetworkFile.IsPath(argument) ? FromFile(argument, console) : new ExpressionInput(argument, null));
            }
            else
            {
                rest.Add(argument);
            }
        }

        if (expressions.Count < needed)
        {
            throw new CliException(needed == 1
                ? "no expression was given: pass it as an argument or with -f FILE"
                : $"this verb compares {needed} expressions, but {expressions.Count} {(expressions.Count == 1 ? "was" : "were")} given");
        }

        if (expressions.Count > needed)
        {
            throw new CliException(needed == 1
                ? $"this verb takes one expression, but {expressions.Count} were given"
                : $"this verb compares {needed} expressions, but {expressions.Count} were given");
        }

        return (expressions, rest);
    }

    private static ExpressionInput FromFile(string path, CliConsole console)
    {
        if (path == "-")
        {
            const string origin = "standard input";
            return new ExpressionInput(Decode(BoundedRead.All(console.InputBytes, origin), origin), origin);
        }

        byte[] bytes;
        try
        {
            // Opened and counted like standard input: /dev/zero and FIFOs report a length of 0.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            bytes = BoundedRead.All(stream, path);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }

        return NetworkFile.IsOnnx(path, bytes)
            ? new ExpressionInput("", path) { OnnxBytes = bytes }
            : new ExpressionInput(Decode(bytes, path), path);
    }

    /// <summary>Strict UTF-8 decoding that names the line and column of the first invalid byte.</summary>
    internal static string Decode(byte[] bytes, string origin)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < written; i++)
        {
            if (chars[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        throw new CliException(
            $"{origin}: line {line}, column {written - lineStart + 1}: invalid UTF-8 (byte 0x{bytes[read]:X2} at byte offset {read})");
    }
}
