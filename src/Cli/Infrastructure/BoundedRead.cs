using System.IO;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Reads a whole file or standard input as bytes, counting them as they arrive: a file's reported length
/// says nothing for <c>/dev/zero</c>, a FIFO or a pipe, so the cap is enforced on what is actually read.
/// </summary>
internal static class BoundedRead
{
    /// <summary>
    /// The most bytes an expression's file or standard input may hold: 48 MiB, the input limit of
    /// <see cref="ParserLimits.MaxInputLength"/> UTF-16 code units at most 3 UTF-8 bytes each (a 4-byte
    /// character is 2 code units). Anything longer cannot be a valid expression.
    /// </summary>
    public const int MaxExpressionBytes = 3 * ParserLimits.MaxInputLength;

    /// <summary>Every byte of <paramref name="stream"/>, or a <see cref="CliException"/> naming <paramref name="origin"/> once past <paramref name="limit"/> bytes.</summary>
    public static byte[] All(Stream stream, string origin, int limit = MaxExpressionBytes)
    {
        // A regular file says how long it is: start at that size (never past the limit) so a 16 MiB file is
        // not copied through doubling buffers. /dev/zero and pipes say 0 or nothing, and grow as they stream.
        var reported = stream.CanSeek ? stream.Length - stream.Position : 0;
        var buffer = new MemoryStream(reported > 0 && reported < limit ? (int)reported + 1 : 0);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new CliException($"{origin}: more than {limit} bytes, more than an expression may be ({ParserLimits.MaxInputLength} characters)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
