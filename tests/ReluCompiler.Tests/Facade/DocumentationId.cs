using System;
using System.Linq;
using System.Reflection;

namespace ReluCompiler.Tests.Facade;

/// <summary>
/// The ID the C# compiler gives a method in the XML documentation file (<c>M:Ns.Type.Name(System.Double[])</c>),
/// from reflection: enough of the ECMA-334 annex D rules for the types our public API uses.
/// </summary>
internal static class DocumentationId
{
    public static string Of(MethodBase method)
    {
        var name = method is ConstructorInfo ? (method.IsStatic ? "#cctor" : "#ctor") : method.Name.Replace('.', '#');
        if (method.IsGenericMethodDefinition)
        {
            name += "``" + method.GetGenericArguments().Length;
        }

        var parameters = method.GetParameters();
        var list = parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")";
        return "M:" + DefinitionName(method.DeclaringType!) + "." + name + list;
    }

    /// <summary>The ID of a type (<c>T:Ns.Type</c>), a field (<c>F:…</c>) or a property without parameters (<c>P:…</c>).</summary>
    public static string Of(MemberInfo member) => member switch
    {
        Type type => "T:" + DefinitionName(type),
        FieldInfo field => "F:" + DefinitionName(field.DeclaringType!) + "." + field.Name,
        PropertyInfo property => "P:" + DefinitionName(property.DeclaringType!) + "." + property.Name,
        MethodBase method => Of(method),
        _ => throw new ArgumentException($"No documentation ID rule for {member.MemberType}.", nameof(member)),
    };

    /// <summary>A type as declared: <c>Ns.Outer.Inner`1</c>.</summary>
    private static string DefinitionName(Type type) =>
        type.DeclaringType is { } outer ? DefinitionName(outer) + "." + type.Name : type.Namespace + "." + type.Name;

    /// <summary>A type as used in a parameter list: <c>System.Collections.Generic.IReadOnlyList{System.String}</c>.</summary>
    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            var dimensions = rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]";
            return TypeName(type.GetElementType()!) + dimensions;
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + "*";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var bare = DefinitionName(definition);
            bare = bare[..bare.IndexOf('`')];
            return bare + "{" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + "}";
        }

        return DefinitionName(type);
    }
}
