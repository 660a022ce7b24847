using System.Text;
using MiniGo.Compiler;
using MiniGo.Inline;
using MiniGo.Syntax;

namespace MiniGo.Tests;

/// <summary>
/// <c>minigo inline</c> (the cost model in numbers, for students) on the corpus programs made
/// for the inliner, and the inliner on programs at the limits (long call chains, deep closure
/// nesting, a huge function): output or a clear verdict, never a stack overflow.
/// </summary>
public class InlineCommandTests
{
    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(args, stdout, stderr, Repo.Corpus);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ShowsTheCostOfACallToAnInlinableImportedFunction()
    {
        var (rc, output, err) = Run("inline", "inl_costs.go", "-func", "callFmt");
        Assert.True(rc == 0, err);
        // Go: can inline callFmt with cost 78 (72 for fmt.Println's body, 6 for the call and its argument).
        Assert.Contains("callFmt (./inl_costs.go:102:6): can inline (cost 78 <= budget 80)", output);
        Assert.Contains("+72  call to fmt.Println: its inline cost", output);
        Assert.Contains("./inl_costs.go:102:34: fmt.Println", output);
    }

    [Fact]
    public void ShowsWhyACallStaysACall()
    {
        var (rc, output, err) = Run("inline", "inl_closures.go", "-func", "main");
        Assert.True(rc == 0, err);
        Assert.Contains("main (./inl_closures.go:61:6): cannot inline: function too complex: cost 554 exceeds budget 80", output);
        Assert.Contains("+57  call to spawn: not inlinable here (unhandled op GO), a call that stays a call", output);
        Assert.Contains("+16  function literal", output);
        // The closure copy Go makes when it inlines mk into main, and its call.
        Assert.Contains("./inl_closures.go:63:11: main.mk.func2", output);
    }

    [Fact]
    public void StatementCostsAddUpToTheFunctionsCost()
    {
        var files = SourceLoader.Load(["inl_closures.go", ], Repo.Corpus);
        var comp = Compilation.Create(files);
        var funcs = Compilation.RunWithLargeStack(() => Inliner.Explain(comp.Checked!, comp.SyntaxTrees.Select(t => t.Root!).ToList()));
        Assert.NotEmpty(funcs);
        foreach (var f in funcs.Where(f => f.Report != null && f.Report.Refusal == null))
            Assert.Equal(f.Report!.Cost, f.Report.Statements.Sum(s => s.Cost));
    }

    [Fact]
    public void UnknownFunctionIsAnError()
    {
        var (rc, _, err) = Run("inline", "inl_costs.go", "-func", "nosuch");
        Assert.Equal(2, rc);
        Assert.Contains("no function nosuch", err);
    }

    private static InlinePlan PlanOf(string source, int m = 1)
    {
        var comp = Compilation.Create(new SourceFile("./limits.go", source));
        Assert.True(comp.Success, string.Join("\n", comp.Diagnostics));
        return Compilation.RunWithLargeStack(() => Inliner.Plan(comp.Checked!, comp.SyntaxTrees.Select(t => t.Root!).ToList(), m));
    }

    [Fact]
    public void TenThousandChainedCallsGiveOutput()
    {
        var sb = new StringBuilder("package main\n\nfunc f0() int { return 1 }\n");
        for (int i = 1; i < 10_000; i++) sb.Append($"func f{i}() int {{ return f{i - 1}() }}\n");
        sb.Append("func main() { println(f9999()) }\n");
        var plan = PlanOf(sb.ToString());
        // Each f_i costs 2 plus its callee: inlinable while the sum stays within 80.
        Assert.Contains(plan.Messages, m => m.Text == "can inline f0");
        Assert.Contains(plan.Messages, m => m.Text == "inlining call to f0");
    }

    [Fact]
    public void DeeplyNestedClosuresGiveOutput()
    {
        var sb = new StringBuilder("package main\n\nfunc main() {\n\tx := 0\n");
        for (int i = 0; i < 200; i++) sb.Append("\tfunc() {\n");
        sb.Append("\tx++\n");
        for (int i = 0; i < 200; i++) sb.Append("\t}()\n");
        sb.Append("\tprintln(x)\n}\n");
        var plan = PlanOf(sb.ToString(), 2);
        Assert.Contains(plan.Messages, m => m.Text.StartsWith("can inline main.func1", StringComparison.Ordinal) || m.Text.StartsWith("cannot inline main.func1", StringComparison.Ordinal));
    }

    [Fact]
    public void AHugeFunctionIsBig()
    {
        var sb = new StringBuilder("package main\n\nvar g int\n\nfunc small() int { return 1 }\n\nfunc main() {\n");
        for (int i = 0; i < 100_000; i++) sb.Append("\tg++\n");
        sb.Append("\tg += small()\n}\n");
        var plan = PlanOf(sb.ToString(), 2);
        Assert.Contains(plan.Messages, m => m.Text == "function main considered 'big'; reducing max cost of inlinees");
        Assert.Contains(plan.Messages, m => m.Text == "inlining call to small");
    }
}
