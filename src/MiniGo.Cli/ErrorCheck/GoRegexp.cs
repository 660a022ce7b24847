using System.Text.RegularExpressions;

namespace MiniGo.Cli.ErrorCheck;

/// <summary>
/// Go's regexp syntax (RE2) on .NET's engine. The two agree on what ERROR comments use
/// (literals, escapes, classes, <c>.*</c>, <c>^</c>, <c>$</c>, groups, alternation); Go's
/// <c>(?P&lt;name&gt;</c> group is spelled the .NET way. (Known small difference left alone:
/// .NET's <c>\d</c> and <c>\w</c> also match non-ASCII digits and letters.)
/// </summary>
public static class GoRegexp
{
    /// <summary>The compiled expression, or null with .NET's reason in <paramref name="problem"/>.</summary>
    public static Regex? Compile(string pattern, out string? problem)
    {
        problem = null;
        try
        {
            return new Regex(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
