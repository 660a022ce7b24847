using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>
/// The pre-pass that decides, for every local variable of a function and its function
/// literals, whether it stays in memory (Alloc + Load/Store) or becomes SSA values, and how
/// each function literal captures it. Go's rule for closures (cmd/compile capturevars): a
/// variable is captured by value when it is never reassigned after its declaration, never has
/// its address taken and is at most 128 bytes; otherwise by reference.
///
/// "Reassigned" is Go's escape sense (escape/assign.go: the location of every assignment's
/// destination is marked): an assignment to a field of a struct variable or an element of an
/// array variable (`t.x = n`, `a[0]++`) reassigns the variable. A Go 1.22 loop variable
/// (range or 3-clause) is reassigned by the per-iteration copy at the top of each iteration;
/// Go forgets that when a closure first captures it at the loop's own depth, so it counts
/// here only when a closure captures it from a deeper loop (`for _, x := range xs { for { go
/// func() { _ = x }() ... } }`). The escape analysis refines the by-reference decision (a
/// reassignment before the first capture at the variable's depth is forgotten) but never
/// makes it by reference where this pass did not.
///
/// MiniGo keeps every struct- and array-typed variable in memory: field and element updates
/// are then plain Stores, and the student sees the same shape as go/ssa's for aggregates.
/// </summary>
public sealed class VariableAnalysis
{
    private readonly Info _info;
    private readonly Dictionary<Var, Node> _owner = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _assigned = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _addrTaken = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _captured = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FuncLit, List<Var>> _freeVars = new(ReferenceEqualityComparer.Instance);
    private readonly List<Node> _stack = new();
    /// <summary>Go's loop depth at the walk's position, counted in the innermost function.</summary>
    private int _loopDepth;
    /// <summary>Loop variables (range or 3-clause) and the loop depth of their loop's body.</summary>
    private readonly Dictionary<Var, int> _iterVarDepth = new(ReferenceEqualityComparer.Instance);
    /// <summary>The loop depth at which each function literal appears in its enclosing function.</summary>
    private readonly Dictionary<FuncLit, int> _litDepth = new(ReferenceEqualityComparer.Instance);

    public VariableAnalysis(Info info) { _info = info; }

    public bool IsAssigned(Var v) => _assigned.Contains(v);
    public bool IsAddrTaken(Var v) => _addrTaken.Contains(v);
    public bool IsCaptured(Var v) => _captured.Contains(v);

    /// <summary>Go's capture rule (see the class comment).</summary>
    public bool CapturedByRef(Var v) =>
        _captured.Contains(v) && (_assigned.Contains(v) || _addrTaken.Contains(v) || Sizes.Sizeof(v.Type!) > 128);

    /// <summary>Whether the variable lives in memory in the function that declares it.</summary>
    public bool InMemory(Var v) =>
        _addrTaken.Contains(v) || CapturedByRef(v) || v.Type!.Underlying is Struct or Types.Array;

    /// <summary>The variables a function literal captures, in order of first reference.</summary>
    public IReadOnlyList<Var> FreeVarsOf(FuncLit lit) => _freeVars.TryGetValue(lit, out var l) ? l : [];

    /// <summary>Analyses one function declaration (or package-level initializer) with its literals.</summary>
    public void Analyse(Node root)
    {
        _stack.Add(root);
        if (root is FuncDecl fd)
        {
            if (fd.Recv != null) Walk(fd.Recv);
            Walk(fd.Type);
            if (fd.Body != null) Walk(fd.Body);
        }
        else Walk(root);
        _stack.RemoveAt(_stack.Count - 1);
    }

    private void Walk(Node n)
    {
        switch (n)
        {
            case CallExpr call when _info.Types.TryGetValue(call, out var ctv) && ctv.Value != null:
                // A constant call (len(a) of an array): Go folds it, so the names in it are
                // no uses: a closure does not capture `a` for len(a).
                return;
            case FuncLit lit:
                _freeVars[lit] = new List<Var>();
                _litDepth[lit] = _loopDepth;
                int outer = _loopDepth;
                _loopDepth = 0;
                _stack.Add(lit);
                foreach (var c in lit.Children) Walk(c);
                _stack.RemoveAt(_stack.Count - 1);
                _loopDepth = outer;
                return;
            case ForStmt fs:
                // Go's loop depth: the init is outside the loop, cond, post and body inside.
                if (fs.Init != null) Walk(fs.Init);
                if (fs.Init is AssignStmt { Define: true } init)
                    foreach (var l in init.Lhs)
                        if (l is Name ln && _info.Defs.GetValueOrDefault(ln) is Var lv) _iterVarDepth[lv] = _loopDepth + 1;
                _loopDepth++;
                if (fs.Cond != null) Walk(fs.Cond);
                if (fs.Post != null) Walk(fs.Post);
                Walk(fs.Body);
                _loopDepth--;
                return;
            case RangeStmt rs:
                if (rs.Define)
                {
                    foreach (var l in new[] { rs.Key, rs.Value })
                        if (l is Name ln && _info.Defs.GetValueOrDefault(ln) is Var lv) _iterVarDepth[lv] = _loopDepth + 1;
                }
                else
                {
                    if (rs.Key != null) MarkAssigned(rs.Key);
                    if (rs.Value != null) MarkAssigned(rs.Value);
                }
                Walk(rs.X);
                _loopDepth++;
                if (rs.Key != null) Walk(rs.Key);
                if (rs.Value != null) Walk(rs.Value);
                if (rs.Extra != null) Walk(rs.Extra);
                Walk(rs.Body);
                _loopDepth--;
                return;
            case InlinedCallExpr inl:
                // An inlined body runs in the caller's frame: its variables belong to the caller.
                foreach (var r in inl.ResultVars)
                    if (_info.Defs.GetValueOrDefault(r) is Var rv) _owner.TryAdd(rv, Owner());
                _stack.Add(inl);
                foreach (var c in inl.Children) Walk(c);
                _stack.RemoveAt(_stack.Count - 1);
                return;
            case Name name:
                if (_info.Defs.TryGetValue(name, out var d) && d is Var dv) _owner.TryAdd(dv, Owner());
                else if (_info.Uses.TryGetValue(name, out var u) && u is Var uv && _owner.TryGetValue(uv, out var owner))
                    NoteUse(uv, owner);
                return;
            case CaseClause cc:
                if (_info.Implicits.TryGetValue(cc, out var iv) && iv is Var implicitVar) _owner.TryAdd(implicitVar, Owner());
                break;
            case AssignStmt a:
                if (!a.Define || a.Op != null)
                    foreach (var l in a.Lhs) MarkAssigned(l);
                else
                    foreach (var l in a.Lhs)
                        if (l is Name ln && !_info.Defs.ContainsKey(ln)) MarkAssigned(l);
                break;
            case IncDecStmt inc:
                MarkAssigned(inc.X);
                break;
            case ReturnStmt when _stack[^1] is InlinedCallExpr inlined:
                // A return of an inlined body assigns its result variables.
                foreach (var r in inlined.ResultVars) MarkAssigned(r);
                break;
            case ReturnStmt:
                // Every return assigns the named results, a bare one too (Go's escape:
                // assignList to the results), so a closure captures them by reference.
                var sig = _stack[^1] switch { FuncDecl fd => fd.Type, FuncLit fl => fl.Type, _ => null };
                if (sig != null)
                    foreach (var f in sig.Results)
                        if (f.Name != null) MarkAssigned(f.Name);
                break;
            case UnaryExpr { Op: Operator.And } u:
                MarkAddrTaken(u.X);
                break;
            case SliceExpr s when _info.TypeOf(s.X)?.Underlying is Types.Array:
                MarkAddrTaken(s.X);
                break;
            case SelectorExpr sel when _info.Selections.TryGetValue(sel, out var selection)
                                      && selection.Kind == SelectionKind.MethodVal
                                      && selection.Obj is Func { HasPtrRecv: true }
                                      && _info.TypeOf(sel.X)?.Underlying is not Pointer:
                MarkAddrTaken(sel.X);
                break;
        }
        foreach (var c in n.Children) Walk(c);
    }

    private void NoteUse(Var v, Node owner)
    {
        // Every function literal between the use and the declaring function captures v.
        FuncLit? outermost = null;
        for (int i = _stack.Count - 1; i >= 0 && !ReferenceEquals(_stack[i], owner); i--)
        {
            if (_stack[i] is InlinedCallExpr) continue;
            if (_stack[i] is not FuncLit lit) break;
            _captured.Add(v);
            var list = _freeVars[lit];
            if (!list.Contains(v)) list.Add(v);
            outermost = lit;
        }
        // A loop variable's per-iteration copy is a reassignment unless the capture is at the loop's depth.
        if (outermost != null && _iterVarDepth.TryGetValue(v, out int d) && _litDepth[outermost] != d) _assigned.Add(v);
    }

    /// <summary>The function (declaration or literal) whose frame the walk is in.</summary>
    private Node Owner()
    {
        for (int i = _stack.Count - 1; i > 0; i--)
            if (_stack[i] is not InlinedCallExpr) return _stack[i];
        return _stack[0];
    }

    /// <summary>The local variable an assignment to e reassigns in Go's escape analysis
    /// (escape.addr: a name, a field of a struct value, an element of an array value, through
    /// parentheses), or null (a pointer, slice or map element, a package variable, _).</summary>
    public Var? AssignedVar(Expr e) => RootVar(e);

    private Var? RootVar(Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case ParenExpr p: e = p.X; continue;
                case SelectorExpr s when _info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal && !sel.Indirect:
                    e = s.X; continue;
                case IndexExpr ix when _info.TypeOf(ix.X)?.Underlying is Types.Array:
                    e = ix.X; continue;
                case Name n when _info.ObjectOf(n) is Var v && v.Kind != VarKind.Package:
                    return v;
                default: return null;
            }
        }
    }

    private void MarkAddrTaken(Expr e)
    {
        if (RootVar(e) is { } v) _addrTaken.Add(v);
    }

    private void MarkAssigned(Expr e)
    {
        if (RootVar(e) is { } v) _assigned.Add(v);
    }
}
