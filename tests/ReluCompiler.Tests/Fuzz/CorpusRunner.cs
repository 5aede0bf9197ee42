using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Fuzz;

/// <summary>
/// Runs one fuzz input through the whole command line in process, within a generous time budget, and
/// checks how it ended: an expected exit code, and never a stack trace.
/// </summary>
internal static class CorpusRunner
{
    /// <summary>
    /// Generous on purpose: the inputs take well under a few seconds on an idle machine, and this only
    /// catches the minutes-long runs of issue 17 on a loaded CI machine, not small slowdowns.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    public static CliRun Run(Stream stdin, string[] args)
    {
        var task = Task.Run(() => CliRunner.RunWithStreams(stdin, null, args));
        Assert.True(task.Wait(Budget), $"`relu {string.Join(' ', args.Select(Shorten))}` did not finish within {Budget.TotalMinutes} minutes");
        return task.Result;
    }

    /// <summary>Asserts that <paramref name="run"/> ended with one of <paramref name="exits"/>, as an answer or a one-line error.</summary>
    public static void AssertEnded(CliRun run, int[] exits, string[] args)
    {
        var what = $"`relu {string.Join(' ', args.Select(Shorten))}` exited {run.ExitCode}: {Shorten(run.Error)}";
        Assert.True(exits.Contains(run.ExitCode), what);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        if (run.ExitCode is 2 or 3)
        {
            // Lint warnings may come first (they describe the text, whatever happens next); the error is its own line.
            Assert.Contains("\n" + (run.ExitCode == 3 ? "error: internal error: " : "error: "), "\n" + run.Error, StringComparison.Ordinal);
        }
    }

    /// <summary>Decodes <c>\n</c>, <c>\r</c>, <c>\\</c> and <c>\uXXXX</c>; and <c>\xFF</c> as a raw byte when <paramref name="bytes"/> is given.</summary>
    public static string Unescape(string text, MemoryStream? bytes = null)
    {
        var result = new StringBuilder();
        void Flush()
        {
            if (bytes is not null && result.Length > 0)
            {
                bytes.Write(Encoding.UTF8.GetBytes(result.ToString()));
                result.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            switch (text[++i])
            {
                case 'n':
                    result.Append('\n');
                    break;
                case 'r':
                    result.Append('\r');
                    break;
                case 'u':
                    result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'x' when bytes is not null:
                    Flush();
                    bytes.WriteByte(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    result.Append('\\').Append(text[i]);
                    break;
            }
        }

        Flush();
        return result.ToString();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
