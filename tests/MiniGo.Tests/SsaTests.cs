using MiniGo.Cli;
using MiniGo.Compiler;
using MiniGo.Ssa;
using MiniGo.Types;
using Const = MiniGo.Ssa.Const;

namespace MiniGo.Tests;

/// <summary>
/// The SSA pass: every corpus program lowers and passes the sanity checker in both forms,
/// no trivial phi survives, promoted variables leave no Alloc behind, variables and loop
/// depths are recorded for escape analysis, and the text of representative functions is
/// fixed by our own goldens (tests/golden/ssa).
/// </summary>
public class SsaTests
{
    public static IEnumerable<object[]> ProgramsAndModes() =>
        Repo.GoFiles(Repo.Corpus).SelectMany(p => new[] { new object[] { p[0], false }, new object[] { p[0], true } });

    private static string SsaGoldens => Path.Combine(Repo.OwnGoldens, "ssa");

    private static Compilation Compile(string dir, string name)
    {
        var compilation = Compilation.Create(SourceLoader.Load([name], dir));
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        return compilation;
    }

    private static SsaProgram Lower(string dir, string name, bool naive) => Compile(dir, name).Ssa(naive)!;

    [Theory]
    [MemberData(nameof(ProgramsAndModes))]
    public void CorpusProgramLowersAndPassesSanityCheck(string name, bool naive)
    {
        var program = Lower(Repo.Corpus, name, naive);
        Assert.NotEmpty(program.AllFunctions());
        var problems = Sanity.Check(program);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var f in program.AllFunctions()) Assert.NotEmpty(Printer.Format(f));
    }

    [Theory]
    [MemberData(nameof(ProgramsAndModes))]
    public void NoTrivialPhiRemains(string name, bool naive)
    {
        foreach (var f in Lower(Repo.Corpus, name, naive).AllFunctions())
            foreach (var phi in f.Blocks.SelectMany(b => b.Instrs).OfType<Phi>())
            {
                var others = phi.Edges.Where(e => !ReferenceEquals(e, phi)).ToList();
                Assert.False(others.All(e => Const.Same(e, others[0])), $"{f.Name}: trivial {phi}");
                Assert.Equal(phi.Block!.Preds.Count, phi.Edges.Count);
            }
    }

    [Theory]
    [MemberData(nameof(ProgramsAndModes))]
    public void PromotedVariablesLeaveNoAlloc(string name, bool naive)
    {
        var program = Lower(Repo.Corpus, name, naive);
        var allocated = new HashSet<Var>(ReferenceEqualityComparer.Instance);
        foreach (var f in program.AllFunctions())
            foreach (var a in f.Blocks.SelectMany(b => b.Instrs).OfType<Alloc>())
            {
                if (a.Variable is not { } v) continue;
                allocated.Add(v);
                if (!naive)
                    Assert.True(program.Variables.InMemory(v), $"{f.Name}: promoted variable {v.Name} still has {a}");
            }
        if (naive)
        {
            // The naive form keeps every named local or parameter in memory.
            foreach (var f in program.AllFunctions())
                foreach (var p in f.Params)
                    if (p.Variable != null) Assert.Contains(p.Variable, allocated);
        }
    }

    [Fact]
    public void ValuesCarryVariablesPositionsAndLoopDepths()
    {
        var program = Lower(Repo.Corpus, "range_forms.go", naive: false);
        var addrs = program.Lookup("addrs")!;
        var alloc = addrs.Blocks.SelectMany(b => b.Instrs).OfType<Alloc>().Single(a => a.Variable?.Name == "i");
        Assert.Equal(1, alloc.LoopDepth);
        Assert.Equal(alloc.Variable!.Pos, alloc.Pos);
        Assert.True(alloc.IsVariableAddress);
        // The escape pass reads assignments from VarDefs: ps = append(ps, &i).
        Assert.Contains(addrs.VarDefs, d => d.Target.Name == "ps" && d.Value is Call);
        var ps = addrs.Blocks.SelectMany(b => b.Instrs).OfType<Phi>().Single(p => p.Variable?.Name == "ps");
        Assert.Equal(0, ps.LoopDepth);
        // Every instruction keeps the AST node it came from.
        foreach (var f in program.AllFunctions())
            foreach (var instr in f.Blocks.SelectMany(b => b.Instrs).Where(i => i is not (Phi or Jump)))
                Assert.True(instr.Source != null, $"{f.Name}: {instr} has no source node");
    }

    [Fact]
    public void AllocationsKeepTheirExpressionPositions()
    {
        var program = Lower(Repo.Corpus, "new_and_composite.go", naive: false);
        var allocs = program.AllFunctions().SelectMany(f => f.Blocks).SelectMany(b => b.Instrs).OfType<Alloc>().ToList();
        Assert.Contains(allocs, a => a.Comment == "complit" && a.Source is Syntax.Ast.UnaryExpr && a.Pos == a.Source.Pos);
        Assert.Contains(allocs, a => a.Comment == "new" && a.Source is Syntax.Ast.CallExpr c && a.Pos == c.Pos);
    }

    [Fact]
    public void CaptureFollowsGosRule()
    {
        var program = Lower(Repo.Corpus, "closure_value_vs_ref.go", naive: false);
        FreeVar Free(string fn, string v) => program.Lookup(fn)!.FreeVars.Single(f => f.Name == v);
        Assert.False(Free("byValue$1", "a").ByRef);
        Assert.True(Free("byRef$1", "a").ByRef);
        Assert.True(Free("bigCapture$1", "arr").ByRef);
        Assert.True(Free("addrTaken$1", "c").ByRef);
        Assert.False(Free("addrTaken$1", "p").ByRef);
    }

    [Fact]
    public void StatementsAfterATerminatingStatementAreDropped()
    {
        var program = Lower(Repo.Corpus, "ssa_control_flow.go", naive: false);
        var dead = program.Lookup("dead")!;
        Assert.Single(dead.Blocks);
        Assert.DoesNotContain(dead.Blocks[0].Instrs, i => i is Alloc);
    }

    /// <summary>Representative functions whose SSA text is fixed (ours: review the diff).</summary>
    public static IEnumerable<object[]> GoldenCases() => new[]
    {
        ("tests/corpus", "range_forms.go", "rangeInt", false),      // loop with phis, range over int
        ("tests/corpus", "range_forms.go", "rangeString", false),   // range over string
        ("tests/corpus", "range_forms.go", "rangeMap", false),      // range over map
        ("tests/corpus", "range_forms.go", "addrs", false),         // fresh per-iteration variable
        ("tests/corpus", "loopvar_closure.go", "collect", false),   // Go 1.22 copy of a 3-clause loop variable
        ("tests/corpus", "loopvar_closure.go", "collectRange", false), // range over slice, capture by value
        ("tests/corpus", "closure_value_vs_ref.go", "byValue$1", false),
        ("tests/corpus", "closure_value_vs_ref.go", "byRef", false),
        ("tests/corpus", "closure_value_vs_ref.go", "byRef$1", false),
        ("tests/corpus", "defer_basic.go", "withDefer", false),
        ("tests/corpus", "defer_basic.go", "deferLoop", false),
        ("tests/corpus", "closure_go.go", "spawn", false),          // go statement with a closure
        ("tests/corpus", "goroutine_params.go", "runAll", false),  // go statement with a static call
        ("tests/corpus", "multi_return.go", "minMax", false),
        ("tests/corpus", "method_values.go", "main", false),
        ("tests/corpus", "method_values.go", "(*acc).Add$bound", false),
        ("tests/corpus", "type_switch.go", "kind", false),
        ("tests/corpus", "fmt_args.go", "main", false),
        ("tests/corpus", "ssa_control_flow.go", "grade", false),
        ("tests/corpus", "ssa_control_flow.go", "weekday", false),
        ("tests/corpus", "ssa_control_flow.go", "classify", false),
        ("tests/corpus", "ssa_control_flow.go", "firstNeg", false),
        ("tests/corpus", "ssa_control_flow.go", "sameConst", false),    // a phi of two equal constants is trivial
        ("tests/corpus", "ssa_more_forms.go", "named", false),           // named results, defer, closure by reference
        ("tests/corpus", "ssa_more_forms.go", "(T).Sum$thunk", false),   // method expression
        ("tests/corpus", "range_forms.go", "rangeInt", true),       // the naive form of the same function
        ("tests/corpus", "ssa_control_flow.go", "classify", true),
    }.Select(c => new object[] { c.Item1, c.Item2, c.Item3, c.Item4 });

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void SsaTextMatchesOurGolden(string dir, string file, string func, bool naive)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string[] args = naive ? ["ssa", file, "-func", func, "--naive"] : ["ssa", file, "-func", func];
        int rc = MinigoCommand.Run(args, stdout, stderr, Path.Combine(Repo.Root, dir));
        Assert.True(rc == 0, $"exit status {rc}\n{stdout}\n{stderr}");
        string safe = func.Replace("*", "ptr").Replace("(", "").Replace(")", "").Replace("$", "_");
        string golden = Path.Combine(SsaGoldens, $"{Path.GetFileNameWithoutExtension(file)}.{safe}{(naive ? ".naive" : "")}.txt");
        Golden.AssertMatches(golden, stdout.ToString(), ours: true);
    }

    /// <summary>
    /// `minigo ssa` runs escape analysis before printing, so an Alloc that escapes prints as
    /// `new` and one that stays in the frame as `local`; `--naive` skips escape analysis.
    /// </summary>
    [Theory]
    [InlineData("newCounter", false, "t0 = new int (c)")]      // return &c: c moves to the heap
    [InlineData("makePointLit", false, "t0 = new point (complit)")] // return &point{x, y}
    [InlineData("newCounter", true, "t0 = local int (c)")]     // naive form: no escape analysis
    public void SsaShowsTheEscapeDecisionOnAlloc(string func, bool naive, string expectedLine)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        string[] args = naive ? ["ssa", "ret_local_ptr.go", "-func", func, "--naive"] : ["ssa", "ret_local_ptr.go", "-func", func];
        int rc = MinigoCommand.Run(args, stdout, new StringWriter(), Repo.Corpus);
        Assert.Equal(0, rc);
        Assert.Contains(expectedLine, stdout.ToString());
    }

    /// <summary>
    /// f(g()) with a multi-value g and a variadic f spreads g's results over f's parameters and
    /// variadic slice (fmt.Printf(three()): the first is the format),
    /// one interface per result (Go: t1, t2 := g(); fmt.Println(t1, t2)), not one boxed tuple.
    /// </summary>
    [Fact]
    public void MultiValueCallSpreadsIntoVariadicArguments()
    {
        var dir = Directory.CreateTempSubdirectory("minigo-ssa").FullName;
        File.WriteAllText(Path.Combine(dir, "f.go"), "package main\n\nimport \"fmt\"\n\nfunc two() (int, *int) { return 1, nil }\n\nfunc three() (string, int, *int) { return \"%d %v\", 1, nil }\n\nfunc main() {\n\tfmt.Println(two())\n\tfmt.Printf(three())\n}\n");
        var stdout = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["ssa", "f.go", "-func", "main"], stdout, new StringWriter(), dir);
        Assert.Equal(0, rc);
        string text = stdout.ToString();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, @"local \[2\]any \(varargs\)").Count);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(text, @"= extract t\d+ #[012]").Count);
        Assert.DoesNotContain("make any <- (int, *int)", text);
        Assert.Empty(Sanity.Check(Lower(dir, "f.go", naive: false)));
    }

    [Fact]
    public void SsaShowsLocalForAnAllocThatDoesNotEscape()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["ssa", "noescape_locals.go"], stdout, new StringWriter(), Repo.Corpus);
        Assert.Equal(0, rc);
        Assert.Contains("= local ", stdout.ToString());
        Assert.DoesNotContain("= new ", stdout.ToString()); // Go: nothing in this file moves to the heap
    }

    /// <summary>The examples lower and check too (corpus programs are checked above).</summary>
    public static IEnumerable<object[]> ExtraPrograms() =>
        new[] { Repo.Examples }.SelectMany(dir => Repo.GoFiles(dir).SelectMany(p => new[] { new object[] { dir, p[0], false }, new object[] { dir, p[0], true } }));

    [Theory]
    [MemberData(nameof(ExtraPrograms))]
    public void ExtraProgramLowersAndPassesSanityCheck(string dir, string name, bool naive)
    {
        var problems = Sanity.Check(Lower(dir, name, naive));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Line edits of corpus programs (delete, duplicate, swap): whenever the result still
    /// type-checks, it must lower in both forms and pass the checker. Deterministic seed.
    /// </summary>
    [Fact]
    public void EditedCorpusProgramsThatTypeCheckLowerCleanly()
        => LowerEditedPrograms(EditsPerProgram, Seed);

    private const int EditsPerProgram = 40, Seed = 1234;

    /// <summary>A longer run, enabled with MINIGO_SSA_FUZZ=N (N edits per program).</summary>
    [Fact]
    public void ManyEditedProgramsLowerCleanly()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("MINIGO_SSA_FUZZ"), out int n)) return;
        for (int seed = 0; seed < 5; seed++) LowerEditedPrograms(n, seed);
    }

    internal static void LowerEditedPrograms(int editsPerProgram, int seed)
    {
        var rnd = new Random(seed);
        int lowered = 0;
        foreach (var path in Directory.GetFiles(Repo.Corpus, "*.go").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (int k = 0; k < editsPerProgram; k++)
            {
                var edited = lines.ToList();
                int i = rnd.Next(edited.Count), j = rnd.Next(edited.Count);
                switch (rnd.Next(3))
                {
                    case 0: edited.RemoveAt(i); break;
                    case 1: edited.Insert(j, edited[i]); break;
                    default: (edited[i], edited[j]) = (edited[j], edited[i]); break;
                }
                string text = string.Join("\n", edited) + "\n";
                var compilation = Compilation.Create(new Syntax.SourceFile("./edited.go", text));
                if (!compilation.Success) continue;
                foreach (var naive in new[] { false, true })
                {
                    SsaProgram program;
                    try { program = compilation.Ssa(naive)!; }
                    catch (Exception e) { Assert.Fail($"lowering threw {e.GetType().Name}: {e.Message}\n{text}"); return; }
                    var problems = Sanity.Check(program);
                    Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + text);
                }
                lowered++;
            }
        }
        Assert.True(lowered > editsPerProgram * 2, $"only {lowered} edited programs type-checked");
    }

    // ---- the checker itself finds broken SSA

    private static (Function Fn, BasicBlock Entry) EmptyFunction()
    {
        var sig = new Signature(null, MiniGo.Types.Tuple.Empty, MiniGo.Types.Tuple.Empty);
        var fn = new Function("broken", sig, null, null, Syntax.Pos.None);
        return (fn, fn.NewBlock("entry"));
    }

    private static T Add<T>(BasicBlock b, T instr) where T : Instruction
    {
        instr.Block = b;
        b.Instrs.Add(instr);
        return instr;
    }

    [Fact]
    public void CheckerReportsMissingControlInstruction()
    {
        var (fn, entry) = EmptyFunction();
        Add(entry, new Alloc(Universe.Int, "x"));
        fn.NumberRegisters();
        Assert.Contains(Sanity.Check(fn), p => p.Contains("does not end in a control instruction"));
    }

    [Fact]
    public void CheckerReportsPhiEdgeCountAndTrivialPhi()
    {
        var (fn, entry) = EmptyFunction();
        var join = fn.NewBlock("join");
        var c = new Const(ConstValue.Of(1), Universe.Int);
        Add(entry, new Jump());
        entry.Succs.Add(join); join.Preds.Add(entry);
        var phi = new Phi(Universe.Int, "x");
        Add(join, phi);
        phi.AddEdge(c);
        phi.AddEdge(c);
        Add(join, new Return([]));
        fn.NumberRegisters();
        var problems = Sanity.Check(fn);
        Assert.Contains(problems, p => p.Contains("has 2 edges but block 1 has 1 predecessors"));
        Assert.Contains(problems, p => p.Contains("trivial phi"));
    }

    [Fact]
    public void CheckerReportsUseNotDominatedByDefinition()
    {
        var (fn, entry) = EmptyFunction();
        var a = fn.NewBlock("a");
        var b = fn.NewBlock("b");
        var cond = new Const(ConstValue.Of(true), Universe.Bool);
        Add(entry, new If(cond));
        entry.Succs.AddRange([a, b]); a.Preds.Add(entry); b.Preds.Add(entry);
        var x = Add(a, new BinOp(Syntax.Ast.Operator.Add, new Const(ConstValue.Of(1), Universe.Int), new Const(ConstValue.Of(2), Universe.Int), Universe.Int));
        Add(a, new Return([]));
        Add(b, new BinOp(Syntax.Ast.Operator.Add, x, x, Universe.Int));
        Add(b, new Return([]));
        fn.NumberRegisters();
        Assert.Contains(Sanity.Check(fn), p => p.Contains("is not dominated by its definition"));
    }

    [Fact]
    public void CheckerReportsInconsistentReferrers()
    {
        var (fn, entry) = EmptyFunction();
        var alloc = Add(entry, new Alloc(Universe.Int, "x"));
        Add(entry, new Store(alloc, new Const(ConstValue.Of(1), Universe.Int)));
        Add(entry, new Return([]));
        fn.NumberRegisters();
        Assert.Empty(Sanity.Check(fn));
        alloc.Referrers.Clear();
        Assert.Contains(Sanity.Check(fn), p => p.Contains("not a referrer of its operand"));
    }

    [Fact]
    public void DotFormatPrintsTheControlFlowGraph()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["ssa", "ssa_control_flow.go", "-func", "classify", "--format", "dot"], stdout, new StringWriter(), Repo.Corpus);
        Assert.Equal(0, rc);
        string dot = stdout.ToString();
        Assert.StartsWith("digraph \"main.classify\" {", dot);
        Assert.Contains("b0 -> b1 [label=\"true\"];", dot);
        Assert.EndsWith("}\n", dot);
    }

    [Fact]
    public void UnknownFunctionIsAnError()
    {
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = MinigoCommand.Run(["ssa", "ssa_control_flow.go", "-func", "nope"], new StringWriter(), stderr, Repo.Corpus);
        Assert.Equal(2, rc);
        Assert.Contains("no function nope", stderr.ToString());
    }
}
