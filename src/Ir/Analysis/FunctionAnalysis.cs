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
    public static FunctionAnalysis Of(CanonicalForm form, IReadOnlyList<string> variables, AnalysisDomain? domain = null)
    {
        if (variables.Count <= 1)
        {
            var univariate = form.ToUnivariate();
            if (univariate.Variable is null && variables.Count == 1)
            {
                univariate = UnivariateForm.FromConstant(univariate.Constant, variables[0]);
            }

            return new FunctionAnalysis(UnivariateAnalyzer.Analyze(univariate, domain), null);
        }

        return new FunctionAnalysis(null, MultivariateAnalyzer.Analyze(form, variables, domain));
    }
}
