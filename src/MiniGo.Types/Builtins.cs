using System.Text;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>The builtin functions: len, cap, append, make, new, delete, copy, panic, print,
/// println, recover, min, max, clear (types2 builtins.go).</summary>
internal static class Builtins
{
    public static void Call(Checker c, Operand x, CallExpr call) => c.BuiltinCall(x, call);
}

public sealed partial class Checker
{
    internal void BuiltinCall(Operand x, CallExpr call)
    {
        var id = x.Builtin;
        string name = id.ToString().ToLowerInvariant();
        var args = call.Args;

        bool Count(int min, int max)
        {
            if (args.Length < min)
            {
                Use(args.ToArray());
                Error(args.Length > 0 ? AstStart(args[^1]) : call.Rparen, $"not enough arguments for {ExprString.Format(call)} (expected {min}, found {args.Length})");
                return false;
            }
            if (max >= 0 && args.Length > max)
            {
                Use(args.ToArray());
                Error(AstStart(args[max]), $"too many arguments for {ExprString.Format(call)} (expected {max}, found {args.Length})");
                return false;
            }
            return true;
        }
        void Fail() => x.Mode = OperandMode.Invalid;

        switch (id)
        {
            case BuiltinId.Len:
            case BuiltinId.Cap:
                {
                    if (!Count(1, 1)) { Fail(); return; }
                    var a = new Operand();
                    Expr(a, args[0]);
                    if (a.IsInvalid) { Fail(); return; }
                    var u = a.Type.Underlying is Pointer { Elem.Underlying: Array pa } ? pa : a.Type.Underlying;
                    bool ok = u switch
                    {
                        Basic b => b.IsString && id == BuiltinId.Len,
                        Array or Slice or Chan => true,
                        Map => id == BuiltinId.Len,
                        _ => false,
                    };
                    if (!ok)
                    {
                        Error(AstStart(args[0]), $"invalid argument: {a} for built-in {name}");
                        Fail();
                        return;
                    }
                    x.Mode = OperandMode.Value;
                    x.Type = Universe.Int;
                    if (a.Mode == OperandMode.Constant && a.Value!.Kind == ConstKind.String)
                    {
                        x.Mode = OperandMode.Constant;
                        x.Value = ConstValue.Of(Encoding.UTF8.GetByteCount(a.Value.Str));
                    }
                    else if (u is Array arr && !ContainsCallOrReceive(args[0]))
                    {
                        x.Mode = OperandMode.Constant;
                        x.Value = ConstValue.Of(arr.Len);
                    }
                    return;
                }
            case BuiltinId.Append:
                {
                    if (!Count(1, -1)) { Fail(); return; }
                    var s = new Operand();
                    Expr(s, args[0]);
                    if (s.IsInvalid) { Use(args.Skip(1).ToArray()); Fail(); return; }
                    if (s.IsNil)
                    {
                        Error(AstStart(args[0]), "first argument to append must be a typed slice; found untyped nil");
                        Use(args.Skip(1).ToArray()); Fail(); return;
                    }
                    if (s.Type.Underlying is not Slice sl)
                    {
                        Error(AstStart(args[0]), $"invalid argument: {s} is not a slice");
                        Use(args.Skip(1).ToArray()); Fail(); return;
                    }
                    if (call.HasDots)
                    {
                        if (args.Length != 2) { Error(call.Pos, "can only use ... with final argument in list"); Fail(); return; }
                        var rest = new Operand();
                        Expr(rest, args[1]);
                        if (rest.IsInvalid) { Fail(); return; }
                        // append([]byte, string...) is allowed.
                        if (!(sl.Elem.Underlying is Basic { Kind: BasicKind.Uint8 } && Predicates.IsString(rest.Type)))
                            Assignment(rest, s.Type, $"argument to append");
                    }
                    else
                    {
                        for (int i = 1; i < args.Length; i++)
                        {
                            var v = new Operand();
                            Expr(v, args[i], sl.Elem);
                            Assignment(v, sl.Elem, "argument to append");
                        }
                    }
                    x.Mode = OperandMode.Value;
                    x.Type = s.Type;
                    return;
                }
            case BuiltinId.Make:
                {
                    if (!Count(1, 3)) { Fail(); return; }
                    var t = TypExpr(args[0]);
                    if (t == Universe.Invalid) { Use(args.Skip(1).ToArray()); Fail(); return; }
                    int min = t.Underlying switch { Slice => 2, Map or Chan => 1, _ => -1 };
                    if (min < 0)
                    {
                        Error(AstStart(args[0]), $"invalid argument: cannot make {ExprString.Format(args[0])}; type must be slice, map, or channel");
                        Use(args.Skip(1).ToArray()); Fail(); return;
                    }
                    int max = t.Underlying is Slice ? 3 : 2;
                    if (args.Length < min || args.Length > max)
                    {
                        Error(call.Pos, $"invalid operation: {ExprString.Format(call)} expects {min} or {max} arguments; found {args.Length}");
                        Use(args.Skip(1).ToArray()); Fail(); return;
                    }
                    var sizes = new List<long>();
                    foreach (var a in args.Skip(1))
                    {
                        long v = SizeArg(a);
                        if (v >= 0) sizes.Add(v);
                    }
                    if (sizes.Count == 2 && sizes[0] > sizes[1])
                        Error(AstStart(args[1]), $"invalid argument: length and capacity swapped");
                    x.Mode = OperandMode.Value;
                    x.Type = t;
                    return;
                }
            case BuiltinId.New:
                {
                    if (!Count(1, 1)) { Fail(); return; }
                    var t = TypExpr(args[0]);
                    if (t == Universe.Invalid) { Fail(); return; }
                    x.Mode = OperandMode.Value;
                    x.Type = new Pointer(t);
                    return;
                }
            case BuiltinId.Delete:
                {
                    if (!Count(2, 2)) { Fail(); return; }
                    var m = new Operand();
                    Expr(m, args[0]);
                    if (m.IsInvalid) { Use(args[1]); Fail(); return; }
                    if (m.Type.Underlying is not Map mt)
                    {
                        Error(AstStart(args[0]), $"invalid argument: {m} is not a map");
                        Use(args[1]); Fail(); return;
                    }
                    var k = new Operand();
                    Expr(k, args[1]);
                    Assignment(k, mt.Key, "argument to delete");
                    x.Mode = OperandMode.NoValue;
                    x.Type = Tuple.Empty;
                    return;
                }
            case BuiltinId.Copy:
                {
                    if (!Count(2, 2)) { Fail(); return; }
                    var dst = new Operand();
                    var src = new Operand();
                    Expr(dst, args[0]);
                    Expr(src, args[1]);
                    if (dst.IsInvalid || src.IsInvalid) { Fail(); return; }
                    if (dst.Type.Underlying is not Slice ds)
                    {
                        Error(AstStart(args[0]), $"invalid argument: copy expects slice arguments; found {dst} and {src}");
                        Fail(); return;
                    }
                    bool ok = src.Type.Underlying is Slice ss ? Predicates.Identical(ds.Elem, ss.Elem)
                        : Predicates.IsString(src.Type) && ds.Elem.Underlying is Basic { Kind: BasicKind.Uint8 };
                    if (!ok)
                    {
                        Error(AstStart(args[0]), $"invalid argument: arguments to copy {dst} and {src} have different element types {TypeString.Format(ds.Elem)} and {TypeString.Format(src.Type.Underlying is Slice s2 ? s2.Elem : src.Type)}");
                        Fail(); return;
                    }
                    x.Mode = OperandMode.Value;
                    x.Type = Universe.Int;
                    return;
                }
            case BuiltinId.Panic:
                {
                    if (!Count(1, 1)) { Fail(); return; }
                    var a = new Operand();
                    Expr(a, args[0]);
                    Assignment(a, Universe.AnyType, "argument to panic");
                    x.Mode = OperandMode.NoValue;
                    x.Type = Tuple.Empty;
                    return;
                }
            case BuiltinId.Print:
            case BuiltinId.Println:
                {
                    foreach (var a in args)
                    {
                        var v = new Operand();
                        Expr(v, a);
                        Assignment(v, null, $"argument to built-in {name}");
                    }
                    x.Mode = OperandMode.NoValue;
                    x.Type = Tuple.Empty;
                    return;
                }
            case BuiltinId.Recover:
                if (!Count(0, 0)) { Fail(); return; }
                x.Mode = OperandMode.Value;
                x.Type = Universe.AnyType;
                return;
            case BuiltinId.Clear:
                {
                    if (!Count(1, 1)) { Fail(); return; }
                    var a = new Operand();
                    Expr(a, args[0]);
                    if (a.IsInvalid) { Fail(); return; }
                    if (a.Type.Underlying is not (Map or Slice))
                    {
                        Error(AstStart(args[0]), $"invalid argument: {a} must be a map or slice");
                        Fail(); return;
                    }
                    x.Mode = OperandMode.NoValue;
                    x.Type = Tuple.Empty;
                    return;
                }
            case BuiltinId.Min:
            case BuiltinId.Max:
                {
                    if (!Count(1, -1)) { Fail(); return; }
                    var first = new Operand();
                    Expr(first, args[0]);
                    if (first.IsInvalid) { Use(args.Skip(1).ToArray()); Fail(); return; }
                    for (int i = 1; i < args.Length; i++)
                    {
                        var y = new Operand();
                        Expr(y, args[i]);
                        if (y.IsInvalid) { Fail(); return; }
                        MatchTypes(first, y);
                        if (first.IsInvalid) { Fail(); return; }
                        if (!Predicates.Identical(first.Type, y.Type))
                        {
                            Error(AstStart(args[i]), $"invalid argument: mismatched types {TypeString.Format(first.Type)} (previous argument) and {TypeString.Format(y.Type)} (type of {ExprString.Format(args[i])})");
                            Fail(); return;
                        }
                        if (first.Mode == OperandMode.Constant && y.Mode == OperandMode.Constant)
                        {
                            bool less = ConstOps.Compare(y.Value!, Syntax.Ast.Operator.Lss, first.Value!);
                            if (id == BuiltinId.Min ? less : !less && !ConstOps.Compare(y.Value!, Syntax.Ast.Operator.Eql, first.Value!)) first.Value = y.Value;
                        }
                        else first.Mode = OperandMode.Value;
                    }
                    if (!Predicates.IsBasic(first.Type, b => b.IsOrdered))
                    {
                        Error(AstStart(args[0]), $"invalid argument: {first} cannot be ordered");
                        Fail(); return;
                    }
                    x.Mode = first.Mode == OperandMode.Constant ? OperandMode.Constant : OperandMode.Value;
                    x.Type = first.Type;
                    x.Value = first.Value;
                    return;
                }
        }
        Fail();
    }

    private long SizeArg(Expr a)
    {
        var x = new Operand();
        Expr(x, a);
        if (x.IsInvalid) return -1;
        if (x.Mode == OperandMode.Constant && Predicates.IsUntyped(x.Type) && x.Value!.IsNumeric && !x.Value.IsIntegral)
        {
            Error(AstStart(a), $"{x} truncated to int");
            return -1;
        }
        ConvertUntyped(x, Universe.Int);
        if (x.IsInvalid) return -1;
        if (!Predicates.IsInteger(x.Type))
        {
            Error(AstStart(a), $"cannot convert {x} to type int");
            return -1;
        }
        if (x.Mode == OperandMode.Constant)
        {
            var v = x.Value!.AsBigInteger;
            if (v < 0) { Error(AstStart(a), $"invalid argument: index {x} must not be negative"); return -1; }
            return v > long.MaxValue ? long.MaxValue : (long)v;
        }
        return -1;
    }

    private static bool ContainsCallOrReceive(Node n)
    {
        var stack = new Stack<Node>();
        stack.Push(n);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x is CallExpr or UnaryExpr { Op: Syntax.Ast.Operator.Arrow }) return true;
            if (x is FuncLit) continue;
            foreach (var k in x.Children) stack.Push(k);
        }
        return false;
    }
}
