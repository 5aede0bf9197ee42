using System;
using System.IO;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Writes <c>-o FILE</c> so that a kill mid-write never leaves a truncated file: the content goes to a
/// temporary file in the same directory (same file system, so the rename is atomic) and replaces the
/// target only once complete. A target that is not a regular file (<c>/dev/stdout</c>, a FIFO, a
/// terminal) is written in place, since replacing it would be wrong.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            if (WriteInPlaceIfSpecial(path, write))
            {
                return;
            }

            var full = Path.GetFullPath(path);
            var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, full, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    /// <summary>Writes straight into a target that exists and is a device, pipe or FIFO; false for anything else.</summary>
    private static bool WriteInPlaceIfSpecial(string path, Action<Stream> write)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return false;
        }

        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        var device = target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        if (!device && stream.CanSeek)
        {
            return false;
        }

        write(stream);
        return true;
    }
}
