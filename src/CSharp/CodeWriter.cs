using System.Text;

namespace ReluCompiler.CSharp;

/// <summary>
/// Writes C# text line by line with the current indentation, as RegexGenerator's emitter does. Appending to
/// one buffer keeps emit linear in the size of the output; a syntax tree normalized at the end was quadratic
/// past about 10,000 nodes (30,000 units took 75 s).
/// </summary>
internal sealed class CodeWriter
{
    private const string Indentation = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>One line at the current indentation (an empty line has no trailing spaces).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(Indentation);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>A <c>{</c> line, then one level deeper.</summary>
    public CodeWriter Open()
    {
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>One level shallower, then a <c>}</c> line (or <c>};</c> with <paramref name="suffix"/>).</summary>
    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Text already made of whole lines (another writer's output), each indented to the current depth
    /// when <paramref name="indent"/> is set (a block's body is written at depth 0 and placed here).
    /// </summary>
    public CodeWriter Raw(string lines, bool indent = true)
    {
        if (!indent || _depth == 0)
        {
            _text.Append(lines);
            return this;
        }

        var prefix = string.Concat(System.Linq.Enumerable.Repeat(Indentation, _depth));
        var start = 0;
        while (start < lines.Length)
        {
            var end = lines.IndexOf('\n', start);
            end = end < 0 ? lines.Length : end;
            if (end > start)
            {
                _text.Append(prefix).Append(lines, start, end - start);
            }

            _text.Append('\n');
            start = end + 1;
        }

        return this;
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();
}
