using System;
using System.Collections.Generic;

namespace ReluCompiler.Ir.Analysis;

/// <summary>The analysis of a function: <see cref="Univariate"/> for at most one variable, else <see cref="Multivariate"/>.</summary>
public sealed class FunctionAnalysis
{
    private FunctionAnalysis(UnivariateAnalysis? univariate, MultivariateAnalysis? multivariate)
    {
        Univariate = univariate;
        Multivariate = multivariate;
    }

    /// <summary>The exact one-variable analysis, or null.</summary>
    public UnivariateAnalysis? Univariate { get; }

    /// <summary>The several-variable analysis, or null.</summary>
    public MultivariateAnalysis? Multivariate { get; }

    /// <summary>Analyses a canonical form whose points are given in <paramref name="variables"/> order.</summary>
    /// <param name="form">The function.</param>
    /// <param name="variables">The order of a point's coordinates, naming every variable of <paramref name="form"/>; a constant may be given one name.</param>
    /// <param name="domain">The interval every variable ranges over; the whole space when null.</param>
    /// <returns>The one-variable analysis when <paramref name="variables"/> has at most one name, else the several-variable one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="form"/> or <paramref name="variables"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="variables"/> has one name and <paramref name="form"/> is of another variable.</exception>
    public static FunctionAnalysis Of(CanonicalForm form, IReadOnlyList<string> variables, AnalysisDomain? domain = null)
    {
        if (form is null || variables is null)
        {
            throw new ArgumentNullException(form is null ? nameof(form) : nameof(variables));
        }

        if (variables.Count <= 1)
        {
            var univariate = form.ToUnivariate(variables.Count == 1 ? variables[0] : null);
            return new FunctionAnalysis(UnivariateAnalyzer.Analyze(univariate, domain), null);
        }

        return new FunctionAnalysis(null, MultivariateAnalyzer.Analyze(form, variables, domain));
    }
}
