using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Types;

/// <summary>Statements and declarations inside functions (types2 stmt.go, assignments.go,
/// decl.go, return.go for "missing return").</summary>
public sealed partial class Checker
{
    // Where break, continue and fallthrough may appear.
    private bool _inLoop, _inBreakable;
    // Every scope opened while checking the current function, for "declared and not used".
    private List<Scope> _funcScopes = new();

    private void FuncBody(Scope outer, Signature sig, BlockStmt body)
    {
        var saved = (_scope, _funcSig, _inLoop, _inBreakable, _funcScopes, _iota);
        _scope = new Scope(outer, "function");
        _funcSig = sig;
        _inLoop = _inBreakable = false;
        _funcScopes = new List<Scope> { _scope };
        _iota = null;
        if (sig.Recv is { Name: not "" and not "_" } recv) _scope.Insert(recv);
        foreach (var p in sig.Params.Vars) if (p.Name is not "" and not "_") DeclareLocal(p, null);
        foreach (var r in sig.Results.Vars) if (r.Name is not "" and not "_") DeclareLocal(r, null);

        CheckLabels(body);
        StmtList(body.List);
        if (sig.Results.Length > 0 && !IsTerminatingList(body.List))
            Error(body.Rbrace, "missing return");

        // "declared and not used", sorted by position, after the body's other errors.
        var unused = _funcScopes.SelectMany(s => s.Objects).OfType<Var>()
            .Where(v => v.Kind == VarKind.Local && !v.Used && v.Name != "_" && !_implicitVars.Contains(v))
            .OrderBy(v => v.Pos, Comparer<Pos>.Create(Pos.Compare));
        foreach (var v in unused) Error(v.Pos, $"{v.Name} declared and not used");
        (_scope, _funcSig, _inLoop, _inBreakable, _funcScopes, _iota) = saved;
    }

    private void DeclareLocal(Object obj, Name? name)
    {
        if (name != null) _info.Defs[name] = obj.Name == "_" ? null : obj;
        if (obj.Name == "_") return;
        if (_scope.Insert(obj) is { } prev) Redeclared(obj.Pos, obj.Name, prev);
    }

    private void OpenScope(string comment)
    {
        _scope = new Scope(_scope, comment);
        _funcScopes.Add(_scope);
    }

    private void CloseScope() => _scope = _scope.Parent!;

    private void StmtList(IEnumerable<Stmt> list)
    {
        foreach (var s in list) Stmt(s);
    }

    private void Stmt(Stmt s)
    {
        int delayedStart = _delayed.Count;
        StmtCore(s);
        // Function literals are checked before the enclosing scope changes.
        while (_delayed.Count > delayedStart)
        {
            var d = _delayed[delayedStart];
            _delayed.RemoveAt(delayedStart);
            d();
        }
    }

    private void StmtCore(Stmt s)
    {
        switch (s)
        {
            case EmptyStmt:
                break;
            case DeclStmt ds:
                foreach (var d in ds.Decls) LocalDecl(d);
                break;
            case ExprStmt es:
                {
                    var x = new Operand();
                    RawExpr(x, es.X, null, false);
                    string? msg = null;
                    switch (x.Mode)
                    {
                        case OperandMode.Invalid: return;
                        case OperandMode.NoValue: return;
                        case OperandMode.Builtin: msg = "must be called"; break;
                        case OperandMode.TypeExpr: msg = "is not an expression"; break;
                        default:
                            if (IsStatementExpr(es.X)) return;
                            msg = "is not used";
                            break;
                    }
                    Error(AstStart(es.X), $"{x} {msg}");
                    break;
                }
            case SendStmt send:
                {
                    var ch = new Operand();
                    var v = new Operand();
                    Expr(ch, send.Chan);
                    Expr(v, send.Value);
                    if (ch.IsInvalid || v.IsInvalid) return;
                    if (ch.Type.Underlying is not Chan c)
                    {
                        Error(AstStart(send.Chan), $"{InvalidOp}cannot send to non-channel {ch}");
                        return;
                    }
                    if (c.Dir == ChanDir.RecvOnly)
                    {
                        Error(AstStart(send.Chan), $"{InvalidOp}cannot send to receive-only channel {ch}");
                        return;
                    }
                    Assignment(v, c.Elem, "send");
                    break;
                }
            case IncDecStmt inc:
                {
                    var x = new Operand();
                    Expr(x, inc.X);
                    if (x.IsInvalid) return;
                    if (!Predicates.IsNumeric(x.Type))
                    {
                        Error(AstStart(inc.X), $"{InvalidOp}{ExprString.Format(inc.X)}{(inc.Inc ? "++" : "--")} (non-numeric type {TypeString.Format(x.Type)})");
                        return;
                    }
                    AssignVar(inc.X, x, null);
                    break;
                }
            case AssignStmt a:
                Assign(a);
                break;
            case BlockStmt b:
                OpenScope("block");
                StmtList(b.List);
                CloseScope();
                break;
            case ReturnStmt r:
                Return(r);
                break;
            case LabeledStmt ls:
                Stmt(ls.Stmt);
                break;
            case SelectStmt sel:
                Select(sel);
                break;
            case BranchStmt { Label: not null }:
                break; // labelled branches are checked per function (Checker.Labels.cs)
            case BranchStmt br:
                switch (br.Kind)
                {
                    case BranchKind.Break when !_inBreakable:
                        Error(br.Pos, "break is not in a loop, switch, or select");
                        break;
                    case BranchKind.Continue when !_inLoop:
                        Error(br.Pos, "continue is not in a loop");
                        break;
                    case BranchKind.Fallthrough:
                        // Allowed placements are checked by the switch statement.
                        if (!_fallthroughOk) Error(br.Pos, "fallthrough statement out of place");
                        break;
                }
                break;
            case GoStmt g:
                CallStmt(g.Call, "go");
                break;
            case DeferStmt d:
                CallStmt(d.Call, "defer");
                break;
            case IfStmt i:
                {
                    OpenScope("if");
                    if (i.Init != null) Stmt(i.Init);
                    var c = new Operand();
                    Expr(c, i.Cond);
                    if (!c.IsInvalid && !Predicates.IsBoolean(c.Type))
                        Error(AstStart(i.Cond), "non-boolean condition in if statement");
                    Stmt(i.Then);
                    if (i.Else != null) Stmt(i.Else);
                    CloseScope();
                    break;
                }
            case ForStmt f:
                {
                    OpenScope("for");
                    if (f.Init != null) Stmt(f.Init);
                    if (f.Cond != null)
                    {
                        var c = new Operand();
                        Expr(c, f.Cond);
                        if (!c.IsInvalid && !Predicates.IsBoolean(c.Type))
                            Error(AstStart(f.Cond), "non-boolean condition in for statement");
                    }
                    if (f.Post != null) Stmt(f.Post);
                    Loop(() => Stmt(f.Body));
                    CloseScope();
                    break;
                }
            case RangeStmt r:
                Range(r);
                break;
            case SwitchStmt sw:
                Switch(sw);
                break;
            case TypeSwitchStmt ts:
                TypeSwitch(ts);
                break;
        }
    }

    private bool _fallthroughOk;

    /// <summary>Calls and receives may stand alone, except conversions and calls of the
    /// builtins that only compute a value (types2: the expression's kind is "statement").</summary>
    private bool IsStatementExpr(Expr e)
    {
        e = Unparen(e);
        if (e is UnaryExpr { Op: Syntax.Ast.Operator.Arrow }) return true;
        if (e is not CallExpr call) return false;
        if (_info.Types.TryGetValue(call.Fun, out var fun))
        {
            if (fun.Mode == OperandMode.TypeExpr) return false;
        }
        if (Unparen(call.Fun) is Name n && _info.Uses.GetValueOrDefault(n) is Builtin b)
            return b.Id is not (BuiltinId.Append or BuiltinId.Cap or BuiltinId.Len or BuiltinId.Make or BuiltinId.New or BuiltinId.Min or BuiltinId.Max);
        return true;
    }

    // The per-clause variables of type switches: "declared and not used" is reported once, for the switch.
    private readonly HashSet<Var> _implicitVars = new(ReferenceEqualityComparer.Instance);

    private void Loop(Action body)
    {
        var saved = (_inLoop, _inBreakable, _fallthroughOk);
        _inLoop = _inBreakable = true;
        _fallthroughOk = false;
        body();
        (_inLoop, _inBreakable, _fallthroughOk) = saved;
    }

    private void CallStmt(CallExpr call, string keyword)
    {
        var x = new Operand();
        RawExpr(x, call, null, false);
        if (x.Mode == OperandMode.TypeExpr || (call.Fun is Name n && _scope.Lookup(n.Value) is TypeName))
            Error(AstStart(call), $"{keyword} requires function call, not conversion");
        else if (x.Mode is OperandMode.Value or OperandMode.Constant && call.Fun is Name bn && _scope.Lookup(bn.Value) is Builtin b
                 && b.Id is BuiltinId.Append or BuiltinId.Cap or BuiltinId.Len or BuiltinId.Make or BuiltinId.New or BuiltinId.Min or BuiltinId.Max)
            Error(AstStart(call), $"{keyword} discards result of {ExprString.Format(call)}");
    }

    // ---- declarations -------------------------------------------------------------------

    private void LocalDecl(Decl d)
    {
        switch (d)
        {
            case ConstDecl c:
                {
                    Arity(c.Pos, c.Names, c.Values, constDecl: true, c.Inherited);
                    var objs = c.Names.Select(n => new Const(n.Pos, _pkg, n.Value, null, null)).ToList();
                    ConstDeclObjects(c, objs);
                    for (int i = 0; i < objs.Count; i++) DeclareLocal(objs[i], c.Names[i]);
                    break;
                }
            case VarDecl v:
                {
                    Arity(v.Pos, v.Names, v.Values, constDecl: false, false);
                    var objs = v.Names.Select(n => (Var?)new Var(n.Pos, _pkg, n.Value, null, VarKind.Local)).ToList();
                    VarDeclObjects(v, objs, null);
                    for (int i = 0; i < objs.Count; i++) DeclareLocal(objs[i]!, v.Names[i]);
                    break;
                }
            case TypeDecl t:
                {
                    var tn = new TypeName(t.Name.Pos, _pkg, t.Name.Value);
                    var named = new Named(tn);
                    tn.Type = named;
                    DeclareLocal(tn, t.Name);
                    named.SetUnderlying(TypExpr(t.Type, named));
                    if (named.Underlying != Universe.Invalid) ValidType(named);
                    break;
                }
        }
    }

    /// <summary>The number of names and values of a const or var spec must match (types2 arity).</summary>
    private void Arity(Pos pos, ImmutableArray<Name> names, ImmutableArray<Expr> inits, bool constDecl, bool inherited)
    {
        int l = names.Length, r = inits.Length;
        if (l < r)
        {
            var n = inits[l];
            if (inherited) Error(pos, $"extra init expr at {n.Pos}");
            else Error(AstStart(n), $"extra init expr {ExprString.Format(n)}");
        }
        else if (l > r && (constDecl || r != 1) && (r > 0 || constDecl))
        {
            var n = names[r];
            Error(n.Pos, $"missing init expr for {n.Value}");
        }
    }

    /// <summary>Gives constants their types and values; a spec without values repeats the previous one's with its own iota.</summary>
    private void ConstDeclObjects(ConstDecl d, IList<Const> objs)
    {
        var savedIota = _iota;
        _iota = ConstValue.Of(d.Iota);
        Type? t = d.Type != null ? TypExpr(d.Type) : null;
        if (d.Values.IsEmpty)
        {
            foreach (var o in objs) { o.Type = Universe.Invalid; }
            _iota = savedIota;
            return;
        }
        for (int i = 0; i < d.Names.Length; i++)
        {
            var obj = objs.Count == d.Names.Length ? objs[i] : objs.FirstOrDefault(o => o.Name == d.Names[i].Value && o.Pos == d.Names[i].Pos);
            if (i >= d.Values.Length)
            {
                if (obj != null) obj.Type = Universe.Invalid;
                continue;
            }
            var x = new Operand();
            Expr(x, d.Values[i]);
            if (obj == null) continue;
            if (x.IsInvalid) { obj.Type = Universe.Invalid; continue; }
            if (x.Mode != OperandMode.Constant)
            {
                Error(AstStart(d.Values[i]), $"{x} is not constant");
                obj.Type = Universe.Invalid;
                continue;
            }
            if (t != null)
            {
                if (t.Underlying is not Basic { IsConstType: true })
                {
                    Error(AstStart(d.Type!), $"invalid constant type {TypeString.Format(t)}");
                    obj.Type = Universe.Invalid;
                    continue;
                }
                Assignment(x, t, "constant declaration");
                if (x.IsInvalid) { obj.Type = Universe.Invalid; continue; }
            }
            obj.Type = x.Type;
            obj.Value = x.Value;
        }
        _iota = savedIota;
    }

    /// <summary>Types and initialises the variables of one var spec. For a package-level
    /// variable only <paramref name="only"/> needs resolving, but all share the initialiser.</summary>
    private void VarDeclObjects(VarDecl d, IList<Var?> objs, Var? only)
    {
        if (only != null && objs.Any(o => o != null && o != only && o.Type != null)) return; // already done with a sibling
        Type? t = d.Type != null ? TypExpr(d.Type) : null;
        if (t != null) foreach (var o in objs) if (o != null) o.Type = t;
        if (d.Values.IsEmpty)
        {
            if (t == null) foreach (var o in objs) if (o != null) o.Type = Universe.Invalid;
            return;
        }
        var lhs = objs.Select((o, i) => o ?? new Var(d.Names[i].Pos, _pkg, "_", t, VarKind.Local)).ToList();
        if (lhs.Count == 1 && d.Values.Length == 1)
        {
            var x = new Operand();
            Expr(x, d.Values[0], t);
            InitVar(lhs[0], x, "variable declaration");
            return;
        }
        InitVars(lhs, d.Values, null);
    }

    private void InitVar(Var v, Operand x, string context)
    {
        if (x.IsInvalid || x.Type == Universe.Invalid)
        {
            v.Type ??= Universe.Invalid;
            return;
        }
        if (v.Type == null)
        {
            // Infer the type: untyped constants take their default type.
            var t = x.Type;
            if (Predicates.IsUntyped(t))
            {
                if (x.IsNil)
                {
                    Error(AstStart(x.Expr!), $"use of untyped nil in {context}");
                    v.Type = Universe.Invalid;
                    return;
                }
                t = Universe.DefaultType(t);
            }
            v.Type = t;
        }
        Assignment(x, v.Type, context);
    }

    /// <summary>n:n initialisation, or n variables from one multi-valued expression (types2 initVars).</summary>
    private void InitVars(List<Var> lhs, ImmutableArray<Expr> rhs, ReturnStmt? ret)
    {
        string context = ret != null ? "return statement" : "assignment";
        int l = lhs.Count, r = rhs.Length;
        bool isCall = r == 1 && Unparen(rhs[0]) is CallExpr;
        if (l == r && !isCall)
        {
            for (int i = 0; i < l; i++)
            {
                var x = new Operand();
                Expr(x, rhs[i], lhs[i].Type);
                InitVar(lhs[i], x, context);
            }
            return;
        }
        if (r != 1)
        {
            var ops = rhs.Select(e => { var o = new Operand(); Expr(o, e); return o; }).ToList();
            if (ops.All(o => !o.IsInvalid))
            {
                if (ret != null) ReturnError(ret, lhs, ops);
                else AssignError(rhs, l, r);
            }
            foreach (var v in lhs) v.Type ??= Universe.Invalid;
            return;
        }
        var values = MultiExpr(rhs[0], l == 2 && ret == null);
        if (values.Count == l)
        {
            for (int i = 0; i < l; i++) InitVar(lhs[i], values[i], context);
            return;
        }
        if (values.Count > 0 && !values[0].IsInvalid)
        {
            if (ret != null) ReturnError(ret, lhs, values);
            else AssignError(rhs, l, values.Count);
        }
        foreach (var v in lhs) v.Type ??= Universe.Invalid;
    }


    /// <summary>The values of one expression: several for a multi-valued call, two for comma-ok.</summary>
    private List<Operand> MultiExpr(Expr e, bool allowCommaOk)
    {
        var x = new Operand();
        RawExpr(x, e, null, false);
        Exclude(x, noValue: true, builtin: true, typeExpr: true);
        if (x.IsInvalid) return [x];
        if (x.Type is Tuple t && x.Mode == OperandMode.Value)
            return t.Vars.Select(v => new Operand { Mode = OperandMode.Value, Expr = e, Type = v.Type! }).ToList();
        if (x.Mode == OperandMode.CommaOk || x.Mode == OperandMode.MapIndex && allowCommaOk)
        {
            if (allowCommaOk)
            {
                var ok = new Operand { Mode = OperandMode.Value, Expr = e, Type = Universe.UntypedBool };
                x.Mode = OperandMode.Value;
                return [x, ok];
            }
            x.Mode = OperandMode.Value;
        }
        return [x];
    }

    private void AssignError(ImmutableArray<Expr> rhs, int l, int r)
    {
        string vars = Measure(l, "variable"), vals = Measure(r, "value");
        if (rhs.Length == 1 && Unparen(rhs[0]) is CallExpr call)
            Error(AstStart(rhs[0]), $"assignment mismatch: {vars} but {ExprString.Format(call.Fun)} returns {vals}");
        else
            Error(AstStart(rhs[0]), $"assignment mismatch: {vars} but {vals}");
    }

    private static string Measure(int n, string unit) => $"{n} {unit}{(n != 1 ? "s" : "")}";

    private void ReturnError(ReturnStmt ret, List<Var> lhs, List<Operand> rhs)
    {
        int l = lhs.Count, r = rhs.Count;
        Pos at = ret.Pos;
        string qualifier = "not enough";
        if (r > l) { at = AstStart(rhs[l].Expr!); qualifier = "too many"; }
        else if (r > 0) at = AstStart(rhs[r - 1].Expr!);
        Error(at, $"{qualifier} return values\n\thave {TypesSummary(rhs.Select(o => o.Type), false)}\n\twant {TypesSummary(lhs.Select(v => v.Type ?? Universe.Invalid), false)}");
    }

    private void Return(ReturnStmt r)
    {
        var results = _funcSig!.Results;
        if (r.Results.IsEmpty)
        {
            if (results.Length > 0 && results.Vars[0].Name == "")
                Error(r.Pos, $"not enough return values\n\thave ()\n\twant {TypesSummary(results.Vars.Select(v => v.Type!), false)}");
            return;
        }
        if (results.Length == 0)
        {
            var ops = r.Results.Select(e => { var o = new Operand(); Expr(o, e); return o; }).ToList();
            if (ops.All(o => !o.IsInvalid))
                Error(AstStart(r.Results[0]), $"too many return values\n\thave {TypesSummary(ops.Select(o => o.Type), false)}\n\twant ()");
            return;
        }
        // Result variables keep their declared types; check assignability to copies.
        var lhs = results.Vars.Select(v => new Var(v.Pos, _pkg, v.Name, v.Type, VarKind.Result)).ToList();
        InitVars(lhs, r.Results, r);
    }

    // ---- assignments --------------------------------------------------------------------

    private void Assign(AssignStmt a)
    {
        if (a.Define)
        {
            ShortVarDecl(a);
            return;
        }
        if (a.Op is { } op)
        {
            if (a.Lhs.Length != 1 || a.Rhs.Length != 1)
            {
                Error(a.Pos, $"assignment operation {op.Symbol()}= requires single-valued expressions");
                return;
            }
            var x = new Operand();
            Binary(x, null, a.Lhs[0], a.Rhs[0], op);
            if (x.IsInvalid) return;
            AssignVar(a.Lhs[0], x, null);
            return;
        }
        int l = a.Lhs.Length, r = a.Rhs.Length;
        bool isCall = r == 1 && Unparen(a.Rhs[0]) is CallExpr;
        if (l == r && !isCall)
        {
            for (int i = 0; i < l; i++)
            {
                var lhsType = LhsType(a.Lhs[i]);
                var x = new Operand();
                Expr(x, a.Rhs[i], lhsType);
                AssignVar(a.Lhs[i], x, lhsType);
            }
            return;
        }
        if (r != 1)
        {
            foreach (var e in a.Lhs) LhsType(e);
            var ops = a.Rhs.Select(e => { var o = new Operand(); Expr(o, e); return o; }).ToList();
            if (ops.All(o => !o.IsInvalid)) AssignError(a.Rhs, l, r);
            return;
        }
        var values = MultiExpr(a.Rhs[0], l == 2);
        if (values.Count == l)
        {
            for (int i = 0; i < l; i++) AssignVar(a.Lhs[i], values[i], LhsType(a.Lhs[i]));
            return;
        }
        if (!values[0].IsInvalid) AssignError(a.Rhs, l, values.Count);
        foreach (var e in a.Lhs) LhsType(e);
    }

    // Cache of left-hand-side evaluations within one assignment, so each is checked once.
    private readonly Dictionary<Expr, Operand> _lhsCache = new(ReferenceEqualityComparer.Instance);

    /// <summary>Evaluates an assignment target (without marking a variable as used) and returns its type.</summary>
    private Type? LhsType(Expr lhs)
    {
        if (Unparen(lhs) is Name { Value: "_" } blank)
        {
            _info.Defs[blank] = null;
            return null;
        }
        if (_lhsCache.TryGetValue(lhs, out var cached)) return cached.IsInvalid ? null : cached.Type;
        // Assigning to a local variable does not count as using it.
        Var? v = null;
        bool wasUsed = false;
        if (Unparen(lhs) is Name n && _scope.Lookup(n.Value) is Var lv && lv.Pkg == _pkg)
        {
            v = lv;
            wasUsed = lv.Used;
        }
        var x = new Operand();
        Expr(x, lhs);
        if (v != null) v.Used = wasUsed;
        _lhsCache[lhs] = x;
        if (x.IsInvalid) return null;
        switch (x.Mode)
        {
            case OperandMode.Variable:
            case OperandMode.MapIndex:
                return x.Type;
            default:
                if (Unparen(lhs) is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal
                    && Unparen(sel.X) is IndexExpr ix && _info.TypeOf(ix.X)?.Underlying is Map)
                    Error(AstStart(lhs), $"cannot assign to struct field {ExprString.Format(lhs)} in map");
                else
                    Error(AstStart(lhs), $"cannot assign to {ExprString.Format(lhs)} (neither addressable nor a map index expression)");
                x.Mode = OperandMode.Invalid;
                return null;
        }
    }

    private void AssignVar(Expr lhs, Operand x, Type? lhsType)
    {
        lhsType ??= LhsType(lhs);
        _lhsCache.Remove(lhs);
        if (x.IsInvalid) return;
        if (lhsType == null)
        {
            if (Unparen(lhs) is Name { Value: "_" }) Assignment(x, null, "assignment to _ identifier");
            return;
        }
        Assignment(x, lhsType, "assignment");
    }

    private void ShortVarDecl(AssignStmt a)
    {
        var lhsVars = new List<Var>();
        var newVars = new List<(Var, Name)>();
        bool hasErr = false;
        var seen = new HashSet<string>();
        foreach (var e in a.Lhs)
        {
            if (e is not Name n)
            {
                Use(e);
                Error(AstStart(e), $"non-name {ExprString.Format(e)} on left side of :=");
                hasErr = true;
                lhsVars.Add(new Var(e.Pos, _pkg, "_", null));
                continue;
            }
            if (n.Value != "_" && !seen.Add(n.Value))
            {
                Error(n.Pos, $"{n.Value} repeated on left side of :=");
                hasErr = true;
                lhsVars.Add(new Var(n.Pos, _pkg, "_", null));
                continue;
            }
            if (n.Value != "_" && _scope.LookupLocal(n.Value) is { } existing)
            {
                _info.Uses[n] = existing;
                if (existing is Var ev) lhsVars.Add(ev);
                else
                {
                    Error(n.Pos, $"cannot assign to {n.Value}");
                    hasErr = true;
                    lhsVars.Add(new Var(n.Pos, _pkg, "_", null));
                }
                continue;
            }
            var v = new Var(n.Pos, _pkg, n.Value, null, VarKind.Local);
            lhsVars.Add(v);
            newVars.Add((v, n));
            _info.Defs[n] = n.Value == "_" ? null : v;
        }
        // Existing variables keep their types; only new ones are inferred.
        var targets = lhsVars.Select(v => newVars.Any(nv => ReferenceEquals(nv.Item1, v)) ? v : new Var(v.Pos, _pkg, v.Name, v.Type, VarKind.Local) { Used = true }).ToList();
        InitVars(targets, a.Rhs, null);
        foreach (var (v, n) in newVars)
            if (n.Value != "_") _scope.Insert(v);
        if (newVars.Count == 0 && !hasErr)
            Error(a.Pos, "no new variables on left side of :=");
        else if (newVars.Count > 0 && newVars.All(nv => nv.Item2.Value == "_") && !hasErr && lhsVars.Count == newVars.Count)
        {
            // `_ := x` declares nothing either.
            Error(a.Pos, "no new variables on left side of :=");
        }
    }

    // ---- range, switch ------------------------------------------------------------------

    private void Range(RangeStmt r)
    {
        OpenScope("range");
        var x = new Operand();
        Expr(x, r.X);
        Type? key = null, val = null;
        if (!x.IsInvalid)
        {
            switch (x.Type.Underlying)
            {
                case Basic b when b.IsString: key = Universe.Int; val = Universe.Rune; break;
                case Basic b when b.IsInteger:
                    if (r.Value != null) Error(AstStart(r.Value), $"range over {x} permits only one iteration variable");
                    else if (r.Extra != null) Error(AstStart(r.Extra), "range clause permits at most two iteration variables");
                    if (Predicates.IsUntyped(x.Type)) ConvertUntyped(x, Universe.DefaultType(x.Type));
                    key = x.Type;
                    break;
                case Array a: key = Universe.Int; val = a.Elem; break;
                case Pointer { Elem.Underlying: Array pa }: key = Universe.Int; val = pa.Elem; break;
                case Slice s: key = Universe.Int; val = s.Elem; break;
                case Map m: key = m.Key; val = m.Elem; break;
                case Chan c:
                    key = c.Elem;
                    if (r.Value != null) Error(AstStart(r.Value), $"range over {x} permits only one iteration variable");
                    else if (r.Extra != null) Error(AstStart(r.Extra), "range clause permits at most two iteration variables");
                    break;
                default:
                    Error(AstStart(r.X), $"cannot range over {x}");
                    break;
            }
        }
        if (r.Extra != null && val != null)
            Error(AstStart(r.Extra), "range clause permits at most two iteration variables");
        var vars = new[] { r.Key, r.Value };
        var types = new[] { key, val };
        if (r.Define)
        {
            var declared = new List<(Var, Name)>();
            for (int i = 0; i < 2; i++)
            {
                if (vars[i] is not Name n)
                {
                    if (vars[i] != null) { Error(AstStart(vars[i]!), $"non-name {ExprString.Format(vars[i]!)} on left side of :="); }
                    continue;
                }
                var v = new Var(n.Pos, _pkg, n.Value, types[i] ?? Universe.Invalid, VarKind.Local);
                _info.Defs[n] = n.Value == "_" ? null : v;
                declared.Add((v, n));
            }
            foreach (var (v, n) in declared) if (n.Value != "_") _scope.Insert(v);
        }
        else
        {
            for (int i = 0; i < 2; i++)
            {
                if (vars[i] == null || types[i] == null) continue;
                var lt = LhsType(vars[i]!);
                _lhsCache.Remove(vars[i]!);
                if (lt != null && !Predicates.AssignableTo(types[i]!, lt, out _))
                    Error(AstStart(vars[i]!), $"cannot use {ExprString.Format(vars[i]!)} (value of type {TypeString.Format(types[i]!)}) as {TypeString.Format(lt)} value in range clause");
            }
        }
        Loop(() => Stmt(r.Body));
        CloseScope();
    }

    private void Switch(SwitchStmt sw)
    {
        OpenScope("switch");
        if (sw.Init != null) Stmt(sw.Init);
        var tag = new Operand();
        if (sw.Tag != null)
        {
            Expr(tag, sw.Tag);
            if (!tag.IsInvalid)
            {
                Assignment(tag, null, "switch expression");
                if (!tag.IsInvalid && !Predicates.Comparable(tag.Type) && !Predicates.HasNil(tag.Type))
                {
                    Error(AstStart(sw.Tag), $"cannot switch on {tag} ({TypeString.Format(tag.Type)} is not comparable)");
                    tag.Mode = OperandMode.Invalid;
                }
            }
        }
        else
        {
            // A missing tag is the typed constant true.
            tag = new Operand { Mode = OperandMode.Constant, Type = Universe.Bool, Value = ConstValue.Of(true), Expr = new Name(sw.Pos, "true") };
        }
        CaseClause? firstDefault = null;
        var seenConsts = new Dictionary<string, Pos>();
        for (int ci = 0; ci < sw.Clauses.Length; ci++)
        {
            var clause = sw.Clauses[ci];
            if (clause.IsDefault)
            {
                if (firstDefault != null) Error(clause.Pos, $"multiple defaults (first at {firstDefault.Pos})");
                else firstDefault = clause;
            }
            foreach (var e in clause.Cases)
            {
                // types2 caseValues: the case value converts to the tag's type, then compares.
                var x = new Operand();
                Expr(x, e);
                if (x.IsInvalid || tag.IsInvalid) continue;
                var y = new Operand { Mode = tag.Mode, Expr = tag.Expr, Type = tag.Type, Value = tag.Value };
                ConvertUntyped(x, y.Type);
                if (x.IsInvalid) continue;
                var cmp = new Operand { Mode = x.Mode, Expr = x.Expr, Type = x.Type, Value = x.Value };
                Comparison(cmp, y, Syntax.Ast.Operator.Eql, null, switchCase: true);
                if (cmp.IsInvalid) continue;
                if (x.Mode == OperandMode.Constant && x.Value!.Kind is ConstKind.Int or ConstKind.Float or ConstKind.String)
                {
                    string key = x.Value + "|" + TypeString.Format(x.Type);
                    if (seenConsts.TryGetValue(key, out var prev))
                        Error(AstStart(e), $"duplicate case {x} in expression switch\n\t{prev}: previous case");
                    else seenConsts[key] = Unparen(e).Pos;
                }
            }
            OpenScope("case");
            var saved = (_inBreakable, _fallthroughOk);
            _inBreakable = true;
            for (int si = 0; si < clause.Body.Length; si++)
            {
                bool last = si == clause.Body.Length - 1;
                _fallthroughOk = last && clause.Body[si] is BranchStmt { Kind: BranchKind.Fallthrough };
                if (_fallthroughOk && ci == sw.Clauses.Length - 1)
                {
                    Error(clause.Body[si].Pos, "cannot fallthrough final case in switch");
                    _fallthroughOk = true;
                }
                Stmt(clause.Body[si]);
            }
            (_inBreakable, _fallthroughOk) = saved;
            CloseScope();
        }
        CloseScope();
    }

    private void TypeSwitch(TypeSwitchStmt ts)
    {
        OpenScope("type switch");
        if (ts.Init != null) Stmt(ts.Init);
        var x = new Operand();
        Expr(x, ts.X);
        Interface? xi = null;
        if (!x.IsInvalid)
        {
            xi = x.Type.Underlying as Interface;
            if (xi == null)
                Error(AstStart(ts.X), $"{x} is not an interface");
        }
        if (ts.Binding is { Value: "_" } blankBinding)
            Error(blankBinding.Pos, "no new variable on left side of :=");
        var clauseVars = new List<Var>();
        CaseClause? firstDefault = null;
        var seen = new List<(Type T, Expr E)>();
        foreach (var clause in ts.Clauses)
        {
            if (clause.IsDefault)
            {
                if (firstDefault != null) Error(clause.Pos, $"multiple defaults (first at {firstDefault.Pos})");
                else firstDefault = clause;
            }
            Type? single = null;
            foreach (var e in clause.Cases)
            {
                Type t;
                single = null;
                if (Unparen(e) is Name { Value: "nil" } nn && _scope.Lookup("nil") is Nil nilObj)
                {
                    _info.Uses[nn] = nilObj;
                    t = Universe.UntypedNil;
                }
                else
                {
                    t = TypExpr(e);
                    if (t == Universe.Invalid) continue;
                }
                var dup = seen.FirstOrDefault(s => ReferenceEquals(s.T, t) || (s.T != Universe.UntypedNil && t != Universe.UntypedNil && Predicates.Identical(s.T, t)));
                if (dup.E != null)
                {
                    Error(AstStart(e), $"duplicate case {(t == Universe.UntypedNil ? "nil" : TypeString.Format(t))} in type switch\n\t{AstStart(dup.E)}: previous case");
                    continue;
                }
                seen.Add((t, e));
                single = t;
                if (t != Universe.UntypedNil && xi != null && t.Underlying is not Interface
                    && Predicates.MissingMethodCause(t, xi) is { } mm)
                    Error(AstStart(e), $"impossible type switch case: {ExprString.Format(e)}\n\t{x} cannot have dynamic type {TypeString.Format(t)} {mm.Cause}");
            }
            if (clause.Cases.Length != 1) single = null;
            OpenScope("case");
            if (ts.Binding is { Value: not "_" } b)
            {
                var vt = xi == null ? Universe.Invalid : single != null && single != Universe.UntypedNil ? single : x.Type;
                var v = new Var(b.Pos, _pkg, b.Value, vt, VarKind.Local);
                _scope.Insert(v);
                _info.Implicits[clause] = v;
                clauseVars.Add(v);
                _implicitVars.Add(v);
            }
            var saved = _inBreakable;
            _inBreakable = true;
            StmtList(clause.Body);
            _inBreakable = saved;
            CloseScope();
        }
        if (ts.Binding is { Value: not "_" } binding)
        {
            _info.Defs[binding] = null;
            if (clauseVars.Count > 0 && clauseVars.All(v => !v.Used) || clauseVars.Count == 0)
                Error(binding.Pos, $"{binding.Value} declared and not used");
        }
        CloseScope();
    }

    // ---- terminating statements (spec "Terminating statements") --------------------------

    private bool IsTerminatingList(ImmutableArray<Stmt> list)
    {
        for (int i = list.Length - 1; i >= 0; i--)
        {
            if (list[i] is EmptyStmt) continue;
            return IsTerminating(list[i]);
        }
        return false;
    }

    private bool IsTerminating(Stmt s, string label = "")
    {
        switch (s)
        {
            case ReturnStmt: return true;
            case BranchStmt { Kind: BranchKind.Goto or BranchKind.Fallthrough }: return true;
            case LabeledStmt ls: return IsTerminating(ls.Stmt, ls.Label.Value);
            case ExprStmt { X: CallExpr c } when Unparen(c.Fun) is Name { Value: "panic" } n && _info.Uses.GetValueOrDefault(n) is Builtin: return true;
            case BlockStmt b: return IsTerminatingList(b.List);
            case IfStmt i: return i.Else != null && IsTerminatingList(i.Then.List) && IsTerminating(i.Else);
            case ForStmt f: return f.Cond == null && !f.Body.List.Any(x => HasBreakStmt(x, label, true));
            case SwitchStmt sw:
                return sw.Clauses.Any(c => c.IsDefault) && sw.Clauses.All(c => !c.Body.Any(x => HasBreakStmt(x, label, true)) &&
                    (IsTerminatingList(c.Body) || c.Body.LastOrDefault() is BranchStmt { Kind: BranchKind.Fallthrough }));
            case TypeSwitchStmt ts:
                return ts.Clauses.Any(c => c.IsDefault) && ts.Clauses.All(c => !c.Body.Any(x => HasBreakStmt(x, label, true)) && IsTerminatingList(c.Body));
            case SelectStmt sel:
                return sel.Clauses.All(c => !c.Body.Any(x => HasBreakStmt(x, label, true)) && IsTerminatingList(c.Body));
        }
        return false;
    }

    /// <summary>types2 hasBreak: whether s contains a break that targets the enclosing statement
    /// (labelled <paramref name="label"/>): an unlabelled one outside nested loops and switches
    /// (<paramref name="implicit"/>), or <c>break label</c> at any depth.</summary>
    private static bool HasBreakStmt(Stmt s, string label, bool @implicit) => s switch
    {
        BranchStmt { Kind: BranchKind.Break, Label: null } => @implicit,
        BranchStmt { Kind: BranchKind.Break } br => br.Label!.Value == label,
        LabeledStmt ls => HasBreakStmt(ls.Stmt, label, @implicit),
        BlockStmt b => b.List.Any(x => HasBreakStmt(x, label, @implicit)),
        IfStmt i => i.Then.List.Any(x => HasBreakStmt(x, label, @implicit)) || (i.Else != null && HasBreakStmt(i.Else, label, @implicit)),
        ForStmt f => label != "" && f.Body.List.Any(x => HasBreakStmt(x, label, false)),
        RangeStmt r => label != "" && r.Body.List.Any(x => HasBreakStmt(x, label, false)),
        SwitchStmt sw => label != "" && sw.Clauses.Any(c => c.Body.Any(x => HasBreakStmt(x, label, false))),
        TypeSwitchStmt ts => label != "" && ts.Clauses.Any(c => c.Body.Any(x => HasBreakStmt(x, label, false))),
        SelectStmt sel => label != "" && sel.Clauses.Any(c => c.Body.Any(x => HasBreakStmt(x, label, false))),
        _ => false,
    };
}
