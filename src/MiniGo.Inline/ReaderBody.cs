using System.Globalization;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using Tuple = MiniGo.Types.Tuple;
using Op = MiniGo.Syntax.Ast.Operator;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Inline;

/// <summary>
/// A function's body as Go's unified IR reader builds it (noder/reader.go, from what
/// noder/writer.go wrote), printed statement by statement as ir/fmt.go's stmtFmt does. The
/// reader's rewrites that show in the text:
/// <list type="bullet">
/// <item>blocks are flattened into the enclosing list; nothing after a terminating statement
/// is kept; an <c>if</c> with a static condition becomes its taken branch (after
/// <c>_ = cond</c> when the condition is not a constant), a <c>for</c> whose condition is
/// <c>false</c> becomes its init statement, a switch on a constant keeps only the taken clause;</item>
/// <item><c>var x T</c> becomes <c>x = &lt;nil&gt;</c>, <c>var x = e</c> becomes <c>x := e</c>;</item>
/// <item>a multi-value right-hand side (<c>a, b := f()</c>, <c>v, ok := m[k]</c>,
/// <c>return f()</c>, <c>g(f())</c>) becomes temporaries <c>.autotmp_N</c> (reader.multiExpr),
/// the first shown as an explicit conversion to its own type (the OCONVNOP that holds the
/// assignment) unless an implicit conversion hides it; N is the function's declaration count
/// at that point (typecheck.TempAt): receiver, parameters, results, then every local and
/// temporary in the order the reader meets them;</item>
/// <item>an <c>if</c>'s init is printed only when it is one statement that declares nothing.</item>
/// </list>
/// Expressions are printed by <see cref="GoExprPrinter"/>, with the temporaries (and
/// <c>&lt;node DYNAMICDOTTYPE&gt;</c> for an assertion on a non-empty interface) substituted.
/// </summary>
internal sealed class ReaderBody
{
    private readonly Info _info;
    private readonly Signature _sig;
    private readonly Dictionary<Expr, string> _subst = new(ReferenceEqualityComparer.Instance);

    /// <summary>len(curfn.Dcl): the next temporary's number.</summary>
    private int _dcl;

    private ReaderBody(Info info, Signature sig)
    {
        _info = info;
        _sig = sig;
        // ir.Func.DeclareParams: receiver, parameters and results, named or not.
        _dcl = (sig.Recv != null ? 1 : 0) + sig.Params.Length + sig.Results.Length;
    }

    /// <summary>The operands each go/defer statement's wrapper captures, with their temporaries.</summary>
    private readonly Dictionary<Stmt, Dictionary<Expr, string>> _wrappers = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statements of <paramref name="body"/> joined by <c>"; "</c> (Nodes.Format).</summary>
    public static string Print(BlockStmt body, Signature sig, Info info) =>
        string.Join("; ", new ReaderBody(info, sig).Stmts(body.List));

    /// <summary>The body of the wrapper Go builds for <paramref name="goOrDefer"/> (a statement
    /// directly in <paramref name="body"/>'s function, not in a nested literal): the call,
    /// its early-evaluated operands replaced by their temporaries; null when the call needs
    /// no wrapper (no parameters and no results).</summary>
    public static string? PrintWrapperCall(BlockStmt body, Signature sig, Info info, Stmt goOrDefer)
    {
        var reader = new ReaderBody(info, sig);
        reader.Stmts(body.List);
        if (!reader._wrappers.TryGetValue(goOrDefer, out var captured)) return null;
        var call = goOrDefer switch { GoStmt g => g.Call, DeferStmt d => d.Call, _ => throw new ArgumentException("not a go or defer statement", nameof(goOrDefer)) };
        var subst = new Dictionary<Expr, string>(reader._subst, ReferenceEqualityComparer.Instance);
        foreach (var (e, t) in captured) subst[e] = t;
        return GoExprPrinter.Print(call, info, subst);
    }

    // ---- statement lists ---------------------------------------------------------------

    /// <summary>writer.stmts + reader.stmts: each statement read in turn, none after one that
    /// terminates until the next label.</summary>
    private List<string> Stmts(IEnumerable<Stmt> list)
    {
        var result = new List<string>();
        bool dead = false;
        foreach (var s in list)
        {
            if (dead && s is not LabeledStmt) continue; // a goto may reach a label
            Stmt(s, result);
            dead = StaticConditions.Terminates(s, _info);
        }
        return result;
    }

    /// <summary>Reads one statement, appending what it becomes: nothing, one IR statement, or
    /// several (a flattened block, a static if).</summary>
    private void Stmt(Stmt s, List<string> into)
    {
        switch (s)
        {
            case EmptyStmt:
                break;
            case BlockStmt blk:
                into.AddRange(Stmts(blk.List));
                break;
            case ExprStmt es:
                into.Add(Expr(es.X));
                break;
            case IncDecStmt id:
                into.Add(Expr(id.X) + (id.Inc ? "++" : "--"));
                break;
            case AssignStmt a when a.Op is { } op:
                {
                    string lhs = Expr(a.Lhs[0]);
                    string rhs;
                    if (op is Op.Shl or Op.Shr && _info.Types.TryGetValue(a.Rhs[0], out var tv)
                        && tv is { Mode: OperandMode.Constant, Value: { } v } && tv.Type is null or Basic { IsUntyped: true })
                        rhs = GoExprPrinter.ConstString(v, Universe.Uint); // an untyped shift count is a uint
                    else rhs = Expr(a.Rhs[0]);
                    into.Add(lhs + " " + op.Symbol() + "= " + rhs);
                    break;
                }
            case AssignStmt a:
                into.Add(Assign(a.Lhs, a.Rhs, a.Define));
                break;
            case DeclStmt ds:
                foreach (var d in ds.Decls)
                    if (d is VarDecl vd) VarDecl(vd, into);
                break;
            case ReturnStmt r:
                into.Add("return " + MultiExpr(r.Results, i => i < _sig.Results.Length ? _sig.Results[i] : null));
                break;
            case SendStmt ss:
                {
                    // OSEND prints its operands at precedence 3 and 4.
                    string ch = Expr(ss.Chan, 3);
                    into.Add(ch + " <- " + Expr(ss.Value, 4));
                    break;
                }
            case GoStmt g:
                into.Add("go " + Expr(g.Call));
                GoDeferWrapper(g, g.Call);
                break;
            case DeferStmt d:
                into.Add("defer " + Expr(d.Call));
                GoDeferWrapper(d, d.Call);
                break;
            case BranchStmt br:
                into.Add(GoExprPrinter.BranchText(br));
                break;
            case LabeledStmt ls:
                into.Add(ls.Label.Value + ": "); // OLABEL, then the statement
                Stmt(ls.Stmt, into);
                break;
            case SelectStmt sel:
                foreach (var c in sel.Clauses)
                {
                    if (c.Comm != null) Stmt(c.Comm, new List<string>());
                    Stmts(c.Body);
                }
                into.Add("select statement");
                break;
            case IfStmt ifs:
                If(ifs, into);
                break;
            case ForStmt fs:
                For(fs, into);
                break;
            case RangeStmt rs:
                Range(rs);
                into.Add("for loop");
                break;
            case SwitchStmt sw:
                Switch(sw);
                into.Add("switch statement");
                break;
            case TypeSwitchStmt ts:
                TypeSwitch(ts);
                into.Add("switch statement");
                break;
            default:
                into.Add(s.GetType().Name);
                break;
        }
    }

    // ---- assignments -------------------------------------------------------------------

    /// <summary>writer.assignStmt / reader stmtAssign: the left side first (each new name is a
    /// declaration), then the right side; <c>:=</c> when some name is new.</summary>
    private string Assign(IReadOnlyList<Expr> lhs, IReadOnlyList<Expr> rhs, bool define)
    {
        var left = new List<string>();
        bool declares = false;
        foreach (var l in lhs)
        {
            if (IsNewName(l))
            {
                _dcl++;
                declares = true;
                left.Add(((Name)Unparen(l)).Value);
            }
            else left.Add(Expr(l));
        }
        string right = MultiExpr(rhs, i => i < lhs.Count ? DestType(lhs[i]) : null, lhs.Count);
        return string.Join(", ", left) + (declares ? " := " : " = ") + right;
    }

    /// <summary>A <c>var</c> spec: with values an assignment; without, one <c>x = &lt;nil&gt;</c>
    /// per (non-blank) name.</summary>
    private void VarDecl(VarDecl vd, List<string> into)
    {
        if (!vd.Values.IsEmpty)
        {
            into.Add(Assign(vd.Names.Cast<Expr>().ToList(), vd.Values, define: true));
            return;
        }
        foreach (var n in vd.Names)
        {
            if (!IsNewName(n)) continue;
            _dcl++;
            into.Add(n.Value + " = <nil>");
        }
    }

    /// <summary>Whether the writer codes <paramref name="e"/> as assignDef: a name this
    /// statement declares (not <c>_</c>, not a redeclared one).</summary>
    private bool IsNewName(Expr e) =>
        Unparen(e) is Name n && n.Value != "_" && _info.Defs.TryGetValue(n, out var obj) && obj is Var;

    /// <summary>writer.assignStmt's dstType: the declared variable's type, nothing for <c>_</c>.</summary>
    private GoType? DestType(Expr lhs)
    {
        if (Unparen(lhs) is Name n)
        {
            if (n.Value == "_") return null;
            if (_info.ObjectOf(n) is Var v) return v.Type;
        }
        return _info.TypeOf(lhs);
    }

    /// <summary>
    /// writer/reader multiExpr: one expression of several values (a call, or a comma-ok
    /// form when two values are wanted) becomes one temporary per value; otherwise each
    /// expression is read in turn.
    /// </summary>
    private string MultiExpr(IReadOnlyList<Expr> exprs, Func<int, GoType?> dstType, int wanted = -1)
    {
        if (exprs.Count == 1 && SourceTypes(exprs[0], wanted) is { } srcs)
        {
            Read(exprs[0]);
            return Temps(srcs, dstType);
        }
        return string.Join(", ", exprs.Select(e => Expr(e)));
    }

    /// <summary>The types of the values of a multi-value expression, or null for a single value;
    /// <paramref name="wanted"/> is the number of values the left side takes.</summary>
    private IReadOnlyList<GoType>? SourceTypes(Expr e, int wanted)
    {
        var t = _info.TypeOf(e);
        if (t is Tuple { Length: > 1 } tuple) return Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToList();
        // v, ok := m[k] / <-c / x.(T): types2 records the comma-ok form as the pair (T, bool).
        if (wanted == 2 && CommaOkValueType(e) is { } v) return [v, Universe.Bool];
        return null;
    }

    /// <summary>The value type of a comma-ok form (the map's element, the channel's element,
    /// the asserted type), from its operands: MiniGo's checker records the type of the
    /// <c>ok</c> value for the expression itself.</summary>
    private GoType? CommaOkValueType(Expr e) => Unparen(e) switch
    {
        IndexExpr ix when _info.TypeOf(ix.X)?.Underlying is Map m => m.Elem,
        UnaryExpr { Op: Op.Arrow } recv when _info.TypeOf(recv.X)?.Underlying is Chan c => c.Elem,
        AssertExpr ax => _info.TypeOf(ax.Type),
        _ => null,
    };

    /// <summary>The temporaries of reader.multiExpr: <c>T(.autotmp_N), .autotmp_N+1…</c>. Only
    /// the first value is wrapped (ir.InitExpr puts the OCONVNOP holding the assignment there);
    /// an implicit conversion to a different destination type prints as its operand.</summary>
    private string Temps(IReadOnlyList<GoType> srcs, Func<int, GoType?> dstType)
    {
        var parts = new List<string>();
        for (int i = 0; i < srcs.Count; i++)
        {
            string name = ".autotmp_" + _dcl.ToString(CultureInfo.InvariantCulture);
            _dcl++;
            var dst = dstType(i);
            bool implicitConversion = dst != null && !Predicates.Identical(srcs[i], dst);
            if (i == 0 && !implicitConversion) name = ConvText(srcs[i], name);
            parts.Add(name);
        }
        return string.Join(", ", parts);
    }

    /// <summary>An explicit conversion as exprFmt prints it: <c>T(x)</c> when the type has a
    /// name, <c>(T)(x)</c> otherwise.</summary>
    private static string ConvText(GoType t, string operand)
    {
        string ts = GoExprPrinter.TypeString(t);
        bool hasSym = t is Named || t is Basic { IsUntyped: false };
        return (hasSym ? ts : "(" + ts + ")") + "(" + operand + ")";
    }

    // ---- compound statements -----------------------------------------------------------

    /// <summary>reader.ifStmt: init, condition, then the branches the static condition keeps.</summary>
    private void If(IfStmt ifs, List<string> into)
    {
        var init = new List<string>();
        if (ifs.Init != null) Stmt(ifs.Init, init);
        int stat = StaticConditions.StaticBool(ifs.Cond, _info, out var cond);
        string condText = Expr(cond);
        if (stat != 0)
        {
            // Flattened into a block: init, "_ = cond" for its side effects, the taken branch.
            into.AddRange(init);
            if (!IsConstant(cond)) into.Add("_ = " + condText);
            if (stat > 0) into.AddRange(Stmts(ifs.Then.List));
            else if (ifs.Else != null) Stmt(ifs.Else, into);
            return;
        }
        var then = Stmts(ifs.Then.List);
        var els = new List<string>();
        if (ifs.Else != null) Stmt(ifs.Else, els);

        // stmtFmt's simpleinit: exactly one init statement with no init of its own (a
        // declaration carries its ODCLs as init, so "if v, ok := m[k]; ok" prints "if ok").
        bool simpleInit = init.Count == 1 && ifs.Init is not AssignStmt { Define: true };
        string text = "if " + (simpleInit ? init[0] + "; " : "") + condText + " { " + string.Join("; ", then) + " }";
        if (els.Count > 0) text += " else { " + string.Join("; ", els) + " }";
        into.Add(text);
    }

    /// <summary>reader.forStmt: init, condition, post, body; a loop whose condition is the
    /// constant false is replaced by its init (and the writer drops its post and body).</summary>
    private void For(ForStmt fs, List<string> into)
    {
        var init = new List<string>();
        if (fs.Init != null) Stmt(fs.Init, init);
        bool neverRuns = false;
        if (fs.Cond != null)
        {
            neverRuns = StaticConditions.StaticBool(fs.Cond, _info, out var cond) < 0;
            Read(cond);
            if (neverRuns && IsConstant(cond))
            {
                into.AddRange(init);
                return;
            }
        }
        if (!neverRuns)
        {
            if (fs.Post != null) Stmt(fs.Post, new List<string>());
            Stmts(fs.Body.List);
        }
        into.Add("for loop");
    }

    /// <summary>writer.forStmt's range clause: the iteration variables, the operand, the body.</summary>
    private void Range(RangeStmt rs)
    {
        foreach (var v in new[] { rs.Key, rs.Value })
        {
            if (v == null) continue;
            if (rs.Define) { if (IsNewName(v)) _dcl++; }
            else Read(v);
        }
        Read(rs.X);
        Stmts(rs.Body.List);
    }

    /// <summary>writer.switchStmt: init, tag, then each clause's cases and body. A constant tag
    /// (or none, meaning true) against constant cases keeps only the clause taken.</summary>
    private void Switch(SwitchStmt sw)
    {
        if (sw.Init != null) Stmt(sw.Init, new List<string>());
        IReadOnlyList<CaseClause> clauses = sw.Clauses;
        ConstValue? tagValue = sw.Tag == null ? ConstValue.Of(true)
            : _info.Types.TryGetValue(sw.Tag, out var tv) && tv.Mode == OperandMode.Constant ? tv.Value : null;
        bool tagDropped = false;
        if (tagValue != null && TakenClause(sw, tagValue, out var target))
        {
            clauses = target == null ? [] : [target];
            tagDropped = true;
        }
        if (sw.Tag != null && !tagDropped) Read(sw.Tag);
        foreach (var c in clauses)
        {
            // The kept clause becomes a default clause: its cases are not written.
            if (!tagDropped)
                foreach (var e in c.Cases) Read(e);
            Stmts(c.Body);
        }
    }

    /// <summary>The clause a constant tag always takes (null: none); false when Go gives up
    /// (a non-constant case before the match, or a taken clause ending in fallthrough).</summary>
    private bool TakenClause(SwitchStmt sw, ConstValue tag, out CaseClause? target)
    {
        target = null;
        foreach (var c in sw.Clauses)
        {
            if (c.IsDefault) target = c;
            foreach (var e in c.Cases)
            {
                if (!_info.Types.TryGetValue(e, out var tv) || tv.Value == null) return false;
                if (ConstOps.Compare(tag, Op.Eql, tv.Value))
                {
                    target = c;
                    goto Found;
                }
            }
        }
    Found:
        if (target != null && StaticConditions.HasFallthrough(target.Body)) return false;
        return true;
    }

    /// <summary>A type switch: init, operand, then per clause its variable (one local per
    /// clause when the switch binds one) and body.</summary>
    private void TypeSwitch(TypeSwitchStmt ts)
    {
        if (ts.Init != null) Stmt(ts.Init, new List<string>());
        Read(ts.X);
        foreach (var c in ts.Clauses)
        {
            if (ts.Binding != null) _dcl++;
            Stmts(c.Body);
        }
    }

    // ---- go and defer --------------------------------------------------------------------

    /// <summary>
    /// typecheck.normalizeGoDeferCall (run as the reader typechecks the statement): a call
    /// with parameters or results becomes a call of a new wrapper <c>func() { call }</c>, and
    /// the operands that must be evaluated at the statement are copied into temporaries the
    /// wrapper captures, in order: the callee (unless a package function, a method expression
    /// or a literal value), an interface call's receiver, then the arguments; constants,
    /// <c>nil</c>, <c>new(T)</c> and package functions stay in the call, and array, slice
    /// and struct literals are looked into.
    /// </summary>
    private void GoDeferWrapper(Stmt s, CallExpr call)
    {
        var fun = Unparen(call.Fun);
        var captured = new List<Expr>();
        if (fun is Name bn && _info.Uses.TryGetValue(bn, out var bo) && bo is Builtin b)
        {
            switch (b.Id)
            {
                case BuiltinId.Panic:
                    if (call.Args.Length == 1) Capture(call.Args[0], Universe.AnyType, captured);
                    break;
                case BuiltinId.Recover:
                    // typecheck's ORECOVERFP has one operand, the caller's frame pointer,
                    // which is captured too (it never prints: recover is not inlinable).
                    captured.Add(call);
                    break;
                default:
                    foreach (var a in call.Args) Capture(a, null, captured);
                    break;
            }
        }
        else if (_info.TypeOf(call.Fun) is Signature sig)
        {
            if (sig.Params.Length == 0 && sig.Results.Length == 0 && !IsMethodCall(fun, out _, out _)) return; // already normal
            if (IsMethodCall(fun, out var sel, out bool iface))
            {
                // An interface call keeps its receiver operand; a concrete one passes it as the
                // method expression's first argument (implicit & or * included).
                if (iface) captured.Add(sel!.X);
                else Capture(sel!.X, null, captured, isOperand: true);
            }
            else Capture(call.Fun, null, captured);
            // Variadic arguments were packed into a slice literal, which is looked into.
            for (int i = 0; i < call.Args.Length; i++)
                Capture(call.Args[i], call.HasDots && i < sig.Params.Length ? sig.Params[i] : ParamType(sig, i), captured);
        }
        var temps = new Dictionary<Expr, string>(ReferenceEqualityComparer.Instance);
        foreach (var e in captured)
        {
            temps[e] = ".autotmp_" + _dcl.ToString(CultureInfo.InvariantCulture);
            _dcl++;
        }
        _wrappers[s] = temps;
    }

    private bool IsMethodCall(Expr fun, out SelectorExpr? sel, out bool iface)
    {
        sel = fun as SelectorExpr;
        iface = false;
        if (sel == null || !_info.Selections.TryGetValue(sel, out var selection) || selection.Kind != SelectionKind.MethodVal) return false;
        iface = _info.TypeOf(sel.X)?.Underlying is Interface;
        return true;
    }

    /// <summary>normalizeGoDeferCall's visit of one operand converted to <paramref name="dst"/>.</summary>
    private void Capture(Expr arg, GoType? dst, List<Expr> captured, bool isOperand = false)
    {
        var e = Unparen(arg);
        var t = _info.TypeOf(arg);
        bool converted = !isOperand && dst != null && t != null && !Predicates.Identical(t, dst);
        if (e is Name n && _info.Uses.TryGetValue(n, out var o) && o is Nil) return;              // ONIL
        if (IsConstant(arg) && !(converted && dst!.Underlying is Interface)) return;              // OLITERAL
        if (!converted)
        {
            switch (e)
            {
                case Name fn when _info.Uses.TryGetValue(fn, out var fo) && fo is Func:
                    return;                                                                        // a package function
                case SelectorExpr me when _info.Selections.TryGetValue(me, out var ms) && ms.Kind == SelectionKind.MethodExpr:
                    return;                                                                        // OMETHEXPR
                case SelectorExpr qf when _info.Selections.ContainsKey(qf) == false && _info.TypeOf(qf) is Signature:
                    return;                                                                        // fmt.Println as a value
                case CallExpr nc when IsBuiltin(nc, BuiltinId.New):
                    return;                                                                        // ONEW
                case CompositeLit cl when t?.Underlying is Slice or Types.Array or Struct && t is not Pointer:
                    for (int i = 0; i < cl.Elems.Length; i++)
                    {
                        var el = cl.Elems[i];
                        var v = el is KeyValueExpr kv ? kv.Value : el;
                        GoType? et = t.Underlying switch
                        {
                            Slice s => s.Elem,
                            Types.Array a => a.Elem,
                            Struct st => el is KeyValueExpr { Key: Name key } ? st.Fields.FirstOrDefault(f => f.Name == key.Value)?.Type : i < st.Fields.Length ? st.Fields[i].Type : null,
                            _ => null,
                        };
                        Capture(v, et, captured);
                    }
                    return;
            }
        }
        captured.Add(arg);
    }

    // ---- expressions -------------------------------------------------------------------

    private bool IsConstant(Expr e) => _info.Types.TryGetValue(e, out var tv) && tv is { Mode: OperandMode.Constant, Value: not null };

    /// <summary>Reads <paramref name="e"/> (creating its temporaries) and prints it.</summary>
    private string Expr(Expr e, int prec = 0)
    {
        Read(e);
        return GoExprPrinter.Print(e, _info, _subst, prec);
    }

    /// <summary>
    /// What reading an expression creates, in the reader's order (operands before the node):
    /// the temporaries of a call whose single argument has several values
    /// (<c>g(f())</c>), and the dynamic assertion node of <c>x.(T)</c> on a non-empty
    /// interface. Function literals are separate functions with their own declarations.
    /// </summary>
    private void Read(Expr e)
    {
        switch (e)
        {
            case FuncLit:
                return;
            case AssertExpr ax when _info.TypeOf(ax.X)?.Underlying is Interface { IsEmpty: false }:
                // writer.exprType writes an itab for a non-empty interface: ODYNAMICDOTTYPE.
                _subst[e] = "<node DYNAMICDOTTYPE>";
                break;
        }
        foreach (var c in e.Children)
            if (c is Expr ce) Read(ce);
        if (e is CallExpr call && _info.TypeOf(call.Fun) is Signature sig && !IsConversionOrBuiltin(call))
        {
            if (call.Args.Length == 1 && !_subst.ContainsKey(call.Args[0]) && SourceTypes(call.Args[0], -1) is { } srcs)
                _subst[call.Args[0]] = Temps(srcs, i => ParamType(sig, i));
            RewriteNonNameCall(call);
        }
    }

    /// <summary>
    /// typecheck.RewriteNonNameCall (run by typecheck.Call as the reader builds the call, after
    /// its arguments): a callee that calls or receives (<c>mk()()</c>, <c>(&lt;-ch)()</c>,
    /// <c>fs[len(fs)-1]()</c>), or the receiver of an interface method call that does
    /// (<c>get().M()</c>), is evaluated into a temporary first. A concrete method call is
    /// not concerned: its receiver is an argument of the method expression.
    /// </summary>
    private void RewriteNonNameCall(CallExpr call)
    {
        var callee = Unparen(call.Fun);
        if (callee is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var selection) && selection.Kind == SelectionKind.MethodVal)
        {
            if (_info.TypeOf(sel.X)?.Underlying is not Interface) return;
            callee = sel.X;
        }
        if (!CallsOrReceives(callee)) return;
        _subst[callee] = ".autotmp_" + _dcl.ToString(CultureInfo.InvariantCulture);
        _dcl++;
    }

    /// <summary>typecheck.callOrChan anywhere in <paramref name="e"/> (ir.Any): a call other
    /// than a conversion or <c>new</c>, or a receive; constants are folded and function
    /// literals are not looked into.</summary>
    private bool CallsOrReceives(Expr e)
    {
        if (e is FuncLit || IsConstant(e)) return false;
        if (e is UnaryExpr { Op: Op.Arrow }) return true;
        if (e is CallExpr c && !(_info.Types.TryGetValue(Unparen(c.Fun), out var ftv) && ftv.IsType) && !IsBuiltin(c, BuiltinId.New))
            return true;
        return e.Children.OfType<Expr>().Any(CallsOrReceives);
    }

    private bool IsConversionOrBuiltin(CallExpr c) =>
        _info.Types.TryGetValue(Unparen(c.Fun), out var tv) && tv.IsType || Unparen(c.Fun) is Name n && _info.Uses.TryGetValue(n, out var o) && o is Builtin;

    private bool IsBuiltin(CallExpr c, BuiltinId id) =>
        Unparen(c.Fun) is Name n && _info.Uses.TryGetValue(n, out var o) && o is Builtin b && b.Id == id;

    /// <summary>The type an argument is converted to: the parameter's, or the element type of
    /// a variadic parameter.</summary>
    private static GoType? ParamType(Signature sig, int i)
    {
        int n = sig.Params.Length;
        if (n == 0) return null;
        if (StdPackages.IsVariadicSig(sig) && i >= n - 1)
            return sig.Params[n - 1] is Slice s ? s.Elem : null;
        return i < n ? sig.Params[i] : null;
    }
}
