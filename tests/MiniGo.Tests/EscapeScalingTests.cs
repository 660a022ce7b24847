using System.Diagnostics;
using System.Text;

namespace MiniGo.Tests;

/// <summary>
/// Escape analysis time grows linearly with the depth of nested capturing closures (issue 15:
/// it was cubic, 400 levels took 11.6 s). Two shapes, 400 levels each, must be analysed
/// (<c>minigo build -gcflags='-m -l'</c>, in process, parse and SSA included) in under 2 s
/// and report every literal; 800 levels must take less than four times as long as 400 plus
/// a second of slack for the machine's noise (linear would be twice).
/// </summary>
public class EscapeScalingTests
{
    /// <summary>Every level returns a call of the next literal; the innermost uses the outermost x.</summary>
    private static string SharedCapture(int depth)
    {
        var sb = new StringBuilder("package main\n\nfunc f() int {\n\tx := 0\n");
        for (int i = 0; i < depth; i++) sb.Append('\t', i + 1).Append("return func() int {\n");
        sb.Append('\t', depth + 1).Append("return x + 1\n");
        for (int i = depth - 1; i >= 0; i--) sb.Append('\t', i + 1).Append("}()\n");
        return sb.Append("}\n\nfunc main() { _ = f() }\n").ToString();
    }

    /// <summary>Every level declares a variable from its parent's: each literal captures one.</summary>
    private static string ChainCapture(int depth)
    {
        var sb = new StringBuilder("package main\n\nfunc f() int {\n\tx0 := 0\n");
        for (int i = 0; i < depth; i++)
        {
            sb.Append('\t', i + 1).Append("return func() int {\n");
            sb.Append('\t', i + 2).Append($"x{i + 1} := x{i} + 1\n");
        }
        sb.Append('\t', depth + 1).Append($"return x{depth} + x0\n");
        for (int i = depth - 1; i >= 0; i--) sb.Append('\t', i + 1).Append("}()\n");
        return sb.Append("}\n\nfunc main() { _ = f() }\n").ToString();
    }

    private static (TimeSpan Time, string Output) Build(string text)
    {
        string dir = Directory.CreateTempSubdirectory("minigo-nest-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "nest.go"), text);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var sw = Stopwatch.StartNew();
            int rc = MiniGo.Cli.CommandLine.Run(["build", "-gcflags=-m -l", "nest.go"], stdout, stderr, dir);
            sw.Stop();
            Assert.True(rc == 0, $"exit status {rc}: {stdout}{stderr}");
            return (sw.Elapsed, stdout.ToString() + stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IEnumerable<object[]> Shapes() => [["shared"], ["chain"]];

    private static string Program(string shape, int depth) => shape == "shared" ? SharedCapture(depth) : ChainCapture(depth);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void FourHundredNestedClosuresInUnderTwoSeconds(string shape)
    {
        Build(Program(shape, 20)); // warm up the JIT
        var (time, output) = Build(Program(shape, 400));
        int literals = output.Split('\n').Count(l => l.EndsWith(": func literal does not escape", StringComparison.Ordinal));
        Assert.Equal(400, literals);
        Assert.True(time < TimeSpan.FromSeconds(2), $"{shape}: 400 nested closures took {time.TotalSeconds:F2} s");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TimeIsLinearInNestingDepth(string shape)
    {
        Build(Program(shape, 20));
        var t400 = Build(Program(shape, 400)).Time;
        var t800 = Build(Program(shape, 800)).Time;
        Assert.True(t800 < 4 * t400 + TimeSpan.FromSeconds(1), $"{shape}: 400 levels {t400.TotalSeconds:F2} s, 800 levels {t800.TotalSeconds:F2} s");
    }
}
