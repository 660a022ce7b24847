using System.Globalization;
using System.Text;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using Array = MiniGo.Types.Array;
using GoType = MiniGo.Types.Type;
using Tuple = MiniGo.Types.Tuple;
using Op = MiniGo.Syntax.Ast.Operator;
using TypeChanDir = MiniGo.Types.ChanDir;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Types;

/// <summary>
/// Spells expressions, statements, types and function names exactly as Go 1.22's -m messages
/// do. Go prints its typechecked IR with cmd/compile/internal/ir/fmt.go (exprFmt, stmtFmt,
/// OpPrec) and types with cmd/compile/internal/types/fmt.go (tconv2); this printer derives
/// the IR's shape from MiniGo's AST plus the checker's Info:
/// <list type="bullet">
/// <item>constants are folded and printed by value, with the type they take in context
/// (<c>32</c>, <c>level(2)</c>, <c>int64(5)</c>, <c>'a'</c> for runes, <c>1e+06</c>);
/// an untyped constant shift count becomes <c>uint(N)</c>;</item>
/// <item>parentheses come from the precedence table, not the source (OpPrec: operands 8,
/// unary 7, * / 6, + - 5, comparisons 4, &amp;&amp; 2, || 1; <c>&amp;T{...}</c>, string
/// concatenation, func literals and make of maps/chans have precedence 0);</item>
/// <item>string concatenations are flattened (<c>s + (t + u)</c> prints <c>s + t + u</c>);</item>
/// <item>method calls take method-expression form (<c>(*T).M(x, args)</c>), implicit
/// <c>&amp;</c>/<c>*</c> of receivers and implicit conversions are invisible;</item>
/// <item>variadic calls print <c>f(fixed, ... argument...)</c>, or <c>f(nil...)</c> when
/// nothing is passed to the variadic parameter;</item>
/// <item>composite literals shrink to <c>T{...}</c> / <c>T{}</c>, func literals to
/// <c>func literal</c>, conversions to unnamed types are parenthesised (<c>([]byte)(s)</c>).</item>
/// </list>
/// </summary>
public static class GoExprPrinter
{
    // Go's OpPrec values.
    private const int PrecOperand = 8, PrecUnary = 7, PrecNone = 0;

    /// <summary>The expression as Go's -m messages print it (ir.Node's %v).</summary>
    public static string Print(Expr e, Info info) => Print(e, info, null);

    /// <summary><see cref="Print(Expr, Info)"/>, with some subexpressions replaced by the
    /// names of Go's temporaries (<c>f()()</c> prints as <c>.autotmp_0()</c>).</summary>
    /// <paramref name="spreads"/>: calls <c>g(f())</c> whose multi-value argument Go assigns to
    /// temporaries first (reader.multiExpr), with the number of the first temporary.</summary>
    public static string Print(Expr e, Info info, IReadOnlyDictionary<Expr, string>? temps, IReadOnlyDictionary<CallExpr, int>? spreads = null)
    {
        var sb = new StringBuilder();
        new Writer(sb, info, temps, spreads: spreads).Expr(e, PrecNone);
        return sb.ToString();
    }

    /// <summary><see cref="Print(Expr, Info, IReadOnlyDictionary{Expr, string})"/> as an operand
    /// of precedence <paramref name="prec"/> (Go's OpPrec): parenthesised when it binds less
    /// tightly, as the operands of <c>ch &lt;- v</c> (3 and 4) are.</summary>
    public static string Print(Expr e, Info info, IReadOnlyDictionary<Expr, string>? temps, int prec)
    {
        var sb = new StringBuilder();
        new Writer(sb, info, temps).Expr(e, prec);
        return sb.ToString();
    }

    /// <summary>The statement as Go's -m messages print it (stmtFmt): <c>x := y</c>,
    /// <c>a, b = b, a</c>, <c>r += p</c>, <c>return x</c>, <c>ch &lt;- v</c>, <c>for loop</c>.
    /// <paramref name="devirtualized"/>: calls Go devirtualised, printed as such
    /// (<c>sink = dog.Speak(sp.(dog))</c>), the escape pass knows them.</summary>
    public static string PrintStmt(Stmt s, Info info, IReadOnlyDictionary<CallExpr, GoType>? devirtualized = null)
    {
        var sb = new StringBuilder();
        new Writer(sb, info, devirtualized: devirtualized).Stmt(s);
        return sb.ToString();
    }

    /// <summary>A <c>var</c> spec with values as Go prints the assignment it becomes:
    /// <c>a, b := x, y</c> inside a function, <c>a, b = x, y</c> at package level (part of
    /// the package's init); without values, the declaration <c>var a T</c>.</summary>
    public static string PrintVarDecl(VarDecl vd, Info info, bool packageLevel = false)
    {
        var sb = new StringBuilder();
        new Writer(sb, info).VarDeclStmt(vd, !packageLevel);
        return sb.ToString();
    }

    /// <summary>
    /// An interface method call <c>x.M(args)</c> after Go devirtualised it to the concrete type
    /// <paramref name="concrete"/>: <c>T.M(x.(T), args)</c>, e.g. <c>dog.Speak(sp.(dog))</c>
    /// (the message <c>devirtualizing x.M to T</c> itself is <c>Print(sel)</c> and
    /// <see cref="TypeString"/>).
    /// </summary>
    public static string PrintDevirtualizedCall(CallExpr call, GoType concrete, Info info)
    {
        var sb = new StringBuilder();
        var w = new Writer(sb, info);
        var fun = call.Fun;
        fun = Unparen(fun);
        if (fun is not SelectorExpr sel) return Print(call, info);
        WriteRecvType(sb, concrete);
        sb.Append('.').Append(sel.Sel.Value).Append('(');
        w.Expr(sel.X, PrecOperand);
        sb.Append(".(");
        WriteType(sb, concrete);
        sb.Append(')');
        if (call.Args.Length > 0 || info.TypeOf(call.Fun) is Signature { Variadic: true })
        {
            sb.Append(", ");
            w.Args(call, info.TypeOf(call.Fun) as Signature);
        }
        sb.Append(')');
        return sb.ToString();
    }

    /// <summary>A method expression's type: <c>T</c>, or <c>(*T)</c> (a pointer type has precedence 7).</summary>
    private static void WriteRecvType(StringBuilder sb, GoType t)
    {
        if (t is Pointer)
        {
            sb.Append('(');
            WriteType(sb, t);
            sb.Append(')');
        }
        else WriteType(sb, t);
    }

    /// <summary>A switch clause as Go prints it: <c>case string: return t</c>, <c>default: x = 1</c>.</summary>
    public static string PrintCase(CaseClause c, Info info)
    {
        var sb = new StringBuilder();
        new Writer(sb, info).Case(c);
        return sb.ToString();
    }

    /// <summary>A type as cmd/compile prints it (<c>[]int</c>, <c>*point</c>,
    /// <c>interface {}</c>, <c>struct { a int }</c>, <c>func(int) string</c>).</summary>
    /// <summary>OBREAK, OCONTINUE, OFALL, OGOTO as stmtFmt prints them: <c>break</c>, <c>goto L</c>, <c>break L</c>.</summary>
    public static string BranchText(BranchStmt br)
    {
        string op = br.Kind switch { BranchKind.Break => "break", BranchKind.Continue => "continue", BranchKind.Goto => "goto", _ => "fallthrough" };
        return br.Label != null ? op + " " + br.Label.Value : op;
    }

    public static string TypeString(GoType t)
    {
        var sb = new StringBuilder();
        WriteType(sb, t);
        return sb.ToString();
    }

    /// <summary>A constant of type t as Go prints it: the bare value when t is untyped or the
    /// default type of the value's kind (int, float64, string, bool), a quoted rune for rune,
    /// <c>T(value)</c> otherwise.</summary>
    public static string ConstString(ConstValue v, GoType t)
    {
        var sb = new StringBuilder();
        WriteConst(sb, v, t);
        return sb.ToString();
    }

    /// <summary>Go's name for a declared function or method in messages: <c>main</c>,
    /// <c>(*stack).pop</c>, <c>point.String</c>; functions of other packages are qualified
    /// (<c>fmt.Println</c>).</summary>
    public static string FuncName(Func f)
    {
        var recv = f.Type is Signature sig ? sig.Recv : null;
        if (recv?.Type is { } rt)
        {
            if (rt is Pointer p) return "(*" + TypeString(p.Elem) + ")." + f.Name;
            return TypeString(rt) + "." + f.Name;
        }
        if (f.Pkg != null && f.Pkg.Path != "main") return f.Pkg.Name + "." + f.Name;
        return f.Name;
    }

    /// <summary>Go's name for a declared function, from its declaration.</summary>
    public static string FuncName(FuncDecl decl, Info info)
    {
        if (info.Defs.TryGetValue(decl.Name, out var obj) && obj is Func f && f.Type is Signature) return FuncName(f);
        if (decl.Recv == null) return decl.Name.Value;
        var rt = decl.Recv.Type is ParenExpr pe ? pe.X : decl.Recv.Type;
        if (rt is UnaryExpr { Op: Op.Mul } u) return "(*" + Syntax.ExprString.Format(u.X) + ")." + decl.Name.Value;
        return Syntax.ExprString.Format(rt) + "." + decl.Name.Value;
    }

    /// <summary>
    /// Go's names for every function literal of a file (ir.closureName): literals directly in
    /// function F are F.func1, F.func2, … in source order; a literal inside literal L is L.1,
    /// L.2, …; literals outside functions (package-level initialisers) are glob..func1, ….
    /// </summary>
    public static Dictionary<FuncLit, string> ClosureNames(Syntax.Ast.File file, Info info)
    {
        var names = new Dictionary<FuncLit, string>(ReferenceEqualityComparer.Instance);
        int glob = 0;
        foreach (var d in file.Decls)
        {
            if (d is FuncDecl fd)
            {
                if (fd.Body != null) NameClosures(fd.Body, FuncName(fd, info), true, names, ref glob, false);
            }
            else NameClosures(d, "glob.", true, names, ref glob, true);
        }
        return names;
    }

    /// <summary>Go's name for a function literal inside the declared function <paramref name="enclosing"/>
    /// (see <see cref="ClosureNames"/>).</summary>
    public static string ClosureName(FuncLit lit, FuncDecl enclosing, Info info)
    {
        var names = new Dictionary<FuncLit, string>(ReferenceEqualityComparer.Instance);
        int glob = 0;
        if (enclosing.Body != null) NameClosures(enclosing.Body, FuncName(enclosing, info), true, names, ref glob, false);
        return names.TryGetValue(lit, out var n) ? n : throw new ArgumentException("function literal is not inside " + enclosing.Name.Value);
    }

    private static void NameClosures(Node n, string outer, bool topLevel, Dictionary<FuncLit, string> names, ref int glob, bool global)
    {
        int gen = 0;
        Walk(n, outer, topLevel, names, ref gen, ref glob, global);
    }

    private static void Walk(Node n, string outer, bool topLevel, Dictionary<FuncLit, string> names, ref int gen, ref int glob, bool global)
    {
        foreach (var c in n.Children)
        {
            if (c is FuncLit lit)
            {
                int k = global ? ++glob : ++gen;
                string name = outer + "." + (topLevel ? "func" : "") + k.ToString(CultureInfo.InvariantCulture);
                names[lit] = name;
                int inner = 0;
                Walk(lit.Body, name, false, names, ref inner, ref glob, false);
            }
            else Walk(c, outer, topLevel, names, ref gen, ref glob, global);
        }
    }

    // ---- expressions ---------------------------------------------------------------------

    private readonly struct Writer(StringBuilder sb, Info info, IReadOnlyDictionary<Expr, string>? temps = null, IReadOnlyDictionary<CallExpr, GoType>? devirtualized = null, IReadOnlyDictionary<CallExpr, int>? spreads = null)
    {
        private readonly StringBuilder _sb = sb;
        private readonly Info _info = info;

        private TypeAndValue? Tv(Expr e) => _info.Types.TryGetValue(e, out var tv) ? tv : null;


        private bool IsConst(Expr e) => Tv(e) is { Mode: OperandMode.Constant, Value: not null };

        private bool IsStringConcat(Expr e) =>
            e is BinaryExpr { Op: Op.Add } && !IsConst(e) && Tv(e)?.Type.Underlying is Basic { IsString: true };

        /// <summary>Go's OpPrec of the IR node e becomes.</summary>
        private int Prec(Expr e)
        {
            if (IsConst(e)) return PrecOperand;
            var tv = Tv(e);
            if (tv is { Mode: OperandMode.TypeExpr } typeTv) return typeTv.Type is Pointer ? PrecUnary : PrecOperand;
            switch (e)
            {
                case ParenExpr p: return Prec(p.X);
                case FuncLit: return PrecNone;                              // OCLOSURE
                case CompositeLit: return Tv(e)?.Type is Pointer ? PrecNone : PrecOperand; // elided &T{} is OPTRLIT
                case UnaryExpr { Op: Op.And } u when Unparen(u.X) is CompositeLit: return PrecNone; // OPTRLIT
                case UnaryExpr: return PrecUnary;
                case BinaryExpr b:
                    if (IsStringConcat(b)) return PrecNone;                 // OADDSTR
                    int bp = b.Op.Precedence();
                    return bp >= 3 ? bp + 1 : bp;
                case CallExpr c:
                    if (BuiltinOf(c) is { } bi)
                    {
                        if (bi.Id == BuiltinId.Recover) return PrecNone;   // ORECOVERFP
                        if (bi.Id == BuiltinId.Make && c.Args.Length > 0 && Tv(c.Args[0])?.Type.Underlying is Map or Chan) return PrecNone;
                    }
                    return PrecOperand;
                case KeyValueExpr: return PrecNone;
                case InlinedCallExpr: return PrecNone;                      // OINLCALL
                default: return PrecOperand;
            }
        }

        public void Expr(Expr e, int prec)
        {
            if (temps != null && temps.TryGetValue(e, out var temp))
            {
                _sb.Append(temp);
                return;
            }
            var tv = Tv(e);
            if (tv is { Mode: OperandMode.Constant, Value: { } v } constTv)
            {
                WriteConst(_sb, v, constTv.Type);
                return;
            }
            if (e is ParenExpr pe)
            {
                Expr(pe.X, prec);
                return;
            }
            if (prec > Prec(e))
            {
                _sb.Append('(');
                Expr(e, PrecNone);
                _sb.Append(')');
                return;
            }
            if (tv is { Mode: OperandMode.TypeExpr } typeTv)
            {
                WriteType(_sb, typeTv.Type);
                return;
            }
            switch (e)
            {
                case Name n:
                    if (_info.Uses.TryGetValue(n, out var obj) && obj is Nil) _sb.Append("nil");
                    else _sb.Append(n.Value);
                    break;
                case BasicLit lit:
                    _sb.Append(lit.Value);
                    break;
                case FuncLit:
                    _sb.Append("func literal");
                    break;
                case InlinedCallExpr inl:
                    // ir/fmt.go OINLCALL: its one result variable, else (.r0 r1 ...).
                    if (inl.ResultVars.Length == 1) _sb.Append(inl.ResultVars[0].Value);
                    else _sb.Append("(.").Append(string.Join(" ", inl.ResultVars.Select(r => r.Value))).Append(')');
                    break;
                case CompositeLit cl:
                    {
                        var t = tv?.Type;
                        if (t is Pointer p)
                        {
                            _sb.Append('&');
                            t = p.Elem;
                        }
                        if (t != null) WriteType(_sb, t);
                        else if (cl.Type != null) Expr(cl.Type, PrecNone);
                        _sb.Append(cl.Elems.IsEmpty ? "{}" : "{...}");
                        break;
                    }
                case KeyValueExpr kv:
                    Expr(kv.Key, PrecNone);
                    _sb.Append(':');
                    Expr(kv.Value, PrecNone);
                    break;
                case SelectorExpr sel:
                    Selector(sel);
                    break;
                case IndexExpr ix:
                    Expr(ix.X, PrecOperand);
                    _sb.Append('[');
                    Expr(ix.Index, PrecNone);
                    _sb.Append(']');
                    break;
                case SliceExpr sx:
                    Expr(sx.X, PrecOperand);
                    _sb.Append('[');
                    if (sx.Low != null) Expr(sx.Low, PrecNone);
                    _sb.Append(':');
                    if (sx.High != null) Expr(sx.High, PrecNone);
                    if (sx.Full)
                    {
                        _sb.Append(':');
                        if (sx.Max != null) Expr(sx.Max, PrecNone);
                    }
                    _sb.Append(']');
                    break;
                case AssertExpr ax:
                    Expr(ax.X, PrecOperand);
                    _sb.Append(".(");
                    if (Tv(ax.Type) is { } att) WriteType(_sb, att.Type);
                    else Expr(ax.Type, PrecNone);
                    _sb.Append(')');
                    break;
                case TypeSwitchGuard g:
                    Expr(g.X, PrecOperand);
                    _sb.Append(".(type)");
                    break;
                case UnaryExpr u:
                    Unary(u);
                    break;
                case BinaryExpr b:
                    Binary(b);
                    break;
                case CallExpr c:
                    Call(c);
                    break;
                default:
                    if (tv is { } anyTv) WriteType(_sb, anyTv.Type);
                    else _sb.Append(Syntax.ExprString.Format(e));
                    break;
            }
        }

        private void Selector(SelectorExpr sel)
        {
            if (_info.Selections.TryGetValue(sel, out _))
            {
                // ODOT, ODOTPTR (implicit deref invisible), ODOTINTER, OMETHVALUE, OMETHEXPR.
                Expr(sel.X, PrecOperand);
                _sb.Append('.').Append(sel.Sel.Value);
                return;
            }
            // A qualified identifier: fmt.Println (types of package main are never qualified).
            if (Unparen(sel.X) is Name pn && _info.Uses.TryGetValue(pn, out var o) && o is PkgName pkg)
            {
                _sb.Append(pkg.Imported.Name).Append('.').Append(sel.Sel.Value);
                return;
            }
            Expr(sel.X, PrecOperand);
            _sb.Append('.').Append(sel.Sel.Value);
        }

        private void Unary(UnaryExpr u)
        {
            var x = Unparen(u.X);
            switch (u.Op)
            {
                case Op.And when x is CompositeLit:
                    // OPTRLIT: "&%v".
                    _sb.Append('&');
                    Expr(x, PrecNone);
                    return;
                case Op.Mul:
                    // ODEREF: no space even before another '*'.
                    _sb.Append('*');
                    Expr(u.X, PrecOperand);
                    return;
                default:
                    _sb.Append(u.Op.Symbol());
                    // "- -x": a space when the operand is the same unary operator (it is then
                    // parenthesised as well, since unary operands print at precedence 8).
                    if (x is UnaryExpr inner && inner.Op == u.Op && !IsConst(u.X) && !(inner.Op == Op.And && Unparen(inner.X) is CompositeLit))
                        _sb.Append(' ');
                    Expr(u.X, PrecOperand);
                    return;
            }
        }

        private void Binary(BinaryExpr b)
        {
            if (IsStringConcat(b))
            {
                // OADDSTR: every operand of a (nested) non-constant string + at precedence 0.
                var operands = new List<Expr>();
                FlattenConcat(b, operands);
                for (int i = 0; i < operands.Count; i++)
                {
                    if (i > 0) _sb.Append(" + ");
                    Expr(operands[i], PrecNone);
                }
                return;
            }
            int np = Prec(b);
            Expr(b.X, np);
            _sb.Append(' ').Append(b.Op.Symbol()).Append(' ');
            if (b.Op is Op.Shl or Op.Shr && Tv(b.Y) is { Mode: OperandMode.Constant, Value: { } sv, Type: var st } && IsUntypedOrNull(st))
            {
                // An untyped constant shift count is converted to uint.
                WriteConst(_sb, sv, Universe.Uint);
                return;
            }
            Expr(b.Y, np + 1);
        }

        private static bool IsUntypedOrNull(GoType? t) => t is null or Basic { IsUntyped: true };

        private void FlattenConcat(Expr e, List<Expr> into)
        {
            var u = Unparen(e);
            if (!IsConst(e) && IsStringConcat(u))
            {
                var b = (BinaryExpr)u;
                FlattenConcat(b.X, into);
                FlattenConcat(b.Y, into);
            }
            else into.Add(e);
        }

        private bool IsConstStringToRunes(CallExpr c, GoType t) =>
            c.Args.Length == 1 && Tv(c.Args[0]) is { Value: not null } arg && arg.Type.Underlying is Basic { IsString: true }
            && t.Underlying is Slice { Elem.Underlying: Basic { Kind: BasicKind.Int32 } };

        private Builtin? BuiltinOf(CallExpr c) =>
            Unparen(c.Fun) is Name n && _info.Uses.TryGetValue(n, out var o) && o is Builtin b ? b : null;

        private void Call(CallExpr c)
        {
            if (devirtualized != null && devirtualized.TryGetValue(c, out var concrete))
            {
                _sb.Append(PrintDevirtualizedCall(c, concrete, _info));
                return;
            }
            var fun = Unparen(c.Fun);
            var ftv = Tv(c.Fun) ?? Tv(fun);
            if (ftv is { Mode: OperandMode.TypeExpr } convTv)
            {
                // Conversion: T(x), or (T)(x) when T has no name.
                var t = convTv.Type;
                if (IsConstStringToRunes(c, t))
                {
                    // Go's typecheck folds []rune("const") into a slice literal (stringtoruneslit),
                    // an empty one for "".
                    WriteType(_sb, t);
                    _sb.Append(Tv(c.Args[0])?.Value?.Str == "" ? "{}" : "{...}");
                    return;
                }
                if (HasSym(t)) WriteType(_sb, t);
                else
                {
                    _sb.Append('(');
                    WriteType(_sb, t);
                    _sb.Append(')');
                }
                _sb.Append('(');
                if (c.Args.Length > 0)
                {
                    // string(bs) with bs a slice of a named byte (or rune) type: Go's typecheck
                    // adds a conversion to []byte ([]rune) first (OBYTES2STR, ORUNES2STR).
                    if (t.Underlying is Basic { IsString: true } && Tv(c.Args[0])?.Type.Underlying is Slice { Elem: Named { Underlying: Basic { Kind: BasicKind.Uint8 or BasicKind.Int32 } eb } })
                    {
                        _sb.Append(eb.Kind == BasicKind.Uint8 ? "([]byte)(" : "([]rune)(");
                        Expr(c.Args[0], PrecNone);
                        _sb.Append(')');
                    }
                    else Expr(c.Args[0], PrecNone);
                }
                _sb.Append(')');
                return;
            }
            if (BuiltinOf(c) is { } bi)
            {
                BuiltinCall(c, bi);
                return;
            }

            if (fun is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var selection)
                && selection.Kind == SelectionKind.MethodVal && selection.Obj is Func m
                && Tv(sel.X)?.Type.Underlying is not Interface)
            {
                // A concrete method call becomes a call of the method expression with the
                // receiver as first argument: (*T).M(x, args).
                var recvType = (m.Type as Signature)?.Recv?.Type ?? selection.Recv;
                WriteRecvType(_sb, recvType);
                _sb.Append('.').Append(m.Name).Append('(');
                Expr(sel.X, PrecNone);
                if (c.Args.Length > 0 || ftv?.Type is Signature { Variadic: true }) _sb.Append(", ");
                Args(c, ftv?.Type as Signature);
                _sb.Append(')');
                return;
            }
            Expr(c.Fun, PrecOperand);
            _sb.Append('(');
            Args(c, ftv?.Type as Signature);
            _sb.Append(')');
        }

        public void Args(CallExpr c, Signature? sig)
        {
            if (sig != null && spreads != null && spreads.TryGetValue(c, out int first) && _info.TypeOf(c.Args[0]) is Tuple results)
            {
                SpreadArgs(sig, results, first);
                return;
            }
            if (sig != null && StdPackages.IsVariadicSig(sig) && !c.HasDots)
            {
                // The variadic arguments become one implicit slice: "... argument", or nil
                // when there are none; the call is then printed with "...".
                int fixedCount = sig.Params.Length - 1;
                for (int i = 0; i < Math.Min(fixedCount, c.Args.Length); i++)
                {
                    if (i > 0) _sb.Append(", ");
                    Expr(c.Args[i], PrecNone);
                }
                if (fixedCount > 0) _sb.Append(", ");
                _sb.Append(c.Args.Length > fixedCount ? "... argument..." : "nil...");
                return;
            }
            for (int i = 0; i < c.Args.Length; i++)
            {
                if (i > 0) _sb.Append(", ");
                Expr(c.Args[i], PrecNone);
            }
            if (c.HasDots) _sb.Append("...");
        }

        /// <summary><c>g(f())</c> after Go's rewrite <c>t0, t1 := f(); g(t0, t1)</c>: each
        /// result is a temporary, implicitly converted where the parameter's type differs
        /// (printed as the temporary alone). The first carries the assignment as its init:
        /// unconverted, Go wraps it in an OCONVNOP (ir.InitExpr), printed <c>T(.autotmp_N)</c>.
        /// Results past the fixed parameters of a variadic g form its "... argument".</summary>
        private void SpreadArgs(Signature sig, Tuple results, int first)
        {
            bool variadic = StdPackages.IsVariadicSig(sig);
            int fixedCount = variadic ? sig.Params.Length - 1 : sig.Params.Length;
            for (int i = 0; i < Math.Min(fixedCount, results.Length); i++)
            {
                if (i > 0) _sb.Append(", ");
                string name = $".autotmp_{first + i}";
                if (i == 0 && Predicates.Identical(results[i], sig.Params[i]))
                {
                    if (HasSym(results[i])) WriteType(_sb, results[i]);
                    else { _sb.Append('('); WriteType(_sb, results[i]); _sb.Append(')'); }
                    _sb.Append('(').Append(name).Append(')');
                }
                else _sb.Append(name);
            }
            if (!variadic) return;
            if (fixedCount > 0) _sb.Append(", ");
            _sb.Append(results.Length > fixedCount ? "... argument..." : "nil...");
        }

        private void BuiltinCall(CallExpr c, Builtin b)
        {
            switch (b.Id)
            {
                case BuiltinId.New:
                    _sb.Append("new(");
                    if (c.Args.Length > 0) TypeArg(c.Args[0]);
                    _sb.Append(')');
                    return;
                case BuiltinId.Make:
                    {
                        _sb.Append("make(");
                        if (c.Args.Length > 0) TypeArg(c.Args[0]);
                        // make(map[K]V) and make(chan T) without a size print no size; a slice
                        // always has its length (and capacity).
                        for (int i = 1; i < c.Args.Length && i < 3; i++)
                        {
                            _sb.Append(", ");
                            Expr(c.Args[i], PrecNone);
                        }
                        _sb.Append(')');
                        return;
                    }
                case BuiltinId.Recover:
                    _sb.Append("<node RECOVERFP>");
                    return;
                default:
                    _sb.Append(b.Name).Append('(');
                    for (int i = 0; i < c.Args.Length; i++)
                    {
                        if (i > 0) _sb.Append(", ");
                        Expr(c.Args[i], PrecNone);
                    }
                    if (c.HasDots) _sb.Append("...");
                    _sb.Append(')');
                    return;
            }
        }

        private void TypeArg(Expr e)
        {
            if (Tv(e) is { Mode: OperandMode.TypeExpr } tv) WriteType(_sb, tv.Type);
            else Expr(e, PrecNone);
        }

        // ---- statements ----------------------------------------------------------------------

        private void List(IEnumerable<Expr> es)
        {
            bool first = true;
            foreach (var e in es)
            {
                if (!first) _sb.Append(", ");
                first = false;
                Expr(e, PrecNone);
            }
        }

        private void Stmts(IEnumerable<Stmt> list)
        {
            bool first = true;
            foreach (var s in list)
            {
                if (!first) _sb.Append("; ");
                first = false;
                Stmt(s);
            }
        }

        public void Stmt(Stmt s)
        {
            switch (s)
            {
                case AssignStmt a:
                    List(a.Lhs);
                    if (a.Define) _sb.Append(" := ");
                    else if (a.Op is { } op) _sb.Append(' ').Append(op.Symbol()).Append("= ");
                    else _sb.Append(" = ");
                    if (a.Op is Op.Shl or Op.Shr && a.Rhs.Length == 1 && Tv(a.Rhs[0]) is { Mode: OperandMode.Constant, Value: { } sv, Type: var st } && IsUntypedOrNull(st))
                        WriteConst(_sb, sv, Universe.Uint);
                    else List(a.Rhs);
                    break;
                case IncDecStmt id:
                    Expr(id.X, PrecNone);
                    _sb.Append(id.Inc ? "++" : "--");
                    break;
                case ExprStmt es:
                    Expr(es.X, PrecNone);
                    break;
                case SendStmt ss:
                    // OSEND has precedence 3.
                    Expr(ss.Chan, 3);
                    _sb.Append(" <- ");
                    Expr(ss.Value, 4);
                    break;
                case ReturnStmt r:
                    _sb.Append("return ");
                    List(r.Results);
                    break;
                case GoStmt g:
                    _sb.Append("go ");
                    Expr(g.Call, PrecNone);
                    break;
                case DeferStmt d:
                    _sb.Append("defer ");
                    Expr(d.Call, PrecNone);
                    break;
                case BlockStmt blk:
                    Stmts(blk.List);
                    break;
                case DeclStmt ds:
                    {
                        bool first = true;
                        foreach (var d in ds.Decls)
                        {
                            if (d is not VarDecl vd) continue;
                            if (!first) _sb.Append("; ");
                            first = false;
                            VarDeclStmt(vd, true);
                        }
                        break;
                    }
                case IfStmt ifs:
                    _sb.Append("if ");
                    if (ifs.Init != null)
                    {
                        Stmt(ifs.Init);
                        _sb.Append("; ");
                    }
                    Expr(ifs.Cond, PrecNone);
                    _sb.Append(" { ");
                    Stmts(ifs.Then.List);
                    _sb.Append(" }");
                    if (ifs.Else != null)
                    {
                        _sb.Append(" else { ");
                        Stmt(ifs.Else);
                        _sb.Append(" }");
                    }
                    break;
                case ForStmt or RangeStmt:
                    _sb.Append("for loop");
                    break;
                case SwitchStmt or TypeSwitchStmt:
                    _sb.Append("switch statement");
                    break;
                case BranchStmt br:
                    _sb.Append(BranchText(br));
                    break;
                case SelectStmt:
                    _sb.Append("select statement");
                    break;
                case LabeledStmt ls:
                    // OLABEL is a statement of its own, before the labelled one.
                    _sb.Append(ls.Label.Value).Append(": ; ");
                    Stmt(ls.Stmt);
                    break;
                case EmptyStmt:
                    break;
                default:
                    _sb.Append(s.GetType().Name);
                    break;
            }
        }

        /// <summary><c>var a, b = x, y</c> inside a function is an assignment <c>a, b := x, y</c>
        /// in Go's IR; without values it is a declaration <c>var a T</c>.</summary>
        public void VarDeclStmt(VarDecl vd, bool define)
        {
            if (!vd.Values.IsEmpty)
            {
                List(vd.Names);
                _sb.Append(define ? " := " : " = ");
                List(vd.Values);
                return;
            }
            for (int i = 0; i < vd.Names.Length; i++)
            {
                if (i > 0) _sb.Append("; ");
                _sb.Append("var ").Append(vd.Names[i].Value).Append(' ');
                var t = _info.Defs.TryGetValue(vd.Names[i], out var o) && o?.Type is { } ot ? ot : (vd.Type != null ? Tv(vd.Type)?.Type : null);
                if (t != null) WriteType(_sb, t);
            }
        }

        public void Case(CaseClause c)
        {
            if (c.IsDefault) _sb.Append("default");
            else
            {
                _sb.Append("case ");
                List(c.Cases);
            }
            _sb.Append(": ");
            Stmts(c.Body);
        }
    }

    // ---- types ---------------------------------------------------------------------------

    /// <summary>Whether cmd/compile's type has a symbol (a defined or predeclared name).</summary>
    private static bool HasSym(GoType t) => t is Named || t is Basic { IsUntyped: false };

    private static void WriteType(StringBuilder sb, GoType t)
    {
        switch (t)
        {
            case Basic b:
                sb.Append(b.Name);
                break;
            case Named n:
                if (n.Obj.Pkg != null && n.Obj.Pkg.Path != "main") sb.Append(n.Obj.Pkg.Name).Append('.');
                sb.Append(n.Obj.Name);
                break;
            case Pointer p:
                sb.Append('*');
                WriteType(sb, p.Elem);
                break;
            case Slice s:
                sb.Append("[]");
                WriteType(sb, s.Elem);
                break;
            case Array a:
                sb.Append('[').Append(a.Len.ToString(CultureInfo.InvariantCulture)).Append(']');
                WriteType(sb, a.Elem);
                break;
            case Map m:
                sb.Append("map[");
                WriteType(sb, m.Key);
                sb.Append(']');
                WriteType(sb, m.Elem);
                break;
            case Chan c:
                switch (c.Dir)
                {
                    case TypeChanDir.RecvOnly: sb.Append("<-chan "); WriteType(sb, c.Elem); break;
                    case TypeChanDir.SendOnly: sb.Append("chan<- "); WriteType(sb, c.Elem); break;
                    default:
                        sb.Append("chan ");
                        if (c.Elem is Chan { Dir: TypeChanDir.RecvOnly })
                        {
                            sb.Append('(');
                            WriteType(sb, c.Elem);
                            sb.Append(')');
                        }
                        else WriteType(sb, c.Elem);
                        break;
                }
                break;
            case Interface it:
                if (it.IsEmpty)
                {
                    sb.Append("interface {}");
                    break;
                }
                sb.Append("interface {");
                for (int i = 0; i < it.Methods.Length; i++)
                {
                    if (i > 0) sb.Append(';');
                    sb.Append(' ');
                    var m = it.Methods[i];
                    // Unexported method names are qualified with the package's link prefix.
                    if (!IsExported(m.Name)) sb.Append(m.Pkg?.Path is { } path && path != "" ? path : "main").Append('.');
                    sb.Append(m.Name);
                    if (m.Type is Signature ms) WriteSignature(sb, ms);
                }
                sb.Append(" }");
                break;
            case Signature sig:
                sb.Append("func");
                WriteSignature(sb, sig);
                break;
            case Struct st:
                sb.Append("struct {");
                for (int i = 0; i < st.Fields.Length; i++)
                {
                    if (i > 0) sb.Append(';');
                    sb.Append(' ').Append(st.Fields[i].Name).Append(' ');
                    WriteType(sb, st.Fields[i].Type ?? Universe.Invalid);
                    if (st.Tags[i] != "") sb.Append(' ').Append(Quote(st.Tags[i], '"'));
                }
                if (st.Fields.Length > 0) sb.Append(' ');
                sb.Append('}');
                break;
            case Tuple tup:
                for (int i = 0; i < tup.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteType(sb, tup[i]);
                }
                break;
            default:
                sb.Append("<T>");
                break;
        }
    }

    private static bool IsExported(string name) => name.Length > 0 && char.IsUpper(name[0]);

    /// <summary>Parameter and result types without names (cmd/compile's fmtGo mode).</summary>
    private static void WriteSignature(StringBuilder sb, Signature sig)
    {
        bool variadic = StdPackages.IsVariadicSig(sig);
        sb.Append('(');
        for (int i = 0; i < sig.Params.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var pt = sig.Params[i];
            if (variadic && i == sig.Params.Length - 1 && pt is Slice s)
            {
                sb.Append("...");
                WriteType(sb, s.Elem);
            }
            else WriteType(sb, pt);
        }
        sb.Append(')');
        if (sig.Results.Length == 1)
        {
            sb.Append(' ');
            WriteType(sb, sig.Results[0]);
        }
        else if (sig.Results.Length > 1)
        {
            sb.Append(" (");
            for (int i = 0; i < sig.Results.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                WriteType(sb, sig.Results[i]);
            }
            sb.Append(')');
        }
    }

    // ---- constants -----------------------------------------------------------------------

    private static GoType DefaultType(GoType t) => t is Basic b ? b.Kind switch
    {
        BasicKind.UntypedBool => Universe.Bool,
        BasicKind.UntypedInt => Universe.Int,
        BasicKind.UntypedRune => Universe.Rune,
        BasicKind.UntypedFloat => Universe.Float64,
        BasicKind.UntypedString => Universe.String,
        _ => t,
    } : t;

    private static void WriteConst(StringBuilder sb, ConstValue v, GoType? type)
    {
        var t = DefaultType(type ?? KindDefault(v));
        if (t is Basic { Kind: BasicKind.UntypedNil })
        {
            sb.Append("nil");
            return;
        }
        var u = t.Underlying as Basic;

        // Rune constants print as quoted characters (only for rune itself, not int32).
        if (ReferenceEquals(t, Universe.Rune) && v.IsNumeric && v.IsIntegral)
        {
            var r = v.AsBigInteger;
            if (r >= 0 && r <= 0x10FFFF)
            {
                sb.Append(QuoteRune((int)r));
                return;
            }
        }

        string text;
        GoType kindDefault;
        if (u is { IsInteger: true } && v.IsNumeric && v.IsIntegral)
        {
            text = v.AsBigInteger.ToString(CultureInfo.InvariantCulture);
            kindDefault = Universe.Int;
        }
        else if (u is { IsFloat: true } && v.IsNumeric)
        {
            text = FormatFloat(v.AsDouble, v.Kind == ConstKind.Int || v.IsIntegral);
            kindDefault = Universe.Float64;
        }
        else
        {
            text = ValueString(v);
            kindDefault = KindDefault(v);
        }
        if (ReferenceEquals(t, kindDefault)) sb.Append(text);
        else
        {
            WriteType(sb, t);
            sb.Append('(').Append(text).Append(')');
        }
    }

    private static GoType KindDefault(ConstValue v) => v.Kind switch
    {
        ConstKind.Bool => Universe.Bool,
        ConstKind.String => Universe.String,
        ConstKind.Float => Universe.Float64,
        _ => Universe.Int,
    };

    private static string ValueString(ConstValue v)
    {
        switch (v.Kind)
        {
            case ConstKind.Bool: return v.Bool ? "true" : "false";
            case ConstKind.Int: return v.Int.ToString(CultureInfo.InvariantCulture);
            case ConstKind.Float: return FormatFloat(v.Float, v.IsIntegral);
            case ConstKind.String:
                {
                    // go/constant: quoted, and cut to 72 runes with "..." when longer.
                    const int maxLen = 72;
                    string q = Quote(v.Str, '"');
                    var runes = q.EnumerateRunes().ToList();
                    if (runes.Count > maxLen)
                        q = string.Concat(runes.Take(maxLen - 3).Select(r => r.ToString())) + "...";
                    return q;
                }
            default: return "unknown";
        }
    }

    /// <summary>go/constant's float String: <c>%.6g</c>, or <c>%g</c> when that hides a fraction.</summary>
    private static string FormatFloat(double f, bool isInt)
    {
        if (double.IsInfinity(f)) return f > 0 ? "+Inf" : "-Inf";
        if (f == 0) return "0";
        string s = FormatG(f, 6);
        if (!isInt && !s.Contains('.')) s = FormatShortestG(f);
        return s;
    }

    /// <summary>Go's <c>%.{prec}g</c>.</summary>
    private static string FormatG(double f, int prec)
    {
        string e = f.ToString("E" + (prec - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int ei = e.IndexOf('E');
        string mant = e[..ei];
        int exp = int.Parse(e[(ei + 1)..], CultureInfo.InvariantCulture);
        string digits = mant.Replace("-", "").Replace(".", "");
        return Layout(f < 0, digits, exp, prec);
    }

    /// <summary>Go's <c>%g</c> (shortest representation that round-trips).</summary>
    private static string FormatShortestG(double f)
    {
        string r = Math.Abs(f).ToString("E16", CultureInfo.InvariantCulture);
        // Find the shortest digit count that round-trips.
        for (int p = 1; p <= 17; p++)
        {
            string e = Math.Abs(f).ToString("E" + (p - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(e, CultureInfo.InvariantCulture) == Math.Abs(f)) { r = e; break; }
        }
        int ei = r.IndexOf('E');
        int exp = int.Parse(r[(ei + 1)..], CultureInfo.InvariantCulture);
        string digits = r[..ei].Replace(".", "");
        return Layout(f < 0, digits, exp, 6);
    }

    /// <summary>Lays out digits d.ddd × 10^exp as %g does: %e when exp &lt; -4 or exp ≥ eprec,
    /// else %f, trailing zeros removed.</summary>
    private static string Layout(bool neg, string digits, int exp, int eprec)
    {
        digits = digits.TrimEnd('0');
        if (digits == "") digits = "0";
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (exp < -4 || exp >= eprec)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (exp < 0)
        {
            sb.Append("0.").Append('0', -exp - 1).Append(digits);
            return sb.ToString();
        }
        if (digits.Length <= exp + 1)
        {
            sb.Append(digits).Append('0', exp + 1 - digits.Length);
            return sb.ToString();
        }
        sb.Append(digits, 0, exp + 1).Append('.').Append(digits, exp + 1, digits.Length - exp - 1);
        return sb.ToString();
    }

    /// <summary>strconv.QuoteRune.</summary>
    public static string QuoteRune(int r)
    {
        if (r is >= 0xD800 and <= 0xDFFF || r > 0x10FFFF || r < 0) r = 0xFFFD;
        var sb = new StringBuilder("'");
        AppendEscaped(sb, r, '\'');
        return sb.Append('\'').ToString();
    }

    /// <summary>strconv.Quote (with <paramref name="quote"/> as the quote character).</summary>
    public static string Quote(string s, char quote = '"')
    {
        var sb = new StringBuilder();
        sb.Append(quote);
        foreach (var r in s.EnumerateRunes()) AppendEscaped(sb, r.Value, quote);
        return sb.Append(quote).ToString();
    }

    private static void AppendEscaped(StringBuilder sb, int r, char quote)
    {
        if (r == quote || r == '\\')
        {
            sb.Append('\\').Append((char)r);
            return;
        }
        if (IsPrint(r))
        {
            sb.Append(char.ConvertFromUtf32(r));
            return;
        }
        switch (r)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }
        if (r < ' ' || r == 0x7F) sb.Append("\\x").Append(r.ToString("x2", CultureInfo.InvariantCulture));
        else if (r < 0x10000) sb.Append("\\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(r.ToString("x8", CultureInfo.InvariantCulture));
    }

    /// <summary>strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool IsPrint(int r)
    {
        if (r < 0x80) return r >= 0x20 && r < 0x7F;
        if (r == 0xFFFD) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(r);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }
}
