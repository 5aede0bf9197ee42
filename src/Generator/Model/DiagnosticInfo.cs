using System.Linq;
using Microsoft.CodeAnalysis;
using ReluCompiler.Generator.Diagnostics;

namespace ReluCompiler.Generator.Model;

/// <summary>A diagnostic as values: which descriptor, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(ReluDiagnostics.ById(Id), Location.ToLocation(), Arguments.Select(a => (object)a).ToArray());
}
