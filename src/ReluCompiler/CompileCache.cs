using System;
using System.Collections.Generic;
using System.Threading;
using ReluCompiler.Emit;

namespace ReluCompiler;

/// <summary>
/// The compiled networks of recent expressions, keyed by canonical form, input order and options, so two
/// spellings of one function (<c>σ(x) - σ(-x)</c> and <c>x</c>) share one delegate. Thread-safe and bounded:
/// past <see cref="Capacity"/> entries the least recently used one is dropped. One instance is shared by
/// <see cref="Relu"/> and <see cref="ReluExpression"/>: <see cref="Relu.Cache"/>.
/// </summary>
public sealed class CompileCache
{
    private readonly object _gate = new();
    private readonly Dictionary<object, LinkedListNode<Entry>> _entries = new();
    private readonly LinkedList<Entry> _recent = new();
    private long _hits;
    private long _misses;

    /// <summary>An empty cache of at most <paramref name="capacity"/> compiled networks.</summary>
    /// <param name="capacity">The most entries kept; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public CompileCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one entry.");
        }

        Capacity = capacity;
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>How many entries it holds now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many lookups found a compiled network.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many lookups compiled one.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Drops every entry and resets the counts.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recent.Clear();
            Interlocked.Exchange(ref _hits, 0);
            Interlocked.Exchange(ref _misses, 0);
        }
    }

    /// <summary>
    /// The entry for <paramref name="key"/> (compared by value: <see cref="CompileKey"/>), compiled by
    /// <paramref name="compile"/> at most once while it stays cached.
    /// </summary>
    internal CompiledNetwork GetOrCompile(object key, Func<CompiledNetwork> compile)
    {
        Lazy<CompiledNetwork> lazy;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                Interlocked.Increment(ref _hits);
                lazy = node.Value.Compiled;
            }
            else
            {
                Interlocked.Increment(ref _misses);
                lazy = new Lazy<CompiledNetwork>(compile);
                _entries[key] = _recent.AddFirst(new Entry(key, lazy));
                if (_entries.Count > Capacity)
                {
                    _entries.Remove(_recent.Last!.Value.Key);
                    _recent.RemoveLast();
                }
            }
        }

        // Compiled outside the lock: other keys do not wait for this one.
        return lazy.Value;
    }

    private sealed record Entry(object Key, Lazy<CompiledNetwork> Compiled);
}
