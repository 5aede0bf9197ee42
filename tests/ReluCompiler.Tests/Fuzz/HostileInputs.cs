using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReluCompiler.Tests.Fuzz;

/// <summary>
/// The big reproductions of issue 17, generated here rather than committed as megabytes: each is a few
/// hundred bytes to a few hundred kilobytes of text that once ran for minutes or filled memory.
/// </summary>
internal static class HostileInputs
{
    /// <summary><c>||||x| - 1| - 1/2| - 1/4|…|</c>: each level doubles the kinks (20 levels: 2^20 of them, 198 bytes).</summary>
    public static string NestedBars(int levels)
    {
        var text = "x";
        for (var k = 0; k < levels; k++)
        {
            text = "|" + text + "| - " + (k == 0 ? "1" : "1/" + (1L << k));
        }

        return text;
    }

    /// <summary><paramref name="copies"/> copies of <see cref="NestedBars"/> added up.</summary>
    public static string CopiesOfNestedBars(int copies, int levels) =>
        string.Join(" + ", Enumerable.Repeat(NestedBars(levels), copies));

    /// <summary><paramref name="count"/> σ around <see cref="NestedBars"/>: each σ re-flattens every kink inside it.</summary>
    public static string ReluAroundNestedBars(int count, int levels) =>
        string.Concat(Enumerable.Repeat("σ(", count)) + NestedBars(levels) + new string(')', count);

    /// <summary><c>1/2 + 1/3 + 1/5 + … + x</c> over the first <paramref name="count"/> primes: the exact constant's denominator grows with every term.</summary>
    public static string SumOfPrimeReciprocals(int count) =>
        string.Join(" + ", Primes().Take(count).Select(p => "1/" + p)) + " + x";

    /// <summary><c>1e400 * 1e400 * … * x</c>: the product's exact value has 400 more digits per factor.</summary>
    public static string ProductOfPowers(int factors) =>
        string.Join(" * ", Enumerable.Repeat("1e400", factors)) + " * x";

    /// <summary><paramref name="count"/> terms <c>a/b * c/d</c> of 100-digit integers, plus x.</summary>
    public static string ProductsOfLongFractions(int count)
    {
        var random = new System.Random(17);
        string Digits()
        {
            var text = new StringBuilder(100);
            text.Append((char)('1' + random.Next(9)));
            for (var i = 1; i < 100; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }

            return text.ToString();
        }

        return string.Join(" + ", Enumerable.Range(0, count).Select(_ => $"{Digits()}/{Digits()} * {Digits()}/{Digits()}")) + " + x";
    }

    private static IEnumerable<int> Primes()
    {
        var found = new List<int>();
        for (var n = 2; ; n++)
        {
            if (found.TakeWhile(p => p * p <= n).All(p => n % p != 0))
            {
                found.Add(n);
                yield return n;
            }
        }
    }
}
