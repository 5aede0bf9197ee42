using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ReluCompiler.Tests.Facade;

/// <summary>
/// Every public method and constructor of the packages users install has a summary, a &lt;param&gt; per
/// parameter and, when it returns something, a &lt;returns&gt;: the compiler only insists on the summary.
/// </summary>
public sealed class PublicDocumentationTests
{
    public static TheoryData<string> Packages => new()
    {
        "ReluCompiler",
        "ReluCompiler.Ir",
        "ReluCompiler.Parser",
        "ReluCompiler.Emit",
        "ReluCompiler.CSharp",
        "ReluCompiler.Interchange",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPublicMethodDocumentsItsParametersAndResult(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var documentation = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var members = documentation.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);

        var gaps = new List<string>();
        foreach (var method in PublicMethods(assembly))
        {
            var id = DocumentationId.Of(method);
            if (!members.TryGetValue(id, out var member))
            {
                gaps.Add($"{id}: no documentation");
                continue;
            }

            if (member.Element("inheritdoc") is not null)
            {
                continue;
            }

            var documented = member.Elements("param").Select(p => (string)p.Attribute("name")!).ToHashSet();
            var missing = method.GetParameters().Select(p => p.Name!).Where(name => !documented.Contains(name)).ToList();
            if (missing.Count > 0)
            {
                gaps.Add($"{id}: no <param> for {string.Join(", ", missing)}");
            }

            if (method is MethodInfo { ReturnType: var returns } && returns != typeof(void) && member.Element("returns") is null)
            {
                gaps.Add($"{id}: no <returns>");
            }
        }

        Assert.True(gaps.Count == 0, $"{gaps.Count} gaps:\n" + string.Join("\n", gaps));
    }

    /// <summary>
    /// Users have the docs, not the project's design notes or issue tracker: a public doc says the thing itself.
    /// </summary>
    [Theory]
    [MemberData(nameof(Packages))]
    public void NoPublicDocumentationPointsToNotesUsersDoNotHave(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var documentation = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var members = documentation.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
        // DESIGN in capitals is the notes' file name; a cited book's section (Higham §3.1) is fine.
        var notes = new Regex(@"\bDESIGN\b|(?i:\bthe notes\b|\bissues? #?\d+)");

        var mentions = new List<string>();
        foreach (var member in PublicMembers(assembly))
        {
            var id = DocumentationId.Of(member);
            if (members.TryGetValue(id, out var docs) && notes.Match(docs.Value) is { Success: true } match)
            {
                mentions.Add($"{id}: `{match.Value}`");
            }
        }

        Assert.True(mentions.Count == 0, $"{mentions.Count} mentions:\n" + string.Join("\n", mentions));
    }

    /// <summary>Public types and their declared public fields, properties, methods and constructors.</summary>
    private static IEnumerable<MemberInfo> PublicMembers(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes())
        {
            yield return type;
            foreach (var member in type.GetMembers(declared).Where(m => m is FieldInfo or PropertyInfo or MethodBase))
            {
                yield return member;
            }
        }
    }

    /// <summary>
    /// Declared public methods and constructors of public types, without property and event accessors,
    /// operators and the members records and enums generate.
    /// </summary>
    private static IEnumerable<MethodBase> PublicMethods(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            var isRecord = type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
            foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
            {
                if (method.IsSpecialName && method is MethodInfo || IsGenerated(method, isRecord) || method.GetParameters().Length == 0 && method is MethodInfo { ReturnType.Name: "Void" })
                {
                    continue;
                }

                yield return method;
            }
        }
    }

    private static bool IsGenerated(MethodBase method, bool isRecord) =>
        method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) ||
        method.Name is "ToString" or "GetHashCode" or "Equals" or "Deconstruct" or "<Clone>$" or "PrintMembers" && isRecord ||
        method is MethodInfo { Name: "Equals" or "GetHashCode" or "ToString" } overriding && overriding.GetBaseDefinition() != overriding;
}
