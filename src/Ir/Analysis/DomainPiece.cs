using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// One linear piece of a one-variable function cut to the domain: on [<see cref="From"/>, <see cref="To"/>]
/// (null ends unbounded) the function is <see cref="Line"/>. Consecutive pieces share their ends.
/// </summary>
/// <param name="From">Left end, null for −∞.</param>
/// <param name="To">Right end, null for +∞.</param>
/// <param name="Line">The piece's exact line.</param>
internal readonly record struct DomainPiece(Fraction? From, Fraction? To, LinearPiece Line)
{
    public Fraction Slope => Line.Slope;

    public Fraction At(Fraction x) => Line.Evaluate(x);

    public Interval AsInterval => Interval.Closed(From, To);

    /// <summary>The pieces of <paramref name="form"/> that meet the domain in more than a point, cut to it.</summary>
    public static List<DomainPiece> Of(UnivariateView form, AnalysisDomain domain)
    {
        var result = new List<DomainPiece>();
        foreach (var piece in form.Pieces())
        {
            var from = Interval.CompareLeft(piece.From, domain.From) >= 0 ? piece.From : domain.From;
            var to = Interval.CompareRight(piece.To, domain.To) <= 0 ? piece.To : domain.To;
            if (from is { } a && to is { } b && a.CompareTo(b) >= 0)
            {
                continue;
            }

            result.Add(new DomainPiece(from, to, piece));
        }

        return result;
    }
}
