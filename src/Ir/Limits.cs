namespace ReluCompiler.Ir;

/// <summary>
/// Bounds on what flattening may cost (DESIGN §3, limits of flattening): nesting can double the kinks
/// at every level, so a cap turns an exponential blow-up into an ordinary error.
/// </summary>
public static class Limits
{
    /// <summary>The most kinks a flattened nested expression may have.</summary>
    public const int MaxFlattenedBreakpoints = 1_000_000;

    /// <summary>Throws <see cref="LimitExceededException"/> when <paramref name="count"/> is past the cap.</summary>
    public static void CheckFlattenedBreakpoints(int count)
    {
        if (count > MaxFlattenedBreakpoints)
        {
            throw new LimitExceededException(
                $"flattening this nested expression creates {count} breakpoints, more than the limit of {MaxFlattenedBreakpoints}");
        }
    }
}
