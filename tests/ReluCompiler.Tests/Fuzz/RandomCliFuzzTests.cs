using System;
using System.IO;
using CsCheck;
using Xunit;

namespace ReluCompiler.Tests.Fuzz;

/// <summary>
/// An in-process random fuzzer of the whole command line: hostile expressions (deep nesting, huge and tiny
/// exact numbers, bars, max, min) through every verb that answers on standard output. Each run must end
/// with exit 0, 1 or 2 (never 3, an internal error) and within the time budget. CI runs a bounded number of
/// cases; set <c>RELU_FUZZ_ITERATIONS</c> (for example 100000) for a long run by hand, and
/// <c>RELU_FUZZ_SEED</c> to replay the seed CsCheck prints on a failure.
/// </summary>
public sealed class RandomCliFuzzTests
{
    private static readonly Gen<string> Leaf = Gen.OneOf(
        "x", "x", "y", "0", "1", "-2", "1/3", "0.5", "1e400", "1e-400", "123456789012345678901234567890/7", "7e-3");

    /// <summary>Expressions up to seven levels deep; at every level a σ may re-flatten what is inside.</summary>
    private static readonly Gen<string> Expression = Gen.Recursive<string>((depth, self) =>
        depth >= 7
            ? Leaf
            : Gen.Frequency(
                (2, Leaf),
                (3, self.Select(a => $"σ({a})")),
                (2, self.Select(a => $"|{a}|")),
                (1, Gen.Select(self, self, (a, b) => $"max({a}, {b})")),
                (1, Gen.Select(self, self, (a, b) => $"min({a}, {b})")),
                (3, Gen.Select(self, self, Gen.Bool, (a, b, minus) => $"{a} {(minus ? '-' : '+')} {b}")),
                (2, Gen.Select(Leaf, self, (c, a) => $"{c}*({a})")),
                (1, Gen.Select(self, Leaf, (a, c) => $"({a})/{c}"))));

    private static readonly Gen<string[]> Command = Gen.Select(Expression, Expression, Gen.Int[0, 6], (a, b, verb) => verb switch
    {
        0 => new[] { "canon", a },
        1 => new[] { "eq", a, b },
        2 => new[] { "net", a },
        3 => new[] { "pieces", a },
        4 => new[] { "eval", a, "0", "-1.5", "1e300" },
        5 => new[] { "draw", a },
        _ => new[] { "emit", a },
    });

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("RELU_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 300;

    [Fact]
    public void RandomHostileCommandsEndWithAnAnswerOrAnErrorNeverAnInternalError() =>
        Command.Sample(
            args =>
            {
                var run = CorpusRunner.Run(new MemoryStream(), args);
                CorpusRunner.AssertEnded(run, [0, 1, 2], args);
            },
            iter: Iterations,
            threads: 1,
            seed: Environment.GetEnvironmentVariable("RELU_FUZZ_SEED"));
}
