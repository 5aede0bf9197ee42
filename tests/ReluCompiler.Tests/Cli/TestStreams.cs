using System;
using System.IO;

namespace ReluCompiler.Tests.Cli;

/// <summary>
/// Standard input that never ends (<c>/dev/zero</c>, <c>yes</c>) or ends after a given text, counting
/// what was read, so a test can show that a reader stopped early without holding the bytes.
/// </summary>
internal sealed class GeneratedInput(Func<long, byte> byteAt, long length = long.MaxValue) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Endless copies of <paramref name="text"/>'s bytes.</summary>
    public static GeneratedInput Repeating(byte[] text, long length = long.MaxValue) => new(i => text[i % text.Length], length);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = byteAt(BytesRead + i);
        }

        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A pipe whose reader goes away after <paramref name="capacity"/> bytes: later writes fail with EPIPE, as on Linux.</summary>
internal sealed class ClosingPipe(int capacity) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Length + count > capacity)
        {
            throw new IOException("Broken pipe", 32);
        }

        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
}

/// <summary>Standard input that fails the way only a bug could: with an exception no verb expects.</summary>
internal sealed class FailingInput : MemoryStream
{
    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the input stream broke");

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("the input stream broke");
}
