using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>An extreme value of a function of several variables and one point where it is reached.</summary>
/// <param name="Value">The exact value.</param>
/// <param name="At">A point reaching it, one value per variable in order.</param>
public sealed record PointExtremum(Fraction Value, ImmutableArray<Fraction> At);

/// <summary>
/// The range of a function of several variables on a bounded box: exact (<see cref="IsExact"/>) when it
/// came from enumerating the vertices of the arrangement cut to the box, else a bound from interval
/// arithmetic, each term bounded on its own. <see cref="Method"/> says which, in words.
/// </summary>
/// <param name="IsExact">Whether the minimum and maximum are the true ones (reached at their points).</param>
/// <param name="Minimum">The minimum (or a lower bound; then its point is empty).</param>
/// <param name="Maximum">The maximum (or an upper bound; then its point is empty).</param>
/// <param name="Method">How it was obtained.</param>
public sealed record BoxRange(bool IsExact, PointExtremum Minimum, PointExtremum Maximum, string Method);

/// <summary>
/// The Lipschitz constant of a function of several variables: the largest gradient norm over the regions of
/// its arrangement, exact (<see cref="IsExact"/>) when the regions were enumerated, else an upper bound from
/// the triangle inequality. Two norms are given because the Euclidean one is a square root:
/// <see cref="EuclideanSquared"/> is max ‖∇f‖₂² (the constant for ‖·‖₂ on inputs is its square root) and
/// <see cref="SumOfSlopes"/> is max ‖∇f‖₁ (the constant for the max-norm ‖·‖∞ on inputs).
/// </summary>
/// <param name="IsExact">Whether both are exact maxima rather than upper bounds.</param>
/// <param name="EuclideanSquared">max ‖∇f‖₂², or an upper bound.</param>
/// <param name="SumOfSlopes">max ‖∇f‖₁, or an upper bound.</param>
/// <param name="Gradient">A gradient reaching the Euclidean maximum (empty for a bound).</param>
/// <param name="Regions">How many regions meet the domain (0 for a bound).</param>
/// <param name="Method">How it was obtained.</param>
public sealed record GradientNorms(bool IsExact, Fraction EuclideanSquared, Fraction SumOfSlopes, ImmutableArray<Fraction> Gradient, int Regions, string Method);

/// <summary>
/// What can be said about f = c + a·x + Σ dₖ·σ(hₖ·x + βₖ) in several variables (built by
/// <see cref="MultivariateAnalyzer"/>): the range on a bounded box, whether f is bounded on ℝⁿ, the
/// Lipschitz constant and convexity. Each part says whether it is exact.
/// </summary>
public sealed class MultivariateAnalysis
{
    internal MultivariateAnalysis(
        CanonicalForm form,
        ImmutableArray<string> variables,
        AnalysisDomain domain,
        BoxRange? range,
        bool? boundedBelow,
        bool? boundedAbove,
        GradientNorms lipschitz,
        Curvature curvature)
    {
        Form = form;
        Variables = variables;
        Domain = domain;
        Range = range;
        BoundedBelow = boundedBelow;
        BoundedAbove = boundedAbove;
        Lipschitz = lipschitz;
        Curvature = curvature;
    }

    /// <summary>The canonical form analysed.</summary>
    public CanonicalForm Form { get; }

    /// <summary>The variables, in the order points are given.</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>Every variable ranges over this interval.</summary>
    public AnalysisDomain Domain { get; }

    /// <summary>The range on the box; null when the box is unbounded.</summary>
    public BoxRange? Range { get; }

    /// <summary>On an unbounded domain: whether f is bounded below (exact); null on a bounded box.</summary>
    public bool? BoundedBelow { get; }

    /// <summary>On an unbounded domain: whether f is bounded above (exact); null on a bounded box.</summary>
    public bool? BoundedAbove { get; }

    /// <summary>The Lipschitz constant, exact or bounded.</summary>
    public GradientNorms Lipschitz { get; }

    /// <summary>Convex when every kink crossing the domain has dₖ &gt; 0, concave when every one has dₖ &lt; 0 (exact).</summary>
    public Curvature Curvature { get; }
}
