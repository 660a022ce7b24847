using System.Collections.Immutable;
using System.Text;

namespace MiniGo.Types;

/// <summary>
/// A Go type, modelled on go/types and types2: basic types, composite types, named types.
/// Types are compared with <see cref="Predicates.Identical"/>, not with Equals.
/// </summary>
public abstract class Type
{
    /// <summary>The type itself, or for a named type the type it was declared with.</summary>
    public virtual Type Underlying => this;

    public override string ToString() => TypeString.Format(this);
}

public enum BasicKind
{
    Invalid,
    Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, String, UnsafePointer,
    UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
}

/// <summary>A predeclared type such as int, string, or an untyped constant's type.</summary>
public sealed class Basic(BasicKind kind, string name) : Type
{
    public BasicKind Kind { get; } = kind;
    public string Name { get; } = name;

    public bool IsUntyped => Kind >= BasicKind.UntypedBool;
    public bool IsBoolean => Kind is BasicKind.Bool or BasicKind.UntypedBool;
    public bool IsInteger => Kind is >= BasicKind.Int and <= BasicKind.Uintptr or BasicKind.UntypedInt or BasicKind.UntypedRune;
    public bool IsUnsigned => Kind is >= BasicKind.Uint and <= BasicKind.Uintptr;
    public bool IsFloat => Kind is BasicKind.Float32 or BasicKind.Float64 or BasicKind.UntypedFloat;
    public bool IsNumeric => IsInteger || IsFloat;
    public bool IsString => Kind is BasicKind.String or BasicKind.UntypedString;
    public bool IsOrdered => IsNumeric || IsString;
    public bool IsConstType => IsBoolean || IsNumeric || IsString;
}

public sealed class Pointer(Type elem) : Type
{
    public Type Elem { get; } = elem;
}

public sealed class Slice(Type elem) : Type
{
    public Type Elem { get; } = elem;
}

public sealed class Array(long len, Type elem) : Type
{
    public long Len { get; } = len;
    public Type Elem { get; } = elem;
}

public sealed class Map(Type key, Type elem) : Type
{
    public Type Key { get; } = key;
    public Type Elem { get; } = elem;
}

public enum ChanDir { SendRecv, SendOnly, RecvOnly }

public sealed class Chan(ChanDir dir, Type elem) : Type
{
    public ChanDir Dir { get; } = dir;
    public Type Elem { get; } = elem;
}

/// <summary>A struct type; its fields are Vars with IsField set. Tags take part in type identity.</summary>
public sealed class Struct(ImmutableArray<Var> fields, ImmutableArray<string>? tags = null) : Type
{
    public ImmutableArray<Var> Fields { get; } = fields;
    /// <summary>The tag of each field ("" when it has none).</summary>
    public ImmutableArray<string> Tags { get; } = tags ?? fields.Select(_ => "").ToImmutableArray();
}

/// <summary>An ordered list of variables: parameters, results, or a multi-value result.</summary>
public sealed class Tuple(ImmutableArray<Var> vars) : Type
{
    public static readonly Tuple Empty = new(ImmutableArray<Var>.Empty);
    public ImmutableArray<Var> Vars { get; } = vars;
    public int Length => Vars.Length;
    public Type this[int i] => Vars[i].Type ?? Universe.Invalid;
}

/// <summary>A function or method type. Recv is set for methods. Variadic: the last parameter
/// was declared <c>...T</c> and has type <c>[]T</c>.</summary>
public sealed class Signature(Var? recv, Tuple @params, Tuple results, bool variadic = false) : Type
{
    public Var? Recv { get; } = recv;
    public Tuple Params { get; } = @params;
    public Tuple Results { get; } = results;
    public bool Variadic { get; } = variadic;
}

/// <summary>An interface type: a set of methods (sorted by name, as Go keeps them).</summary>
public sealed class Interface : Type
{
    public Interface(IEnumerable<Func> methods)
    {
        Methods = methods.OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray();
    }

    public ImmutableArray<Func> Methods { get; }
    public bool IsEmpty => Methods.IsEmpty;
}

/// <summary>A declared type <c>type T U</c>. Its underlying type is set once it has been
/// resolved (types can refer to themselves through pointers).</summary>
public sealed class Named(TypeName obj) : Type
{
    private Type? _underlying;
    private readonly List<Func> _methods = new();

    public TypeName Obj { get; } = obj;

    public override Type Underlying => _underlying ?? Universe.Invalid;
    public bool IsResolved => _underlying != null;
    public void SetUnderlying(Type t) => _underlying = t is Named n ? n.Underlying : t;

    /// <summary>Methods declared with this type as receiver (T or *T), in source order.</summary>
    public IReadOnlyList<Func> Methods => _methods;
    public void AddMethod(Func m) => _methods.Add(m);
}

/// <summary>Go's type printer (types2 TypeString), with types of package main unqualified.</summary>
public static class TypeString
{
    public static string Format(Type t)
    {
        var sb = new StringBuilder();
        Write(sb, t, new HashSet<Type>());
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Type t, HashSet<Type> seen)
    {
        switch (t)
        {
            case Basic b:
                sb.Append(b.Kind switch
                {
                    BasicKind.UntypedBool => "untyped bool",
                    BasicKind.UntypedInt => "untyped int",
                    BasicKind.UntypedRune => "untyped rune",
                    BasicKind.UntypedFloat => "untyped float",
                    BasicKind.UntypedString => "untyped string",
                    BasicKind.UntypedNil => "untyped nil",
                    _ => b.Name,
                });
                break;
            case Named n:
                if (n.Obj.Pkg != null && n.Obj.Pkg.Path != "main") sb.Append(n.Obj.Pkg.Name).Append('.');
                sb.Append(n.Obj.Name);
                break;
            case Pointer p:
                sb.Append('*');
                Write(sb, p.Elem, seen);
                break;
            case Slice s:
                sb.Append("[]");
                Write(sb, s.Elem, seen);
                break;
            case Array a:
                sb.Append('[').Append(a.Len).Append(']');
                Write(sb, a.Elem, seen);
                break;
            case Map m:
                sb.Append("map[");
                Write(sb, m.Key, seen);
                sb.Append(']');
                Write(sb, m.Elem, seen);
                break;
            case Chan c:
                sb.Append(c.Dir switch { ChanDir.SendOnly => "chan<- ", ChanDir.RecvOnly => "<-chan ", _ => "chan " });
                // chan (<-chan T) needs parentheses to stay unambiguous.
                bool paren = c.Dir == ChanDir.SendRecv && c.Elem is Chan { Dir: ChanDir.RecvOnly };
                if (paren) sb.Append('(');
                Write(sb, c.Elem, seen);
                if (paren) sb.Append(')');
                break;
            case Struct st:
                sb.Append("struct{");
                for (int i = 0; i < st.Fields.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    sb.Append(st.Fields[i].Name).Append(' ');
                    Write(sb, st.Fields[i].Type ?? Universe.Invalid, seen);
                    if (st.Tags[i] != "") sb.Append(' ').Append(ConstValue.Quote(st.Tags[i]));
                }
                sb.Append('}');
                break;
            case Tuple tup:
                WriteTuple(sb, tup, seen);
                break;
            case Signature sig:
                sb.Append("func");
                WriteSignature(sb, sig, seen);
                break;
            case Interface it:
                if (ReferenceEquals(it, Universe.AnyType.Underlying) && it.IsEmpty) { sb.Append("any"); break; }
                if (it.IsEmpty) { sb.Append("interface{}"); break; }
                sb.Append("interface{");
                for (int i = 0; i < it.Methods.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    sb.Append(it.Methods[i].Name);
                    WriteSignature(sb, it.Methods[i].Signature, seen);
                }
                sb.Append('}');
                break;
            default:
                sb.Append("invalid type");
                break;
        }
    }

    private static void WriteTuple(StringBuilder sb, Tuple tup, HashSet<Type> seen, bool variadic = false)
    {
        sb.Append('(');
        for (int i = 0; i < tup.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var v = tup.Vars[i];
            if (v.Name != "") sb.Append(v.Name).Append(' ');
            if (variadic && i == tup.Length - 1 && v.Type is Slice s)
            {
                sb.Append("...");
                Write(sb, s.Elem, seen);
            }
            else Write(sb, v.Type ?? Universe.Invalid, seen);
        }
        sb.Append(')');
    }

    public static void WriteSignature(StringBuilder sb, Signature sig, HashSet<Type> seen)
    {
        WriteTuple(sb, sig.Params, seen, StdPackages.IsVariadicSig(sig));
        if (sig.Results.Length == 0) return;
        sb.Append(' ');
        if (sig.Results.Length == 1 && sig.Results.Vars[0].Name == "")
        {
            Write(sb, sig.Results[0], seen);
            return;
        }
        WriteTuple(sb, sig.Results, seen);
    }
}
