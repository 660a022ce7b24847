using MiniGo.Syntax;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Inline;

/// <summary>
/// The functions of <c>fmt</c> and <c>errors</c> as Go's export data gives them to the
/// inliner (noder/reader.go:1131): the inline cost of those that have an inline body, the
/// rest cost a call (57). Measured with <c>go build -gcflags='fmt=-m=2'</c> on Go 1.22.12
/// (see the design note, §1.6). Their inline bodies hold no call Go can inline.
/// </summary>
public static class ImportedFuncs
{
    /// <summary>Inline cost of the inlinable ones, keyed by <c>package.Function</c>.</summary>
    private static readonly Dictionary<string, int> Costs = new(StringComparer.Ordinal)
    {
        ["fmt.Println"] = 72, ["fmt.Print"] = 72, ["fmt.Printf"] = 73,
        ["fmt.Scan"] = 72, ["fmt.Scanln"] = 72, ["fmt.Scanf"] = 73, ["fmt.Sscan"] = 73, ["fmt.Sscanln"] = 73, ["fmt.Sscanf"] = 74,
        ["errors.New"] = 6, ["errors.(*errorString).Error"] = 3, ["errors.Unwrap"] = 79, ["errors.Join"] = 54,
    };

    /// <summary>errors' unexported <c>errorString</c>: errors.New returns <c>&amp;errorString{text}</c>
    /// converted to error, which devirtualizes <c>err.Error()</c> once errors.New is inlined.</summary>
    public static readonly GoType ErrorStringPtr = MakeErrorString();

    private static GoType MakeErrorString()
    {
        var tn = new TypeName(Pos.None, StdPackages.Errors, "errorString");
        var named = new Named(tn);
        tn.Type = named;
        named.SetUnderlying(new Struct([new Var(Pos.None, StdPackages.Errors, "s", Universe.String, VarKind.Field)]));
        return new Pointer(named);
    }

    private static readonly Dictionary<string, InlFunc> Funcs = new(StringComparer.Ordinal);

    /// <summary>The function <paramref name="f"/> of fmt or errors as the inliner sees it.</summary>
    public static InlFunc Of(Types.Func f) => Of(f.Pkg!.Name + "." + f.Name);

    /// <summary><c>errors.(*errorString).Error</c>, the method a devirtualized call of an
    /// inlined errors.New result reaches.</summary>
    public static InlFunc ErrorStringError => Of("errors.(*errorString).Error");

    private static InlFunc Of(string name)
    {
        lock (Funcs)
        {
            if (Funcs.TryGetValue(name, out var fn)) return fn;
            fn = new InlFunc(InlFuncKind.Imported, name, Pos.None)
            {
                ImportedResultConcrete = name == "errors.New" ? ErrorStringPtr : null,
            };
            fn.Checked = true;
            if (Costs.TryGetValue(name, out int c)) fn.InlCost = c;
            else fn.Reason = "no inline body in export data";
            Funcs[name] = fn;
            return fn;
        }
    }
}
