namespace MiniGo.Types;

/// <summary>
/// The two packages a MiniGo program may import, with the functions the subset allows.
/// Their signatures are those of the real packages; fmt's functions take <c>...any</c>, which
/// is represented by a final parameter of type []any with IsVariadic set on the signature.
/// </summary>
public static class StdPackages
{
    public static readonly Package Fmt;
    public static readonly Package Errors;

    static StdPackages()
    {
        Fmt = MakeFmt();
        Errors = MakeErrors();
    }

    public static Package? Lookup(string path) => path switch
    {
        "fmt" => Fmt,
        "errors" => Errors,
        _ => null,
    };


    /// <summary>Whether the signature's last parameter is <c>...T</c> (<see cref="Signature.Variadic"/>).</summary>
    public static bool IsVariadicSig(Signature s) => s.Variadic;

    private static Var P(string name, Type t) => new(Syntax.Pos.None, null, name, t, VarKind.Param);
    private static Var R(string name, Type t) => new(Syntax.Pos.None, null, name, t, VarKind.Result);

    private static Package MakeFmt()
    {
        var pkg = new Package("fmt", "fmt");
        var anySlice = new Slice(Universe.AnyType);
        void Add(string name, Var[] ps, Var[] rs)
        {
            var f = new Func(Syntax.Pos.None, pkg, name, new Signature(null, new Tuple([.. ps]), new Tuple([.. rs]), variadic: true), null);
            pkg.Scope.Insert(f);
        }
        Var n = R("n", Universe.Int), err = R("err", Universe.ErrorType);
        Add("Println", [P("a", anySlice)], [n, err]);
        Add("Print", [P("a", anySlice)], [R("n", Universe.Int), R("err", Universe.ErrorType)]);
        Add("Printf", [P("format", Universe.String), P("a", anySlice)], [R("n", Universe.Int), R("err", Universe.ErrorType)]);
        Add("Sprintf", [P("format", Universe.String), P("a", anySlice)], [R("", Universe.String)]);
        Add("Sprint", [P("a", anySlice)], [R("", Universe.String)]);
        Add("Sprintln", [P("a", anySlice)], [R("", Universe.String)]);
        Add("Errorf", [P("format", Universe.String), P("a", anySlice)], [R("", Universe.ErrorType)]);

        // type Stringer interface { String() string }
        var stringerName = new TypeName(Syntax.Pos.None, pkg, "Stringer");
        var stringer = new Named(stringerName);
        stringerName.Type = stringer;
        stringer.SetUnderlying(new Interface([new Func(Syntax.Pos.None, pkg, "String",
            new Signature(null, Tuple.Empty, new Tuple([R("", Universe.String)])), null)]));
        pkg.Scope.Insert(stringerName);
        return pkg;
    }

    private static Package MakeErrors()
    {
        var pkg = new Package("errors", "errors");
        pkg.Scope.Insert(new Func(Syntax.Pos.None, pkg, "New",
            new Signature(null, new Tuple([P("text", Universe.String)]), new Tuple([R("", Universe.ErrorType)])), null));
        return pkg;
    }
}
