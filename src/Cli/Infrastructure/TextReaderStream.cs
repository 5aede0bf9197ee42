using System;
using System.IO;
using System.Text;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// Text read from a <see cref="TextReader"/> as a read-only stream of UTF-8 bytes, read lazily: tests hand
/// standard input over as a string, and the command line reads every input as bytes.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(false, false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private byte[] _bytes = [];
    private int _next;
    private int _end;
    private bool _done;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_next == _end && !_done)
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            _done = read == 0;
            if (_bytes.Length < 3 * _chars.Length + 4)
            {
                _bytes = new byte[3 * _chars.Length + 4];
            }

            _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
            _next = 0;
        }

        var copied = Math.Min(count, _end - _next);
        Array.Copy(_bytes, _next, buffer, offset, copied);
        _next += copied;
        return copied;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
