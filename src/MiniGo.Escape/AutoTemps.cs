using MiniGo.Ssa;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Escape;

/// <summary>
/// The numbers of Go's compiler temporaries. Go's front end names a temporary
/// <c>.autotmp_N</c>, where N is the length of the function's Dcl list when it is made
/// (typecheck.TempAt): parameters and results first, then every local variable and every
/// earlier temporary, in the order the body is read. Temporaries are made for:
/// <list type="bullet">
/// <item>a multi-value call assigned or passed on: <c>a, b := f()</c>, <c>v, ok := m[k]</c>,
/// <c>return f()</c>, <c>g(f())</c> (noder reader.multiExpr: one per result, after the left
/// side's new variables);</item>
/// <item>a call whose callee is computed by a call: <c>f()()</c> (RewriteNonNameCall);</item>
/// <item>the arguments a go/defer statement evaluates early (normalizeGoDeferCall).</item>
/// </list>
/// Code Go's noder drops (after a terminating statement, under a constant condition) is not
/// read, so it declares nothing. Function literals have their own Dcl lists.
/// </summary>
internal sealed class AutoTemps
{
    private readonly Info _info;
    private readonly Dictionary<Node, int> _first = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Expr Callee, int Number)> _callees = new();
    private readonly List<(CallExpr Call, int First)> _spreads = new();
    private int _count;

    /// <summary>The callee expressions of f()() calls and the number of the temporary that
    /// replaces each (the call then prints as <c>.autotmp_N()</c>).</summary>
    public IReadOnlyList<(Expr Callee, int Number)> Callees => _callees;

    /// <summary>The calls <c>g(f())</c> whose multi-value argument Go assigns to temporaries,
    /// with the number of the first (the call then prints as <c>g(int(.autotmp_N), .autotmp_M)</c>).</summary>
    public IReadOnlyList<(CallExpr Call, int First)> Spreads => _spreads;

    private AutoTemps(Info info, int parameters) { _info = info; _count = parameters; }

    /// <summary>Numbers the temporaries of one function (declaration or literal).</summary>
    public static AutoTemps Of(Function fn, Info info)
    {
        var t = new AutoTemps(info, fn.Params.Count + fn.Signature.Results.Length);
        var body = fn.Syntax switch { FuncDecl fd => fd.Body, FuncLit fl => fl.Body, _ => null };
        if (body != null) t.Stmts(body.List);
        return t;
    }

    /// <summary>The number of the first temporary made at <paramref name="site"/>: the
    /// statement or call of a multi-value assignment, the callee expression of f()(), or a
    /// go/defer statement; null if Go makes none there.</summary>
    public int? First(Node site) => _first.TryGetValue(site, out int n) ? n : null;

    private void Stmts(IEnumerable<Stmt> list)
    {
        bool dead = false;
        foreach (var s in list)
        {
            if (dead && s is not LabeledStmt) continue; // Go reads again from the next label
            Stmt(s);
            dead = StaticConditions.Terminates(s, _info);
        }
    }

    private void Stmt(Stmt? s)
    {
        switch (s)
        {
            case null: return;
            case BlockStmt b: Stmts(b.List); return;
            case LabeledStmt l: Stmt(l.Stmt); return;
            case ExprStmt e: Expr(e.X); return;
            case SendStmt send: Expr(send.Chan); Expr(send.Value); return;
            case IncDecStmt inc: Expr(inc.X); return;
            case AssignStmt a:
                if (a.Define) { foreach (var l in a.Lhs) Declare(l); }
                else foreach (var l in a.Lhs) Expr(l);
                Values(a, a.Lhs.Length, a.Rhs);
                return;
            case DeclStmt d:
                foreach (var vd in d.Decls.OfType<VarDecl>())
                {
                    foreach (var n in vd.Names) Declare(n);
                    Values(vd, vd.Names.Length, vd.Values);
                }
                return;
            case ReturnStmt r:
                if (r.Results.Length == 1 && _info.TypeOf(r.Results[0]) is Types.Tuple { Length: > 1 } rt)
                {
                    Expr(r.Results[0]);
                    _first[r] = _count;
                    _count += rt.Length;
                }
                else foreach (var v in r.Results) Expr(v);
                return;
            case IfStmt i:
                {
                    Stmt(i.Init);
                    Expr(i.Cond);
                    int known = StaticConditions.StaticBool(i.Cond, _info);
                    if (known >= 0) Stmts(i.Then.List);
                    if (known <= 0) Stmt(i.Else);
                    return;
                }
            case ForStmt f:
                Stmt(f.Init);
                Expr(f.Cond);
                if (f.Cond != null && StaticConditions.StaticBool(f.Cond, _info) < 0) return;
                Stmt(f.Post); // written before the body (writer.go forStmt)
                Stmts(f.Body.List);
                return;
            case RangeStmt r:
                if (r.Define) { Declare(r.Key); Declare(r.Value); }
                else { Expr(r.Key); Expr(r.Value); }
                Expr(r.X);
                Stmts(r.Body.List);
                return;
            case SwitchStmt sw:
                Stmt(sw.Init);
                Expr(sw.Tag);
                foreach (var c in sw.Clauses)
                {
                    foreach (var e in c.Cases) Expr(e);
                    Stmts(c.Body);
                }
                return;
            case TypeSwitchStmt ts:
                Stmt(ts.Init);
                Expr(ts.X);
                foreach (var c in ts.Clauses)
                {
                    if (ts.Binding != null && ts.Binding.Value != "_") _count++; // one variable per clause
                    Stmts(c.Body);
                }
                return;
            case GoStmt g: GoDefer(g, g.Call); return;
            case DeferStmt d: GoDefer(d, d.Call); return;
        }
    }

    /// <summary>A new variable on the left of := (or in var, range): one Dcl entry, none for _.</summary>
    private void Declare(Expr? e)
    {
        if (e is Name n && n.Value != "_" && _info.Defs.GetValueOrDefault(n) is Var) _count++;
    }

    /// <summary>Right-hand values: N:1 (one multi-value call or comma-ok for several targets)
    /// makes one temporary per result after the value is read.</summary>
    private void Values(Node site, int targets, IReadOnlyList<Expr> values)
    {
        if (targets > 1 && values.Count == 1 && TupleLength(values[0]) is int n)
        {
            Expr(values[0]);
            _first[site] = _count;
            _count += n;
            return;
        }
        foreach (var v in values) Expr(v);
    }

    /// <summary>The number of values of a multi-value call or a comma-ok expression.</summary>
    private int? TupleLength(Expr e)
    {
        if (_info.TypeOf(e) is Types.Tuple { Length: > 1 } t) return t.Length;
        e = Unparen(e);
        // Comma-ok forms are typed as their first value; in an N:1 assignment they give two.
        return e is IndexExpr or AssertExpr or UnaryExpr { Op: Operator.Arrow } ? 2 : null;
    }

    private void Expr(Expr? e)
    {
        if (e != null) Walk(e);
    }

    /// <summary>Reads an expression's parts in order; calls are where temporaries appear.</summary>
    private void Walk(Node n)
    {
        switch (n)
        {
            case FuncLit: return; // its own Dcl list
            case CallExpr c: Call(c); return;
        }
        foreach (var child in n.Children)
            if (child != null) Walk(child);
    }

    private void Call(CallExpr c)
    {
        var fun = Unparen(c.Fun);
        if (_info.Types.TryGetValue(c.Fun, out var ftv) && ftv.IsType)
        {
            foreach (var a in c.Args) Expr(a);
            return;
        }
        Expr(c.Fun);
        if (fun is Name bn && _info.ObjectOf(bn) is Builtin)
        {
            foreach (var a in c.Args) Expr(a);
            return;
        }
        if (c.Args.Length == 1 && _info.TypeOf(c.Args[0]) is Types.Tuple { Length: > 1 } t)
        {
            Expr(c.Args[0]);
            _first[c] = _count;
            _spreads.Add((c, _count));
            _count += t.Length;
        }
        else foreach (var a in c.Args) Expr(a);
        // RewriteNonNameCall: a callee computed by a call or a receive goes to a temporary
        // (an interface method's receiver too; a concrete method's receiver is an argument).
        Expr callee = fun;
        if (fun is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodVal)
        {
            if (!EscapeAnalysis.IsInterface(s.Recv)) return;
            callee = sel.X;
        }
        if (HasCallOrReceive(callee))
        {
            _first[callee] = _count;
            _callees.Add((callee, _count));
            _count++;
        }
    }

    /// <summary>ir.Any(callOrChan), new(T) excepted, not looking into function literals.</summary>
    private bool HasCallOrReceive(Node n) => n switch
    {
        FuncLit => false,
        CallExpr c when Unparen(c.Fun) is Name bn && _info.ObjectOf(bn) is Builtin { Id: BuiltinId.New } => false,
        CallExpr c when _info.Types.TryGetValue(c.Fun, out var tv) && tv.IsType => c.Args.Any(HasCallOrReceive),
        CallExpr => true,
        UnaryExpr { Op: Operator.Arrow } => true,
        _ => n.Children.Any(HasCallOrReceive),
    };

    /// <summary>normalizeGoDeferCall: the call is read, then the operands evaluated at the
    /// statement go to temporaries (none when the callee takes and returns nothing).</summary>
    private void GoDefer(Stmt stmt, CallExpr call)
    {
        Call(call);
        _first[stmt] = _count;
        _count += GoDeferSpills(call);
    }

    private int GoDeferSpills(CallExpr call)
    {
        var fun = Unparen(call.Fun);
        if (fun is Name bn && _info.ObjectOf(bn) is Builtin)
            return call.Args.Sum(a => Spills(a, _info.TypeOf(a)));
        if (_info.TypeOf(call.Fun)?.Underlying is not Signature sig) return 0;
        int n = 0;
        if (fun is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodVal)
        {
            if (EscapeAnalysis.IsInterface(s.Recv)) n++; // the receiver, always
            else n += Spills(sel.X, null);            // the receiver is the first argument
        }
        else
        {
            if (sig.Params.Length + sig.Results.Length == 0) return 0; // already f(): no wrapper
            n += Spills(call.Fun, null);
        }
        var ps = sig.Params;
        bool variadic = StdPackages.IsVariadicSig(sig);
        int fixedCount = variadic ? ps.Length - 1 : ps.Length;
        for (int i = 0; i < call.Args.Length; i++)
        {
            var target = i < fixedCount ? ps[i] : variadic && !call.HasDots && ps[^1].Underlying is Types.Slice vs ? vs.Elem : ps[^1];
            n += Spills(call.Args[i], target);
        }
        return n;
    }

    /// <summary>Whether an operand converted to <paramref name="target"/> needs a temporary:
    /// not for constants, nil, new(T), functions and method expressions; a struct, array or
    /// slice literal's elements are looked at one by one.</summary>
    private int Spills(Expr e, GoType? target)
    {
        e = Unparen(e);
        var t = _info.TypeOf(e);
        bool boxed = target != null && EscapeAnalysis.IsInterface(target) && t != null && !EscapeAnalysis.IsInterface(t) && t is not Basic { Kind: BasicKind.UntypedNil };
        if (boxed) return 1; // an OCONVIFACE node, evaluated early
        if (_info.Types.TryGetValue(e, out var tv) && (tv.Value != null || tv.Type is Basic { Kind: BasicKind.UntypedNil })) return 0;
        if (e is Name n && _info.ObjectOf(n) is Func) return 0;
        if (e is SelectorExpr sel && (!_info.Selections.TryGetValue(sel, out var s) ? _info.ObjectOf(sel.Sel) is Func : s.Kind == SelectionKind.MethodExpr)) return 0;
        if (e is CallExpr nc && Unparen(nc.Fun) is Name nn && _info.ObjectOf(nn) is Builtin { Id: BuiltinId.New }) return 0;
        if (e is CompositeLit cl && _info.TypeOf(cl)?.Underlying is not Map)
            return cl.Elems.Sum(el => Spills(el is KeyValueExpr kv ? kv.Value : el, null));
        return 1;
    }

}
