using System;
using Xunit;

namespace ReluCompiler.Tests;

/// <summary>
/// A fact about Unix devices (<c>/dev/zero</c>, <c>/dev/null</c>): reported as skipped on Windows rather
/// than passing there without checking anything, as an early <c>return</c> would.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix devices";
        }
    }
}
