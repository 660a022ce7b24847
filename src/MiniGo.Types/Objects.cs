using MiniGo.Syntax;

namespace MiniGo.Types;

/// <summary>A named language entity: a variable, constant, type name, function, builtin,
/// imported package or nil (go/types' Object).</summary>
public abstract class Object(Pos pos, Package? pkg, string name, Type? type)
{
    public Pos Pos { get; } = pos;
    public Package? Pkg { get; } = pkg;
    public string Name { get; } = name;
    /// <summary>The object's type; set later for objects whose type is inferred.</summary>
    public Type? Type { get; set; } = type;
    /// <summary>The scope the object was declared in (null for fields and methods).</summary>
    public Scope? Parent { get; set; }

    public override string ToString() => $"{GetType().Name.ToLowerInvariant()} {Name}";
}

/// <summary>A variable: local, package-level, parameter, result, or struct field.</summary>
public sealed class Var(Pos pos, Package? pkg, string name, Type? type, VarKind kind = VarKind.Local) : Object(pos, pkg, name, type)
{
    public VarKind Kind { get; } = kind;
    public bool IsField => Kind == VarKind.Field;
    /// <summary>Whether the variable is read anywhere (for "declared and not used").</summary>
    public bool Used { get; set; }
    /// <summary>0 for a variable of the source; for a variable the inliner made for a copied body,
    /// its place in the caller's declaration list: Go appends each inlinee's declarations to the
    /// caller's (fn.Dcl) in the order it inlines the calls, and escape analysis reports
    /// variables in that order.</summary>
    public int InlinedDcl { get; set; }
}

public enum VarKind { Local, Package, Param, Result, Receiver, Field }

/// <summary>A declared constant with its value.</summary>
public sealed class Const(Pos pos, Package? pkg, string name, Type? type, ConstValue? value) : Object(pos, pkg, name, type)
{
    public ConstValue? Value { get; set; } = value;
}

/// <summary>The name of a type: predeclared (int) or declared (type T ...).</summary>
public sealed class TypeName(Pos pos, Package? pkg, string name) : Object(pos, pkg, name, null);

/// <summary>A function or method. Decl is the AST node (null for imported functions and
/// interface methods).</summary>
public sealed class Func(Pos pos, Package? pkg, string name, Signature? sig, Syntax.Ast.FuncDecl? decl) : Object(pos, pkg, name, sig)
{
    public Signature Signature => (Signature)(Type ?? throw new InvalidOperationException($"signature of {Name} not resolved"));
    public Syntax.Ast.FuncDecl? Decl { get; } = decl;
    /// <summary>Whether the method has a pointer receiver (*T).</summary>
    public bool HasPtrRecv => Signature.Recv?.Type is Pointer;
}

public enum BuiltinId { Append, Cap, Clear, Close, Copy, Delete, Len, Make, Max, Min, New, Panic, Print, Println, Recover }

/// <summary>A predeclared function such as len or append.</summary>
public sealed class Builtin(BuiltinId id, string name) : Object(Pos.None, null, name, Universe.Invalid)
{
    public BuiltinId Id { get; } = id;
}

/// <summary>An imported package name, e.g. fmt.</summary>
public sealed class PkgName(Pos pos, Package? pkg, string name, Package imported) : Object(pos, pkg, name, Universe.Invalid)
{
    public Package Imported { get; } = imported;
    public bool Used { get; set; }
}

/// <summary>The predeclared nil.</summary>
public sealed class Nil() : Object(Pos.None, null, "nil", Universe.UntypedNil);

/// <summary>A package: main (checked from source) or an imported one (fmt, errors).</summary>
public sealed class Package(string path, string name)
{
    public string Path { get; } = path;
    public string Name { get; } = name;
    public Scope Scope { get; } = new(Universe.Scope, "package " + name);
    public override string ToString() => $"package {Name} (\"{Path}\")";
}

/// <summary>A lexical scope: names declared in a block, function, file or package.</summary>
public sealed class Scope(Scope? parent, string comment)
{
    private readonly Dictionary<string, Object> _names = new(StringComparer.Ordinal);
    private readonly List<Object> _ordered = new();

    public Scope? Parent { get; } = parent;
    public string Comment { get; } = comment;
    public IReadOnlyList<Object> Objects => _ordered;

    public Object? LookupLocal(string name) => _names.GetValueOrDefault(name);

    /// <summary>Finds a name here or in an enclosing scope.</summary>
    public Object? Lookup(string name)
    {
        for (var s = this; s != null; s = s.Parent)
            if (s._names.TryGetValue(name, out var o)) return o;
        return null;
    }

    /// <summary>Declares obj; returns the object already declared under that name, if any.</summary>
    public Object? Insert(Object obj)
    {
        if (_names.TryGetValue(obj.Name, out var existing)) return existing;
        _names[obj.Name] = obj;
        _ordered.Add(obj);
        obj.Parent ??= this;
        return null;
    }
}
