using System.Collections.Immutable;
using MiniGo.Syntax;

namespace MiniGo.Types;

/// <summary>The universe scope: predeclared types, constants, nil and builtin functions.</summary>
public static class Universe
{
    public static readonly Basic Invalid = new(BasicKind.Invalid, "invalid type");
    public static readonly Basic Bool = new(BasicKind.Bool, "bool");
    public static readonly Basic Int = new(BasicKind.Int, "int");
    public static readonly Basic Int8 = new(BasicKind.Int8, "int8");
    public static readonly Basic Int16 = new(BasicKind.Int16, "int16");
    public static readonly Basic Int32 = new(BasicKind.Int32, "int32");
    public static readonly Basic Int64 = new(BasicKind.Int64, "int64");
    public static readonly Basic Uint = new(BasicKind.Uint, "uint");
    public static readonly Basic Uint8 = new(BasicKind.Uint8, "uint8");
    public static readonly Basic Uint16 = new(BasicKind.Uint16, "uint16");
    public static readonly Basic Uint32 = new(BasicKind.Uint32, "uint32");
    public static readonly Basic Uint64 = new(BasicKind.Uint64, "uint64");
    public static readonly Basic Uintptr = new(BasicKind.Uintptr, "uintptr");
    public static readonly Basic Float32 = new(BasicKind.Float32, "float32");
    public static readonly Basic Float64 = new(BasicKind.Float64, "float64");
    public static readonly Basic String = new(BasicKind.String, "string");
    // byte and rune are aliases: the same Basic kind, printed under their own name.
    public static readonly Basic Byte = new(BasicKind.Uint8, "byte");
    public static readonly Basic Rune = new(BasicKind.Int32, "rune");

    public static readonly Basic UntypedBool = new(BasicKind.UntypedBool, "untyped bool");
    public static readonly Basic UntypedInt = new(BasicKind.UntypedInt, "untyped int");
    public static readonly Basic UntypedRune = new(BasicKind.UntypedRune, "untyped rune");
    public static readonly Basic UntypedFloat = new(BasicKind.UntypedFloat, "untyped float");
    public static readonly Basic UntypedString = new(BasicKind.UntypedString, "untyped string");
    public static readonly Basic UntypedNil = new(BasicKind.UntypedNil, "untyped nil");

    public static readonly Scope Scope = new(null, "universe");

    /// <summary>The predeclared <c>error</c> interface: <c>interface{ Error() string }</c>.</summary>
    public static readonly Named ErrorType;
    /// <summary>The predeclared <c>any</c> (an alias of <c>interface{}</c>).</summary>
    public static readonly Named AnyType;
    public static readonly Interface EmptyInterface;
    public static readonly Const Iota;
    public static readonly Nil NilObj = new();

    static Universe()
    {
        foreach (var b in new[] { Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, String, Byte, Rune })
            Scope.Insert(new TypeName(Pos.None, null, b.Name) { Type = b });

        EmptyInterface = new Interface([]);
        var anyName = new TypeName(Pos.None, null, "any");
        AnyType = new Named(anyName);
        AnyType.SetUnderlying(EmptyInterface);
        anyName.Type = AnyType;
        Scope.Insert(anyName);

        var errName = new TypeName(Pos.None, null, "error");
        ErrorType = new Named(errName);
        errName.Type = ErrorType;
        var errorMethod = new Func(Pos.None, null, "Error",
            new Signature(null, Tuple.Empty, new Tuple([new Var(Pos.None, null, "", String, VarKind.Result)])), null);
        ErrorType.SetUnderlying(new Interface([errorMethod]));
        Scope.Insert(errName);

        Scope.Insert(new Const(Pos.None, null, "true", UntypedBool, ConstValue.Of(true)));
        Scope.Insert(new Const(Pos.None, null, "false", UntypedBool, ConstValue.Of(false)));
        Iota = new Const(Pos.None, null, "iota", UntypedInt, ConstValue.Of(0));
        Scope.Insert(Iota);
        Scope.Insert(NilObj);

        foreach (BuiltinId id in Enum.GetValues<BuiltinId>())
            Scope.Insert(new Builtin(id, id.ToString().ToLowerInvariant()));
    }

    /// <summary>Predeclared names of complex-number support, which the subset leaves out:
    /// MiniGo says so instead of calling them undefined.</summary>
    public static bool IsComplexName(string name) => name is "complex64" or "complex128" or "complex" or "real" or "imag";

    /// <summary>The default type of an untyped constant kind (spec: "Constants").</summary>
    public static Type DefaultType(Type t) => t is Basic b ? b.Kind switch
    {
        BasicKind.UntypedBool => Bool,
        BasicKind.UntypedInt => Int,
        BasicKind.UntypedRune => Rune,
        BasicKind.UntypedFloat => Float64,
        BasicKind.UntypedString => String,
        _ => t,
    } : t;
}
