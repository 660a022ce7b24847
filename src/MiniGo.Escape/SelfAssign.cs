using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using SsaValue = MiniGo.Ssa.Value;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Escape;

/// <summary>utils.go's isSelfAssign on the typed AST: stores that Go's escape analysis ignores
/// (and reports as "F ignoring self-assignment in STMT").</summary>
internal sealed partial class Analyzer
{
    private readonly HashSet<(AssignStmt, int)> _selfAssignSeen = new();

    /// <summary>True when the Store made for an assignment is a self-assignment Go ignores
    /// (the message is printed once per pair, when first seen).</summary>
    private bool IgnoredSelfAssign(Instruction store, SsaValue addr)
    {
        if (store.Source is not AssignStmt { Op: null, Define: false } a || a.Lhs.Length != a.Rhs.Length) return false;
        int idx = -1;
        for (int i = 0; i < a.Lhs.Length; i++)
            if (ReferenceEquals(Unparen(a.Lhs[i]), addr.Source) || ReferenceEquals(a.Lhs[i], addr.Source)) { idx = i; break; }
        if (idx < 0) return false;
        if (!IsSelfAssign(Unparen(a.Lhs[idx]), Unparen(a.Rhs[idx]))) return false;
        if (_selfAssignSeen.Add((a, idx)))
            Messages.Add(new EscapeMessage(a.Pos, $"{CurFuncName()} ignoring self-assignment in {GoExprPrinter.PrintStmt(a, _info)}"));
        return true;
    }

    private string CurFuncName()
    {
        var top = _cur;
        while (top.Parent != null) top = top.Parent;
        if (top.Syntax is not FuncDecl fd) return top.Name;
        if (_cur.Syntax is FuncLit lit) return GoExprPrinter.ClosureName(lit, fd, _info);
        return GoExprPrinter.FuncName(fd, _info);
    }


    private bool IsPtr(Expr e) => _info.TypeOf(e)?.Underlying is Pointer;

    private bool IsSliceSelfAssign(Expr dst, Expr src)
    {
        Expr? dstX = dst switch
        {
            UnaryExpr { Op: Operator.Mul } u => u.X,
            SelectorExpr se when IsPtr(se.X) && IsField(se) => se.X,
            _ => null,
        };
        if (dstX == null || Unparen(dstX) is not Name dn) return false;
        if (src is not SliceExpr sl) return false;
        var bx = Unparen(sl.X);
        if (_info.TypeOf(bx)?.Underlying is Types.Array && bx is not (UnaryExpr or SelectorExpr)) return false;
        Expr? baseX = bx switch
        {
            UnaryExpr { Op: Operator.Mul } u => u.X,
            SelectorExpr se when IsPtr(se.X) && IsField(se) => se.X,
            _ => null,
        };
        if (baseX == null || Unparen(baseX) is not Name bn) return false;
        var o = _info.ObjectOf(dn);
        return o is Var && ReferenceEquals(o, _info.ObjectOf(bn));
    }

    private bool IsField(SelectorExpr se) => _info.Selections.TryGetValue(se, out var sel) && sel.Obj is Var;

    private bool IsSelfAssign(Expr dst, Expr src)
    {
        if (IsSliceSelfAssign(dst, src)) return true;
        switch (dst)
        {
            case SelectorExpr d when src is SelectorExpr s && IsField(d) && IsField(s) && IsPtr(d.X) == IsPtr(s.X):
                return SameSafeExpr(d.X, s.X);
            case IndexExpr d when src is IndexExpr s && IsArrayOrSliceIndex(d) && IsArrayOrSliceIndex(s):
                if (MayAffectMemory(d.Index) || MayAffectMemory(s.Index)) return false;
                return SameSafeExpr(d.X, s.X);
        }
        return false;
    }

    private bool IsArrayOrSliceIndex(IndexExpr e) => _info.TypeOf(e.X)?.Underlying is Types.Array or Types.Slice or Pointer;

    private bool SameSafeExpr(Expr a, Expr b)
    {
        a = Unparen(a); b = Unparen(b);
        switch (a)
        {
            case Name an when b is Name bn:
                return _info.ObjectOf(an) is Var v && ReferenceEquals(v, _info.ObjectOf(bn));
            case SelectorExpr sa when b is SelectorExpr sb:
                return sa.Sel.Value == sb.Sel.Value && SameSafeExpr(sa.X, sb.X);
            case UnaryExpr { Op: Operator.Mul } ua when b is UnaryExpr { Op: Operator.Mul } ub:
                return SameSafeExpr(ua.X, ub.X);
            case IndexExpr ia when b is IndexExpr ib:
                return SameSafeExpr(ia.X, ib.X) && SameSafeExpr(ia.Index, ib.Index);
        }
        var ta = _info.Types.GetValueOrDefault(a).Value; var tb = _info.Types.GetValueOrDefault(b).Value;
        return ta != null && tb != null && ta.ToString() == tb.ToString();
    }

    private bool MayAffectMemory(Expr e)
    {
        e = Unparen(e);
        if (_info.Types.GetValueOrDefault(e).Value != null) return false;
        return e switch
        {
            Name or BasicLit => false,
            BinaryExpr b => MayAffectMemory(b.X) || MayAffectMemory(b.Y),
            UnaryExpr { Op: not Operator.Mul and not Operator.Arrow } u => MayAffectMemory(u.X),
            IndexExpr ix => MayAffectMemory(ix.X) || MayAffectMemory(ix.Index),
            SelectorExpr se => MayAffectMemory(se.X),
            _ => true,
        };
    }
}
