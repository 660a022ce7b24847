using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Inline;

/// <summary>
/// Copies a function body for the inlined program. Two modes:
/// <list type="bullet">
/// <item>a function's own body (<c>fresh = false</c>): only the nodes on the path to an inlined
/// call are new (path copying); everything else is the original node, so the original tree
/// stays untouched and shared;</item>
/// <item>an inlined copy of a callee's body (<c>fresh = true</c>): every node is new, every
/// variable the body declares is a fresh variable of the caller (Go's inlvars: an inlined
/// parameter becomes a local of the caller), and every position records the call it was inlined
/// at (Go's inlining position base), except in the bodies of function literals, which Go reads
/// without inline context.</item>
/// </list>
/// Every new node gets the checker facts of the node it copies (<see cref="Info"/>), so the later
/// passes read the copy exactly as they read the original.
/// </summary>
internal sealed class BodyCopier
{
    private readonly InlineRewriter _rewriter;
    private readonly Info _info;
    private readonly InlinedAt? _at;
    private readonly bool _fresh;
    private readonly Dictionary<Var, Var> _vars;
    private readonly IReadOnlyDictionary<CallExpr, InlinedCall> _calls;

    public BodyCopier(InlineRewriter rewriter, InlinedAt? at, bool fresh, Dictionary<Var, Var> vars, IReadOnlyDictionary<CallExpr, InlinedCall> calls)
    {
        _rewriter = rewriter; _info = rewriter.Info; _at = at; _fresh = fresh; _vars = vars; _calls = calls;
    }

    /// <summary>The variables of the original body and the caller's variables standing for them.</summary>
    public Dictionary<Var, Var> Vars => _vars;

    private Pos P(Pos p) => _at == null || !p.IsKnown ? p : p with { InlinedAt = _at };

    // ---------------------------------------------------------------- names and variables

    /// <summary>The variables this copy declared, in order (Go's Dcl list of the inlinee).</summary>
    public List<Var> Declared { get; } = new();

    /// <summary>A fresh local of the caller for a variable of the copied body, at the copied position.</summary>
    public Var FreshVar(Var v, string? name = null)
    {
        var nv = new Var(P(v.Pos), v.Pkg, name ?? v.Name, v.Type, VarKind.Local) { Used = v.Used };
        _vars[v] = nv;
        Declared.Add(nv);
        return nv;
    }

    /// <summary>A new variable of the copy that the callee's source does not declare (<c>~r0</c>).</summary>
    public Var NewVar(Pos pos, string name, GoType type)
    {
        var nv = new Var(pos, null, name, type, VarKind.Local);
        Declared.Add(nv);
        return nv;
    }

    /// <summary>A new name declaring <paramref name="v"/>.</summary>
    public Name DefName(Pos pos, string name, Var? v)
    {
        var n = new Name(P(pos), name);
        _info.Defs[n] = v;
        if (v?.Type is { } t) _info.Types[n] = new TypeAndValue(OperandMode.Variable, t, null);
        return n;
    }

    private Name CopyName(Name n)
    {
        if (_info.Defs.TryGetValue(n, out var def))
        {
            if (!_fresh) return n;
            var nn = new Name(P(n.Pos), n.Value);
            _info.Defs[nn] = def is Var v && v.Kind != VarKind.Package && !v.IsField ? FreshVar(v) : def;
            CopyFacts(n, nn);
            return nn;
        }
        if (_info.Uses.TryGetValue(n, out var use))
        {
            if (use is Var uv && _vars.TryGetValue(uv, out var mapped))
            {
                var nn = new Name(P(n.Pos), n.Value);
                _info.Uses[nn] = mapped;
                CopyFacts(n, nn);
                return nn;
            }
            if (!_fresh) return n;
            var copy = new Name(P(n.Pos), n.Value);
            _info.Uses[copy] = use;
            CopyFacts(n, copy);
            return copy;
        }
        if (!_fresh) return n;
        var plain = new Name(P(n.Pos), n.Value);
        CopyFacts(n, plain);
        return plain;
    }

    private T CopyFacts<T>(Expr from, T to) where T : Expr
    {
        if (_info.Types.TryGetValue(from, out var tv)) _info.Types[to] = tv;
        return to;
    }

    // ---------------------------------------------------------------- helpers for lists

    private ImmutableArray<Expr> Exprs(ImmutableArray<Expr> list, out bool changed)
    {
        changed = false;
        if (list.IsDefaultOrEmpty) return list;
        var b = ImmutableArray.CreateBuilder<Expr>(list.Length);
        foreach (var e in list)
        {
            var c = Expr(e);
            changed |= !ReferenceEquals(c, e);
            b.Add(c);
        }
        return changed ? b.MoveToImmutable() : list;
    }

    private ImmutableArray<Stmt> Stmts(ImmutableArray<Stmt> list, out bool changed)
    {
        changed = false;
        if (list.IsDefaultOrEmpty) return list;
        var b = ImmutableArray.CreateBuilder<Stmt>(list.Length);
        foreach (var s in list)
        {
            var c = Stmt(s);
            changed |= !ReferenceEquals(c, s);
            b.Add(c);
        }
        return changed ? b.MoveToImmutable() : list;
    }

    private Expr? OptExpr(Expr? e, ref bool changed)
    {
        if (e == null) return null;
        var c = Expr(e);
        changed |= !ReferenceEquals(c, e);
        return c;
    }

    private Stmt? OptStmt(Stmt? s, ref bool changed)
    {
        if (s == null) return null;
        var c = Stmt(s);
        changed |= !ReferenceEquals(c, s);
        return c;
    }

    private bool New(bool changed) => _fresh || changed;

    // ---------------------------------------------------------------- expressions

    public Expr Expr(Expr e)
    {
        switch (e)
        {
            case Name n: return CopyName(n);
            case BasicLit l: return _fresh ? CopyFacts(l, new BasicLit(P(l.Pos), l.Kind, l.Value)) : l;
            case CompositeLit c:
                {
                    var elems = Exprs(c.Elems, out bool ch);
                    return New(ch) ? CopyFacts(c, new CompositeLit(P(c.Pos), c.Type, elems, P(c.Rbrace))) : c;
                }
            case KeyValueExpr kv:
                {
                    bool ch = false;
                    // A struct literal's key is a field name, not an expression to copy.
                    var key = kv.Key is Name fieldKey && !_info.Types.ContainsKey(fieldKey) && !_info.Uses.ContainsKey(fieldKey) ? kv.Key : OptExpr(kv.Key, ref ch)!;
                    var value = OptExpr(kv.Value, ref ch)!;
                    return New(ch) ? CopyFacts(kv, new KeyValueExpr(P(kv.Pos), key, value)) : kv;
                }
            case FuncLit f: return FuncLit(f);
            case ParenExpr p:
                {
                    bool ch = false;
                    var x = OptExpr(p.X, ref ch)!;
                    return New(ch) ? CopyFacts(p, new ParenExpr(P(p.Pos), x)) : p;
                }
            case SelectorExpr s:
                {
                    bool ch = false;
                    var x = OptExpr(s.X, ref ch)!;
                    if (!New(ch)) return s;
                    var sel = new Name(P(s.Sel.Pos), s.Sel.Value);
                    if (_info.Uses.TryGetValue(s.Sel, out var o)) _info.Uses[sel] = o;
                    CopyFacts(s.Sel, sel);
                    var ns = CopyFacts(s, new SelectorExpr(P(s.Pos), x, sel));
                    if (_info.Selections.TryGetValue(s, out var selection)) _info.Selections[ns] = selection;
                    return ns;
                }
            case IndexExpr ix:
                {
                    bool ch = false;
                    var x = OptExpr(ix.X, ref ch)!;
                    var i = OptExpr(ix.Index, ref ch)!;
                    return New(ch) ? CopyFacts(ix, new IndexExpr(P(ix.Pos), x, i)) : ix;
                }
            case SliceExpr se:
                {
                    bool ch = false;
                    var x = OptExpr(se.X, ref ch)!;
                    var lo = OptExpr(se.Low, ref ch);
                    var hi = OptExpr(se.High, ref ch);
                    var max = OptExpr(se.Max, ref ch);
                    return New(ch) ? CopyFacts(se, new SliceExpr(P(se.Pos), x, lo, hi, max, se.Full)) : se;
                }
            case AssertExpr a:
                {
                    bool ch = false;
                    var x = OptExpr(a.X, ref ch)!;
                    return New(ch) ? CopyFacts(a, new AssertExpr(P(a.Pos), x, a.Type)) : a;
                }
            case UnaryExpr u:
                {
                    bool ch = false;
                    var x = OptExpr(u.X, ref ch)!;
                    return New(ch) ? CopyFacts(u, new UnaryExpr(P(u.Pos), u.Op, x)) : u;
                }
            case BinaryExpr b:
                {
                    bool ch = false;
                    var x = OptExpr(b.X, ref ch)!;
                    var y = OptExpr(b.Y, ref ch)!;
                    return New(ch) ? CopyFacts(b, new BinaryExpr(P(b.Pos), b.Op, x, y)) : b;
                }
            case CallExpr c:
                {
                    if (_calls.TryGetValue(c, out var site) && _rewriter.CanRewrite(site))
                        return _rewriter.Inline(this, c, site);
                    return CopyCall(c);
                }
            case TypeSwitchGuard g:
                {
                    bool ch = false;
                    var x = OptExpr(g.X, ref ch)!;
                    return New(ch) ? CopyFacts(g, new TypeSwitchGuard(P(g.Pos), x)) : g;
                }
            case InlinedCallExpr:
                throw new InvalidOperationException("an inlined call in an original body");
            default:
                // Type expressions (ArrayType, MapType, ...) hold no variables: shared.
                return e;
        }
    }

    /// <summary>A call that stays a call (its arguments may hold inlined calls).</summary>
    public CallExpr CopyCall(CallExpr c)
    {
        bool ch = false;
        // A conversion's or builtin's operand keeps its own shape; the callee expression is copied like any other.
        var fun = OptExpr(c.Fun, ref ch)!;
        ImmutableArray<Expr> args;
        bool ach;
        if (c.Args.Length == 1 && Unparen(c.Args[0]) is CallExpr spread && _info.TypeOf(spread) is Types.Tuple { Length: > 1 })
        {
            // f(g()) with a multi-value g: Go spreads g's results through .autotmp_N
            // temporaries; MiniGo's escape pass models that spread on a call only, so g stays a
            // call here (its -m lines then lack the copy's; listed in InlineGoldenTests).
            var copied = CopyCall(spread);
            ach = !ReferenceEquals(copied, c.Args[0]);
            args = ach ? [copied] : c.Args;
        }
        else args = Exprs(c.Args, out ach);
        ch |= ach;
        return New(ch) ? CopyFacts(c, new CallExpr(P(c.Pos), fun, args, c.HasDots, P(c.Rparen))) : c;
    }

    private Expr FuncLit(FuncLit f)
    {
        if (!_fresh)
        {
            // A closure of the function itself: Go inlines the calls in its body too.
            var body = (BlockStmt)Stmt(f.Body);
            return ReferenceEquals(body, f.Body) ? f : CopyFacts(f, new FuncLit(f.Pos, f.Type, body));
        }
        // A literal inside an inlined body becomes a new closure of the caller. Go reads its body
        // without inline context (original positions) and never inlines into it.
        var litPos = P(f.Pos);
        var inner = new BodyCopier(_rewriter, new InlinedAt(litPos, litPos, printsCall: false), fresh: true, _vars, ImmutableDictionary<CallExpr, InlinedCall>.Empty);
        var type = inner.FuncType(f.Type);
        var copy = CopyFacts(f, new FuncLit(litPos, type, (BlockStmt)inner.Stmt(f.Body)));
        _rewriter.NoteLiteralCopy(f, copy, _vars);
        return copy;
    }

    /// <summary>A function literal's signature with fresh parameter and result variables.</summary>
    public FuncType FuncType(FuncType t)
    {
        Field F(Field fd) => new(fd.Pos, fd.Name is { } n ? DefName(n.Pos, n.Value, _info.Defs.GetValueOrDefault(n) is Var v ? FreshVar(v) : null) : null, fd.Type, fd.Tag);
        return new FuncType(t.Pos, t.Params.Select(F).ToImmutableArray(), t.Results.Select(F).ToImmutableArray());
    }

    // ---------------------------------------------------------------- statements

    public Stmt Stmt(Stmt s)
    {
        switch (s)
        {
            case EmptyStmt e: return _fresh ? new EmptyStmt(P(e.Pos)) : e;
            case ExprStmt es:
                {
                    bool ch = false;
                    var x = OptExpr(es.X, ref ch)!;
                    return New(ch) ? new ExprStmt(P(es.Pos), x) : es;
                }
            case SendStmt ss:
                {
                    bool ch = false;
                    var c = OptExpr(ss.Chan, ref ch)!;
                    var v = OptExpr(ss.Value, ref ch)!;
                    return New(ch) ? new SendStmt(P(ss.Pos), c, v) : ss;
                }
            case IncDecStmt id:
                {
                    bool ch = false;
                    var x = OptExpr(id.X, ref ch)!;
                    return New(ch) ? new IncDecStmt(P(id.Pos), x, id.Inc) : id;
                }
            case AssignStmt a:
                {
                    // Right-hand sides first: in `x := f(x)` the new x is not yet in scope.
                    var rhs = Exprs(a.Rhs, out bool rch);
                    var lhs = Exprs(a.Lhs, out bool lch);
                    return New(rch || lch) ? new AssignStmt(P(a.Pos), a.Op, a.Define, lhs, rhs) : a;
                }
            case BlockStmt b:
                {
                    var list = Stmts(b.List, out bool ch);
                    return New(ch) ? new BlockStmt(P(b.Pos), list, P(b.Rbrace)) : b;
                }
            case DeclStmt d:
                {
                    bool ch = false;
                    var decls = ImmutableArray.CreateBuilder<Decl>(d.Decls.Length);
                    foreach (var decl in d.Decls)
                    {
                        var c = Decl(decl);
                        ch |= !ReferenceEquals(c, decl);
                        decls.Add(c);
                    }
                    return New(ch) ? new DeclStmt(P(d.Pos), decls.MoveToImmutable()) : d;
                }
            case ReturnStmt r:
                {
                    var results = Exprs(r.Results, out bool ch);
                    return New(ch) ? new ReturnStmt(P(r.Pos), results) : r;
                }
            case BranchStmt br: return _fresh ? new BranchStmt(P(br.Pos), br.Kind, br.Label != null ? CopyLabel(br.Label) : null) : br;
            case LabeledStmt ls:
                {
                    var inner = Stmt(ls.Stmt);
                    return _fresh || !ReferenceEquals(inner, ls.Stmt) ? new LabeledStmt(P(ls.Pos), CopyLabel(ls.Label), inner) : ls;
                }
            case SelectStmt sel:
                {
                    bool ch = false;
                    var clauses = ImmutableArray.CreateBuilder<CommClause>(sel.Clauses.Length);
                    foreach (var c in sel.Clauses)
                    {
                        bool cch = false;
                        var comm = OptStmt(c.Comm, ref cch);
                        var body = Stmts(c.Body, out bool bch);
                        cch |= bch;
                        ch |= cch;
                        clauses.Add(New(cch) ? new CommClause(P(c.Pos), comm, P(c.Colon), body) : c);
                    }
                    return New(ch) ? new SelectStmt(P(sel.Pos), clauses.MoveToImmutable(), P(sel.Rbrace)) : sel;
                }
            case GoStmt g:
                {
                    var call = CopyCall(g.Call);
                    return New(!ReferenceEquals(call, g.Call)) ? new GoStmt(P(g.Pos), call) : g;
                }
            case DeferStmt df:
                {
                    var call = CopyCall(df.Call);
                    return New(!ReferenceEquals(call, df.Call)) ? new DeferStmt(P(df.Pos), call) : df;
                }
            case IfStmt i:
                {
                    bool ch = false;
                    var init = OptStmt(i.Init, ref ch);
                    var cond = OptExpr(i.Cond, ref ch)!;
                    var then = (BlockStmt)OptStmt(i.Then, ref ch)!;
                    var els = OptStmt(i.Else, ref ch);
                    return New(ch) ? new IfStmt(P(i.Pos), init, cond, then, els) : i;
                }
            case ForStmt f:
                {
                    bool ch = false;
                    var init = OptStmt(f.Init, ref ch);
                    var cond = OptExpr(f.Cond, ref ch);
                    var post = OptStmt(f.Post, ref ch);
                    var body = (BlockStmt)OptStmt(f.Body, ref ch)!;
                    return New(ch) ? new ForStmt(P(f.Pos), init, cond, post, body) : f;
                }
            case RangeStmt r:
                {
                    bool ch = false;
                    var x = OptExpr(r.X, ref ch)!;
                    var key = OptExpr(r.Key, ref ch);
                    var value = OptExpr(r.Value, ref ch);
                    var extra = OptExpr(r.Extra, ref ch);
                    var body = (BlockStmt)OptStmt(r.Body, ref ch)!;
                    return New(ch) ? new RangeStmt(P(r.Pos), P(r.RangePos), key, value, r.Define, x, body, extra) : r;
                }
            case SwitchStmt sw:
                {
                    bool ch = false;
                    var init = OptStmt(sw.Init, ref ch);
                    var tag = OptExpr(sw.Tag, ref ch);
                    var clauses = Clauses(sw.Clauses, ref ch);
                    return New(ch) ? new SwitchStmt(P(sw.Pos), init, tag, clauses, P(sw.Rbrace)) : sw;
                }
            case TypeSwitchStmt ts:
                {
                    bool ch = false;
                    var init = OptStmt(ts.Init, ref ch);
                    var x = OptExpr(ts.X, ref ch)!;
                    Name? binding = ts.Binding;
                    if (_fresh && binding != null)
                    {
                        binding = new Name(P(binding.Pos), binding.Value);
                        _info.Defs[binding] = null;
                    }
                    var clauses = Clauses(ts.Clauses, ref ch);
                    return New(ch) ? new TypeSwitchStmt(P(ts.Pos), init, binding, x, P(ts.GuardPos), clauses, P(ts.Rbrace)) : ts;
                }
            default:
                throw new NotSupportedException($"inliner: cannot copy {s.GetType().Name} at {s.Pos}");
        }
    }

    // Go's reader renames the labels of an inlined body (~L·N), so that two copies in one
    // function do not share a label.
    private static int s_labelGen;
    private readonly int _labelGen = Interlocked.Increment(ref s_labelGen);

    private Name CopyLabel(Name label) =>
        _fresh && label.Value != "_" ? new Name(P(label.Pos), $"~{label.Value}·{_labelGen}") : label;

    private ImmutableArray<CaseClause> Clauses(ImmutableArray<CaseClause> clauses, ref bool changed)
    {
        var b = ImmutableArray.CreateBuilder<CaseClause>(clauses.Length);
        bool any = false;
        foreach (var c in clauses)
        {
            var cases = Exprs(c.Cases, out bool ch);
            Var? implicitVar = _fresh && _info.Implicits.GetValueOrDefault(c) is Var iv ? FreshVar(iv) : null;
            var body = Stmts(c.Body, out bool bch);
            ch |= bch;
            if (New(ch))
            {
                var nc = new CaseClause(P(c.Pos), c.IsDefault, cases, P(c.Colon), body);
                if (implicitVar != null) _info.Implicits[nc] = implicitVar;
                else if (_info.Implicits.TryGetValue(c, out var o)) _info.Implicits[nc] = o;
                b.Add(nc);
                any = true;
            }
            else b.Add(c);
        }
        changed |= any;
        return any ? b.MoveToImmutable() : clauses;
    }

    private Decl Decl(Decl d)
    {
        switch (d)
        {
            case VarDecl vd:
                {
                    var values = Exprs(vd.Values, out bool ch);
                    var names = vd.Names.Select(CopyName).ToImmutableArray();
                    return New(ch) ? new VarDecl(P(vd.Pos), names, vd.Type, values) : vd;
                }
            case ConstDecl cd when _fresh:
                return new ConstDecl(P(cd.Pos), cd.Names.Select(CopyName).ToImmutableArray(), cd.Type, cd.Values, cd.Iota, cd.Inherited);
            default:
                return d; // local types and constants of the function itself
        }
    }
}
