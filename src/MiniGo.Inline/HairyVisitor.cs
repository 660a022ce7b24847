using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;
using GoType = MiniGo.Types.Type;
using Op = MiniGo.Syntax.Ast.Operator;

namespace MiniGo.Inline;

/// <summary>
/// Go's hairyVisitor (inline/inl.go:481-756): walks a function body and charges 1 per node of
/// Go's typed IR, with Go's exceptions (a call costs its callee's inline cost when the callee
/// would be inlined here, 57 otherwise; a closure 16; <c>go</c>, <c>defer</c> and
/// <c>recover()</c> refuse the function). MiniGo has no IR, so each case below says which IR
/// nodes Go's noder makes of the syntax (implicit conversions, declarations, the temporaries
/// of <c>a, b := f()</c>, packed variadic arguments). The walk visits nodes in Go's order
/// (ir.DoChildren, pre-order), because checking a called closure prints its line on the spot.
/// </summary>
internal sealed class HairyVisitor
{
    private const int InlineExtraCallCost = 57, InlineExtraPanicCost = 1;
    private const int InlineBigFunctionMaxCost = 20;

    private readonly Inliner _inl;
    private readonly Info _info;
    private readonly SyntaxFacts _facts;
    private readonly InlFunc _fn;
    private readonly Frame _frame;
    private readonly bool _isBig;
    private readonly bool _stopEarly;
    private readonly int _maxBudget;
    private readonly HashSet<Expr> _spilled;
    /// <summary>The remaining budget (v.budget).</summary>
    private int _budget;
    /// <summary>IR nodes counted (for IsBigFunc).</summary>
    public int Nodes { get; private set; }
    public string? Reason { get; private set; }
    private readonly List<StatementCost> _statements = new();
    private readonly List<CostNote> _notes = new();

    private sealed class StopException : Exception;

    private readonly bool _countOnly;

    /// <param name="countOnly">only count the nodes (IsBigFunc): no callee is looked at.</param>
    public HairyVisitor(Inliner inl, InlFunc fn, Frame frame, bool isBig, bool stopEarly, int budget = Inliner.InlineMaxBudget, bool countOnly = false)
    {
        _countOnly = countOnly;
        _inl = inl; _info = inl.Info; _facts = inl.Facts; _fn = fn; _frame = frame;
        _isBig = isBig; _stopEarly = stopEarly; _budget = budget; _maxBudget = budget;
        _spilled = fn.GoDefer != null ? new HashSet<Expr>(_facts.Spilled(WrappedCall(fn.GoDefer)), ReferenceEqualityComparer.Instance) : new HashSet<Expr>(ReferenceEqualityComparer.Instance);
    }

    public static CallExpr WrappedCall(Stmt s) => s is GoStmt g ? g.Call : ((DeferStmt)s).Call;

    /// <summary>tooHairy: true when the function cannot be inlined (<see cref="Reason"/> says why).</summary>
    public bool TooHairy()
    {
        try
        {
            Body();
        }
        catch (StopException)
        {
            Reason ??= "too expensive";
            return true;
        }
        if (Reason != null) return true;
        if (_budget < 0)
        {
            Reason = $"function too complex: cost {_maxBudget - _budget} exceeds budget {_maxBudget}";
            return true;
        }
        return false;
    }

    public int Cost => _maxBudget - _budget;

    public CostReport Report() => new(Cost, _maxBudget, _statements.ToList(), _notes.ToList(), Reason);

    private void Body()
    {
        switch (_fn.Kind)
        {
            case InlFuncKind.Declared:
                StmtList(_fn.Decl!.Body!.List, top: true);
                break;
            case InlFuncKind.Literal or InlFuncKind.LiteralCopy:
                StmtList(_fn.Lit!.Body.List, top: true);
                break;
            case InlFuncKind.GoWrap or InlFuncKind.DeferWrap:
                {
                    int before = _budget;
                    var call = WrappedCall(_fn.GoDefer!);
                    Expr(call);
                    _statements.Add(new StatementCost(call.Pos, before - _budget));
                    break;
                }
            case InlFuncKind.PackageInit:
                foreach (var vd in _fn.InitDecls)
                {
                    int before = _budget;
                    PackageVar(vd);
                    _statements.Add(new StatementCost(vd.Pos, before - _budget));
                }
                break;
        }
    }

    // ---- the per-node step ----------------------------------------------------------------

    /// <summary>One IR node: its extra charge, then Go's <c>v.budget--</c> and the early stop of -m=1.</summary>
    private void Step(int extra = 0)
    {
        _budget -= extra + 1;
        Nodes++;
        if (_budget < 0 && _stopEarly) throw new StopException();
    }

    private void Fail(string reason, Pos pos)
    {
        Reason ??= reason;
        _notes.Add(new CostNote(pos, reason, 0));
        if (_stopEarly) throw new StopException();
    }

    // ---- statements -----------------------------------------------------------------------

    private void StmtList(IEnumerable<Stmt> list, bool top = false)
    {
        foreach (var s in _facts.Live(list))
        {
            if (Reason != null && _stopEarly) return;
            int before = _budget;
            Stmt(s);
            if (top && s is not EmptyStmt) _statements.Add(new StatementCost(s.Pos, before - _budget));
        }
    }

    private void Stmt(Stmt s)
    {
        switch (s)
        {
            case EmptyStmt:
                return;
            case ExprStmt es:
                Expr(es.X);
                return;
            case SendStmt ss:
                Step();
                Expr(ss.Chan);
                Value(ss.Value, (_info.TypeOf(ss.Chan)?.Underlying as Chan)?.Elem);
                return;
            case IncDecStmt id:
                Step();                // OASOP
                Expr(id.X);
                Step();                // the constant 1
                return;
            case AssignStmt a:
                Assign(a);
                return;
            case BlockStmt b:
                Step(-1);              // OBLOCK is free
                StmtList(b.List);
                return;
            case DeclStmt ds:
                foreach (var d in ds.Decls)
                    if (d is VarDecl vd) LocalVar(vd);
                return;
            case ReturnStmt r:
                Step();
                var results = ResultTypes();
                if (r.Results.Length == 1 && results.Count > 1)
                    MultiValue(r.Results[0], results.Cast<GoType?>().ToList());
                else
                    for (int i = 0; i < r.Results.Length; i++) Value(r.Results[i], i < results.Count ? results[i] : null);
                return;
            case BranchStmt br:
                if (br.Kind == BranchKind.Fallthrough) return; // OFALL: no code, children skipped
                Step();
                return;
            case LabeledStmt ls:
                Step();                // OLABEL
                Stmt(ls.Stmt);
                return;
            case SelectStmt sel:
                Step();                // OSELECT
                foreach (var c in sel.Clauses)
                {
                    Step();            // OCASE
                    if (c.Comm != null) Stmt(c.Comm);
                    for (int i = SelectRecvExtra(c.Comm); i > 0; i--) Step(); // the rewrite's nodes
                    StmtList(c.Body);
                }
                return;
            case GoStmt g:
                Fail("unhandled op GO", g.Pos);
                return;
            case DeferStmt d:
                Fail("unhandled op DEFER", d.Pos);
                return;
            case IfStmt ifs:
                If(ifs);
                return;
            case ForStmt f when _facts.ForNeverRuns(f):
                if (f.Init != null) Stmt(f.Init);   // Go writes only the init
                return;
            case ForStmt f:
                Step();
                if (f.Init != null) Stmt(f.Init);
                if (f.Cond != null) { _facts.StaticBool(f.Cond, out var cond); Expr(cond); }
                if (f.Post != null) Stmt(f.Post);
                StmtList(f.Body.List);
                return;
            case RangeStmt rs:
                Step();
                Expr(rs.X);
                RangeVar(rs.Key, rs.Define);
                RangeVar(rs.Value, rs.Define);
                StmtList(rs.Body.List);
                return;
            case SwitchStmt sw when _facts.SwitchView(sw) is { Folded: true } view:
                Step();
                if (sw.Init != null) Stmt(sw.Init);
                if (view.Target != null) { Step(); StmtList(view.Target.Body); }
                return;
            case SwitchStmt sw:
                {
                    Step();
                    if (sw.Init != null) Stmt(sw.Init);
                    GoType? tagType = null;
                    if (sw.Tag != null) { Expr(sw.Tag); tagType = _info.TypeOf(sw.Tag); }
                    foreach (var c in sw.Clauses)
                    {
                        Step();
                        foreach (var e in c.Cases)
                            if (tagType != null) Value(e, tagType); else Expr(e);
                        StmtList(c.Body);
                    }
                    return;
                }
            case TypeSwitchStmt ts:
                {
                    Step();
                    if (ts.Init != null) Stmt(ts.Init);
                    Step();                               // OTYPESW
                    if (ts.Binding != null) Step();       // its tag name
                    Expr(ts.X);
                    bool nonEmpty = _info.TypeOf(ts.X)?.Underlying is Interface { IsEmpty: false };
                    foreach (var c in ts.Clauses)
                    {
                        Step();
                        if (ts.Binding != null && _info.Implicits.ContainsKey(c)) Step(); // the clause's variable
                        foreach (var e in c.Cases)
                        {
                            var tv = _info.Types.GetValueOrDefault(e);
                            if (!tv.IsType) { Step(); continue; }              // nil
                            if (nonEmpty && tv.Type.Underlying is not Interface) Step(2);
                        }
                        StmtList(c.Body);
                    }
                    return;
                }
        }
    }

    /// <summary>What a receive case costs more than the same statement elsewhere: typecheck's
    /// tcSelect makes <c>&lt;-c</c> into <c>_, _ = &lt;-c</c> (two blank names and the
    /// OSELRECV2 instead of the expression statement) and <c>v = &lt;-c</c> / <c>v := &lt;-c</c>
    /// into <c>v, _ = &lt;-c</c> (one blank); the reader makes <c>v, ok := &lt;-c</c> into
    /// <c>t1, t2 := &lt;-c</c> with <c>v, ok := t1, t2</c> first in the body (measured: 9 more).</summary>
    private static int SelectRecvExtra(Stmt? comm) => comm switch
    {
        ExprStmt => 3,
        AssignStmt { Lhs.Length: 1 } => 1,
        AssignStmt => 9,
        _ => 0,
    };

    private void If(IfStmt ifs)
    {
        var (cond, then, els) = _facts.IfView(ifs);
        if (_facts.StaticBool(ifs.Cond, out _) != 0)
        {
            // Go's reader flattens an if with a known condition into a block: the init,
            // _ = cond for its side effects (unless a constant), the branch taken.
            if (ifs.Init != null) Stmt(ifs.Init);
            if (!IsConst(cond)) { Step(); Step(); Expr(cond); }
            if (then) StmtList(ifs.Then.List);
            if (els) ElseBranch(ifs.Else);
            return;
        }
        Step();
        if (ifs.Init != null) Stmt(ifs.Init);
        Expr(cond);
        if (then) StmtList(ifs.Then.List);
        if (els) ElseBranch(ifs.Else);
    }

    private void ElseBranch(Stmt? e)
    {
        if (e is IfStmt nested) If(nested);
        else if (e is BlockStmt b) StmtList(b.List);
    }

    private void RangeVar(Expr? k, bool define)
    {
        if (k == null) return;
        if (define && Unparen(k) is Name n && _info.Defs.GetValueOrDefault(n) is Var) Step(1); // ODCL + name
        Expr(k);
    }

    private List<GoType> ResultTypes()
    {
        var sig = _fn.Kind switch
        {
            InlFuncKind.Declared => _fn.Object?.Type as Signature,
            InlFuncKind.Literal or InlFuncKind.LiteralCopy => _info.TypeOf(_fn.Lit!) as Signature,
            _ => null,
        };
        return sig == null ? [] : sig.Results.Vars.Select(v => v.Type!).ToList();
    }

    /// <summary>A declared variable: ODCL and its name.</summary>
    private void Declare() => Step(1);

    private void Assign(AssignStmt a)
    {
        if (a.Op != null)
        {
            Step();                    // OASOP
            Expr(a.Lhs[0]);
            Expr(a.Rhs[0]);
            return;
        }
        if (a.Lhs.Length == 1 && a.Rhs.Length == 1)
        {
            if (a.Define && IsDeclared(a.Lhs[0])) Declare();
            Step();                    // OAS
            Expr(a.Lhs[0]);
            Value(a.Rhs[0], LhsType(a.Lhs[0]));
            return;
        }
        if (a.Lhs.Length == a.Rhs.Length)
        {
            Step();                    // OAS2
            foreach (var l in a.Lhs) Expr(l);
            for (int i = 0; i < a.Rhs.Length; i++) Value(a.Rhs[i], LhsType(a.Lhs[i]));
            if (a.Define) foreach (var l in a.Lhs) if (IsDeclared(l)) Declare();
            return;
        }
        AssignMulti(a.Lhs, a.Rhs[0], a.Define);
    }

    /// <summary>
    /// <c>a, b = f()</c> (and <c>v, ok = m[k]</c>, <c>x.(T)</c>, <c>&lt;-c</c>): unified IR
    /// assigns temporaries first (<c>DCL t1; DCL t2; t1, t2 = f(); a, b = t1, t2</c>) and the
    /// visitor refunds the temporaries (4 per value, 1 for the extra assignment).
    /// </summary>
    private void AssignMulti(IReadOnlyList<Expr> lhs, Expr rhs, bool define)
    {
        int n = lhs.Count;
        for (int i = 0; i < n; i++) Step(1);              // DCL tmp
        Step();                                            // tmp1, tmp2 = f()
        for (int i = 0; i < n; i++) Step();
        Expr(rhs);
        _budget += 4 * n + 1;                              // the OAS2 refund
        Nodes -= 4 * n + 1;
        Step();                                            // a, b = tmp1, tmp2
        var types = TupleTypes(rhs, n);
        for (int i = 0; i < n; i++) Expr(lhs[i]);
        for (int i = 0; i < n; i++)
        {
            var lt = LhsType(lhs[i]);
            if (lt != null && NeedsIfaceConv(types[i], lt)) Step();
            Step();                                        // tmp
        }
        if (define) foreach (var l in lhs) if (IsDeclared(l)) Declare();
    }

    /// <summary>
    /// typecheck.RewriteMultiValueCall: <c>f(g())</c>, <c>return g()</c> of a multi-value g
    /// assign g's results to temporaries first (<c>DCL t1; DCL t2; t1, t2 = g()</c>, an
    /// OAS2FUNC the visitor does not refund) and use the temporaries.
    /// </summary>
    private void MultiValueTemps(Expr call, int n)
    {
        for (int i = 0; i < n; i++) Step(1);               // DCL tmp
        Step();                                            // tmp1, tmp2 = g()
        for (int i = 0; i < n; i++) Step();
        Expr(call);
    }

    /// <summary>The uses of those temporaries, each converted to its destination's type.</summary>
    private void TempUses(IReadOnlyList<GoType?> types, IReadOnlyList<GoType?> targets)
    {
        for (int i = 0; i < types.Count; i++)
        {
            var t = i < targets.Count ? targets[i] : null;
            if (t != null && NeedsIfaceConv(types[i], t)) Step();
            Step();
        }
    }

    private void MultiValue(Expr call, IReadOnlyList<GoType?> targets)
    {
        var types = TupleTypes(call, targets.Count);
        MultiValueTemps(call, types.Count);
        TempUses(types, targets);
    }

    private List<GoType?> TupleTypes(Expr rhs, int n)
    {
        var t = _info.TypeOf(rhs);
        var list = new List<GoType?>();
        if (t is Types.Tuple tu) for (int i = 0; i < n; i++) list.Add(i < tu.Length ? tu[i] : null);
        else { list.Add(t); for (int i = 1; i < n; i++) list.Add(Universe.Bool); }
        return list;
    }

    private bool IsDeclared(Expr l) => Unparen(l) is Name n && _info.Defs.GetValueOrDefault(n) is Var;

    private GoType? LhsType(Expr l)
    {
        l = Unparen(l);
        if (l is Name { Value: "_" }) return null;
        if (l is Name n && _info.ObjectOf(n) is Var v) return v.Type;
        return _info.TypeOf(l);
    }

    private void LocalVar(VarDecl vd)
    {
        if (vd.Values.IsEmpty)
        {
            foreach (var n in vd.Names)
                if (n.Value != "_") { Declare(); Step(); Step(); } // DCL x; x = <nil>
            return;
        }
        if (vd.Names.Length == vd.Values.Length)
        {
            if (vd.Names.Length == 1)
            {
                if (vd.Names[0].Value != "_") Declare();   // var _ = e is _ = e
                Step();
                Expr(vd.Names[0]);
                Value(vd.Values[0], _info.ObjectOf(vd.Names[0])?.Type);
                return;
            }
            Step();
            foreach (var n in vd.Names) Expr(n);
            for (int i = 0; i < vd.Values.Length; i++) Value(vd.Values[i], _info.ObjectOf(vd.Names[i])?.Type);
            foreach (var n in vd.Names) if (n.Value != "_") Declare();
            return;
        }
        AssignMulti(vd.Names.Cast<Expr>().ToList(), vd.Values[0], define: true);
    }

    private void PackageVar(VarDecl vd)
    {
        // The package initializer holds x = e (OAS) or a, b = f() (OAS2) per spec.
        if (vd.Names.Length == vd.Values.Length)
            for (int i = 0; i < vd.Names.Length; i++)
            {
                Step();
                Expr(vd.Names[i]);
                Value(vd.Values[i], _info.ObjectOf(vd.Names[i])?.Type);
            }
        else
        {
            Step();
            foreach (var n in vd.Names) Expr(n);
            Expr(vd.Values[0]);
        }
    }

    // ---- expressions ----------------------------------------------------------------------

    /// <summary>Whether assigning a value of type <paramref name="from"/> to <paramref name="to"/>
    /// makes Go insert an implicit OCONVIFACE.</summary>
    internal static bool NeedsIfaceConv(GoType? from, GoType to)
    {
        if (from == null || to.Underlying is not Interface) return false;
        if (from is Basic { Kind: BasicKind.UntypedNil }) return false;
        if (from.Underlying is Interface) return !Predicates.Identical(Alias(from), Alias(to));
        return true;
    }

    /// <summary><c>any</c> is an alias: the type <c>interface{}</c> itself.</summary>
    private static GoType Alias(GoType t) => ReferenceEquals(t, Universe.AnyType) ? t.Underlying : t;

    /// <summary>An expression assigned to a place of type <paramref name="target"/>: with its implicit conversion.</summary>
    private void Value(Expr e, GoType? target)
    {
        if (_spilled.Contains(e)) { Step(); return; }
        if (target != null && !IsNil(e) && NeedsIfaceConv(_info.TypeOf(e), target)) Step();
        Expr(e);
    }

    private bool IsNil(Expr e) => _info.TypeOf(e) is Basic { Kind: BasicKind.UntypedNil };

    private bool IsConst(Expr e) => _info.Types.TryGetValue(e, out var tv) && (tv.Mode == OperandMode.Constant && tv.Value != null);

    private void Expr(Expr e)
    {
        if (_spilled.Contains(e)) { Step(); return; }   // a variable the go/defer wrapper captured
        if (IsConst(e) || IsNil(e)) { Step(); return; }  // OLITERAL, ONIL
        switch (e)
        {
            case ParenExpr p:
                Expr(p.X);
                return;
            case Name:
                Step();
                return;
            case BasicLit:
                Step();
                return;
            case FuncLit lit:
                Step(15);                                   // OCLOSURE; its body is another function
                _notes.Add(new CostNote(lit.Pos, "function literal (its body is a function of its own)", 16));
                return;
            case CompositeLit cl:
                CompositeLit(cl);
                return;
            case UnaryExpr u:
                Unary(u);
                return;
            case BinaryExpr b:
                Binary(b);
                return;
            case SelectorExpr sel:
                Selector(sel);
                return;
            case IndexExpr ix:
                {
                    var xt = _info.TypeOf(ix.X)?.Underlying;
                    Step();
                    if (xt is Pointer) Step();                // implicit *p of p[i] on a pointer to array
                    Expr(ix.X);
                    if (xt is Map m) Value(ix.Index, m.Key); else Expr(ix.Index);
                    return;
                }
            case SliceExpr sx:
                {
                    var xt = _info.TypeOf(sx.X)?.Underlying;
                    Step();
                    if (xt is Types.Array) Step();            // OSLICEARR of &arr
                    Expr(sx.X);
                    if (sx.Low != null) Expr(sx.Low);
                    if (sx.High != null) Expr(sx.High);
                    if (sx.Max != null) Expr(sx.Max);
                    return;
                }
            case AssertExpr ae:
                {
                    var src = _info.TypeOf(ae.X)?.Underlying as Interface;
                    var dst = _info.TypeOf(ae);
                    // From a non-empty interface to a concrete type, Go 1.22 costs 5 (measured).
                    Step(src is { IsEmpty: false } && dst?.Underlying is not Interface ? 4 : 0);
                    Expr(ae.X);
                    return;
                }
            case CallExpr c:
                Call(c);
                return;
            case KeyValueExpr kv:
                Step();
                Expr(kv.Key);
                Expr(kv.Value);
                return;
            default:
                Step();
                foreach (var ch in e.Children) if (ch is Expr ce) Expr(ce);
                return;
        }
    }

    private void CompositeLit(CompositeLit cl)
    {
        var t = _info.TypeOf(cl);
        if (t is Pointer p)
        {
            Step();                                         // OPTRLIT of an elided &T{...}
            t = p.Elem;
        }
        switch (t?.Underlying)
        {
            case Struct st:
                Step();
                for (int i = 0; i < cl.Elems.Length; i++)
                {
                    Step();                                 // OSTRUCTKEY
                    var el = cl.Elems[i];
                    GoType? ft = null;
                    if (el is KeyValueExpr kv)
                    {
                        var f = st.Fields.FirstOrDefault(x => Unparen(kv.Key) is Name kn && x.Name == kn.Value);
                        ft = f?.Type;
                        el = kv.Value;
                    }
                    else if (i < st.Fields.Length) ft = st.Fields[i].Type;
                    Value(el, ft);
                }
                return;
            case Slice sl:
                Step(1);                                    // OSLICELIT costs 2
                Elements(cl, sl.Elem, null);
                return;
            case Types.Array ar:
                Step();
                Elements(cl, ar.Elem, null);
                return;
            case Map m:
                Step();
                Elements(cl, m.Elem, m.Key);
                return;
            default:
                Step();
                foreach (var el in cl.Elems) Expr(el);
                return;
        }
    }

    private void Elements(CompositeLit cl, GoType elem, GoType? key)
    {
        foreach (var el in cl.Elems)
        {
            if (el is KeyValueExpr kv)
            {
                Step();                                     // OKEY
                if (key != null) Value(kv.Key, key); else Expr(kv.Key);
                Value(kv.Value, elem);
            }
            else Value(el, elem);
        }
    }

    private void Unary(UnaryExpr u)
    {
        switch (u.Op)
        {
            case Op.And:
                if (Unparen(u.X) is CompositeLit lit)
                {
                    Step();                                 // OPTRLIT
                    CompositeLit(lit);
                    return;
                }
                AddrOf(u.X);
                return;
            case Op.Mul:
                {
                    var x = Unparen(u.X);
                    Step(x is UnaryExpr { Op: Op.And } ? -1 : 0); // *&x costs half
                    Expr(u.X);
                    return;
                }
            default:
                Step();
                Expr(u.X);
                return;
        }
    }

    /// <summary>OADDR of x; <c>&amp;s.f</c> with s a name and f at offset 0 costs nothing more than s.</summary>
    private void AddrOf(Expr x)
    {
        int extra = 0;
        if (Unparen(x) is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal
            && Unparen(sel.X) is Name && FieldOffset(sel, s) == 0)
            extra = -2;
        Step(extra);
        Expr(x);
    }

    private long FieldOffset(SelectorExpr sel, Selection s)
    {
        var t = _info.TypeOf(sel.X);
        if (t?.Underlying is Pointer p) t = p.Elem;
        if (t?.Underlying is not Struct st) return -1;
        var offs = Sizes.Offsetsof(st);
        return s.Index < offs.Length ? offs[s.Index] : -1;
    }

    private void Binary(BinaryExpr b)
    {
        if (b.Op == Op.Add && _info.TypeOf(b)?.Underlying is Basic { IsString: true })
        {
            Step();                                         // OADDSTR over the whole chain
            foreach (var operand in ConcatOperands(b)) Expr(operand);
            return;
        }
        Step();
        var xt = _info.TypeOf(b.X);
        var yt = _info.TypeOf(b.Y);
        if (b.Op.IsComparison() && xt != null && yt != null)
        {
            // Comparing an interface with a concrete value converts the concrete one.
            Value(b.X, yt.Underlying is Interface && xt.Underlying is not Interface ? yt : null);
            Value(b.Y, xt.Underlying is Interface && yt.Underlying is not Interface ? xt : null);
            return;
        }
        Expr(b.X);
        Expr(b.Y);
    }

    private IEnumerable<Expr> ConcatOperands(Expr e)
    {
        var u = Unparen(e);
        if (u is BinaryExpr { Op: Op.Add } b && !IsConst(u))
        {
            foreach (var x in ConcatOperands(b.X)) yield return x;
            foreach (var y in ConcatOperands(b.Y)) yield return y;
        }
        else yield return e;
    }

    private void Selector(SelectorExpr sel)
    {
        if (Unparen(sel.X) is Name pn && _info.Uses.GetValueOrDefault(pn) is PkgName)
        {
            Step();                                         // fmt.Println as a value: ONAME
            return;
        }
        if (!_info.Selections.TryGetValue(sel, out var s)) { Step(); Expr(sel.X); return; }
        switch (s.Kind)
        {
            case SelectionKind.FieldVal:
                Step();                                     // ODOT / ODOTPTR
                Expr(sel.X);
                return;
            case SelectionKind.MethodExpr:
                Step(-1);                                   // OMETHEXPR is free
                return;
            default:
                Step(1);                                    // OMETHVALUE costs 2
                Receiver(sel, s);
                return;
        }
    }

    /// <summary>A method's receiver with Go's implicit &amp;x or *p.</summary>
    private void Receiver(SelectorExpr sel, Selection s)
    {
        if (_spilled.Contains(sel.X)) { Step(); return; }   // the wrapper's copy of the receiver (&x included)
        var xt = _info.TypeOf(sel.X);
        if (s.Recv.Underlying is Interface || s.Obj is not Types.Func m || xt == null) { Expr(sel.X); return; }
        bool ptrRecv = m.HasPtrRecv, ptrX = xt.Underlying is Pointer && xt is not Named;
        if (ptrRecv && !ptrX) AddrOf(sel.X);
        else if (!ptrRecv && ptrX) { Step(); Expr(sel.X); }
        else Expr(sel.X);
    }

    // ---- calls ------------------------------------------------------------------------------

    private void Call(CallExpr c)
    {
        if (_facts.IsType(c.Fun))
        {
            Conversion(c);
            return;
        }
        if (_facts.BuiltinOf(c) is { } b)
        {
            BuiltinCall(c, b);
            return;
        }
        var sel = _facts.MethodCall(c);
        if (sel != null && sel.Recv.Underlying is Interface)
        {
            // OCALLINTER: a dynamic call, never inlined here.
            Step(InlineExtraCallCost);
            _notes.Add(new CostNote(c.Pos, $"interface method call {GoExprPrinter.Print(c.Fun, _info)}: a call that stays a call", InlineExtraCallCost));
            Step();                                         // ODOTINTER
            var recv = ((SelectorExpr)Unparen(c.Fun)).X;
            if (!_spilled.Contains(recv) && _facts.HasCallOrRecv(recv)) Temp(recv); else Expr(recv);
            Args(c);
            return;
        }
        // OCALLFUNC: the callee's inline cost if Go would inline it here, else the call cost.
        // A callee the go/defer wrapper captured is the outer function's expression.
        var calleeFrame = _spilled.Contains(c.Fun) ? _frame.Lexical ?? _frame : _frame;
        var callee = _countOnly ? null : _inl.InlCallee(c.Fun, calleeFrame, _fn).Fn;
        int charge;
        string why;
        if (callee != null && callee.InlCost is int cost && CanInlineCallExpr(callee, out why))
        {
            charge = cost;
            why = $"call to {callee.Name}: its inline cost";
        }
        else
        {
            charge = InlineExtraCallCost;
            why = callee == null
                ? $"call of {GoExprPrinter.Print(c.Fun, _info)}: callee not known statically before inlining, a call that stays a call"
                : $"call to {callee.Name}: not inlinable here ({NotInlinableWhy(callee)}), a call that stays a call";
        }
        _notes.Add(new CostNote(c.Pos, why, charge));
        Step(charge);
        // A concrete method call is T.M(recv, args) from the start (the reader builds an
        // OMETHEXPR call), so its receiver is an argument and needs no temporary.
        if (sel != null)
        {
            Step(-1);                                       // OMETHEXPR; the receiver is the first argument
            Receiver((SelectorExpr)Unparen(c.Fun), sel);
        }
        else if (!_spilled.Contains(c.Fun) && Unparen(c.Fun) is FuncLit lit)
        {
            Step(15);                                       // OCLOSURE
        }
        else if (!_spilled.Contains(c.Fun) && _facts.HasCallOrRecv(c.Fun))
            Temp(c.Fun);                                    // f()(): the callee through a temporary
        else Expr(c.Fun);
        Args(c);
    }

    /// <summary>RewriteNonNameCall: <c>.autotmp_N = e</c> in the call's init, then the temporary.</summary>
    private void Temp(Expr e)
    {
        Step(1);                                            // DCL tmp
        Step();                                             // tmp = e
        Step();
        Expr(e);
        Step();                                             // tmp
    }

    private string NotInlinableWhy(InlFunc callee)
    {
        if (ReferenceEquals(callee, _fn)) return "recursive call";
        if (callee.InlCost is int c) return $"cost {c} exceeds {(_isBig ? InlineBigFunctionMaxCost : Inliner.InlineMaxBudget)}";
        if (!callee.Checked) return "not yet checked: same recursive cycle";
        return callee.Reason ?? "not inlinable";
    }

    /// <summary>canInlineCallExpr without logging (the inline tree is empty before inlining).</summary>
    private bool CanInlineCallExpr(InlFunc callee, out string why)
    {
        why = "";
        if (callee.InlCost is not int cost) return false;
        if (cost > (_isBig ? InlineBigFunctionMaxCost : Inliner.InlineMaxBudget)) return false;
        if (ReferenceEquals(callee, _fn)) return false;
        return true;
    }

    /// <summary>The arguments with their implicit conversions; variadic ones packed into a
    /// <c>... argument</c> slice literal (2 + elements), or <c>nil</c> when there are none.</summary>
    private void Args(CallExpr c)
    {
        var sig = _facts.SigOf(c);
        if (sig == null) { foreach (var a in c.Args) Expr(a); return; }
        var ps = sig.Params.Vars;
        bool variadic = StdPackages.IsVariadicSig(sig) && !c.HasDots;
        if (c.Args.Length == 1 && _info.TypeOf(c.Args[0]) is Types.Tuple { Length: > 1 } tuple)
        {
            var types = TupleTypes(c.Args[0], tuple.Length);
            MultiValueTemps(c.Args[0], types.Count);
            var targets = new List<GoType?>();
            for (int i = 0; i < types.Count; i++)
                targets.Add(variadic && i >= ps.Length - 1 ? (ps[^1].Type as Slice)?.Elem : i < ps.Length ? ps[i].Type : null);
            if (variadic) Step(1);                          // ... argument of the temporaries
            TempUses(types, targets);
            return;
        }
        int fixedCount = variadic ? ps.Length - 1 : ps.Length;
        for (int i = 0; i < c.Args.Length && i < fixedCount; i++) Value(c.Args[i], ps[i].Type);
        if (!variadic)
        {
            for (int i = fixedCount; i < c.Args.Length; i++) Expr(c.Args[i]);
            return;
        }
        var elem = (ps[^1].Type as Slice)?.Elem;
        if (c.Args.Length <= fixedCount) { Step(); return; }   // nil...
        Step(1);                                                // ... argument (OSLICELIT)
        for (int i = fixedCount; i < c.Args.Length; i++) Value(c.Args[i], elem);
    }

    private void Conversion(CallExpr c)
    {
        var to = _info.TypeOf(c);
        if (c.Args.Length == 1 && IsNil(c.Args[0]) && to?.Underlying is not Interface) { Step(); return; } // T(nil) is a typed nil
        var x = c.Args.Length > 0 ? c.Args[0] : null;
        var from = x != null ? _info.TypeOf(x) : null;
        if (x != null && to?.Underlying is Slice { Elem.Underlying: Basic { Kind: BasicKind.Int32 } }
            && _info.Types.TryGetValue(x, out var xtv) && xtv.Value is { Kind: ConstKind.String } sv)
        {
            // []rune("const") is written as a slice literal: 2, and 3 per rune (index: value).
            Step(1);
            int runes = sv.Str.EnumerateRunes().Count();
            for (int i = 0; i < runes; i++) { Step(); Step(); Step(); }
            return;
        }
        if (to != null && from != null)
        {
            if (to.Underlying is Interface) Step(NeedsIfaceConv(from, to) ? 0 : -1);
            else Step(Inliner.IsConvNop(from, to) ? -1 : 0);
        }
        else Step();
        if (x != null) Expr(x);
    }

    private void BuiltinCall(CallExpr c, Builtin b)
    {
        if (c.Args.Length == 1 && _info.TypeOf(c.Args[0]) is Types.Tuple { Length: > 1 } tuple)
        {
            Step();                                         // append(f()), println(f()): through temporaries
            MultiValue(c.Args[0], new GoType?[tuple.Length]);
            return;
        }
        switch (b.Id)
        {
            case BuiltinId.Recover:
                Fail("call to recover", c.Pos);
                return;
            case BuiltinId.Panic:
                {
                    var arg = c.Args[0];
                    bool implicitConv = !_spilled.Contains(arg) && NeedsIfaceConv(_info.TypeOf(arg), Universe.AnyType);
                    Step(InlineExtraPanicCost - (implicitConv ? 1 : 0));
                    _notes.Add(new CostNote(c.Pos, "panic", InlineExtraPanicCost + 1));
                    Value(arg, Universe.AnyType);
                    return;
                }
            case BuiltinId.New:
                Step();
                return;
            case BuiltinId.Make:
                {
                    Step();
                    var t = _info.TypeOf(c.Args[0])?.Underlying;
                    if (t is Slice)
                        for (int i = 1; i < c.Args.Length; i++) Expr(c.Args[i]);
                    else if (c.Args.Length > 1) Expr(c.Args[1]);
                    else Step();                            // the implicit size 0
                    return;
                }
            case BuiltinId.Append:
                {
                    Step();
                    var elem = (_info.TypeOf(c.Args[0])?.Underlying as Slice)?.Elem;
                    Expr(c.Args[0]);
                    for (int i = 1; i < c.Args.Length; i++)
                        if (c.HasDots) Expr(c.Args[i]); else Value(c.Args[i], elem);
                    return;
                }
            case BuiltinId.Delete:
                {
                    Step();
                    Expr(c.Args[0]);
                    Value(c.Args[1], (_info.TypeOf(c.Args[0])?.Underlying as Map)?.Key);
                    return;
                }
            default:
                Step();
                foreach (var a in c.Args) Expr(a);
                return;
        }
    }
}

/// <summary>IsBigFunc's count of a function's IR nodes (the hairy visitor's walk, no costs).</summary>
internal sealed class NodeCounter(Inliner inl, InlFunc fn)
{
    public int Count()
    {
        var v = new HairyVisitor(inl, fn, new Frame(fn, fn, null, null, null), isBig: false, stopEarly: false, countOnly: true);
        v.TooHairy();
        return v.Nodes;
    }
}
