using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Types;

namespace MiniGo.Compiler;

/// <summary>
/// The one entry point to the compiler (Roslyn's shape): parse every file, type-check the
/// package, and, as later passes arrive, lower and analyse it. The CLI, the tests and later
/// passes all start here, so that no caller wires the passes by hand.
///
/// The passes run on a thread with a large stack: MiniGo's passes are recursive, and the
/// parser's nesting limit (<see cref="SyntaxTree.MaxNesting"/>) is chosen so that this
/// stack always suffices.
/// </summary>
public sealed class Compilation
{
    /// <summary>Stack size of the compiler thread.</summary>
    private const int StackSize = 512 * 1024 * 1024;

    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }
    /// <summary>The checked package, or null when a file had syntax errors.</summary>
    public CheckResult? Checked { get; }

    /// <summary>All errors, in the order the passes reported them (Go prints the first ten, sorted).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Success => Diagnostics.IsEmpty;

    private Compilation(ImmutableArray<SyntaxTree> trees, CheckResult? checkedPkg, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxTrees = trees;
        Checked = checkedPkg;
        Diagnostics = diagnostics;
    }

    public static Compilation Create(params SourceFile[] files) => Create((IEnumerable<SourceFile>)files);

    public static Compilation Create(IEnumerable<SourceFile> files)
    {
        var list = files.ToList();
        return RunWithLargeStack(() => CreateCore(list));
    }

    private static Compilation CreateCore(List<SourceFile> files)
    {
        var trees = PassTimer.Time("parse", () => files.Select(SyntaxTree.Parse).ToImmutableArray());
        var syntaxErrors = trees.SelectMany(t => t.Diagnostics).ToImmutableArray();
        // Go stops before type checking only after a "syntax error" (noder: base.SyntaxErrors);
        // after a lexical error (invalid UTF-8, a string not terminated) it type-checks on and
        // reports, say, the variable the broken line left unused.
        if (trees.Any(t => t.Root == null) || syntaxErrors.Any(d => d.Message.StartsWith("syntax error", StringComparison.Ordinal)))
            return new Compilation(trees, null, syntaxErrors);

        var result = PassTimer.Time("check", () => Checker.Check(trees.Select(t => t.Root!).ToList()));
        var errors = syntaxErrors.AddRange(result.Errors);
        if (errors.IsEmpty) errors = AfterTypeCheck(trees, result);
        return new Compilation(trees, result, errors);
    }

    /// <summary>
    /// Errors Go reports only once type checking has succeeded: a function declared without
    /// a body (cmd/compile's noder, at the declaration), and, from the linker, a package
    /// main without a function main.
    /// </summary>
    private static ImmutableArray<Diagnostic> AfterTypeCheck(ImmutableArray<SyntaxTree> trees, CheckResult result)
    {
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var tree in trees)
            foreach (var fd in tree.Root!.Decls.OfType<Syntax.Ast.FuncDecl>())
                if (fd.Body == null && !(fd.Recv == null && fd.Name.Value == "init"))
                    errors.Add(new Diagnostic(fd.Pos, "missing function body"));
        bool isMain = trees.All(t => t.Root!.PackageName.Value == "main");
        if (errors.Count == 0 && isMain && result.Package.Scope.LookupLocal("main") is not Func)
            errors.Add(new Diagnostic(Pos.None, "runtime.main_main·f: function main is undeclared in the main package"));
        return errors.ToImmutable();
    }

    private Ssa.SsaProgram? _ssa, _naiveSsa;

    /// <summary>
    /// The package in SSA form (built on first use, on the large-stack thread), or null when
    /// the package has errors. <paramref name="naive"/> gives the form before promotion: every
    /// local variable an Alloc with Loads and Stores.
    /// </summary>
    public Ssa.SsaProgram? Ssa(bool naive = false)
    {
        if (!Success || Checked == null) return null;
        if (naive) return _naiveSsa ??= RunWithLargeStack(() => MiniGo.Ssa.Builder.Build(Checked, SyntaxTrees.Select(t => t.Root!), naive: true));
        return _ssa ??= RunWithLargeStack(() => PassTimer.Time("ssa", () => MiniGo.Ssa.Builder.Build(Checked, SyntaxTrees.Select(t => t.Root!), naive: false)));
    }

    private readonly Dictionary<int, (Inline.InlinePlan Plan, Ssa.SsaProgram Ssa)> _inlined = new();

    /// <summary>
    /// The inliner's plan and the SSA form of the inlined program (Go's order: inlining, then
    /// escape analysis on the result), for <c>-m</c> without <c>-l</c>; <paramref name="mLevel"/>
    /// is the -m level, which decides what the inliner prints. Null when the package has errors.
    /// </summary>
    public (Inline.InlinePlan Plan, Ssa.SsaProgram Ssa)? Inlined(int mLevel)
    {
        if (!Success || Checked == null) return null;
        if (_inlined.TryGetValue(mLevel, out var done)) return done;
        var result = RunWithLargeStack(() =>
        {
            var roots = SyntaxTrees.Select(t => t.Root!).ToList();
            var plan = PassTimer.Time("inline", () => Inline.Inliner.Plan(Checked, roots, mLevel));
            var files = Inline.InlineRewriter.Rewrite(roots, Checked.Info, plan);
            var ssa = PassTimer.Time("ssa", () => MiniGo.Ssa.Builder.Build(Checked, files, naive: false));
            return (plan, ssa);
        });
        _inlined[mLevel] = result;
        return result;
    }


    /// <summary>Runs <paramref name="work"/> on a thread with a large stack and returns its result.</summary>
    public static T RunWithLargeStack<T>(Func<T> work)
    {
        T? result = default;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result!;
    }
}
