namespace MiniGo.Types;

/// <summary>Type identity, assignability, comparability and convertibility (spec;
/// types2 predicates.go, operand.go assignableTo, conversions.go).</summary>
public static class Predicates
{
    public static bool IsUntyped(Type t) => t is Basic { IsUntyped: true };
    public static bool IsInterface(Type t) => t.Underlying is Interface;
    public static bool IsBasic(Type t, Func<Basic, bool> p) => t.Underlying is Basic b && p(b);
    public static bool IsString(Type t) => IsBasic(t, b => b.IsString);
    public static bool IsInteger(Type t) => IsBasic(t, b => b.IsInteger);
    public static bool IsNumeric(Type t) => IsBasic(t, b => b.IsNumeric);
    public static bool IsBoolean(Type t) => IsBasic(t, b => b.IsBoolean);
    public static bool IsTyped(Type t) => !IsUntyped(t);

    public static bool Identical(Type? x, Type? y) => Identical(x, y, ignoreTags: false);

    /// <summary>Type identity; conversions compare struct types ignoring their tags.</summary>
    public static bool Identical(Type? x, Type? y, bool ignoreTags)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x == null || y == null) return false;
        switch (x)
        {
            case Basic bx: return y is Basic by && bx.Kind == by.Kind;
            case Named: return false; // named types are identical only to themselves
            case Pointer px: return y is Pointer py && Identical(px.Elem, py.Elem, ignoreTags);
            case Slice sx: return y is Slice sy && Identical(sx.Elem, sy.Elem, ignoreTags);
            case Array ax: return y is Array ay && ax.Len == ay.Len && Identical(ax.Elem, ay.Elem, ignoreTags);
            case Map mx: return y is Map my && Identical(mx.Key, my.Key, ignoreTags) && Identical(mx.Elem, my.Elem, ignoreTags);
            case Chan cx: return y is Chan cy && cx.Dir == cy.Dir && Identical(cx.Elem, cy.Elem, ignoreTags);
            case Struct stx:
                if (y is not Struct sty || stx.Fields.Length != sty.Fields.Length) return false;
                for (int i = 0; i < stx.Fields.Length; i++)
                    if (stx.Fields[i].Name != sty.Fields[i].Name || (!ignoreTags && stx.Tags[i] != sty.Tags[i]) || !Identical(stx.Fields[i].Type, sty.Fields[i].Type, ignoreTags)) return false;
                return true;
            case Tuple tx:
                if (y is not Tuple ty || tx.Length != ty.Length) return false;
                for (int i = 0; i < tx.Length; i++) if (!Identical(tx[i], ty[i], ignoreTags)) return false;
                return true;
            case Signature fx:
                return y is Signature fy && Identical(fx.Params, fy.Params, ignoreTags) && Identical(fx.Results, fy.Results, ignoreTags)
                    && StdPackages.IsVariadicSig(fx) == StdPackages.IsVariadicSig(fy);
            case Interface ix:
                if (y is not Interface iy || ix.Methods.Length != iy.Methods.Length) return false;
                for (int i = 0; i < ix.Methods.Length; i++)
                    if (ix.Methods[i].Name != iy.Methods[i].Name || !Identical(ix.Methods[i].Type, iy.Methods[i].Type, ignoreTags)) return false;
                return true;
        }
        return false;
    }

    /// <summary>Spec "Comparison operators": can values of t be compared with ==?</summary>
    public static bool Comparable(Type t) => ComparableCause(t) == null;

    /// <summary>Why values of t cannot be compared with ==, or null if they can (types2 comparable).</summary>
    public static string? ComparableCause(Type t)
    {
        switch (t.Underlying)
        {
            case Basic b: return b.Kind == BasicKind.UntypedNil ? "" : null;
            case Pointer or Chan or Interface: return null;
            case Struct s:
                foreach (var f in s.Fields)
                    if (ComparableCause(f.Type!) != null) return $"struct containing {TypeString.Format(f.Type!)} cannot be compared";
                return null;
            case Array a:
                return ComparableCause(a.Elem) != null ? $"{TypeString.Format(t)} cannot be compared" : null;
            default:
                return "";
        }
    }

    /// <summary>Whether a value of type t can hold nil.</summary>
    public static bool HasNil(Type t) => t.Underlying is Pointer or Slice or Map or Chan or Signature or Interface
        || t.Underlying is Basic { Kind: BasicKind.UnsafePointer };

    /// <summary>Spec "Assignability" for a value of type v (not untyped-constant cases) to type t.
    /// On failure, cause may explain why (a missing method).</summary>
    public static bool AssignableTo(Type v, Type t, out string cause)
    {
        cause = "";
        if (Identical(v, t)) return true;
        var vu = v.Underlying;
        var tu = t.Underlying;
        if (IsUntyped(v))
        {
            if (tu is Basic tb)
            {
                if (v is Basic { Kind: BasicKind.UntypedNil }) return tb.Kind == BasicKind.UnsafePointer;
                return UntypedFits((Basic)v, tb);
            }
            if (v is Basic { Kind: BasicKind.UntypedNil }) return HasNil(t);
            if (tu is Interface ti && ti.IsEmpty) return true;
            if (tu is Interface && v is Basic { Kind: not BasicKind.UntypedNil } vb)
                return AssignableTo(Universe.DefaultType(vb), t, out cause);
            return false;
        }
        // identical underlying types and at least one is not a named type (predeclared types are named)
        if (Identical(vu, tu) && (!IsNamed(v) || !IsNamed(t))) return true;
        // An interface value needs a type assertion to become a concrete type that implements it.
        if (vu is Interface vi && tu is not Interface && MissingMethodCause(t, vi) == null)
        {
            cause = "need type assertion";
            return false;
        }
        if (tu is Interface it)
        {
            var mm = MissingMethodCause(v, it);
            if (mm == null) return true;
            cause = $"{TypeString.Format(v)} does not implement {TypeString.Format(t)} {mm.Cause}";
            return false;
        }
        // bidirectional channel to directional one with identical element type
        if (vu is Chan vc && vc.Dir == ChanDir.SendRecv && tu is Chan tc && Identical(vc.Elem, tc.Elem))
            return !IsNamed(v) || !IsNamed(t);
        return false;
    }

    /// <summary>Declared and predeclared types have names; type literals do not.</summary>
    public static bool IsNamed(Type t) => t is Named or Basic;

    private static bool UntypedFits(Basic v, Basic t) => v.Kind switch
    {
        BasicKind.UntypedBool => t.IsBoolean,
        BasicKind.UntypedString => t.IsString,
        BasicKind.UntypedInt or BasicKind.UntypedRune => t.IsNumeric,
        BasicKind.UntypedFloat => t.IsNumeric,
        _ => false,
    };

    /// <summary>Does type v implement interface it? If not, the first missing method.</summary>
    public static bool Implements(Type v, Interface it, out string? missing, out bool wrongPtrRecv)
    {
        var cause = MissingMethodCause(v, it);
        missing = cause?.Method;
        wrongPtrRecv = cause?.PtrRecv ?? false;
        return cause == null;
    }

    /// <summary>Why v lacks a method of interface t, worded as types2's missingMethod:
    /// "(missing method M)", "(method M has pointer receiver)", "(wrong type for method M)\n\t\thave ...\n\t\twant ...".
    /// Null when v has every method.</summary>
    public sealed record MissingMethod(string Method, string Cause, bool PtrRecv);

    public static MissingMethod? MissingMethodCause(Type v, Interface t)
    {
        foreach (var m in t.Methods)
        {
            if (v.Underlying is Interface vi)
            {
                var f = vi.Methods.FirstOrDefault(x => x.Name == m.Name);
                if (f == null) return new(m.Name, $"(missing method {m.Name})", false);
                if (!Identical(f.Type, m.Type)) return WrongType(f, m);
                continue;
            }
            var found = Lookup.FindMethod(v, m.Name, out bool needsPtr);
            if (found == null)
            {
                if (Lookup.FindField(v, m.Name) is var (_, _, _) && v.Underlying is not Pointer { Elem.Underlying: Interface })
                    return new(m.Name, $"({TypeString.Format(v)}.{m.Name} is a field, not a method)", false);
                var folded = Lookup.FindMethodFolded(v, m.Name);
                if (folded != null)
                    return new(m.Name, $"(missing method {m.Name})\n\t\thave {FuncString(folded)}\n\t\twant {FuncString(m)}", false);
                return new(m.Name, $"(missing method {m.Name})", false);
            }
            if (needsPtr) return new(m.Name, $"(method {m.Name} has pointer receiver)", true);
            if (!Identical(WithoutRecv(found.Signature), WithoutRecv(m.Signature))) return WrongType(found, m);
        }
        return null;
    }

    private static MissingMethod WrongType(Func have, Func want) =>
        new(want.Name, $"(wrong type for method {want.Name})\n\t\thave {FuncString(have)}\n\t\twant {FuncString(want)}", false);

    /// <summary>A method as types2's funcString prints it: name and signature without parameter names.</summary>
    public static string FuncString(Func f)
    {
        var sig = f.Signature;
        var sb = new System.Text.StringBuilder(f.Name);
        sb.Append('(').Append(string.Join(", ", sig.Params.Vars.Select(p => TypeString.Format(p.Type!)))).Append(')');
        if (sig.Results.Length == 1) sb.Append(' ').Append(TypeString.Format(sig.Results[0]));
        else if (sig.Results.Length > 1) sb.Append(" (").Append(string.Join(", ", sig.Results.Vars.Select(r => TypeString.Format(r.Type!)))).Append(')');
        return sb.ToString();
    }

    public static Signature WithoutRecv(Signature s) => s.Recv == null ? s : new Signature(null, s.Params, s.Results, s.Variadic);

    /// <summary>Spec "Conversions" for non-constant values.</summary>
    public static bool ConvertibleTo(Type v, Type t)
    {
        if (AssignableTo(v, t, out _)) return true;
        var vu = v.Underlying;
        var tu = t.Underlying;
        if (Identical(vu, tu, ignoreTags: true)) return true;
        if (vu is Pointer vp && tu is Pointer tp && Identical(vp.Elem.Underlying, tp.Elem.Underlying, ignoreTags: true)) return true;
        if (IsNumeric(vu) && IsNumeric(tu)) return true;
        if (IsString(tu) && (IsInteger(vu) || IsBytesOrRunes(vu))) return true;
        if (IsString(vu) && IsBytesOrRunes(tu)) return true;
        if (vu is Slice vs && tu is Array ta && Identical(vs.Elem, ta.Elem)) return true;
        if (vu is Slice vs2 && tu is Pointer { Elem: var pe } && pe.Underlying is Array pa && Identical(vs2.Elem, pa.Elem)) return true;
        return false;
    }

    public static bool IsBytesOrRunes(Type t) =>
        t.Underlying is Slice s && s.Elem.Underlying is Basic { Kind: BasicKind.Uint8 or BasicKind.Int32 };
}

/// <summary>Field and method lookup (types2 lookup.go), without embedding.</summary>
public static class Lookup
{
    /// <summary>Finds method name in the method set of T or *T. needsPtr is set when the
    /// method has a pointer receiver but t is not a pointer (so only *T has it).</summary>
    public static Func? FindMethod(Type t, string name, out bool needsPtr)
    {
        needsPtr = false;
        bool isPtr = false;
        var named = t as Named;
        if (t is Pointer p && p.Elem is Named pn) { named = pn; isPtr = true; }
        if (named != null)
        {
            foreach (var m in named.Methods)
            {
                if (m.Name != name) continue;
                if (m.HasPtrRecv && !isPtr) needsPtr = true;
                return m;
            }
        }
        if (!isPtr && t.Underlying is Interface it)
            return it.Methods.FirstOrDefault(m => m.Name == name);
        return null;
    }

    /// <summary>A method whose name differs from name only in case (types2's fold-case lookup).</summary>
    public static Func? FindMethodFolded(Type t, string name)
    {
        var named = t as Named ?? (t is Pointer { Elem: Named pn } ? pn : null);
        return named?.Methods.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds a struct field of t or of *t (auto-dereference).</summary>
    public static (Var Field, int Index, bool Indirect)? FindField(Type t, string name)
    {
        bool indirect = false;
        var u = t.Underlying;
        if (u is Pointer p) { u = p.Elem.Underlying; indirect = true; }
        if (u is not Struct s) return null;
        for (int i = 0; i < s.Fields.Length; i++)
            if (s.Fields[i].Name == name) return (s.Fields[i], i, indirect);
        return null;
    }
}
