using System.Collections.Immutable;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// Everything exact about a one-variable function f(x) = c + m·x + Σ dₖ·σ(x − tₖ) on a domain: its
/// range with where the extremes are reached, its zeros and signs, its monotone parts, its Lipschitz
/// constant and its convexity (built by <see cref="UnivariateAnalyzer"/> in O(K)).
/// </summary>
public sealed class UnivariateAnalysis
{
    internal UnivariateAnalysis(
        UnivariateView form,
        AnalysisDomain domain,
        Extremum minimum,
        Extremum maximum,
        ImmutableArray<Interval> zeros,
        ImmutableArray<SignPart> signs,
        ImmutableArray<MonotonePart> monotone,
        LipschitzConstant lipschitz,
        Convexity convexity)
    {
        View = form;
        Domain = domain;
        Minimum = minimum;
        Maximum = maximum;
        Zeros = zeros;
        Signs = signs;
        Monotone = monotone;
        Lipschitz = lipschitz;
        Convexity = convexity;
    }

    /// <summary>The canonical form analysed.</summary>
    public CanonicalForm Form => View.Form;

    /// <summary>The form as a one-variable function: its breakpoints and pieces.</summary>
    public UnivariateView View { get; }

    /// <summary>The variable's name (<c>x</c> for a constant that names none).</summary>
    public string Variable => View.Variable ?? "x";

    /// <summary>The domain.</summary>
    public AnalysisDomain Domain { get; }

    /// <summary>The minimum on the domain (null value: unbounded below) and where it is reached.</summary>
    public Extremum Minimum { get; }

    /// <summary>The maximum on the domain (null value: unbounded above) and where it is reached.</summary>
    public Extremum Maximum { get; }

    /// <summary>Where f = 0: isolated points and closed intervals, left to right.</summary>
    public ImmutableArray<Interval> Zeros { get; }

    /// <summary>The domain cut into maximal parts of one sign, left to right.</summary>
    public ImmutableArray<SignPart> Signs { get; }

    /// <summary>The domain cut into maximal monotone parts, left to right.</summary>
    public ImmutableArray<MonotonePart> Monotone { get; }

    /// <summary>The largest |slope| on the domain, and where.</summary>
    public LipschitzConstant Lipschitz { get; }

    /// <summary>Convex, concave, affine or neither on the domain.</summary>
    public Convexity Convexity { get; }
}
