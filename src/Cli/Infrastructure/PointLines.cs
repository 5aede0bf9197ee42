using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The lines of <c>relu eval</c>'s standard input, one point each, read from bytes: a line ends at
/// <c>\n</c>, <c>\r\n</c> or <c>\r</c>; each line is decoded as strict UTF-8 on its own, so a broken byte
/// is reported at its own line and column (a decoder working on 64 KiB blocks would report the line
/// where its block began); and no line is held past <see cref="MaxLineBytes"/>, so a 200 MB line is an
/// error after 16 MiB, not 200 MB of memory.
/// </summary>
internal sealed class PointLines(Stream stream, string origin)
{
    /// <summary>The longest line of points, 16 MiB: as long as the longest expression.</summary>
    public const int MaxLineBytes = Parser.ParserLimits.MaxInputLength;

    private readonly byte[] _buffer = new byte[1 << 16];
    private byte[] _line = new byte[256];
    private int _lineLength;
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _skipLineFeed;

    /// <summary>The number of the line last returned, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator, or null at the end of the input.</summary>
    public string? Next()
    {
        _lineLength = 0;
        while (true)
        {
            if (_start == _end && !Refill())
            {
                if (_lineLength == 0)
                {
                    return null;
                }

                LineNumber++;
                return Decode();
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == (byte)'\n')
                {
                    _start++;
                    continue;
                }
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var stop = available.IndexOfAny((byte)'\n', (byte)'\r');
            Append(stop < 0 ? available : available[..stop]);
            if (stop < 0)
            {
                _start = _end;
                continue;
            }

            _skipLineFeed = available[stop] == (byte)'\r';
            _start += stop + 1;
            LineNumber++;
            return Decode();
        }
    }

    private bool Refill()
    {
        if (_endOfInput)
        {
            return false;
        }

        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        _endOfInput = _end == 0;
        return !_endOfInput;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_lineLength + bytes.Length > MaxLineBytes)
        {
            throw new CliException($"{origin}, line {LineNumber + 1}: the line is longer than the limit of {MaxLineBytes} bytes");
        }

        if (_lineLength + bytes.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_lineLength + bytes.Length, 2 * _line.Length));
        }

        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }

    private string Decode()
    {
        var bytes = _line.AsSpan(0, _lineLength);
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new CliException($"{origin}, line {LineNumber}, column {written + 1}: invalid UTF-8 (byte 0x{bytes[read]:X2})");
        }

        return new string(chars, 0, written);
    }
}
