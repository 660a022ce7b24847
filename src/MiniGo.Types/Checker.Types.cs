using MiniGo.Syntax;
using System.Collections.Immutable;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>Type expressions: resolving <c>[]int</c>, <c>map[string]*T</c>, <c>func(int) error</c>
/// to types (types2 typexpr.go).</summary>
public sealed partial class Checker
{
    /// <summary>Resolves a type expression. <paramref name="def"/> is the named type being
    /// declared, if any (so that <c>type list struct{ next *list }</c> works).</summary>
    private Type TypExpr(Expr e, Named? def = null)
    {
        var t = TypExprCore(e, def);
        _info.Types[e] = new TypeAndValue(OperandMode.TypeExpr, t, null);
        return t;
    }

    private Type TypExprCore(Expr e, Named? def)
    {
        switch (e)
        {
            case Name n:
                {
                    var obj = _scope.Lookup(n.Value);
                    if (obj == null)
                    {
                        Error(n.Pos, n.Value == "_" ? "cannot use _ as value or type" : Universe.IsComplexName(n.Value) ? "unsupported: complex numbers" : $"undefined: {n.Value}");
                        return Universe.Invalid;
                    }
                    _info.Uses[n] = obj;
                    if (obj is PkgName pn) { pn.Used = true; Error(n.Pos, $"use of package {n.Value} without selector"); return Universe.Invalid; }
                    if (obj is not TypeName tn)
                    {
                        var x = new Operand();
                        RawExpr(x, n, null, false);
                        if (!x.IsInvalid) Error(n.Pos, x.Mode == OperandMode.NoValue ? $"{x} used as type" : $"{x} is not a type");
                        return Universe.Invalid;
                    }
                    if (tn.Pkg == _pkg && _decls.ContainsKey(tn)) ResolveObject(tn);
                    return tn.Type ?? Universe.Invalid;
                }
            case SelectorExpr sel when sel.X is Name pkgName && _scope.Lookup(pkgName.Value) is PkgName pn2:
                {
                    pn2.Used = true;
                    _info.Uses[pkgName] = pn2;
                    if (pn2.Imported.Scope.LookupLocal(sel.Sel.Value) is TypeName tn2) return tn2.Type!;
                    Error(sel.Sel.Pos, $"undefined: {pkgName.Value}.{sel.Sel.Value}");
                    return Universe.Invalid;
                }
            case ParenExpr p:
                return TypExpr(p.X, def);
            case UnaryExpr { Op: Syntax.Ast.Operator.Mul } star:
                return new Pointer(TypExpr(star.X));
            case SliceType s:
                return new Slice(TypExpr(s.Elem));
            case ArrayType a:
                {
                    if (a.Len == null)
                    {
                        Error(a.Pos, "invalid use of [...] array (outside a composite literal)");
                        TypExpr(a.Elem);
                        return Universe.Invalid;
                    }
                    long len = ArrayLength(a.Len);
                    var elem = TypExpr(a.Elem);
                    return len < 0 ? Universe.Invalid : new Array(len, elem);
                }
            case MapType m:
                {
                    var key = TypExpr(m.Key);
                    var value = TypExpr(m.Value);
                    if (key != Universe.Invalid && key is not Named { IsResolved: false } && !Predicates.Comparable(key))
                        Error(AstStart(m.Key), $"invalid map key type {TypeString.Format(key)}");
                    return new Map(key, value);
                }
            case Syntax.Ast.ChanType c:
                return new Chan(c.Dir switch { Syntax.Ast.ChanDir.Send => ChanDir.SendOnly, Syntax.Ast.ChanDir.Recv => ChanDir.RecvOnly, _ => ChanDir.SendRecv }, TypExpr(c.Elem));
            case FuncType f:
                return FuncType(f, null, withoutBody: true);
            case StructType st:
                {
                    var fields = ImmutableArray.CreateBuilder<Var>();
                    var tags = ImmutableArray.CreateBuilder<string>();
                    var seen = new Dictionary<string, Var>();
                    foreach (var f in st.Fields)
                    {
                        tags.Add(f.Tag != null ? Literals.Value(f.Tag)?.Str ?? "" : "");
                        var ft = TypExpr(f.Type);
                        var v = new Var(f.Name!.Pos, _pkg, f.Name.Value, ft, VarKind.Field);
                        _info.Defs[f.Name] = v;
                        if (f.Name.Value != "_" && seen.TryGetValue(f.Name.Value, out var prev))
                            Error(f.Name.Pos, $"{f.Name.Value} redeclared\n\t{prev.Pos}: other declaration of {f.Name.Value}");
                        else seen[f.Name.Value] = v;
                        fields.Add(v);
                    }
                    return new Struct(fields.ToImmutable(), tags.ToImmutable());
                }
            case InterfaceType it:
                {
                    var methods = new List<Func>();
                    foreach (var m in it.Methods)
                    {
                        var sig = FuncType((FuncType)m.Type, null, withoutBody: true);
                        var fn = new Func(m.Name!.Pos, _pkg, m.Name.Value, sig, null);
                        _info.Defs[m.Name] = fn;
                        if (methods.Any(x => x.Name == fn.Name))
                            Error(m.Name.Pos, $"duplicate method {fn.Name}");
                        else methods.Add(fn);
                    }
                    return new Interface(methods);
                }
            default:
                {
                    // Not a type: evaluate it to report what it is.
                    var x = new Operand();
                    RawExpr(x, e, null, allowGeneric: false);
                    if (!x.IsInvalid) Error(AstStart(e), $"{ExprString.Format(e)} is not a type");
                    return Universe.Invalid;
                }
        }
    }

    /// <summary>The length of an array type (types2 arrayLength).</summary>
    private long ArrayLength(Expr e)
    {
        // A name that is not a constant may be a type parameter with a missing constraint.
        if (e is Name name)
        {
            var obj = _scope.Lookup(name.Value);
            if (obj == null)
            {
                Error(name.Pos, $"undefined array length {name.Value} or missing type constraint");
                return -1;
            }
            if (obj is not Const)
            {
                Error(name.Pos, $"invalid array length {name.Value}");
                return -1;
            }
        }
        var x = new Operand();
        Expr(x, e);
        if (x.Mode != OperandMode.Constant)
        {
            if (!x.IsInvalid) Error(AstStart(e), $"array length {x} must be constant");
            return -1;
        }
        if ((Predicates.IsUntyped(x.Type) || Predicates.IsInteger(x.Type)) && x.Value!.IsIntegral)
        {
            var n = x.Value.AsBigInteger;
            if (n >= 0 && n <= long.MaxValue) return (long)n;
        }
        Error(AstStart(e), Predicates.IsInteger(x.Type) ? $"invalid array length {x}" : $"array length {x} must be integer");
        return -1;
    }

    /// <summary>A function type; parameters and results become Vars (declared in the body's scope
    /// later). A final parameter <c>...T</c> has type <c>[]T</c> and makes the signature variadic;
    /// <c>...</c> anywhere else is reported and ignored, as types2's collectParams does. A function
    /// type without a body (<c>func(i, i int)</c>, an interface method) has its names checked
    /// here, as types2 declares them in the signature's scope.</summary>
    private Signature FuncType(FuncType f, Var? recv, bool withoutBody = false)
    {
        if (withoutBody)
        {
            var seen = new Dictionary<string, Pos>();
            foreach (var field in f.Params.Concat(f.Results))
                if (field.Name is { Value: not "_" } n && !seen.TryAdd(n.Value, n.Pos))
                    Error(n.Pos, $"{n.Value} redeclared in this block\n\t{seen[n.Value]}: other declaration of {n.Value}");
        }
        bool variadic = false;
        Tuple Collect(ImmutableArray<Field> fields, VarKind kind)
        {
            var vars = ImmutableArray.CreateBuilder<Var>();
            Expr? prev = null;
            Type t = Universe.Invalid;
            for (int i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                if (field.Type != prev) // `a, b int` share one type node: check it once
                {
                    prev = field.Type;
                    var ftype = field.Type;
                    bool dots = false;
                    if (ftype is DotsType d)
                    {
                        ftype = d.Elem;
                        if (kind == VarKind.Param && i == fields.Length - 1) dots = variadic = true;
                        else Error(d.Pos, "can only use ... with final parameter in list");
                    }
                    t = TypExpr(ftype);
                    if (dots)
                    {
                        t = new Slice(t);
                        _info.Types[field.Type] = new TypeAndValue(OperandMode.TypeExpr, t, null);
                    }
                }
                var v = new Var(field.Name?.Pos ?? field.Pos, _pkg, field.Name?.Value ?? "", t, kind);
                if (field.Name != null) _info.Defs[field.Name] = field.Name.Value == "_" ? null : v;
                vars.Add(v);
            }
            return new Tuple(vars.ToImmutable());
        }
        var ps = Collect(f.Params, VarKind.Param);
        var sig = new Signature(recv, ps, Collect(f.Results, VarKind.Result), variadic);
        _info.Types[f] = new TypeAndValue(OperandMode.TypeExpr, sig, null);
        _sigDecls[sig] = f;
        return sig;
    }

    // The AST of each signature, for declaring parameters when the body is checked.
    private readonly Dictionary<Signature, FuncType> _sigDecls = new(ReferenceEqualityComparer.Instance);
}
