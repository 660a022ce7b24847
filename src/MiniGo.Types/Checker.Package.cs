using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>Package level: collecting objects, resolving declarations in dependency order,
/// methods, function bodies, unused imports (types2 resolver.go, decl.go).</summary>
public sealed partial class Checker
{
    private readonly IReadOnlyList<Syntax.Ast.File> _files;
    private readonly Package _pkg = new("main", "main");
    private readonly Info _info = new();
    private readonly List<Diagnostic> _errors = new();

    // Package-level objects and the declaration each came from, in source order.
    private readonly Dictionary<Object, DeclInfo> _decls = new(ReferenceEqualityComparer.Instance);
    private readonly List<Object> _objOrder = new();
    private readonly List<PkgName> _imports = new();
    // Objects currently being resolved (cycle detection) and those done.
    private readonly HashSet<Object> _resolving = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Object> _resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where a package-level object was declared: its file scope and AST.</summary>
    private sealed record DeclInfo(Scope FileScope, Decl Decl);

    private Checker(IReadOnlyList<Syntax.Ast.File> files) => _files = files;

    private void Error(Pos pos, string message) => _errors.Add(new Diagnostic(pos, message));

    private void CheckPackage()
    {
        CollectObjects();

        // types2 resolves type declarations first, then everything else in source order.
        // Methods are attached to their receiver types before any value declaration is
        // checked, so that `var x = T{}.m()` finds m.
        foreach (var obj in _objOrder.Where(o => o is TypeName).ToList()) ResolveObject(obj);
        CollectMethods();
        foreach (var obj in _objOrder.Where(o => o is not TypeName).ToList()) ResolveObject(obj);

        // Function and method bodies, in source order.
        var fileScopes = _decls.Values.Select(d => d.FileScope).Concat(_methodBodies.Select(m => m.FileScope)).ToList();
        foreach (var file in _files)
        {
            foreach (var fd in file.Decls.OfType<FuncDecl>())
            {
                if (fd.Body == null || !_funcObjects.TryGetValue(fd, out var f) || f.Type is not Signature sig) continue;
                var scope = fd.Recv == null ? _decls[f].FileScope : _methodScopes[fd];
                _currentDecl = f;
                FuncBody(scope, sig, fd.Body);
                _currentDecl = null;
            }
        }
        InitOrder();

        foreach (var imp in _imports)
            if (!imp.Used)
                Error(imp.Pos, imp.Name == imp.Imported.Name
                    ? $"\"{imp.Imported.Path}\" imported and not used"
                    : $"\"{imp.Imported.Path}\" imported as {imp.Name} and not used");
    }

    private readonly List<(Func Method, Scope FileScope)> _methodBodies = new();

    private void CollectObjects()
    {
        foreach (var file in _files)
        {
            var fileScope = new Scope(_pkg.Scope, "file " + file.Source.Name);
            foreach (var imp in file.Imports)
            {
                string path = imp.Path.Value.Trim('"', '`');
                var imported = StdPackages.Lookup(path);
                if (imported == null)
                {
                    Error(imp.Path.Pos, $"unsupported: import \"{path}\" (MiniGo knows fmt and errors)");
                    continue;
                }
                string name = imp.LocalName?.Value ?? imported.Name;
                var pkgName = new PkgName(imp.Pos, _pkg, name, imported);
                if (name == "_") continue;
                // A redeclared import is still an import that can go unused.
                if (fileScope.Insert(pkgName) is { } prev)
                    Redeclared(pkgName.Pos, name, prev);
                _imports.Add(pkgName);
            }

            foreach (var decl in file.Decls)
            {
                switch (decl)
                {
                    case ConstDecl c:
                        Arity(c.Pos, c.Names, c.Values, constDecl: true, c.Inherited);
                        foreach (var n in c.Names) if (!ReservedName(n)) Declare(new Const(n.Pos, _pkg, n.Value, null, null), n, fileScope, decl);
                        break;
                    case VarDecl v:
                        Arity(v.Pos, v.Names, v.Values, constDecl: false, false);
                        foreach (var n in v.Names) if (!ReservedName(n)) Declare(new Var(n.Pos, _pkg, n.Value, null, VarKind.Package), n, fileScope, decl);
                        break;
                    case TypeDecl t:
                        {
                            if (ReservedName(t.Name)) break;
                            var tn = new TypeName(t.Name.Pos, _pkg, t.Name.Value);
                            tn.Type = new Named(tn);
                            Declare(tn, t.Name, fileScope, decl);
                            break;
                        }
                    case FuncDecl f when f.Recv == null:
                        {
                            var fn = new Func(f.Name.Pos, _pkg, f.Name.Value, null, f);
                            _funcObjects[f] = fn;
                            if (f.Name.Value == "init" || f.Name.Value == "main")
                            {
                                if (f.Type.Params.Length > 0 || f.Type.Results.Length > 0)
                                    Error(f.Name.Pos, $"func {f.Name.Value} must have no arguments and no return values");
                            }
                            if (f.Name.Value == "init")
                            {
                                _info.Defs[f.Name] = fn;
                                _objOrder.Add(fn);
                                _decls[fn] = new DeclInfo(fileScope, decl);
                                if (f.Body == null) Error(f.Name.Pos, "missing function body");
                                break;
                            }
                            Declare(fn, f.Name, fileScope, decl);
                            break;
                        }
                    case FuncDecl m:
                        _methodDecls.Add((m, fileScope));
                        _methodScopes[m] = fileScope;
                        break;
                }
            }
        }
        // A package-level name may not also be an import name in a file.
    }

    private readonly List<(FuncDecl Decl, Scope FileScope)> _methodDecls = new();

    /// <summary>At package level, init and (in package main) main may only be functions.</summary>
    private bool ReservedName(Name n)
    {
        if (n.Value == "init")
        {
            Error(n.Pos, "cannot declare init - must be func");
            return true;
        }
        if (n.Value == "main" && _files.All(f => f.PackageName.Value == "main"))
        {
            Error(n.Pos, "cannot declare main - must be func");
            return true;
        }
        return false;
    }
    private readonly Dictionary<FuncDecl, Scope> _methodScopes = new(ReferenceEqualityComparer.Instance);
    // The Func object of every function and method declaration (also of those named _).
    private readonly Dictionary<FuncDecl, Func> _funcObjects = new(ReferenceEqualityComparer.Instance);

    private void Declare(Object obj, Name name, Scope fileScope, Decl decl)
    {
        _info.Defs[name] = name.Value == "_" ? null : obj;
        _decls[obj] = new DeclInfo(fileScope, decl);
        _objOrder.Add(obj);
        if (name.Value == "_") return;
        if (_pkg.Scope.Insert(obj) is { } prev) Redeclared(obj.Pos, obj.Name, prev);
    }

    private void Redeclared(Pos pos, string name, Object prev)
    {
        if (prev.Pos.IsKnown)
            Error(pos, $"{name} redeclared in this block\n\t{prev.Pos}: other declaration of {name}");
        else
            Error(pos, $"{name} redeclared in this block");
    }

    /// <summary>Resolves a package-level object's type (and value), resolving what it depends on first.</summary>
    private void ResolveObject(Object obj)
    {
        if (_resolved.Contains(obj) || !_decls.TryGetValue(obj, out var info)) return;
        if (!_resolving.Add(obj))
        {
            if (obj is TypeName) return; // types may refer to themselves through pointers etc.
            // A cycle through variables and constants only is reported later, by InitOrder;
            // an untyped one leaves its type invalid (types2 objDecl, validCycle).
            obj.Type ??= Universe.Invalid;
            if (obj is Const { Value: null } c) c.Type = Universe.Invalid;
            return;
        }
        var saved = (_funcSig, _scope, _currentDecl);
        _funcSig = null;
        _scope = info.FileScope;
        _currentDecl = obj;
        _resolvePath.Add(obj);
        int delayedStart = _delayed.Count;
        try
        {
            switch (obj, info.Decl)
            {
                case (TypeName tn, TypeDecl td):
                    TypeDecl(tn, td);
                    break;
                case (Const c, ConstDecl cd):
                    ConstDeclObjects(cd, [c]);
                    break;
                case (Var v, VarDecl vd):
                    VarDeclObjects(vd, vd.Names.Select(n => (Var?)(_info.Defs.GetValueOrDefault(n) as Var)).ToList(), v);
                    break;
                case (Func f, FuncDecl fd):
                    f.Type = FuncType(fd.Type, null);
                    break;
            }
            // Function literals in the initialiser belong to this declaration.
            while (_delayed.Count > delayedStart)
            {
                var d = _delayed[delayedStart];
                _delayed.RemoveAt(delayedStart);
                d();
            }
        }
        finally
        {
            _resolvePath.RemoveAt(_resolvePath.Count - 1);
            (_funcSig, _scope, _currentDecl) = saved;
            _resolving.Remove(obj);
            _resolved.Add(obj);
        }
    }

    // The package-level objects being resolved, outermost first (for cycle errors).
    private readonly List<Object> _resolvePath = new();

    private void TypeDecl(TypeName tn, TypeDecl td)
    {
        var named = (Named)tn.Type!;
        var rhs = TypExpr(td.Type, named);
        if (rhs is Named r && !r.IsResolved)
        {
            if (_resolvePath.IndexOf(r.Obj) is var at && at >= 0)
            {
                var cycle = _resolvePath.Skip(at).ToList();
                // `type T T` or `type A B; type B A`: only names all the way round, no type has
                // an underlying type (types2 Named.under reports this cycle).
                if (cycle.All(o => _decls.TryGetValue(o, out var d) && d.Decl is TypeDecl { Type: var te } && IsTypeName(te)))
                {
                    CycleError(cycle);
                    named.SetUnderlying(Universe.Invalid);
                    return;
                }
            }
            // `type T1 struct{ next *T2 }; type T2 T1`: T1's struct is still being built (or T1
            // itself waits for one); T2 gets T1's underlying type once T1 has one.
            _pendingUnderlying.Add((named, r));
            return;
        }
        named.SetUnderlying(rhs);
        if (rhs == Universe.Invalid) return;
        SetWaitingUnderlying(named);
        ValidType(named);
    }

    /// <summary>Gives the types waiting for <paramref name="resolved"/> its underlying type, and so on down the chain.</summary>
    private void SetWaitingUnderlying(Named resolved)
    {
        foreach (var pending in _pendingUnderlying.Where(p => ReferenceEquals(p.Of, resolved)).ToList())
        {
            _pendingUnderlying.Remove(pending);
            pending.Waiting.SetUnderlying(resolved);
            SetWaitingUnderlying(pending.Waiting);
            ValidType(pending.Waiting);
        }
    }

    /// <summary>Types declared as another type that was still being declared (see TypeDecl).</summary>
    private readonly List<(Named Waiting, Named Of)> _pendingUnderlying = new();

    private static bool IsTypeName(Expr e) => e switch
    {
        ParenExpr p => IsTypeName(p.X),
        Name or SelectorExpr => true,
        _ => false,
    };

    /// <summary>Associates each method with its receiver's base type and checks its signature.</summary>
    private void CollectMethods()
    {
        foreach (var (m, fileScope) in _methodDecls)
        {
            _scope = fileScope;
            var fn = new Func(m.Name.Pos, _pkg, m.Name.Value, null, m);
            _info.Defs[m.Name] = fn;
            _funcObjects[m] = fn;

            // The receiver is an ordinary parameter first; its type is validated after (types2 signature.go).
            var recvType = TypExpr(m.Recv!.Type);
            var recvName = m.Recv.Name;
            var recv = new Var(recvName?.Pos ?? m.Recv.Pos, _pkg, recvName?.Value ?? "", recvType, VarKind.Receiver);
            if (recvName != null) _info.Defs[recvName] = recvName.Value == "_" ? null : recv;
            fn.Type = FuncType(m.Type, recv);

            var baseType = recvType is Pointer p ? p.Elem : recvType;
            if (baseType == Universe.Invalid) continue;
            string? error = null;
            Named? named = null;
            switch (baseType)
            {
                case Named n when n.Obj.Pkg == _pkg:
                    if (n.Underlying is Pointer or Interface)
                        error = $"invalid receiver type {TypeString.Format(n)} (pointer or interface type)";
                    else named = n;
                    break;
                case Named or Basic:
                    error = $"cannot define new methods on non-local type {TypeString.Format(baseType)}";
                    break;
                default:
                    error = $"invalid receiver type {TypeString.Format(recvType)}";
                    break;
            }
            if (error != null)
            {
                Error(recv.Pos, error);
                continue;
            }
            if (named!.Methods.FirstOrDefault(x => x.Name == fn.Name) is { } dup)
                Error(fn.Pos, $"method {named.Obj.Name}.{fn.Name} already declared at {dup.Pos}");
            else if (named.Underlying is Struct st && st.Fields.Any(f => f.Name == fn.Name))
                Error(fn.Pos, $"field and method with the same name {fn.Name}\n\t{st.Fields.First(f => f.Name == fn.Name).Pos}: other declaration of {fn.Name}");
            else
                named.AddMethod(fn);
            if (m.Body != null) _methodBodies.Add((fn, fileScope));
        }
    }

    private static Pos AstStart(Node n) => Syntax.AstBuilder.StartPos(n);
}
