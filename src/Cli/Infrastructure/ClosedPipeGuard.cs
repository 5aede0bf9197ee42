using System;
using System.IO;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Standard output as a stream that says when its reader has gone. .NET ignores SIGPIPE, and its console
/// stream also swallows the EPIPE error that a write then returns, so a closed pipe would let
/// <c>relu eval</c> compute every remaining line for no one; this stream raises
/// <see cref="OutputClosedException"/> instead, and any other write error stays an <see cref="IOException"/>.
/// </summary>
internal sealed class ClosedPipeGuard(Stream inner) : Stream
{
    /// <summary>errno of "broken pipe" on Linux and macOS, which .NET puts in the exception's HResult.</summary>
    private const int BrokenPipe = 32;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The process's standard output: the file descriptor itself where one exists, so that EPIPE is seen.</summary>
    public static Stream StandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false);
                var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return new ClosedPipeGuard(stream);
                }

                // A regular file has no reader to lose, and FileStream writes it at its own offset without
                // moving the descriptor's shared one: `(relu canon a; relu canon b) > out` would overwrite.
                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Descriptor 1 is closed or unusable: the console stream copes with that.
            }
        }

        return Console.OpenStandardOutput();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputClosedException && e.HResult == BrokenPipe)
        {
            throw new OutputClosedException(e);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not OutputClosedException && e.HResult == BrokenPipe)
        {
            throw new OutputClosedException(e);
        }
    }
}
