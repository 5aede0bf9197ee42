using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ReluCompiler.Parser;

/// <summary>
/// The operands of one sum, product or call (or the terms of a lowered sum), gathered in a loop and then copied
/// once into an exact <see cref="ImmutableArray{T}"/>. Most lists hold one item (<c>x - 1</c>, <c>2*σ(…)</c>,
/// <c>σ(…)</c>), which never touches a buffer; longer ones grow in buffers borrowed from the shared pool,
/// so a 100,000-term sum leaves one array behind instead of a list's doubling steps and a final copy.
/// </summary>
internal struct Gathered<T>
{
    private T _first;
    private T[]? _buffer;
    private int _count;

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        if (_count == 0)
        {
            _first = item;
        }
        else
        {
            if (_buffer is null || _count == _buffer.Length)
            {
                Grow();
            }

            _buffer![_count] = item;
        }

        _count++;
    }

    /// <summary>Whether nothing was added.</summary>
    public readonly bool IsEmpty => _count == 0;

    /// <summary>The items in order; returns the borrowed buffer, so call it once, last.</summary>
    public ImmutableArray<T> ToImmutableAndFree()
    {
        if (_buffer is null)
        {
            return _count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create(_first);
        }

        _buffer[0] = _first;
        var items = ImmutableArray.Create(_buffer, 0, _count);
        ArrayPool<T>.Shared.Return(_buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _buffer = null;
        return items;
    }

    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(_buffer is null ? 16 : _buffer.Length * 2);
        if (_buffer is not null)
        {
            _buffer.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        _buffer = bigger;
    }
}
