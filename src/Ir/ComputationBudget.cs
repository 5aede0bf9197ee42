using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// What one expression has spent so far against the whole-computation <see cref="Limits"/>: kinks created by
/// flattening and digits of exact numbers created. One budget lives as long as one expression's lowering,
/// so many small steps cannot add up to an unbounded computation while each stays under a per-step cap.
/// </summary>
public sealed class ComputationBudget
{
    private readonly int _maxBreakpoints;
    private readonly long _maxDigits;
    private long _breakpoints;
    private long _digits;

    /// <summary>A budget with the documented limits, or smaller ones (for tests).</summary>
    /// <param name="maxBreakpoints">The most kinks all flattenings may create together; the default is <see cref="Limits.MaxTotalBreakpoints"/>.</param>
    /// <param name="maxDigits">The most decimal digits all created numbers may have together; the default is <see cref="Limits.MaxTotalExactDigits"/>.</param>
    public ComputationBudget(int maxBreakpoints = Limits.MaxTotalBreakpoints, long maxDigits = Limits.MaxTotalExactDigits)
    {
        _maxBreakpoints = maxBreakpoints;
        _maxDigits = maxDigits;
    }

    /// <summary>Kinks created so far.</summary>
    public long Breakpoints => _breakpoints;

    /// <summary>Digits of exact numbers created so far.</summary>
    public long Digits => _digits;

    /// <summary>Counts a flattening's result: its kinks, and the digits of every number in it.</summary>
    /// <param name="form">The form a flattening just produced.</param>
    /// <exception cref="LimitExceededException">The kinks or the digits spent so far pass the budget, or one number passes <see cref="Limits.MaxExactDigits"/>.</exception>
    public void Spend(CanonicalForm form)
    {
        _breakpoints += form.Terms.Length;
        if (_breakpoints > _maxBreakpoints)
        {
            throw new LimitExceededException(
                $"flattening the nested parts of this expression creates more than {_maxBreakpoints} breakpoints in all, the limit for one expression");
        }

        Spend(form.Affine.Constant);
        foreach (var term in form.Affine.Terms)
        {
            Spend(term.Coefficient);
        }

        foreach (var kink in form.Terms)
        {
            // The leading coefficient is 1 by construction: a one-variable kink costs its tₖ and dₖ.
            Spend(kink.Hyperplane.Constant);
            Spend(kink.Coefficient);
            for (var i = 1; i < kink.Hyperplane.Terms.Length; i++)
            {
                Spend(kink.Hyperplane.Terms[i].Coefficient);
            }
        }
    }

    /// <summary>Counts every number of a sum just built by scaling (a constant factor times a sum).</summary>
    /// <param name="sum">The sum just built.</param>
    /// <exception cref="LimitExceededException">The digits spent so far pass the budget, or one number passes <see cref="Limits.MaxExactDigits"/>.</exception>
    public void Spend(ReluSum sum)
    {
        Spend(sum.Affine.Constant);
        foreach (var term in sum.Affine.Terms)
        {
            Spend(term.Coefficient);
        }

        foreach (var term in sum.Terms)
        {
            Spend(term.Coefficient);
            Spend(term.Argument.Constant);
            foreach (var linear in term.Argument.Terms)
            {
                Spend(linear.Coefficient);
            }
        }
    }

    /// <summary>Counts one number just created; throws past the per-number or the total limit.</summary>
    /// <param name="value">The number just created.</param>
    /// <returns><paramref name="value"/>, so a call can wrap the expression that creates it.</returns>
    /// <exception cref="LimitExceededException">The digits spent so far pass the budget, or <paramref name="value"/> passes <see cref="Limits.MaxExactDigits"/>.</exception>
    public Fraction Spend(Fraction value)
    {
        var digits = Limits.Digits(Limits.CheckDigits(value));
        _digits += digits;
        if (_digits > _maxDigits)
        {
            throw new LimitExceededException(
                $"the exact numbers this expression creates have more than {_maxDigits} digits in all, the limit for one expression");
        }

        return value;
    }
}
