using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Inline;

/// <summary>
/// What the inliner needs to know about the typed tree beyond types: which function declares
/// each variable (Go's Name.Curfn), the single value a local is defined with (Name.Defn),
/// which locals are ever assigned again or have their address taken (ir.Reassigned), what a
/// literal captures (ClosureVars), and how go/defer statements are wrapped
/// (typecheck.normalizeGoDeferCall). Computed once per package.
/// </summary>
internal sealed class SyntaxFacts
{
    public readonly Info Info;
    /// <summary>Variable → the FuncDecl or FuncLit declaring it (parameters and results included).</summary>
    private readonly Dictionary<Var, Node> _declaredIn = new(ReferenceEqualityComparer.Instance);
    /// <summary>Local variable → the expression it is defined with (<c>x := e</c>, <c>var x = e</c>),
    /// or null when it has none Go can follow (multi-value definitions, range variables).</summary>
    private readonly Dictionary<Var, Expr?> _defn = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _reassigned = new(ReferenceEqualityComparer.Instance);
    /// <summary>Function literal → the function node it sits in.</summary>
    private readonly Dictionary<FuncLit, Node> _litParent = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FuncLit, List<Var>> _captures = new(ReferenceEqualityComparer.Instance);

    public SyntaxFacts(Info info, IEnumerable<Syntax.Ast.File> files)
    {
        Info = info;
        foreach (var f in files)
            foreach (var d in f.Decls)
                if (d is FuncDecl { Body: not null } fd) Scan(fd, fd);
                else if (d is VarDecl vd) foreach (var v in vd.Values) Scan(v, null);
    }

    private void Scan(Node n, Node? fn)
    {
        switch (n)
        {
            case FuncDecl fd:
                if (fd.Recv?.Name is { } rn) Declare(rn, fd);
                DeclareFields(fd.Type, fd);
                if (fd.Body != null) Scan(fd.Body, fd);
                return;
            case FuncLit lit:
                if (fn != null) _litParent[lit] = fn;
                DeclareFields(lit.Type, lit);
                Scan(lit.Body, lit);
                return;
            case AssignStmt a:
                for (int i = 0; i < a.Lhs.Length; i++)
                {
                    var lhs = Unparen(a.Lhs[i]);
                    if (a.Define && lhs is Name nm && Info.Defs.GetValueOrDefault(nm) is Var v)
                    {
                        if (fn != null) _declaredIn[v] = fn;
                        _defn[v] = a.Lhs.Length == a.Rhs.Length ? a.Rhs[i] : null;
                    }
                    else if (OuterVar(lhs) is { } ov) _reassigned.Add(ov);
                }
                if (a.Op != null && OuterVar(a.Lhs[0]) is { } opv) _reassigned.Add(opv);
                break;
            case IncDecStmt id:
                if (OuterVar(id.X) is { } iv) _reassigned.Add(iv);
                break;
            case VarDecl vd:
                for (int i = 0; i < vd.Names.Length; i++)
                    if (Info.Defs.GetValueOrDefault(vd.Names[i]) is Var v)
                    {
                        if (fn != null) _declaredIn[v] = fn;
                        _defn[v] = vd.Values.Length == vd.Names.Length ? vd.Values[i] : null;
                    }
                break;
            case RangeStmt rs:
                foreach (var k in new[] { rs.Key, rs.Value })
                {
                    if (k == null) continue;
                    if (rs.Define && Unparen(k) is Name kn && Info.Defs.GetValueOrDefault(kn) is Var kv)
                    {
                        if (fn != null) _declaredIn[kv] = fn;
                        _defn[kv] = null;
                    }
                    else if (!rs.Define && OuterVar(k) is { } rv) _reassigned.Add(rv);
                }
                break;
            case UnaryExpr { Op: Operator.And } u:
                if (OuterVar(u.X) is { } av) _reassigned.Add(av);
                break;
            case SliceExpr sx when Info.TypeOf(sx.X)?.Underlying is Types.Array:
                if (OuterVar(sx.X) is { } sv) _reassigned.Add(sv);
                break;
            case SelectorExpr sel when Info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodVal
                                       && s.Obj is Types.Func m && m.HasPtrRecv && Info.TypeOf(sel.X) is not Pointer:
                if (OuterVar(sel.X) is { } mv) _reassigned.Add(mv);
                break;
            case TypeSwitchStmt ts:
                foreach (var c in ts.Clauses)
                    if (Info.Implicits.GetValueOrDefault(c) is Var tv && fn != null) { _declaredIn[tv] = fn; _defn[tv] = null; }
                break;
        }
        foreach (var c in n.Children) Scan(c, fn);
    }

    private void DeclareFields(FuncType t, Node fn)
    {
        foreach (var p in t.Params) if (p.Name != null) Declare(p.Name, fn);
        foreach (var r in t.Results) if (r.Name != null) Declare(r.Name, fn);
    }

    private void Declare(Name n, Node fn)
    {
        if (Info.Defs.GetValueOrDefault(n) is Var v) _declaredIn[v] = fn;
    }

    /// <summary>ir.OuterValue: the variable an lvalue is part of (through fields of struct
    /// values and elements of arrays, not through pointers, slices or maps).</summary>
    public Var? OuterVar(Expr e)
    {
        while (true)
        {
            e = Unparen(e);
            switch (e)
            {
                case Name n:
                    return Info.ObjectOf(n) as Var;
                case SelectorExpr sel when Info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal
                                           && Info.TypeOf(sel.X) is not Pointer && !s.Indirect:
                    e = sel.X;
                    continue;
                case IndexExpr ix when Info.TypeOf(ix.X)?.Underlying is Types.Array:
                    e = ix.X;
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>The FuncDecl or FuncLit declaring a local variable or parameter; null for globals.</summary>
    public Node? DeclaredIn(Var v) => _declaredIn.GetValueOrDefault(v);

    /// <summary>Name.Defn's right-hand side for <paramref name="v"/>, if Go can follow it.</summary>
    public Expr? Defn(Var v) => _defn.GetValueOrDefault(v);

    /// <summary>ir.Reassigned: assigned again, or address taken, anywhere in its function (closures included).</summary>
    public bool Reassigned(Var v) => v.Kind == VarKind.Package || _reassigned.Contains(v);

    public bool IsParamOf(Var v, Node fn) => v.Kind is VarKind.Param or VarKind.Receiver && ReferenceEquals(DeclaredIn(v), fn);

    /// <summary>The function node a literal sits in.</summary>
    public Node? LitParent(FuncLit lit) => _litParent.GetValueOrDefault(lit);

    /// <summary>Whether function node <paramref name="inner"/> is <paramref name="outer"/> or nested in it.</summary>
    public bool Within(Node inner, Node outer)
    {
        for (Node? n = inner; n != null; n = n is FuncLit l ? LitParent(l) : null)
            if (ReferenceEquals(n, outer)) return true;
        return false;
    }

    /// <summary>The variables a literal captures (Go's ClosureVars), in order of first use.</summary>
    public List<Var> Captures(FuncLit lit)
    {
        if (_captures.TryGetValue(lit, out var list)) return list;
        list = new List<Var>();
        var seen = new HashSet<Var>(ReferenceEqualityComparer.Instance);
        void Walk(Node n)
        {
            if (n is Name nm && Info.Uses.GetValueOrDefault(nm) is Var v && v.Kind != VarKind.Package && v.Kind != VarKind.Field
                && DeclaredIn(v) is { } d && !Within(d, lit) && seen.Add(v))
                list.Add(v);
            foreach (var c in n.Children) Walk(c);
        }
        Walk(lit.Body);
        _captures[lit] = list;
        return list;
    }

    // ---- calls ------------------------------------------------------------------------------

    public bool IsType(Expr e) => Info.Types.TryGetValue(e, out var tv) && tv.IsType;

    public Builtin? BuiltinOf(CallExpr c) => Unparen(c.Fun) is Name n && Info.Uses.GetValueOrDefault(n) is Builtin b ? b : null;

    /// <summary>The method selection of a call <c>x.M(...)</c>, if Fun is one.</summary>
    public Selection? MethodCall(CallExpr c) =>
        Unparen(c.Fun) is SelectorExpr sel && Info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodVal ? s : null;

    public bool IsInterfaceCall(CallExpr c) => MethodCall(c) is { } s && s.Recv.Underlying is Interface;

    /// <summary>The function type of a call's callee (a method's includes its receiver in Go's IR).</summary>
    public Signature? SigOf(CallExpr c) => Info.TypeOf(c.Fun)?.Underlying as Signature;

    /// <summary>Whether <c>go</c>/<c>defer</c> of this call needs a wrapper closure
    /// (normalizeGoDeferCall: anything but a plain function call without parameters and results).</summary>
    public bool NeedsWrapper(CallExpr c)
    {
        if (IsType(c.Fun) || BuiltinOf(c) != null || MethodCall(c) != null) return true;
        var sig = SigOf(c);
        return sig == null || sig.Params.Length + sig.Results.Length != 0;
    }

    /// <summary>The operands of a go/defer call evaluated at the statement and captured by the
    /// wrapper (normalizeGoDeferCall's argps), in Go's order. An argument Go converts to an
    /// interface (an OCONVIFACE, a <c>...any</c> element included) is captured whole.</summary>
    public List<Expr> Spilled(CallExpr c)
    {
        var list = new List<Expr>();
        void Visit(Expr a, GoType? target)
        {
            var u = Unparen(a);
            var ut = Info.TypeOf(u);
            if (target != null && ut != null && ut is not Basic { IsUntyped: true } && !Predicates.Identical(ut, target))
            {
                list.Add(a); // an implicit conversion (OCONVIFACE, OCONVNOP) is captured whole
                return;
            }
            if (Info.Types.TryGetValue(u, out var tv) && (tv.Mode == OperandMode.Constant || tv.Type is Basic { Kind: BasicKind.UntypedNil })) return;
            if (u is Name n && Info.Uses.GetValueOrDefault(n) is Types.Func or Nil) return;
            if (u is SelectorExpr se && Info.Selections.TryGetValue(se, out var s) && s.Kind == SelectionKind.MethodExpr) return;
            if (u is SelectorExpr pq && Unparen(pq.X) is Name pn && Info.Uses.GetValueOrDefault(pn) is PkgName) return;
            if (u is CallExpr nc && BuiltinOf(nc) is { Id: BuiltinId.New }) return;
            if (u is CompositeLit cl && Info.TypeOf(cl)?.Underlying is Types.Array or Slice or Struct)
            {
                foreach (var el in cl.Elems) Visit(el is KeyValueExpr kv ? kv.Value : el, null);
                return;
            }
            list.Add(a);
        }
        if (MethodCall(c) is { } m && Unparen(c.Fun) is SelectorExpr sel)
            Visit(sel.X, null); // the receiver: first argument of the method call, or the interface
        else if (BuiltinOf(c) == null) Visit(c.Fun, null);
        var sig = BuiltinOf(c) == null && !IsType(c.Fun) ? SigOf(c) : null;
        if (sig == null || (c.Args.Length == 1 && sig.Params.Length > 1))
        {
            foreach (var a in c.Args) Visit(a, BuiltinOf(c) is { Id: BuiltinId.Panic } ? Universe.AnyType : null);
            return list;
        }
        var ps = sig.Params.Vars;
        bool variadic = StdPackages.IsVariadicSig(sig) && !c.HasDots;
        for (int i = 0; i < c.Args.Length; i++)
        {
            GoType? t = variadic && i >= ps.Length - 1 ? (ps[^1].Type as Slice)?.Elem : i < ps.Length ? ps[i].Type : null;
            Visit(c.Args[i], t);
        }
        return list;
    }

    // ---- dead code: what Go's noder (noder/writer.go) never writes ----------------------------

    /// <summary>
    /// staticBool (noder/writer.go:2740): +1 if the condition is always true, -1 if always
    /// false, 0 if unknown; <paramref name="simplified"/> is the condition Go keeps (<c>x &amp;&amp; false</c>
    /// stays, <c>false &amp;&amp; x</c> becomes <c>false</c>). Go's <c>!x</c> case answers for x itself.
    /// </summary>
    public int StaticBool(Expr e, out Expr simplified)
    {
        simplified = e;
        if (Info.Types.TryGetValue(e, out var tv) && tv.Mode == OperandMode.Constant && tv.Value is { Kind: ConstKind.Bool } v)
            return v.Bool ? 1 : -1;
        switch (e) // a ParenExpr is a node of its own in Go's syntax tree: (x && false) is unknown
        {
            case UnaryExpr { Op: Operator.Not } not:
                return StaticBool(not.X, out _);
            case BinaryExpr { Op: Operator.LAnd or Operator.LOr } b:
                {
                    bool and = b.Op == Operator.LAnd;
                    int x = StaticBool(b.X, out var sx);
                    if (and ? x < 0 : x > 0) { simplified = sx; return x; }
                    int y = StaticBool(b.Y, out var sy);
                    if (and ? (x > 0 || y < 0) : (x < 0 || y > 0))
                    {
                        // Go tests X as the inner call left it (false && f() became false).
                        if (IsConstant(sx)) simplified = sy;
                        return y;
                    }
                    return 0;
                }
        }
        return 0;
    }

    private bool IsConstant(Expr e) => Info.Types.TryGetValue(e, out var tv) && tv.Mode == OperandMode.Constant && tv.Value != null;

    /// <summary>terminates (noder/writer.go:2980): return, panic, an if whose live branches terminate, a block ending so.</summary>
    public bool Terminates(Stmt? s)
    {
        switch (s)
        {
            case ReturnStmt:
                return true;
            case ExprStmt es:
                return Unparen(es.X) is CallExpr c && BuiltinOf(c) is { Id: BuiltinId.Panic };
            case IfStmt ifs:
                {
                    int cond = StaticBool(ifs.Cond, out _);
                    return (cond < 0 || Terminates(ifs.Then)) && (cond > 0 || Terminates(ifs.Else));
                }
            case BlockStmt b:
                return Terminates(b.List.LastOrDefault(x => x is not EmptyStmt));
        }
        return false;
    }

    /// <summary>The statements of a list Go writes: none after one that terminates.</summary>
    public IEnumerable<Stmt> Live(IEnumerable<Stmt> list)
    {
        foreach (var s in list)
        {
            yield return s;
            if (Terminates(s)) yield break;
        }
    }

    /// <summary>An if statement as Go writes it: the condition kept, and which branches exist.</summary>
    public (Expr Cond, bool Then, bool Else) IfView(IfStmt ifs)
    {
        int c = StaticBool(ifs.Cond, out var cond);
        return (cond, c >= 0, c <= 0 && ifs.Else != null);
    }

    /// <summary>
    /// A switch as Go's writer keeps it (noder/writer.go switchStmt): with a constant tag (or
    /// none) and constant cases, only the clause always taken, as a default clause, and no tag.
    /// Returns null when the switch is kept as written.
    /// </summary>
    public (CaseClause? Target, bool Folded) SwitchView(SwitchStmt sw)
    {
        ConstValue? tag = null;
        if (sw.Tag == null) tag = ConstValue.Of(true);
        else if (Info.Types.TryGetValue(sw.Tag, out var tv) && tv.Mode == OperandMode.Constant) tag = tv.Value;
        if (tag == null) return (null, false);
        CaseClause? target = null;
        foreach (var clause in sw.Clauses)
        {
            if (clause.IsDefault) target = clause;
            bool hit = false;
            foreach (var cas in clause.Cases)
            {
                if (!Info.Types.TryGetValue(cas, out var ctv) || ctv.Mode != OperandMode.Constant || ctv.Value == null) return (null, false);
                if (ConstEqual(tag, ctv.Value)) { hit = true; break; }
            }
            if (hit) { target = clause; break; }
        }
        if (target != null && target.Body.Any(st => st is BranchStmt { Kind: BranchKind.Fallthrough })) return (null, false);
        return (target, true);
    }

    private static bool ConstEqual(ConstValue a, ConstValue b)
    {
        if (a.Kind != b.Kind)
            return a.IsNumeric && b.IsNumeric && (a.Kind == ConstKind.Float || b.Kind == ConstKind.Float
                ? (a.Kind == ConstKind.Int ? (double)a.Int : a.Float) == (b.Kind == ConstKind.Int ? (double)b.Int : b.Float)
                : a.Int == b.Int);
        return a.Kind switch
        {
            ConstKind.Bool => a.Bool == b.Bool,
            ConstKind.String => a.Str == b.Str,
            ConstKind.Int => a.Int == b.Int,
            ConstKind.Float => a.Float == b.Float,
            _ => false,
        };
    }

    /// <summary>typecheck.RewriteNonNameCall's test: a callee expression (or a method call's
    /// receiver) with a call or a receive in it goes to a temporary first.</summary>
    public bool HasCallOrRecv(Node n)
    {
        switch (n)
        {
            case FuncLit:
                return false;
            case UnaryExpr { Op: Operator.Arrow }:
                return true;
            case CallExpr c when !IsType(c.Fun) && BuiltinOf(c) is not { Id: BuiltinId.New }
                                 && !(Info.Types.TryGetValue(c, out var tv) && tv.Mode == OperandMode.Constant):
                return true;
        }
        foreach (var ch in n.Children) if (HasCallOrRecv(ch)) return true;
        return false;
    }

    /// <summary>The expression RewriteNonNameCall looks at: the callee, or a method call's receiver.</summary>
    public Expr CalleeOperand(CallExpr c) =>
        MethodCall(c) != null && Unparen(c.Fun) is SelectorExpr sel ? sel.X : c.Fun;

    /// <summary>Whether a three-clause for loop's condition is always false (Go keeps only its init).</summary>
    public bool ForNeverRuns(ForStmt f) => f.Cond != null && StaticBool(f.Cond, out _) < 0;

    /// <summary>A node's children as in Go's IR (node_gen.go doChildren order, dead code
    /// dropped): a for loop's post statement before its body, the results of <c>f(g())</c>'s g
    /// before f, no statement after a return, no branch an if never takes.</summary>
    public IEnumerable<Node> GoChildren(Node n)
    {
        switch (n)
        {
            case BlockStmt b:
                foreach (var s in Live(b.List)) yield return s;
                yield break;
            case CaseClause cc:
                foreach (var e in cc.Cases) yield return e;
                foreach (var s in Live(cc.Body)) yield return s;
                yield break;
            case IfStmt ifs:
                {
                    if (ifs.Init != null) yield return ifs.Init;
                    var (cond, then, els) = IfView(ifs);
                    yield return cond;
                    if (then) yield return ifs.Then;
                    if (els) yield return ifs.Else!;
                    yield break;
                }
            case ForStmt f:
                if (f.Init != null) yield return f.Init;
                if (ForNeverRuns(f)) yield break;
                if (f.Cond != null) { StaticBool(f.Cond, out var cond); yield return cond; }
                if (f.Post != null) yield return f.Post;
                yield return f.Body;
                yield break;
            case RangeStmt r:
                yield return r.X;
                if (r.Key != null) yield return r.Key;
                if (r.Value != null) yield return r.Value;
                yield return r.Body;
                yield break;
            case CallExpr c when c.Args.Length == 1 && Info.TypeOf(c.Args[0]) is Types.Tuple { Length: > 1 }:
                yield return c.Args[0];
                yield return c.Fun;
                yield break;
            case SwitchStmt sw when SwitchView(sw) is { Folded: true } view:
                if (sw.Init != null) yield return sw.Init;
                if (view.Target != null) foreach (var s in Live(view.Target.Body)) yield return s;
                yield break;
            default:
                foreach (var ch in n.Children) yield return ch;
                yield break;
        }
    }
}
