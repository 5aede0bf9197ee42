using System;
using System.IO;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>Library and file-system exceptions turned into messages for people.</summary>
internal static class FileMessages
{
    /// <summary>
    /// The message of an <see cref="ArgumentException"/> without the <c> (Parameter 'name')</c> that .NET
    /// appends: the parameter is the library's, not anything the user typed.
    /// </summary>
    public static string Of(ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    /// <summary>
    /// Refuses a directory where a file is meant, before the OS answers with "access denied"; the
    /// option (<c>-f</c>, <c>-o</c>) is named so the user knows which path to fix.
    /// </summary>
    public static void RefuseDirectory(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{option} {path}: this is a directory; give a file");
        }
    }
}
