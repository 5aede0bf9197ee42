using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReluCompiler.Interchange;
using ReluCompiler.Tests.Blog;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Interchange;

/// <summary>
/// Network JSON in: exactly what <c>relu net --json</c> writes reads back as the same function
/// (<c>relu net --json E | relu canon -f -</c> is <c>relu canon E</c>), and anything else is a clear error, exit 2.
/// </summary>
public sealed class NetworkJsonTests
{
    [Theory]
    [MemberData(nameof(BlogSamples.Rows), MemberType = typeof(BlogSamples))]
    public void NetJsonPipedIntoCanonGivesTheExpressionsCanonicalForm(int line, string expression)
    {
        var canon = CliRunner.Run("canon", "--no-lints", expression); // a network file has no text to lint
        foreach (var asWritten in new[] { false, true })
        {
            string[] net = asWritten ? ["net", "--json", "--as-written", expression] : ["net", "--json", expression];
            var json = CliRunner.Run(net);
            Assert.Contains("\"exact\":true", json.Output);
            Assert.Equal((line, canon), (line, CliRunner.RunWithInput(json.Output, "canon", "-f", "-")));
        }
    }

    [Fact]
    public void AJsonFileIsReadByItsExtensionAndKeepsItsInputOrder()
    {
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".json");
        File.WriteAllText(path, """{"inputs":["y","x"],"hidden":[{"weights":[1,0.5],"bias":-1}],"output":{"weights":[2],"bias":0.25}}""");

        Assert.Equal(new CliRun(0, "equal\n", ""), CliRunner.Run("eq", path, "2σ(y + x/2 - 1) + 1/4"));
        Assert.Equal(new CliRun(0, "2.25\n", ""), CliRunner.Run("eval", path, "1,2"));
    }

    [Fact]
    public void TheLibraryReadsTheSameJsonAsTheCommand()
    {
        var f = ReluInterchange.FromNetworkJson("""{"inputs":["x"],"hidden":[{"weights":[1],"bias":"-1/3"}],"output":{"weights":[3],"bias":1e-1}}""");
        Assert.Equal(["x"], f.Inputs.ToArray());
        Assert.True(Relu.Equivalent(f, Relu.Parse("3σ(x - 1/3) + 0.1")).IsEqual);
    }

    public static IEnumerable<object[]> BadDocuments() => new[]
    {
        new object[] { """{"inputs":["x"],"hidden":[],"output":{"weights":[],"bias":0},"note":1}""", "the network has an unknown property \"note\"; expected \"inputs\", \"hidden\", \"output\", \"exact\", \"minimal\"" },
        ["""{"inputs":["x"],"hidden":[]}""", "the network has no \"output\""],
        ["""{"inputs":["x"],"hidden":[{"weights":[1,2],"bias":0}],"output":{"weights":[1],"bias":0}}""", "\"hidden\"[0].\"weights\" has 2 numbers; 1 are needed"],
        ["""{"inputs":["x"],"hidden":[],"output":{"weights":[1],"bias":0}}""", "\"output\".\"weights\" has 1 numbers; 0 are needed"],
        ["""{"inputs":["x","x"],"hidden":[],"output":{"weights":[],"bias":0}}""", "\"inputs\" names an input twice"],
        ["""{"inputs":["2x"],"hidden":[],"output":{"weights":[],"bias":0}}""", "\"inputs\"[0] is \"2x\"; an input name is a string such as \"x\" (letters, digits and _, not starting with a digit)"],
        ["""{"inputs":["x"],"hidden":[],"output":{"weights":[],"bias":true}}""", "\"output\".\"bias\" is true; a number is expected"],
        ["""{"inputs":["x"],"hidden":[],"output":{"weights":[],"bias":1e999999}}""", "\"output\".\"bias\" is 1e999999, whose exponent is beyond +/-100000"],
        ["""{"inputs":["x"],"hidden":[],"output":{"weights":[],"bias":"1/0"}}""", "\"output\".\"bias\" is \"1/0\"; a number (or a string such as \"1/3\") is expected"],
        ["{\"inputs\":[\"x\"],\n  \"hidden\":[,", "not valid JSON: line 2, column 13: ',' is an invalid start of a value."],
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void ABadNetworkDocumentIsAnErrorWithExitCode2(string json, string message)
    {
        Assert.Equal(new CliRun(2, "", $"error: standard input: {message}\n"), CliRunner.RunWithInput(json, "canon", "-f", "-"));
    }
}
