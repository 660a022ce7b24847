using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Inline;

/// <summary>What ir.StaticValue finds behind an expression, as far as the inliner cares.</summary>
internal abstract record SValue;
/// <summary>A function (ONAME of class PFUNC, or OMETHEXPR); <see cref="RecvMatches"/> is
/// false for a method expression whose receiver type is not the method's (<c>(*T).M</c> of a value method).</summary>
internal sealed record SFunc(InlFunc Fn, bool RecvMatches) : SValue;
/// <summary>A function literal (OCLOSURE) sitting in <see cref="Frame"/>.</summary>
internal sealed record SClosure(FuncLit Lit, Frame Frame) : SValue;
/// <summary>A conversion of a concrete value to an interface (OCONVIFACE).</summary>
internal sealed record SConvIface(GoType Concrete) : SValue;

public sealed partial class Inliner
{
    /// <summary>
    /// ir.StaticValue (ir/expr.go:857): looks through no-op conversions, inlined calls with a
    /// single delayed result, locals defined once and never reassigned, and — in an inlined
    /// body — parameters, which Go binds to the call's arguments (<c>params := args</c>).
    /// </summary>
    internal SValue? StaticValue(Expr e, Frame fr)
    {
        for (int guard = 0; guard < 10_000; guard++)
        {
            e = Unparen(e);
            switch (e)
            {
                case CallExpr c when Facts.IsType(c.Fun) && c.Args.Length == 1:
                    {
                        var to = Info.TypeOf(c);
                        var from = Info.TypeOf(c.Args[0]);
                        if (to == null || from == null) return null;
                        if (to.Underlying is Interface)
                        {
                            if (from.Underlying is not Interface) return new SConvIface(from);
                            if (!Predicates.Identical(from, to)) return null;
                        }
                        else if (!IsConvNop(from, to)) return null;
                        e = c.Args[0];
                        continue;
                    }
                case CallExpr c when fr.Calls.TryGetValue(c, out var inl) && inl != null:
                    {
                        // OINLCALL: its single result variable, defined only when results are delayed.
                        var callee = inl.Func;
                        if (callee.Kind == InlFuncKind.Imported)
                            return callee.ImportedResultConcrete is { } t ? new SConvIface(t) : null;
                        var ret = SingleReturn(callee);
                        if (ret == null || ret.Results.Length != 1) return null;
                        var rt = ResultTypes(callee);
                        if (rt.Count != 1) return null;
                        var rhs = ret.Results[0];
                        if (HairyVisitor.NeedsIfaceConv(Info.TypeOf(rhs), rt[0]) && Info.TypeOf(rhs)?.Underlying is not Interface)
                            return new SConvIface(Info.TypeOf(rhs)!);
                        e = rhs;
                        fr = inl;
                        continue;
                    }
                case Name n:
                    {
                        switch (Info.ObjectOf(n))
                        {
                            case Types.Func f when f.Pkg != null:
                                return FuncOf(f) is { } fn ? new SFunc(fn, true) : null;
                            case Var v when v.Kind is not (VarKind.Package or VarKind.Field):
                                {
                                    var (vf, declFn) = FindVarFrame(v, fr);
                                    if (vf == null || declFn == null) return null;
                                    if (v.Kind is VarKind.Param)
                                    {
                                        if (!vf.IsInlined || Facts.Reassigned(v)) return null;
                                        var arg = ArgFor(vf, v, declFn);
                                        if (arg == null) return null;
                                        if (HairyVisitor.NeedsIfaceConv(Info.TypeOf(arg), v.Type!) && Info.TypeOf(arg)?.Underlying is not Interface)
                                            return new SConvIface(Info.TypeOf(arg)!);
                                        e = arg;
                                        fr = vf.Parent!;
                                        continue;
                                    }
                                    if (v.Kind != VarKind.Local) return null;
                                    var rhs = Facts.Defn(v);
                                    if (rhs == null || Facts.Reassigned(v)) return null;
                                    if (HairyVisitor.NeedsIfaceConv(Info.TypeOf(rhs), v.Type!) && Info.TypeOf(rhs)?.Underlying is not Interface)
                                        return Info.TypeOf(rhs) is Basic { Kind: BasicKind.UntypedNil } ? null : new SConvIface(Info.TypeOf(rhs)!);
                                    e = rhs;
                                    fr = vf;
                                    continue;
                                }
                            default:
                                return null;
                        }
                    }
                case SelectorExpr sel:
                    {
                        if (Unparen(sel.X) is Name pn && Info.Uses.GetValueOrDefault(pn) is PkgName
                            && Info.Uses.GetValueOrDefault(sel.Sel) is Types.Func imported)
                            return new SFunc(ImportedFuncs.Of(imported), true);
                        if (Info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodExpr && s.Obj is Types.Func m
                            && FuncOf(m) is { } mf)
                            return new SFunc(mf, Predicates.Identical(m.Signature.Recv?.Type, Info.TypeOf(sel.X)));
                        return null;
                    }
                case FuncLit lit:
                    return new SClosure(lit, fr);
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>The frame holding the declaration of <paramref name="v"/> as seen from
    /// <paramref name="fr"/>: the body itself or one a literal captures from; else the declaring
    /// function's own body outside this IR.</summary>
    internal (Frame? Frame, Node? DeclFn) FindVarFrame(Var v, Frame fr)
    {
        var declFn = Facts.DeclaredIn(v);
        if (declFn == null) return (null, null);
        for (var f = fr; f != null; f = f.Lexical)
            if (ReferenceEquals(SyntaxOf(f.Func), declFn)) return (f, declFn);
        var owner = FuncOfNode(declFn);
        return (owner == null ? null : OriginalFrame(owner), declFn);
    }

    private static Node? SyntaxOf(InlFunc f) => f.Kind == InlFuncKind.LiteralCopy ? f.Lit : f.Syntax;

    /// <summary>The argument an inlined call binds to parameter <paramref name="v"/> (null for
    /// receivers, packed variadic arguments and multi-value arguments, which Go does not follow).</summary>
    private Expr? ArgFor(Frame vf, Var v, Node declFn)
    {
        var call = vf.Call!;
        var type = declFn switch { FuncDecl fd => fd.Type, FuncLit fl => fl.Type, _ => null };
        if (type == null) return null;
        int index = 0;
        foreach (var p in type.Params)
        {
            if (p.Name != null && ReferenceEquals(Info.Defs.GetValueOrDefault(p.Name), v))
            {
                if (call.Args.Length == 1 && type.Params.Length > 1) return null;
                return index < call.Args.Length ? call.Args[index] : null;
            }
            index++;
        }
        return null;
    }

    /// <summary>inlCallee (inl.go:817): the function a call's callee expression statically is,
    /// checking a closure's inlinability on the spot; with the body a literal sits in.</summary>
    internal (InlFunc? Fn, Frame? LitFrame) InlCallee(Expr fun, Frame fr, InlFunc caller)
    {
        // x.M(...) on a concrete type: typecheck.FixMethodCall made it T.M(x, ...), an OMETHEXPR.
        if (Unparen(fun) is SelectorExpr ms && Info.Selections.TryGetValue(ms, out var msel) && msel.Kind == SelectionKind.MethodVal)
            return msel.Recv.Underlying is not Interface && msel.Obj is Types.Func m ? (FuncOf(m), null) : (null, null);
        switch (StaticValue(fun, fr))
        {
            case SFunc { RecvMatches: true } f:
                return (f.Fn, null);
            case SClosure c:
                {
                    var closure = ClosureFor(c.Lit, c.Frame);
                    if (closure == null) return (null, null);
                    // A capturing closure is inlined only into the function its literal sits in
                    // (ClosureVars[0].Outer.Curfn: the variable as that function sees it).
                    if (Facts.Captures(c.Lit).Count > 0 && !ReferenceEquals(c.Frame.Root, caller)) return (null, null);
                    CanInline(closure);
                    return (closure, c.Frame);
                }
            default:
                return (null, null);
        }
    }

    InlFunc? InlCalleeFn(Expr fun, Frame fr, InlFunc caller) => InlCallee(fun, fr, caller).Fn;

    /// <summary>canDelayResults (inl.go:422): exactly one return, with values, and unnamed results.</summary>
    internal bool CanDelayResults(InlFunc fn)
    {
        if (fn.Kind == InlFuncKind.Imported) return fn.ImportedResultConcrete != null;
        var body = BodyOf(fn);
        if (body == null) return false;
        int n = 0;
        void Walk(Node x)
        {
            if (x is FuncLit) return;
            if (x is ReturnStmt r) n += r.Results.IsEmpty ? 2 : 1;
            foreach (var c in Facts.GoChildren(x)) Walk(c);
        }
        Walk(body);
        if (n != 1) return false;
        var type = fn.Decl?.Type ?? fn.Lit?.Type;
        return type != null && type.Results.All(r => r.Name == null || r.Name.Value == "_");
    }

    private ReturnStmt? SingleReturn(InlFunc fn)
    {
        if (!CanDelayResults(fn)) return null;
        ReturnStmt? found = null;
        void Walk(Node x)
        {
            if (x is FuncLit) return;
            if (x is ReturnStmt r) found = r;
            foreach (var c in Facts.GoChildren(x)) Walk(c);
        }
        Walk(BodyOf(fn)!);
        return found;
    }

    internal static BlockStmt? BodyOf(InlFunc fn) => fn.Decl?.Body ?? fn.Lit?.Body;

    internal List<GoType> ResultTypes(InlFunc fn)
    {
        var sig = fn.Decl != null ? fn.Object?.Type as Signature : fn.Lit != null ? Info.TypeOf(fn.Lit) as Signature : null;
        return sig == null ? [] : sig.Results.Vars.Select(v => v.Type!).ToList();
    }

    /// <summary>typecheck's convertop gives OCONVNOP (no code): identical underlying types,
    /// unnamed pointers to identical underlying types, or numbers of the same machine type
    /// (int and int64, uint, uint64 and uintptr on amd64).</summary>
    internal static bool IsConvNop(GoType from, GoType to)
    {
        if (Predicates.Identical(from.Underlying, to.Underlying, ignoreTags: true)) return true;
        if (from is Pointer pf && to is Pointer pt && Predicates.Identical(pf.Elem.Underlying, pt.Elem.Underlying, ignoreTags: true)) return true;
        if (from.Underlying is Basic bf && to.Underlying is Basic bt && bf.IsNumeric && bt.IsNumeric)
            return SimType(bf.Kind) == SimType(bt.Kind);
        return false;
    }

    private static BasicKind SimType(BasicKind k) => k switch
    {
        BasicKind.Int => BasicKind.Int64,
        BasicKind.Uint or BasicKind.Uintptr => BasicKind.Uint64,
        _ => k,
    };
}
