using MiniGo.Syntax;
using MiniGo.Types;

namespace MiniGo.Inline;

/// <summary>One call inlined into a function: where (the outermost call's position), what,
/// and how deep in the chain of inlined bodies (0: a call of the function's own body).</summary>
public sealed record InlinedSite(Pos Pos, string Callee, int Depth, string? DevirtualizedTo);

/// <summary>What the inliner decided about one function, for <c>minigo inline</c>: the
/// verdict (Go's reason when it cannot be inlined), the cost model's account of its body, and
/// the calls inlined into it in the order Go inlines them.</summary>
public sealed record FunctionInlining(
    string Name, Pos Pos, bool CanInline, int? Cost, string? Reason,
    CostReport? Report, IReadOnlyList<InlinedSite> Sites, bool Big);

public sealed partial class Inliner
{
    /// <summary>The decisions about every function of the package (closures and go/defer
    /// wrappers included, in Go's order), with full costs (as at -m=2).</summary>
    public static IReadOnlyList<FunctionInlining> Explain(CheckResult checkedPkg, IReadOnlyList<Syntax.Ast.File> files)
    {
        var inl = new Inliner(checkedPkg, files, 2);
        inl.Run();
        var list = new List<FunctionInlining>();
        foreach (var top in inl._funcs)
            foreach (var fn in new[] { top }.Concat(top.Closures))
            {
                if (fn.Kind == InlFuncKind.PackageInit && !inl._processed.ContainsKey(fn)) continue;
                var report = fn.Report;
                if (report == null && fn.Kind != InlFuncKind.PackageInit)
                {
                    // Go does not cost a self-recursive function; show what its body would cost.
                    var v = new HairyVisitor(inl, fn, new Frame(fn, fn, null, null, inl.LexicalOf(fn)), inl.IsBigFunc(fn), stopEarly: false);
                    v.TooHairy();
                    report = v.Report();
                }
                var sites = new List<InlinedSite>();
                if (inl._processed.TryGetValue(fn, out var root)) Sites(root, 0, sites);
                list.Add(new FunctionInlining(fn.Name, fn.Pos, fn.InlCost != null, fn.InlCost, fn.Kind == InlFuncKind.PackageInit ? "the package initializer (never inlined)" : fn.Reason ?? (fn.Checked ? null : "not checked: Go checks a closure of a recursive function only when a call meets it"),
                    report, sites, inl._big.GetValueOrDefault(fn)));
            }
        return list;
    }

    private static void Sites(Frame f, int depth, List<InlinedSite> sites)
    {
        foreach (var (call, child) in f.Calls)
        {
            if (child == null) continue;
            sites.Add(new InlinedSite(f.At(call.Pos), child.Func.Name, depth, child.Devirtualized == null ? null : GoExprPrinter.TypeString(child.Devirtualized)));
            Sites(child, depth + 1, sites);
        }
    }
}
