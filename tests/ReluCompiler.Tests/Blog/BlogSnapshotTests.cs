using System.Text;
using ApprovalTests;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Blog;

/// <summary>
/// What <c>relu net</c> and <c>relu canon</c> print for every expression of samples/blog-expressions.txt,
/// one approved file per verb: a change in any of them shows up as a readable diff of the whole list.
/// </summary>
public sealed class BlogSnapshotTests
{
    [Fact]
    public void NetPrintsTheSmallestNetworkOfEveryBlogExpression() =>
        Approvals.Verify(new ApprovalTextWriter(Transcript("net"), "txt"));

    [Fact]
    public void NetAsJsonPrintsTheContractShapeForEveryBlogExpression() =>
        Approvals.Verify(new ApprovalTextWriter(Transcript("net", "--json"), "txt"));

    [Fact]
    public void NetAsWrittenWithConstantUnitsKeepsTheBlogsOwnUnits() =>
        Approvals.Verify(new ApprovalTextWriter(Transcript("net", "--as-written", "--constants-as-units"), "txt"));

    [Fact]
    public void CanonPrintsOneLineForEveryBlogExpression() =>
        Approvals.Verify(new ApprovalTextWriter(Transcript("canon"), "txt"));

    /// <summary>
    /// Each expression as a shell-like command line, then what the verb printed; the exit code and
    /// standard error only when they are not the usual 0 and nothing, so a failure cannot hide.
    /// </summary>
    private static string Transcript(string verb, params string[] options)
    {
        var text = new StringBuilder();
        foreach (var (line, expression) in BlogSamples.Expressions)
        {
            var run = CliRunner.Run([verb, .. options, expression]);
            text.Append("> relu ").Append(verb);
            foreach (var option in options)
            {
                text.Append(' ').Append(option);
            }

            text.Append(" '").Append(expression).Append("'    # line ").Append(line).Append('\n');
            text.Append(run.Output);
            if (run.ExitCode != 0 || run.Error.Length > 0)
            {
                text.Append("exit ").Append(run.ExitCode).Append('\n').Append(run.Error);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
