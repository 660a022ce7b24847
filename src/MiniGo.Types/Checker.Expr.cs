using System.Globalization;
using System.Numerics;
using System.Text;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using Op = MiniGo.Syntax.Ast.Operator;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Types;

/// <summary>Expressions (types2 expr.go, index.go, selector handling in call.go).</summary>
public sealed partial class Checker
{
    private Scope _scope = Universe.Scope;
    private Signature? _funcSig;
    private ConstValue? _iota;
    // Function literals whose bodies are checked at the end of the current statement.
    private readonly List<Action> _delayed = new();

    private const string InvalidOp = "invalid operation: ";

    private void Record(Expr e, Operand x)
    {
        if (x.IsInvalid) return;
        _info.Types[e] = new TypeAndValue(x.Mode, x.Type, x.Mode == OperandMode.Constant ? x.Value : null);
    }

    /// <summary>Evaluates e, which must be a single value.</summary>
    private void Expr(Operand x, Expr e, Type? hint = null)
    {
        RawExpr(x, e, hint, false);
        SingleValue(x);
        Exclude(x, noValue: true, builtin: true, typeExpr: true);
    }

    private void Exclude(Operand x, bool noValue, bool builtin, bool typeExpr)
    {
        string? msg = x.Mode switch
        {
            OperandMode.NoValue when noValue => $"{ExprString.Format(x.Expr!)} (no value) used as value",
            OperandMode.Builtin when builtin => $"{ExprString.Format(x.Expr!)} (built-in) must be called",
            OperandMode.TypeExpr when typeExpr => $"{ExprString.Format(x.Expr!)} (type) is not an expression",
            _ => null,
        };
        if (msg != null)
        {
            Error(AstStart(x.Expr!), msg);
            x.Mode = OperandMode.Invalid;
        }
    }

    private void SingleValue(Operand x)
    {
        if (x.Mode == OperandMode.Value && x.Type is Tuple t && t.Length != 1)
        {
            Error(AstStart(x.Expr!), $"multiple-value {ExprString.Format(x.Expr!)} (value of type {TypeString.Format(t)}) in single-value context");
            x.Mode = OperandMode.Invalid;
        }
    }

    /// <summary>Evaluates e as a value or a type.</summary>
    private void ExprOrType(Operand x, Expr e)
    {
        RawExpr(x, e, null, false);
        SingleValue(x);
        Exclude(x, noValue: true, builtin: true, typeExpr: false);
    }

    private void RawExpr(Operand x, Expr e, Type? hint, bool allowGeneric)
    {
        ExprInternal(x, e, hint);
        x.Expr = e;
        Record(e, x);
    }

    private void ExprInternal(Operand x, Expr e, Type? hint)
    {
        x.Mode = OperandMode.Invalid;
        x.Type = Universe.Invalid;
        x.Value = null;
        switch (e)
        {
            case Name n: Ident(x, n); break;
            case BasicLit lit: BasicLitValue(x, lit); break;
            case FuncLit fl:
                {
                    var sig = FuncType(fl.Type, null);
                    var scope = _scope;
                    _delayed.Add(() => FuncBody(scope, sig, fl.Body));
                    x.Mode = OperandMode.Value;
                    x.Type = sig;
                    break;
                }
            case CompositeLit cl: CompositeLitValue(x, cl, hint); break;
            case ParenExpr p:
                RawExpr(x, p.X, hint, false);
                break;
            case SelectorExpr sel: Selector(x, sel); break;
            case IndexExpr ix: Index(x, ix); break;
            case SliceExpr sx: SliceValue(x, sx); break;
            case AssertExpr ax:
                {
                    Expr(x, ax.X);
                    if (x.IsInvalid) { TypExpr(ax.Type); return; }
                    if (x.Type.Underlying is not Interface xi)
                    {
                        Error(AstStart(ax.X), $"{InvalidOp}{ExprString.Format(ax.X)} ({OperandNoExpr(x)}) is not an interface");
                        TypExpr(ax.Type);
                        x.Mode = OperandMode.Invalid;
                        return;
                    }
                    var t = TypExpr(ax.Type);
                    if (t == Universe.Invalid) { x.Mode = OperandMode.Invalid; return; }
                    if (t.Underlying is not Interface && Predicates.MissingMethodCause(t, xi) is { } mm)
                    {
                        Error(AstStart(ax), $"impossible type assertion: {ExprString.Format(ax)}\n\t{TypeString.Format(t)} does not implement {TypeString.Format(x.Type)} {mm.Cause}");
                        x.Mode = OperandMode.Invalid;
                        return;
                    }
                    x.Mode = OperandMode.CommaOk;
                    x.Type = t;
                    break;
                }
            case TypeSwitchGuard g:
                Error(g.Pos, "use of .(type) outside type switch");
                break;
            case CallExpr call: Call(x, call); break;
            case UnaryExpr u: Unary(x, u, hint); break;
            case BinaryExpr b: Binary(x, b, b.X, b.Y, b.Op); break;
            case KeyValueExpr kv:
                Error(kv.Pos, "unexpected key:value expression");
                break;
            case ArrayType or SliceType or MapType or Syntax.Ast.ChanType or Syntax.Ast.FuncType or StructType or InterfaceType:
                x.Mode = OperandMode.TypeExpr;
                x.Type = TypExpr(e);
                break;
            default:
                Error(e.Pos, $"unexpected expression {e.GetType().Name}");
                break;
        }
    }

    private static string OperandNoExpr(Operand x)
    {
        string s = x.ToString();
        int i = s.IndexOf(" (", StringComparison.Ordinal);
        return i >= 0 && s.EndsWith(')') ? s[(i + 2)..^1] : s;
    }

    private void Ident(Operand x, Name n)
    {
        if (n.Value == "_")
        {
            Error(n.Pos, "cannot use _ as value");
            return;
        }
        var obj = _scope.Lookup(n.Value);
        if (obj == null)
        {
            Error(n.Pos, Universe.IsComplexName(n.Value) ? "unsupported: complex numbers" : $"undefined: {n.Value}");
            return;
        }
        _info.Uses[n] = obj;
        if (obj.Pkg == _pkg && _decls.ContainsKey(obj))
        {
            AddDeclDep(obj);
            if (!_resolved.Contains(obj)) ResolveObject(obj);
        }
        switch (obj)
        {
            case PkgName pn:
                pn.Used = true;
                Error(n.Pos, $"use of package {n.Value} without selector");
                return;
            case Const c:
                if (ReferenceEquals(c, Universe.Iota))
                {
                    if (_iota == null) { Error(n.Pos, "cannot use iota outside constant declaration"); return; }
                    x.Value = _iota;
                }
                else x.Value = c.Value;
                if (c.Type == null || c.Type == Universe.Invalid || x.Value == null) return;
                x.Mode = OperandMode.Constant;
                x.Type = c.Type;
                break;
            case TypeName tn:
                x.Mode = OperandMode.TypeExpr;
                x.Type = tn.Type ?? Universe.Invalid;
                break;
            case Var v:
                if (v.Pkg == _pkg) v.Used = true;
                if (v.Type == null || v.Type == Universe.Invalid) return;
                x.Mode = OperandMode.Variable;
                x.Type = v.Type;
                break;
            case Func f:
                x.Mode = OperandMode.Value;
                x.Type = f.Type ?? Universe.Invalid;
                if (x.Type == Universe.Invalid) x.Mode = OperandMode.Invalid;
                break;
            case Builtin b:
                x.Mode = OperandMode.Builtin;
                x.Builtin = b.Id;
                x.Type = Universe.Invalid;
                break;
            case Nil:
                x.Mode = OperandMode.Value;
                x.Type = Universe.UntypedNil;
                break;
        }
    }

    private void BasicLitValue(Operand x, BasicLit lit)
    {
        // types2 caps a number literal at 10,000 characters: longer ones carry no meaning
        // (512-bit mantissas) and would only cost time to convert.
        const int limit = 10000;
        if (lit.Kind is LitKind.Int or LitKind.Float or LitKind.Imag && lit.Value.Length > limit)
        {
            Error(lit.Pos, $"excessively long constant: {lit.Value[..10]}... ({lit.Value.Length} chars)");
            return;
        }
        var v = Literals.Value(lit);
        if (v == null)
        {
            Error(lit.Pos, $"malformed constant: {lit.Value}");
            return;
        }
        x.Mode = OperandMode.Constant;
        x.Value = v;
        x.Type = lit.Kind switch
        {
            LitKind.Int => Universe.UntypedInt,
            LitKind.Float => Universe.UntypedFloat,
            LitKind.Rune => Universe.UntypedRune,
            LitKind.String => Universe.UntypedString,
            _ => Universe.Invalid,
        };
    }

    // ---- selectors ----------------------------------------------------------------------

    private void Selector(Operand x, SelectorExpr e)
    {
        string sel = e.Sel.Value;
        // A qualified identifier: fmt.Println.
        if (e.X is Name pn && _scope.Lookup(pn.Value) is PkgName pkg)
        {
            pkg.Used = true;
            _info.Uses[pn] = pkg;
            var member = pkg.Imported.Scope.LookupLocal(sel);
            if (member == null || !char.IsUpper(sel[0]))
            {
                Error(e.Sel.Pos, member == null ? $"undefined: {pn.Value}.{sel}" : $"name {sel} not exported by package {pkg.Imported.Name}");
                return;
            }
            _info.Uses[e.Sel] = member;
            switch (member)
            {
                case Func f: x.Mode = OperandMode.Value; x.Type = f.Type!; break;
                case TypeName t: x.Mode = OperandMode.TypeExpr; x.Type = t.Type!; break;
                case Var v: x.Mode = OperandMode.Variable; x.Type = v.Type!; break;
                case Const c: x.Mode = OperandMode.Constant; x.Type = c.Type!; x.Value = c.Value; break;
            }
            return;
        }

        ExprOrType(x, e.X);
        if (x.IsInvalid) return;

        if (x.Mode == OperandMode.TypeExpr)
        {
            // A method expression T.m or (*T).m.
            var m = Lookup.FindMethod(x.Type, sel, out bool needsPtr);
            if (m != null && needsPtr)
            {
                string t = TypeString.Format(x.Type);
                Error(e.Sel.Pos, $"invalid method expression {t}.{sel} (needs pointer receiver (*{t}).{sel})");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (m == null)
            {
                string reason = x.Type is Pointer { Elem.Underlying: Interface }
                    ? $"type {TypeString.Format(x.Type)} is pointer to interface, not interface"
                    : $"type {TypeString.Format(x.Type)} has no method {sel}";
                Error(e.Sel.Pos, $"{ExprString.Format(e.X)}.{sel} undefined ({reason})");
                x.Mode = OperandMode.Invalid;
                return;
            }
            _info.Uses[e.Sel] = m;
            AddDeclDep(m);
            _info.Selections[e] = new Selection(SelectionKind.MethodExpr, x.Type, m, 0, false);
            var s = m.Signature;
            var recv = new Var(Pos.None, _pkg, "", x.Type, VarKind.Param);
            x.Mode = OperandMode.Value;
            x.Type = new Signature(null, new Tuple([recv, .. s.Params.Vars]), s.Results, s.Variadic);
            return;
        }

        if (x.Type.Underlying is Pointer { Elem.Underlying: Interface } && x.Type is not Named)
        {
            Error(e.Sel.Pos, $"{ExprString.Format(e.X)}.{sel} undefined (type {TypeString.Format(x.Type)} is pointer to interface, not interface)");
            x.Mode = OperandMode.Invalid;
            return;
        }

        if (Lookup.FindField(x.Type, sel) is var (field, index, indirect) && x.Type is not Pointer { Elem: Pointer })
        {
            _info.Uses[e.Sel] = field;
            _info.Selections[e] = new Selection(SelectionKind.FieldVal, x.Type, field, index, indirect);
            // A field of an addressable struct, or reached through a pointer, is addressable.
            if (x.Mode != OperandMode.Variable && !indirect) x.Mode = OperandMode.Value;
            else x.Mode = OperandMode.Variable;
            x.Type = field.Type!;
            return;
        }

        var method = Lookup.FindMethod(x.Type, sel, out bool ptrRecv);
        if (method != null)
        {
            if (ptrRecv && x.Mode != OperandMode.Variable)
            {
                Error(e.Sel.Pos, $"cannot call pointer method {sel} on {TypeString.Format(x.Type)}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            _info.Uses[e.Sel] = method;
            AddDeclDep(method);
            _info.Selections[e] = new Selection(SelectionKind.MethodVal, x.Type, method, 0, x.Type is Pointer && !method.HasPtrRecv);
            x.Mode = OperandMode.Value;
            x.Type = Predicates.WithoutRecv(method.Signature);
            return;
        }

        // Not found: say why, as types2 does.
        string why = $"type {TypeString.Format(x.Type)} has no field or method {sel}";
        string other = char.IsUpper(sel[0]) ? char.ToLowerInvariant(sel[0]) + sel[1..] : char.ToUpperInvariant(sel[0]) + sel[1..];
        if (Lookup.FindField(x.Type, other) != null) why += $", but does have field {other}";
        else if (Lookup.FindMethod(x.Type, other, out _) != null) why += $", but does have method {other}";
        Error(e.Sel.Pos, $"{ExprString.Format(e.X)}.{sel} undefined ({why})");
        x.Mode = OperandMode.Invalid;
    }

    // ---- index and slice ----------------------------------------------------------------

    private void Index(Operand x, IndexExpr e)
    {
        ExprOrType(x, e.X);
        if (x.IsInvalid) { Use(e.Index); return; }
        if (x.Mode == OperandMode.TypeExpr)
        {
            Error(AstStart(e.X), $"{TypeString.Format(x.Type)} is not a generic type");
            x.Mode = OperandMode.Invalid;
            return;
        }
        bool valid = false;
        long length = -1;
        switch (x.Type.Underlying)
        {
            case Basic b when b.IsString:
                valid = true;
                if (x.Mode == OperandMode.Constant) length = Encoding.UTF8.GetByteCount(x.Value!.Str);
                // An index of a string is a byte value, not addressable.
                x.Mode = OperandMode.Value;
                x.Type = Universe.Byte;
                break;
            case Array a:
                valid = true;
                length = a.Len;
                if (x.Mode != OperandMode.Variable) x.Mode = OperandMode.Value;
                x.Type = a.Elem;
                break;
            case Pointer { Elem.Underlying: Array pa }:
                valid = true;
                length = pa.Len;
                x.Mode = OperandMode.Variable;
                x.Type = pa.Elem;
                break;
            case Slice s:
                valid = true;
                x.Mode = OperandMode.Variable;
                x.Type = s.Elem;
                break;
            case Map m:
                {
                    var key = new Operand();
                    Expr(key, e.Index, m.Key);
                    Assignment(key, m.Key, "map index");
                    x.Mode = OperandMode.MapIndex;
                    x.Type = m.Elem;
                    return;
                }
        }
        if (!valid)
        {
            Error(e.Pos, $"{InvalidOp}cannot index {x}");
            Use(e.Index);
            x.Mode = OperandMode.Invalid;
            return;
        }
        IndexValue(e.Index, length);
    }

    /// <summary>Checks an index (or slice bound) as types2's index/isValidIndex: an integer,
    /// non-negative, below length if known. Returns the constant value or -1.</summary>
    private long IndexValue(Expr index, long length, bool allowMax = false)
    {
        var x = new Operand();
        Expr(x, index);
        if (!IsValidIndex(x, "index")) return -1;
        if (x.Mode != OperandMode.Constant) return -1;
        var v = x.Value!.AsBigInteger;
        if (length >= 0 && (allowMax ? v > length : v >= length))
        {
            Error(AstStart(index), $"invalid argument: index {x.Value} out of bounds [0:{(allowMax ? length + 1 : length)}]");
            return -1;
        }
        return (long)v;
    }

    private bool IsValidIndex(Operand x, string what)
    {
        if (x.IsInvalid) return false;
        ConvertUntyped(x, Universe.Int);
        if (x.IsInvalid) return false;
        if (!Predicates.IsInteger(x.Type))
        {
            Error(AstStart(x.Expr!), $"invalid argument: {what} {x} must be integer");
            return false;
        }
        if (x.Mode == OperandMode.Constant)
        {
            if (x.Value!.AsBigInteger < 0)
            {
                Error(AstStart(x.Expr!), $"invalid argument: {what} {x} must not be negative");
                return false;
            }
            if (x.Value.AsBigInteger > long.MaxValue)
            {
                Error(AstStart(x.Expr!), $"invalid argument: {what} {x} overflows int");
                return false;
            }
        }
        return true;
    }

    private void SliceValue(Operand x, SliceExpr e)
    {
        Expr(x, e.X);
        if (x.IsInvalid) { Use(e.Low, e.High, e.Max); return; }
        long length = -1;
        switch (x.Type.Underlying)
        {
            case Basic b when b.IsString:
                if (e.Full)
                {
                    Error(e.Pos, $"{InvalidOp}3-index slice of string");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                if (x.Mode == OperandMode.Constant) length = Encoding.UTF8.GetByteCount(x.Value!.Str);
                if (Predicates.IsUntyped(x.Type)) x.Type = Universe.String;
                x.Mode = OperandMode.Value;
                break;
            case Array a:
                if (x.Mode != OperandMode.Variable)
                {
                    Error(AstStart(e.X), $"{InvalidOp}{x} (slice of unaddressable value)");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                length = a.Len;
                x.Mode = OperandMode.Value;
                x.Type = new Slice(a.Elem);
                break;
            case Pointer { Elem.Underlying: Array pa }:
                length = pa.Len;
                x.Mode = OperandMode.Value;
                x.Type = new Slice(pa.Elem);
                break;
            case Slice:
                x.Mode = OperandMode.Value;
                break;
            default:
                Error(AstStart(e.X), $"{InvalidOp}cannot slice {x}");
                x.Mode = OperandMode.Invalid;
                return;
        }
        var bounds = new[] { e.Low, e.High, e.Max };
        long prev = -1;
        foreach (var b in bounds)
        {
            if (b == null) continue;
            long v = IndexValue(b, length, allowMax: true);
            if (v >= 0 && prev >= 0 && v < prev)
                Error(AstStart(b), $"invalid slice indices: {v} < {prev}");
            if (v >= 0) prev = v;
        }
    }

    /// <summary>Evaluates expressions only for their errors (types2 use).</summary>
    private void Use(params Expr?[] es)
    {
        foreach (var e in es)
        {
            if (e == null) continue;
            var x = new Operand();
            RawExpr(x, e, null, false);
        }
    }

    // ---- unary and binary ---------------------------------------------------------------

    private void Unary(Operand x, UnaryExpr e, Type? hint)
    {
        if (e.Op == Op.And)
        {
            // &T{...} is allowed although a composite literal is not addressable.
            var inner = Unparen(e.X);
            if (inner is CompositeLit cl)
            {
                Type? elemHint = hint?.Underlying is Pointer hp ? hp.Elem : null;
                RawExpr(x, cl, elemHint, false);
                if (x.IsInvalid) return;
                x.Mode = OperandMode.Value;
                x.Type = new Pointer(x.Type);
                return;
            }
            Expr(x, e.X);
            if (x.IsInvalid) return;
            if (x.Mode != OperandMode.Variable)
            {
                Error(AstStart(e.X), $"{InvalidOp}cannot take address of {x}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            x.Mode = OperandMode.Value;
            x.Type = new Pointer(x.Type);
            return;
        }
        if (e.Op == Op.Mul)
        {
            ExprOrType(x, e.X);
            if (x.IsInvalid) return;
            if (x.Mode == OperandMode.TypeExpr)
            {
                x.Type = new Pointer(x.Type);
                return;
            }
            if (x.IsNil)
            {
                Error(AstStart(e.X), $"{InvalidOp}cannot indirect {x}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (x.Type.Underlying is not Pointer p)
            {
                Error(AstStart(e.X), $"{InvalidOp}cannot indirect {x}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            x.Mode = OperandMode.Variable;
            x.Type = p.Elem;
            return;
        }
        if (e.Op == Op.Arrow)
        {
            Expr(x, e.X);
            if (x.IsInvalid) return;
            if (x.Type.Underlying is not Chan c)
            {
                Error(AstStart(e.X), $"{InvalidOp}cannot receive from non-channel {x}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (c.Dir == ChanDir.SendOnly)
            {
                Error(AstStart(e.X), $"{InvalidOp}cannot receive from send-only channel {x}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            x.Mode = OperandMode.CommaOk;
            x.Type = c.Elem;
            return;
        }

        Expr(x, e.X);
        if (x.IsInvalid) return;
        bool ok = e.Op switch
        {
            Op.Add or Op.Sub => Predicates.IsNumeric(x.Type),
            Op.Xor => Predicates.IsInteger(x.Type),
            Op.Not => Predicates.IsBoolean(x.Type),
            _ => false,
        };
        if (!ok)
        {
            Error(AstStart(e.X), $"{InvalidOp}operator {e.Op.Symbol()} not defined on {x}");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (x.Mode == OperandMode.Constant)
        {
            var v = x.Value!;
            x.Expr = e;
            if (v.Kind == ConstKind.Unknown) return;
            x.Value = e.Op switch
            {
                Op.Add => v,
                Op.Sub => v.Kind == ConstKind.Int ? ConstValue.Of(-v.Int) : ConstValue.OfFloat(-v.Float),
                Op.Not => ConstValue.Of(!v.Bool),
                _ => ConstValue.Of(BitwiseNot(v.Int, x.Type)),
            };
            Overflow(x, e);
            return;
        }
        x.Mode = OperandMode.Value;
    }

    private static BigInteger BitwiseNot(BigInteger v, Type t)
    {
        if (t.Underlying is Basic { IsUnsigned: true } b)
        {
            int bits = (int)Sizes.Sizeof(b) * 8;
            return ((BigInteger.One << bits) - 1) ^ v;
        }
        return -v - 1;
    }

    private void Binary(Operand x, Expr? e, Expr lhs, Expr rhs, Op op)
    {
        var y = new Operand();
        Expr(x, lhs);
        Expr(y, rhs);
        if (x.IsInvalid) return;
        if (y.IsInvalid) { x.Mode = OperandMode.Invalid; return; }

        if (op is Op.Shl or Op.Shr)
        {
            Shift(x, y, e, op);
            return;
        }
        MatchTypes(x, y);
        if (x.IsInvalid) return;

        if (op.IsComparison())
        {
            Comparison(x, y, op, e);
            return;
        }
        if (!Predicates.Identical(x.Type, y.Type))
        {
            if (x.Type != Universe.Invalid && y.Type != Universe.Invalid)
            {
                string what = e != null ? ExprString.Format(e) : $"{ExprString.Format(lhs)} {op.Symbol()}= {ExprString.Format(rhs)}";
                Error(AstStart(x.Expr!), $"{InvalidOp}{what} (mismatched types {TypeString.Format(x.Type)} and {TypeString.Format(y.Type)})");
            }
            x.Mode = OperandMode.Invalid;
            return;
        }
        bool ok = op switch
        {
            Op.Add => Predicates.IsNumeric(x.Type) || Predicates.IsString(x.Type),
            Op.Sub or Op.Mul or Op.Quo => Predicates.IsNumeric(x.Type),
            Op.Rem or Op.And or Op.Or or Op.Xor or Op.AndNot => Predicates.IsInteger(x.Type),
            Op.LAnd or Op.LOr => Predicates.IsBoolean(x.Type),
            _ => false,
        };
        if (!ok)
        {
            string what = e != null ? ExprString.Format(e) : $"{ExprString.Format(lhs)} {op.Symbol()}= {ExprString.Format(rhs)}";
            Error(AstStart(x.Expr!), $"{InvalidOp}operator {op.Symbol()} not defined on {x}");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (op is Op.Quo or Op.Rem && (x.Mode == OperandMode.Constant || Predicates.IsInteger(x.Type))
            && y.Mode == OperandMode.Constant && y.Value!.Kind != ConstKind.Unknown && y.Value.AsDouble == 0)
        {
            Error(AstStart(y.Expr!), $"{InvalidOp}division by zero");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
        {
            x.Value = ConstOps.Binary(x.Value!, op, y.Value!, Predicates.IsInteger(x.Type));
            if (x.Value == null) { x.Mode = OperandMode.Invalid; return; }
            if (e != null) x.Expr = e;
            Overflow(x, e ?? lhs);
            return;
        }
        x.Mode = OperandMode.Value;
    }

    private void MatchTypes(Operand x, Operand y)
    {
        bool MayConvert()
        {
            if (Predicates.IsTyped(x.Type) && Predicates.IsTyped(y.Type)) return false;
            if (Predicates.IsInterface(x.Type) || Predicates.IsInterface(y.Type)) return true;
            if (Predicates.IsBoolean(x.Type) != Predicates.IsBoolean(y.Type)) return false;
            if (Predicates.IsString(x.Type) != Predicates.IsString(y.Type)) return false;
            if (x.IsNil) return Predicates.HasNil(y.Type);
            if (y.IsNil) return Predicates.HasNil(x.Type);
            if (x.Type.Underlying is Pointer || y.Type.Underlying is Pointer) return false;
            return true;
        }
        if (MayConvert())
        {
            ConvertUntyped(x, y.Type);
            if (x.IsInvalid) return;
            ConvertUntyped(y, x.Type);
            if (y.IsInvalid) x.Mode = OperandMode.Invalid;
        }
    }

    private void Comparison(Operand x, Operand y, Op op, Expr? e, bool switchCase = false)
    {
        if (x.Type == Universe.Invalid || y.Type == Universe.Invalid) { x.Mode = OperandMode.Invalid; return; }
        string? cause = null;
        Operand errOp = x;
        bool ok = Predicates.AssignableTo(x.Type, y.Type, out _) || Predicates.AssignableTo(y.Type, x.Type, out _);
        if (!ok)
        {
            errOp = y;
            cause = $"mismatched types {TypeString.Format(x.Type)} and {TypeString.Format(y.Type)}";
        }
        else if (op is Op.Eql or Op.Neq)
        {
            if (x.IsNil || y.IsNil)
            {
                var typ = x.IsNil ? y.Type : x.Type;
                if (!Predicates.HasNil(typ))
                {
                    errOp = y;
                    cause = "";
                }
            }
            else if (!Predicates.Comparable(x.Type))
            {
                cause = IncomparableCause(x.Type);
            }
            else if (!Predicates.Comparable(y.Type))
            {
                errOp = y;
                cause = IncomparableCause(y.Type);
            }
        }
        else
        {
            if (!Predicates.IsBasic(x.Type, b => b.IsOrdered)) cause = "";
            else if (!Predicates.IsBasic(y.Type, b => b.IsOrdered)) { errOp = y; cause = ""; }
        }
        if (cause != null)
        {
            if (cause == "") cause = $"operator {(switchCase ? "==" : op.Symbol())} not defined on {OperandKind(errOp)}";
            if (switchCase)
                Error(AstStart(x.Expr!), $"invalid case {ExprString.Format(x.Expr!)} in switch on {ExprString.Format(y.Expr!)} ({cause})");
            else
                Error(AstStart(errOp.Expr!), $"{InvalidOp}{ExprString.Format(x.Expr!)} {op.Symbol()} {ExprString.Format(y.Expr!)} ({cause})");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (x.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
        {
            x.Value = ConstValue.Of(ConstOps.Compare(x.Value!, op, y.Value!));
            x.Type = Universe.UntypedBool;
        }
        else
        {
            x.Mode = OperandMode.Value;
            // The operands' untyped-ness ends here: they take their default types.
            ConvertUntyped(x, Universe.DefaultType(x.Type));
            ConvertUntyped(y, Universe.DefaultType(y.Type));
            x.Type = Universe.UntypedBool;
        }
        if (e != null) x.Expr = e;
    }

    private static string IncomparableCause(Type t) => t.Underlying switch
    {
        Slice => "slice can only be compared to nil",
        Map => "map can only be compared to nil",
        Signature => "func can only be compared to nil",
        _ => Predicates.ComparableCause(t) ?? "",
    };

    private static string OperandKind(Operand x) => x.Type.Underlying switch
    {
        Struct => "struct",
        Pointer => "pointer",
        Interface => "interface",
        Slice => "slice",
        Map => "map",
        Chan => "chan",
        Signature => "func",
        Array => "array",
        _ => TypeString.Format(x.Type),
    };

    private void Shift(Operand x, Operand y, Expr? e, Op op)
    {
        // The shift count must be an integer (or an untyped constant representable as uint).
        if (y.Mode == OperandMode.Constant)
        {
            if (!y.Value!.IsIntegral || y.Value.AsBigInteger < 0)
            {
                Error(AstStart(y.Expr!), $"invalid shift count {y}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (Predicates.IsUntyped(y.Type)) ConvertUntyped(y, Universe.Uint);
        }
        else if (!Predicates.IsInteger(y.Type))
        {
            Error(AstStart(y.Expr!), $"invalid operation: shift count {y} must be integer");
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (x.Mode == OperandMode.Constant)
        {
            if (!x.Value!.IsIntegral)
            {
                Error(AstStart(x.Expr!), $"{InvalidOp}shifted operand {x} must be integer");
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (y.Mode == OperandMode.Constant)
            {
                if (Predicates.IsUntyped(x.Type) && x.Type != Universe.UntypedInt && x.Type != Universe.UntypedRune) x.Type = Universe.UntypedInt;
                const int shiftBound = 1023 - 1 + 52;
                if (y.Value!.AsBigInteger > shiftBound)
                {
                    Error(AstStart(y.Expr!), $"{InvalidOp}invalid shift count {y}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                int s = (int)y.Value.AsBigInteger;
                if (x.Value.Kind == ConstKind.Unknown) { if (e != null) x.Expr = e; return; }
                var v = x.Value.AsBigInteger;
                x.Value = ConstValue.Of(op == Op.Shl ? v << s : v >> s);
                if (e != null) x.Expr = e;
                Overflow(x, e ?? x.Expr!);
                return;
            }
            // A non-constant shift of an untyped constant: the result is an untyped value whose
            // type comes from the context, as if the shift were replaced by its left operand.
            if (Predicates.IsUntyped(x.Type))
            {
                x.Mode = OperandMode.Value;
                if (x.Type != Universe.UntypedRune) x.Type = Universe.UntypedInt;
                return;
            }
        }
        if (!Predicates.IsInteger(x.Type))
        {
            Error(AstStart(x.Expr!), $"{InvalidOp}shifted operand {x} must be integer");
            x.Mode = OperandMode.Invalid;
            return;
        }
        x.Mode = OperandMode.Value;
    }

    // ---- untyped conversion, overflow ---------------------------------------------------

    /// <summary>Implicitly converts an untyped operand to target (types2 convertUntyped / implicitTypeAndValue).</summary>
    private void ConvertUntyped(Operand x, Type target)
    {
        if (x.IsInvalid || !Predicates.IsUntyped(x.Type) || target == Universe.Invalid) return;
        if (Predicates.IsUntyped(target))
        {
            // Both untyped: the larger kind wins (int < rune < float).
            if (x.Type is Basic xb && target is Basic tb && xb.IsNumeric && tb.IsNumeric && tb.Kind > xb.Kind)
                x.Type = target;
            return;
        }
        var code = ImplicitType(x, target, out var newType);
        if (code != null)
        {
            string msg = code switch
            {
                "overflows" => $"{x} overflows {TypeString.Format(target)}",
                "truncated" => $"{x} truncated to {TypeString.Format(target)}",
                _ => $"cannot convert {x} to type {TypeString.Format(target)}",
            };
            Error(AstStart(x.Expr!), msg);
            x.Mode = OperandMode.Invalid;
            return;
        }
        if (x.Mode == OperandMode.Constant && x.Value != null && newType is Basic nb && !nb.IsUntyped)
            x.Value = RoundTo(x.Value, nb);
        x.Type = newType;
        if (x.Expr != null) Record(x.Expr, x);
    }

    /// <summary>The type an untyped operand takes in a context of type target; null code means OK.</summary>
    private string? ImplicitType(Operand x, Type target, out Type newType)
    {
        newType = target;
        var tu = target.Underlying;
        switch (tu)
        {
            case Basic tb:
                if (x.Mode == OperandMode.Constant)
                {
                    var code = Representable(x.Value!, tb);
                    if (code != null) return code;
                    return null;
                }
                // Non-constant untyped values: bools and shifted ints.
                if (x.Type is Basic { Kind: BasicKind.UntypedBool } && !tb.IsBoolean) return "mismatch";
                if (x.Type is Basic { Kind: BasicKind.UntypedNil }) return tb.Kind == BasicKind.UnsafePointer ? null : "mismatch";
                if (x.Type is Basic xb && xb.IsNumeric && !tb.IsNumeric) return "mismatch";
                if (x.Type is Basic xs && xs.IsString && !tb.IsString) return "mismatch";
                return null;
            case Interface:
                if (x.IsNil) { newType = Universe.UntypedNil; return null; }
                newType = Universe.DefaultType(x.Type);
                return null;
            case Pointer or Signature or Slice or Map or Chan:
                if (!x.IsNil) return "mismatch";
                newType = Universe.UntypedNil;
                return null;
            default:
                return "mismatch";
        }
    }

    /// <summary>Whether constant v fits type t: null if so, else "overflows", "truncated" or "mismatch".</summary>
    private static string? Representable(ConstValue v, Basic t)
    {
        if (v.Kind == ConstKind.Unknown) return null; // avoid follow-up errors
        if (t.IsBoolean) return v.Kind == ConstKind.Bool ? null : "mismatch";
        if (t.IsString) return v.Kind == ConstKind.String ? null : "mismatch";
        if (!v.IsNumeric) return "mismatch";
        if (t.IsInteger)
        {
            if (!v.IsIntegral) return "truncated";
            var i = v.AsBigInteger;
            var (min, max) = IntRange(t);
            return i < min || i > max ? "overflows" : null;
        }
        if (t.IsFloat)
        {
            double d = v.AsDouble;
            if (t.Kind == BasicKind.Float32 && Math.Abs(d) > float.MaxValue) return "overflows";
            if (double.IsInfinity(d)) return "overflows";
            return null;
        }
        return "mismatch";
    }

    private static (BigInteger Min, BigInteger Max) IntRange(Basic t)
    {
        int bits = (int)Sizes.Sizeof(t) * 8;
        if (t.IsUnsigned) return (0, (BigInteger.One << bits) - 1);
        return (-(BigInteger.One << (bits - 1)), (BigInteger.One << (bits - 1)) - 1);
    }

    private static ConstValue RoundTo(ConstValue v, Basic t)
    {
        if (t.IsInteger && v.Kind == ConstKind.Float) return v.ToInt();
        if (t.IsFloat && v.Kind == ConstKind.Int) return v.ToFloat();
        return v;
    }

    /// <summary>After a constant operation (types2 overflow): a typed constant must fit its
    /// type; an untyped integer may not grow past 512 bits.</summary>
    private void Overflow(Operand x, Expr at)
    {
        if (x.Mode != OperandMode.Constant || x.Value == null) return;
        if (x.Type.Underlying is Basic b && !b.IsUntyped)
        {
            var code = Representable(x.Value, b);
            if (code != null)
            {
                string msg = code switch
                {
                    "truncated" => $"{x} truncated to {TypeString.Format(b)}",
                    "overflows" => $"{x} overflows {TypeString.Format(b)}",
                    _ => $"cannot convert {x} to type {TypeString.Format(b)}",
                };
                Error(AstStart(x.Expr ?? at), msg);
                x.Mode = OperandMode.Invalid;
            }
            else x.Value = RoundTo(x.Value, b);
            return;
        }
        if (x.Value.Kind == ConstKind.Int && x.Value.Int.GetBitLength() > 512)
        {
            string op = OpName(at);
            Error(OpPos(at), $"constant {(op != "" ? op + " " : "")}overflow");
            x.Value = ConstValue.Unknown;
        }
    }

    private static string OpName(Expr e) => e switch
    {
        UnaryExpr { Op: Op.Xor } => "bitwise complement",
        BinaryExpr { Op: Op.Add } => "addition",
        BinaryExpr { Op: Op.Sub } => "subtraction",
        BinaryExpr { Op: Op.Xor } => "bitwise XOR",
        BinaryExpr { Op: Op.Mul } => "multiplication",
        BinaryExpr { Op: Op.Shl } => "shift",
        _ => "",
    };

    private static Pos OpPos(Expr e) => e switch
    {
        BinaryExpr b => b.Pos,
        UnaryExpr u => u.Pos,
        _ => AstStart(e),
    };
}
