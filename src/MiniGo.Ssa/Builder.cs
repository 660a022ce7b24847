using System.Collections.Immutable;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Ssa;

/// <summary>The SSA form of a whole package: its functions in source order (each followed by
/// its function literals), then synthetic wrappers.</summary>
public sealed class SsaProgram
{
    public List<Function> Functions { get; } = new();
    public Dictionary<Var, Global> Globals { get; } = new(ReferenceEqualityComparer.Instance);
    public bool Naive { get; init; }
    /// <summary>The per-variable decisions (in memory or promoted, capture by value or by reference).</summary>
    public required VariableAnalysis Variables { get; init; }

    /// <summary>Every function with a body, nested literals included, in printing order.</summary>
    public IEnumerable<Function> AllFunctions()
    {
        IEnumerable<Function> Walk(Function f)
        {
            yield return f;
            foreach (var a in f.AnonFuncs)
                foreach (var x in Walk(a)) yield return x;
        }
        return Functions.SelectMany(Walk);
    }

    public Function? Lookup(string name) => AllFunctions().FirstOrDefault(f => f.Name == name || f.FullName == name);
}

/// <summary>
/// Lowers the typed AST of a package to SSA form. <paramref name="naive"/> keeps every local
/// variable in memory (go/ssa's naive form), so a student can compare it with the promoted form.
/// </summary>
public sealed class Builder
{
    internal readonly Info Info;
    internal readonly SsaProgram Program;
    internal readonly VariableAnalysis Vars;
    internal readonly bool Naive;
    private readonly Dictionary<Func, Function> _functions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Function> _wrappers = new(StringComparer.Ordinal);
    private readonly List<Function> _synthetic = new();

    private Builder(Info info, bool naive)
    {
        Info = info; Naive = naive; Vars = new VariableAnalysis(info);
        Program = new SsaProgram { Naive = naive, Variables = Vars };
    }

    public static SsaProgram Build(CheckResult checkedPkg, IEnumerable<Syntax.Ast.File> files, bool naive = false)
    {
        var b = new Builder(checkedPkg.Info, naive);
        b.BuildAll(files.ToList());
#if DEBUG
        // Debug builds check every function right after construction (go/ssa's SanityCheckFunctions mode).
        var problems = Sanity.Check(b.Program);
        if (problems.Count > 0)
            throw new InvalidOperationException("SSA sanity check failed:\n" + string.Join("\n", problems));
#endif
        return b.Program;
    }

    internal static Tuple MakeTuple(params GoType[] types) =>
        new([.. types.Select(t => new Var(Syntax.Pos.None, null, "", t, VarKind.Result))]);

    private void BuildAll(List<Syntax.Ast.File> files)
    {
        var decls = files.SelectMany(f => f.Decls).ToList();
        foreach (var d in decls)
        {
            if (d is VarDecl vd)
                foreach (var n in vd.Names)
                    if (Info.Defs.GetValueOrDefault(n) is Var gv) Program.Globals[gv] = new Global(gv);
        }
        // Declare every function first so calls can refer to functions declared later.
        int inits = 0;
        var bodies = new List<(FuncDecl, Function)>();
        foreach (var fd in decls.OfType<FuncDecl>())
        {
            if (fd.Body == null || Info.Defs.GetValueOrDefault(fd.Name) is not Func obj) continue;
            string name = fd.Recv == null
                ? (obj.Name == "init" ? $"init#{++inits}" : obj.Name)
                : $"({RecvTypeString(obj)}).{obj.Name}";
            var fn = new Function(name, obj.Signature, obj, fd, fd.Name.Pos);
            if (obj.Name != "init" || fd.Recv != null) _functions[obj] = fn;
            bodies.Add((fd, fn));
        }
        // Package initializers go into a synthetic init, as in go/ssa.
        var globalInits = decls.OfType<VarDecl>().Where(v => !v.Values.IsEmpty).ToList();
        if (globalInits.Count > 0)
        {
            var init = new Function("init", new Signature(null, Tuple.Empty, Tuple.Empty), null, null, Syntax.Pos.None)
            { Synthetic = "package initializer" };
            foreach (var vd in globalInits) Vars.Analyse(vd);
            new FunctionBuilder(this, init).BuildPackageInit(globalInits);
            _synthetic.Add(init);
        }
        foreach (var (fd, fn) in bodies)
        {
            Vars.Analyse(fd);
            new FunctionBuilder(this, fn).BuildDecl(fd);
            Program.Functions.Add(fn);
        }
        Program.Functions.AddRange(_synthetic);
    }

    private static string RecvTypeString(Func m)
    {
        var t = m.Signature.Recv!.Type!;
        return t.ToString();
    }

    /// <summary>The SSA function of a declared or imported Go function.</summary>
    internal Function FunctionOf(Func f)
    {
        if (_functions.TryGetValue(f, out var fn)) return fn;
        // Imported (fmt.Println, errors.New) or a method declared without body: external.
        fn = new Function(f.Name, f.Signature, f, null, f.Pos) { PackagePath = f.Pkg?.Path ?? "main" };
        _functions[f] = fn;
        return fn;
    }

    /// <summary>go/ssa's method expression thunk <c>(T).M$thunk</c>: a function whose first
    /// parameter is the receiver, for <c>T.M</c> used as a value.</summary>
    internal Function Thunk(Func method, GoType recvType, Signature sig)
    {
        string key = $"({recvType}).{method.Name}$thunk";
        if (_wrappers.TryGetValue(key, out var w)) return w;
        w = new Function(key, sig, null, null, method.Pos) { Synthetic = $"thunk for {method.Name}" };
        _wrappers[key] = w;
        new FunctionBuilder(this, w).BuildThunk(method, recvType);
        _synthetic.Add(w);
        return w;
    }

    /// <summary>go/ssa's bound method wrapper <c>(T).M$bound</c>: a closure whose one free
    /// variable is the receiver and whose body calls the method.</summary>
    internal Function BoundWrapper(Func method, GoType recvType)
    {
        bool iface = recvType.Underlying is Interface;
        string key = $"({recvType}).{method.Name}$bound";
        if (_wrappers.TryGetValue(key, out var w)) return w;
        var sig = new Signature(null, method.Signature.Params, method.Signature.Results, method.Signature.Variadic);
        w = new Function(key, sig, null, null, method.Pos) { Synthetic = $"bound method wrapper for {(iface ? "interface method " : "")}{method.Name}" };
        _wrappers[key] = w;
        new FunctionBuilder(this, w).BuildBoundWrapper(method, recvType, iface);
        _synthetic.Add(w);
        return w;
    }
}
