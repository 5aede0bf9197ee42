using System.Collections.Generic;
using System.Linq;
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
            throw new UsageException(needed == 1
                ? "no expression was given: pass it as an argument or with -f FILE"
                : $"this verb compares {Count(needed)} expressions, but {Count(expressions.Count)} {(expressions.Count == 1 ? "was" : "were")} given");
        }

        if (expressions.Count > needed)
        {
            throw new UsageException(needed == 1
                ? $"this verb takes one expression, but {Count(expressions.Count)} were given (one with each -f)"
                : $"this verb compares {Count(needed)} expressions, but {Count(expressions.Count)} were given (one with each -f)");
        }

        return (expressions, rest);
    }

    /// <summary>Arguments left over after the expressions a verb takes are an error that names them.</summary>
    public static void RejectExtra(IReadOnlyList<string> rest, string what)
    {
        if (rest.Count > 0)
        {
            var named = string.Join(" ", rest.Take(3).Select(Quoted)) + (rest.Count > 3 ? " \u2026" : ""); // …
            throw new UsageException($"this verb {what}; {(rest.Count == 1 ? "this argument is" : $"these {rest.Count} arguments are")} extra: {named}");
        }
    }

    /// <summary>An argument in backticks, cut to 40 characters with an ellipsis.</summary>
    private static string Quoted(string argument) => "`" + (argument.Length > 40 ? argument[..39] + "\u2026" : argument) + "`";

    private static string Count(int n) => n is >= 0 and <= 2 ? new[] { "none", "one", "two" }[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ExpressionInput FromFile(string path, CliConsole console)
    {
        if (path == "-")
        {
            const string origin = "standard input";
            return new ExpressionInput(Decode(BoundedRead.All(console.InputBytes, origin), origin), origin);
        }

        FileMessages.RefuseDirectory("-f", path);
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
