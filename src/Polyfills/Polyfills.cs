#if NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;

// The few BCL members of .NET Core that the netstandard2.0 builds of Ir, Parser and the C# emitter use,
// written once as C# 14 extension members so that the shared sources read the same on both targets.
// Compiled only into the netstandard2.0 builds (the net10.0 builds call the real members).
// In the global namespace so that every file sees them without a using directive.
internal static class NetStandardPolyfills
{
    extension(ArgumentNullException)
    {
        /// <summary>As <c>ArgumentNullException.ThrowIfNull</c> of .NET 6.</summary>
        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(double)
    {
        /// <summary>As <c>double.IsFinite</c> of .NET Core 3.0.</summary>
        public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
    }

    extension(Array)
    {
        /// <summary>As <c>Array.Fill</c> of .NET Core 2.0.</summary>
        public static void Fill<T>(T[] array, T value)
        {
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = value;
            }
        }
    }

    extension(Math)
    {
        /// <summary>x·2ⁿ, exact whenever the result is representable (as <c>Math.ScaleB</c> of .NET Core 3.0).</summary>
        public static double ScaleB(double x, int n)
        {
            // Steps of 2^±1000 stay normal; the caller's results are exact, so no step rounds.
            while (n > 1000)
            {
                x *= PowerOfTwo(1000);
                n -= 1000;
            }

            while (n < -1000)
            {
                x *= PowerOfTwo(-1000);
                n += 1000;
            }

            return x * PowerOfTwo(n);
        }
    }

    extension(BigInteger value)
    {
        /// <summary>The bits of |value| (as <c>GetBitLength</c> of .NET 5 for non-negative values).</summary>
        public long GetBitLength()
        {
            var bytes = BigInteger.Abs(value).ToByteArray();
            var top = bytes.Length - 1;
            while (top > 0 && bytes[top] == 0)
            {
                top--;
            }

            long bits = 8L * top;
            for (int b = bytes[top]; b != 0; b >>= 1)
            {
                bits++;
            }

            return bits;
        }
    }

    extension(char)
    {
        /// <summary>As <c>char.IsAsciiLetter</c> of .NET 7.</summary>
        public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

        /// <summary>As <c>char.IsAsciiDigit</c> of .NET 7.</summary>
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        /// <summary>As <c>char.IsAsciiLetterOrDigit</c> of .NET 7.</summary>
        public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetter(c) || c is >= '0' and <= '9';
    }

    extension(RuntimeHelpers)
    {
        /// <summary>Conservatively true: used only to decide whether a pooled array is cleared on return.</summary>
        public static bool IsReferenceOrContainsReferences<T>() => true;

        /// <summary>As <c>RuntimeHelpers.TryEnsureSufficientExecutionStack</c> of .NET Core 2.0.</summary>
        public static bool TryEnsureSufficientExecutionStack()
        {
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                return true;
            }
            catch (InsufficientExecutionStackException)
            {
                return false;
            }
        }
    }

    extension(string)
    {
        /// <summary>A hash of the characters (as <c>string.GetHashCode(ReadOnlySpan&lt;char&gt;)</c> of .NET Core 3.0, not equal to it).</summary>
        public static int GetHashCode(ReadOnlySpan<char> text)
        {
            var hash = -2128831035;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>As <c>Stack.TryPeek</c> of .NET Core 2.0.</summary>
    public static bool TryPeek<T>(this Stack<T> stack, [MaybeNullWhen(false)] out T result)
    {
        if (stack.Count == 0)
        {
            result = default;
            return false;
        }

        result = stack.Peek();
        return true;
    }

    /// <summary>As <c>Stack.TryPop</c> of .NET Core 2.0.</summary>
    public static bool TryPop<T>(this Stack<T> stack, [MaybeNullWhen(false)] out T result)
    {
        if (stack.Count == 0)
        {
            result = default;
            return false;
        }

        result = stack.Pop();
        return true;
    }

    /// <summary>As <c>Dictionary.TryAdd</c> of .NET Core 2.0.</summary>
    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    /// <summary>As <c>KeyValuePair.Deconstruct</c> of .NET Core 2.0.</summary>
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }

    /// <summary>2ⁿ for −1022 ≤ n ≤ 1023, built from its exponent bits.</summary>
    private static double PowerOfTwo(int n) => BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
}
#endif
