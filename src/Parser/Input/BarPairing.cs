using System;
using System.Collections.Generic;
using ReluCompiler.Parser.Syntax;
using ReluCompiler.Parser.Tokens;
using Superpower.Model;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// Decides for every <c>|</c> whether it opens or closes an absolute value, before the grammar runs
/// (which then sees <see cref="ReluToken.OpenBar"/> and <see cref="ReluToken.CloseBar"/> only).
/// </summary>
/// <remarks>
/// The rule (README, "Absolute-value bars"): a bar opens where nothing can be closed (at the start,
/// after an operator, an opening bracket, a comma or an opening bar); after an operand it closes the
/// innermost absolute value opened inside the same brackets, and with none open it opens one that
/// multiplies what precedes it (<c>2|x|</c>, <c>|x||y|</c>). A bar after an operand, with an absolute
/// value open, and before a name, number, bracket or bar could also open a nested one
/// (<c>|2|x||</c> is |2·|x||): such a bar is read the way that makes the whole bracket level
/// well-formed, and when both ways do (<c>|2|x| - 1|</c>: |2|·x·|−1| or |2|x| − 1|?) it is an error
/// that says so. Explicit bars (<c>\left|</c>, <c>\rvert</c>…) face the way they say.
/// <para>
/// Each bracket level is independent (bars never pair across brackets), so the search runs level by
/// level, left to right, over a small set of states (open bars, whether an operand just ended) that
/// merge when they meet: linear in the tokens unless many ambiguous-looking bars stay open together,
/// which <see cref="MaxReadings"/> bounds.
/// </para>
/// </remarks>
internal static class BarPairing
{
    /// <summary>The most partial readings one bracket level may have at once before the search gives up.</summary>
    private const int MaxReadings = 64;

    /// <summary>
    /// Turns every <see cref="ReluToken.Bar"/> in <paramref name="tokens"/> into an opening or closing
    /// bar. Returns the first problem (an ambiguous or undecidable bar), or null; on a problem every
    /// bar still gets a kind (the first that can close, closes), so an earlier syntax error can be found.
    /// </summary>
    public static (int Index, ReluParseException Error)? Pair(Token<ReluToken>[] tokens)
    {
        var nested = new HashSet<int>();
        (int Index, ReluParseException Error)? problem = null;
        var levels = new Stack<List<Reading>>();
        var spare = new Stack<List<Reading>>();
        var scratch = new List<Reading>();
        levels.Push([Reading.Start]);
        var closersLeft = Array.FindAll(tokens, t => t.Kind is ReluToken.Bar or ReluToken.CloseBar).Length;
        for (var i = 0; i < tokens.Length && problem is null; i++)
        {
            var kind = tokens[i].Kind;
            closersLeft -= kind is ReluToken.Bar or ReluToken.CloseBar ? 1 : 0;
            if (IsOpener(kind))
            {
                var inner = spare.Count > 0 ? spare.Pop() : new List<Reading>();
                inner.Add(Reading.Start);
                levels.Push(inner);
                continue;
            }

            var current = levels.Peek();
            if (IsCloser(kind) && levels.Count > 1)
            {
                var finished = levels.Pop();
                problem = Finish(finished, tokens, nested);
                finished.Clear();
                spare.Push(finished);
                current = levels.Peek();
                for (var k = 0; k < current.Count; k++)
                {
                    current[k] = current[k] with { AfterOperand = true };
                }

                continue;
            }

            var next = i + 1 < tokens.Length ? tokens[i + 1].Kind : ReluToken.None;
            for (var k = 0; k < current.Count; k++)
            {
                Advance(current[k], kind, next, i, scratch);
            }

            // A reading with more bars open than bars left to close them cannot complete: dropping it
            // keeps 256 nested bars (whose closing bars each look two-way) at one reading.
            for (var k = scratch.Count - 1; k >= 0; k--)
            {
                if (scratch[k].Open > closersLeft)
                {
                    scratch.RemoveAt(k);
                }
            }

            levels.Pop();
            levels.Push(scratch);
            (scratch, current) = (current, scratch);
            scratch.Clear();
            if (levels.Count - 1 + FewestOpen(current) > ParserLimits.MaxNestingDepth)
            {
                break; // too deep whichever way the bars pair: the token checks report it, and nothing after matters
            }

            if (current.Count > MaxReadings)
            {
                problem = (i, SourcePosition.From(tokens[i].Position).Error(
                    "the absolute-value bars up to here can be paired in too many ways to check; write abs(…) for some of them"));
            }
        }

        while (problem is null && levels.Count > 0)
        {
            problem = Finish(levels.Pop(), tokens, nested);
        }

        Assign(tokens, nested);
        return problem;
    }

    /// <summary>Whether a bracket opens a level: <c>(</c>, <c>[</c> or <c>{</c>.</summary>
    public static bool IsOpener(ReluToken kind) => kind is ReluToken.LParen or ReluToken.LBracket or ReluToken.LBrace;

    /// <summary>The bracket that closes <paramref name="opener"/>.</summary>
    public static ReluToken CloserOf(ReluToken opener) => opener switch
    {
        ReluToken.LBracket => ReluToken.RBracket,
        ReluToken.LBrace => ReluToken.RBrace,
        _ => ReluToken.RParen,
    };

    /// <summary>Whether a bracket closes a level: <c>)</c>, <c>]</c> or <c>}</c>.</summary>
    public static bool IsCloser(ReluToken kind) => kind is ReluToken.RParen or ReluToken.RBracket or ReluToken.RBrace;

    /// <summary>
    /// Adds to <paramref name="into"/> where one reading goes on <paramref name="kind"/>: nowhere when the
    /// token cannot follow (a number right after an operand, <c>*</c> without a left operand, a comma
    /// inside bars), two ways at a bar that can go either way.
    /// </summary>
    private static void Advance(Reading r, ReluToken kind, ReluToken next, int index, List<Reading> into)
    {
        switch (kind)
        {
            case ReluToken.Number when r.AfterOperand:
            case ReluToken.Times or ReluToken.Divide when !r.AfterOperand:
            case ReluToken.Comma or ReluToken.Equals when !r.AfterOperand || r.Open > 0:
            case ReluToken.CloseBar when !r.AfterOperand || r.Open == 0:
                break;
            case ReluToken.Number or ReluToken.Identifier or ReluToken.Unrecognized or ReluToken.UnknownCommand:
                Add(into, r with { AfterOperand = true });
                break;
            case ReluToken.Plus or ReluToken.Minus or ReluToken.Times or ReluToken.Divide or ReluToken.Comma or ReluToken.Equals:
                Add(into, r with { AfterOperand = false });
                break;
            case ReluToken.OpenBar:
                Add(into, r.Opened());
                break;
            case ReluToken.CloseBar:
                Add(into, r.Closed());
                break;
            case ReluToken.Bar when !r.AfterOperand || r.Open == 0:
                Add(into, r.Opened());
                break;
            case ReluToken.Bar:
                Add(into, r.Closed());
                if (StartsUnsignedOperand(next))
                {
                    Add(into, r.Opened() with { Nested = new Choice(index, r.Nested) });
                }

                break;
            default:
                Add(into, r); // a function name or \frac: the brackets that follow are the operand
                break;
        }
    }

    /// <summary>The fewest bars any reading has open (0 when there is none).</summary>
    private static int FewestOpen(List<Reading> readings)
    {
        var fewest = readings.Count == 0 ? 0 : int.MaxValue;
        foreach (var reading in readings)
        {
            fewest = Math.Min(fewest, reading.Open);
        }

        return fewest;
    }

    /// <summary>Adds <paramref name="reading"/>, merged with one already in the same state.</summary>
    private static void Add(List<Reading> readings, Reading reading)
    {
        for (var k = 0; k < readings.Count; k++)
        {
            if (readings[k].Open == reading.Open && readings[k].AfterOperand == reading.AfterOperand)
            {
                readings[k] = Reading.Merge(readings[k], reading);
                return;
            }
        }

        readings.Add(reading);
    }

    /// <summary>A token after which a bar could have opened a nested absolute value: anything that starts an operand but a sign.</summary>
    private static bool StartsUnsignedOperand(ReluToken kind) =>
        kind is ReluToken.Identifier or ReluToken.Function or ReluToken.Number or ReluToken.Frac
            or ReluToken.Bar or ReluToken.OpenBar || IsOpener(kind);

    /// <summary>The end of a bracket level: keeps the choices of its one complete reading, or reports two.</summary>
    private static (int Index, ReluParseException Error)? Finish(List<Reading> readings, Token<ReluToken>[] tokens, HashSet<int> nested)
    {
        var found = readings.FindIndex(r => r.Open == 0 && r.AfterOperand);
        if (found < 0)
        {
            return null; // no reading is well-formed: the grammar reports why, on the first-that-can-close reading
        }

        var complete = readings[found];
        if (complete.Ambiguous is { } bar)
        {
            return (bar, SourcePosition.From(tokens[bar].Position).Error(
                "this `|` can close the absolute value before it or open one inside it, and both readings make sense; write abs(…), `*` or brackets to say which"));
        }

        for (var choice = complete.Nested; choice is not null; choice = choice.Previous)
        {
            nested.Add(choice.Index);
        }

        return null;
    }

    /// <summary>Gives every bar its kind, replaying the rule with the choices made.</summary>
    private static void Assign(Token<ReluToken>[] tokens, HashSet<int> nested)
    {
        var levels = new Stack<(int Open, bool AfterOperand)>();
        var (open, afterOperand) = (0, false);
        for (var i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (IsOpener(kind))
            {
                levels.Push((open, afterOperand));
                (open, afterOperand) = (0, false);
                continue;
            }

            if (IsCloser(kind))
            {
                (open, afterOperand) = levels.Count > 0 ? (levels.Pop().Open, true) : (open, true);
                continue;
            }

            if (kind == ReluToken.Bar)
            {
                kind = afterOperand && open > 0 && !nested.Contains(i) ? ReluToken.CloseBar : ReluToken.OpenBar;
                tokens[i] = new Token<ReluToken>(kind, tokens[i].Span);
            }

            (open, afterOperand) = kind switch
            {
                ReluToken.OpenBar => (open + 1, false),
                ReluToken.CloseBar => (open > 0 ? open - 1 : 0, true),
                ReluToken.Number or ReluToken.Identifier or ReluToken.Unrecognized or ReluToken.UnknownCommand => (open, true),
                ReluToken.Function or ReluToken.Frac => (open, afterOperand),
                _ => (open, false),
            };
        }
    }

    /// <summary>A bar read as opening where it could have closed, and the choices before it (newest first).</summary>
    private sealed record Choice(int Index, Choice? Previous);

    /// <summary>
    /// One way of reading a level so far: how many bars are open, whether an operand just ended, the bars
    /// it read as nested openings, and, when two readings met, the first bar where they part.
    /// </summary>
    private readonly record struct Reading(int Open, bool AfterOperand, Choice? Nested, int? Ambiguous)
    {
        public static readonly Reading Start = new(0, false, null, null);

        public Reading Opened() => this with { Open = Open + 1, AfterOperand = false };

        public Reading Closed() => this with { Open = Open - 1, AfterOperand = true };

        /// <summary>Two readings in the same state: from here on they agree, so the level is ambiguous if both complete.</summary>
        public static Reading Merge(Reading a, Reading b) =>
            a with { Ambiguous = Min(Min(a.Ambiguous, b.Ambiguous), FirstDifference(a.Nested, b.Nested)) };

        private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

        private static int? FirstDifference(Choice? a, Choice? b)
        {
            var inA = new HashSet<int>();
            for (var c = a; c is not null; c = c.Previous)
            {
                inA.Add(c.Index);
            }

            int? first = null;
            for (var c = b; c is not null; c = c.Previous)
            {
                if (!inA.Remove(c.Index))
                {
                    first = Min(first, c.Index);
                }
            }

            foreach (var index in inA)
            {
                first = Min(first, index);
            }

            return first;
        }
    }
}
