using MiniGo.Ssa;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Escape;

/// <summary>
/// The other line Go prints at <c>-m</c> without being asked about escapes:
/// <c>index bounds check elided</c> (walk/expr.go walkIndex). When an array, or a constant
/// string, is indexed by a non-constant value whose range cannot exceed the length
/// (<c>counts[b]</c> with b a byte and counts a [256]int, <c>a[i&amp;7]</c> on an [8]T), the
/// compiler drops the bounds check and says so. Go's walk runs after escape analysis, one
/// function at a time, so these lines come after all escape lines, in Go's compile order.
/// </summary>
public static class BoundsCheckElision
{
    public static List<EscapeMessage> Messages(SsaProgram prog, Info info)
    {
        var result = new List<EscapeMessage>();
        foreach (var fn in CompileOrder(prog))
        {
            var seen = new HashSet<IndexExpr>(ReferenceEqualityComparer.Instance);
            foreach (var b in fn.Blocks)
                foreach (var ins in b.Instrs)
                    if (ins.Source is IndexExpr ix && seen.Add(ix) && Elided(ix, info))
                        result.Add(new EscapeMessage(ix.Pos, "index bounds check elided"));
        }
        return result;
    }

    /// <summary>
    /// The order of gc.enqueueFunc over typecheck.Target.Funcs: closures that capture nothing
    /// ("trivial") are functions of their own, read with package-level initialisers first and
    /// with function bodies after all declarations; every other closure is walked right after
    /// the function that contains it (a stack: the last one first). The generated package
    /// initializer comes last.
    /// </summary>
    private static List<Function> CompileOrder(SsaProgram prog)
    {
        var init = prog.Functions.Where(f => f.Synthetic == "package initializer").ToList();
        var decls = prog.Functions.Where(f => f.Syntax is FuncDecl).ToList();
        var order = new List<Function>();
        void Enqueue(Function fn)
        {
            var todo = new Stack<Function>();
            todo.Push(fn);
            while (todo.Count > 0)
            {
                var next = todo.Pop();
                order.Add(next);
                foreach (var c in next.AnonFuncs.Where(c => c.FreeVars.Count > 0)) todo.Push(c);
            }
        }
        IEnumerable<Function> Trivial(Function f) =>
            f.AnonFuncs.SelectMany(c => (c.FreeVars.Count == 0 ? new[] { c } : []).Concat(Trivial(c)));
        foreach (var f in init.SelectMany(Trivial)) Enqueue(f);
        foreach (var f in decls) Enqueue(f);
        foreach (var f in decls.SelectMany(Trivial)) Enqueue(f);
        order.AddRange(init);
        return order;
    }

    private static bool Elided(IndexExpr ix, Info info)
    {
        if (info.Types.TryGetValue(ix.Index, out var itv) && itv.Value != null) return false; // a constant index is checked at compile time
        long max;
        var xt = info.TypeOf(ix.X)?.Underlying;
        if (xt is Pointer p) xt = p.Elem.Underlying;
        if (xt is Types.Array a) max = a.Len;
        else if (info.Types.TryGetValue(ix.X, out var xtv) && xtv.Value is { Kind: ConstKind.String } s)
            max = System.Text.Encoding.UTF8.GetByteCount(s.Str);
        else return false;
        return Bounded(Unparen(ix.Index), max, info);
    }

    /// <summary>walk/expr.go bounded: whether n is always in [0, max).</summary>
    private static bool Bounded(Expr n, long max, Info info)
    {
        if (info.TypeOf(n)?.Underlying is not Basic { IsInteger: true } bt) return false;
        bool signed = !bt.IsUnsigned;
        long bits = 8 * Sizes.Sizeof(bt);
        if (SmallConst(n, info) is long c) return 0 <= c && c < max;
        switch (n)
        {
            case BinaryExpr { Op: Operator.And or Operator.AndNot } and:
                {
                    long v = -1;
                    if (SmallConst(and.X, info) is long x) v = x;
                    else if (SmallConst(and.Y, info) is long y)
                    {
                        v = y;
                        if (and.Op == Operator.AndNot)
                        {
                            v = ~v;
                            if (!signed && bits < 64) v &= (1L << (int)bits) - 1;
                        }
                    }
                    if (0 <= v && v < max) return true;
                    break;
                }
            case BinaryExpr { Op: Operator.Rem } mod when !signed && SmallConst(mod.Y, info) is long m:
                if (0 <= m && m <= max) return true;
                break;
            case BinaryExpr { Op: Operator.Quo } div when !signed && SmallConst(div.Y, info) is long d:
                while (bits > 0 && d >= 2) { bits--; d >>= 1; }
                break;
            case BinaryExpr { Op: Operator.Shr } shr when !signed && SmallConst(shr.Y, info) is long s:
                if (s > bits) return true;
                bits -= s;
                break;
        }
        return !signed && bits <= 62 && (1L << (int)bits) <= max;
    }

    /// <summary>ir.IsSmallIntConst: an integer constant that fits in an int32.</summary>
    private static long? SmallConst(Expr e, Info info)
    {
        e = Unparen(e);
        if (!info.Types.TryGetValue(e, out var tv) || tv.Value is not { Kind: ConstKind.Int } v) return null;
        var i = v.AsBigInteger;
        return i >= int.MinValue && i <= int.MaxValue ? (long)i : null;
    }

}
