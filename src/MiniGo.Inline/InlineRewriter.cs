using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Inline;

/// <summary>
/// Builds the inlined program from the original tree and the inliner's plan: every inlined call
/// becomes an <see cref="InlinedCallExpr"/> holding a fresh copy of the callee's body (Go's
/// noder/reader.go unifiedInlineCall). The original tree is not changed: functions without
/// inlined calls are the original nodes, the others are path copies (<see cref="BodyCopier"/>).
/// The checker's <see cref="Info"/> gains the facts of every new node.
/// </summary>
public sealed class InlineRewriter
{
    internal readonly Info Info;
    /// <summary>For each literal copied into a caller, the copy and the variables it sees.</summary>
    private readonly Dictionary<FuncLit, (FuncLit Copy, Dictionary<Var, Var> Vars)> _literalCopies = new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables each inlined call's copy declared.</summary>
    private readonly Dictionary<InlinedCallExpr, List<Var>> _declared = new(ReferenceEqualityComparer.Instance);

    private InlineRewriter(Info info) { Info = info; }

    /// <summary>The files of the inlined program.</summary>
    public static ImmutableArray<Syntax.Ast.File> Rewrite(IReadOnlyList<Syntax.Ast.File> files, Info info, InlinePlan plan)
    {
        var rw = new InlineRewriter(info);
        var top = new BodyCopier(rw, null, fresh: false, new Dictionary<Var, Var>(ReferenceEqualityComparer.Instance), plan.Calls);
        var result = ImmutableArray.CreateBuilder<Syntax.Ast.File>(files.Count);
        foreach (var f in files)
        {
            bool changed = false;
            var decls = ImmutableArray.CreateBuilder<Decl>(f.Decls.Length);
            foreach (var d in f.Decls)
            {
                var nd = d switch
                {
                    FuncDecl { Body: { } body } fd when top.Stmt(body) is var nb && !ReferenceEquals(nb, body)
                        => new FuncDecl(fd.Pos, fd.Recv, fd.Name, fd.Type, (BlockStmt)nb),
                    VarDecl vd => RewriteGlobal(top, vd),
                    _ => d,
                };
                if (!ReferenceEquals(nd, d)) InlineOrder.Number(nd, rw._declared);
                changed |= !ReferenceEquals(nd, d);
                decls.Add(nd);
            }
            result.Add(changed ? new Syntax.Ast.File(f.Pos, f.PackageName, f.Imports, decls.MoveToImmutable(), f.Source) : f);
        }
        return result.MoveToImmutable();
    }

    private static Decl RewriteGlobal(BodyCopier top, VarDecl vd)
    {
        var values = vd.Values.Select(top.Expr).ToImmutableArray();
        for (int i = 0; i < values.Length; i++)
            if (!ReferenceEquals(values[i], vd.Values[i])) return new VarDecl(vd.Pos, vd.Names, vd.Type, values);
        return vd;
    }

    /// <summary>Whether MiniGo can build this inlined call yet (imported bodies come later).</summary>
    internal bool CanRewrite(InlinedCall site) =>
        (site.Callee is DeclaredCallee { Decl.Body: not null } or LiteralCallee || site.Callee is ImportedCallee imp && ImportedBodies.Has(imp.Name))
        && !PacksVariadic(site);

    /// <summary>A call that passes separate arguments to a variadic parameter: Go binds the
    /// parameter to the implicit <c>... argument</c> slice, which the copy does not build yet, so
    /// such a call stays a call (its -m lines are then those of -l, a listed gap).</summary>
    private bool PacksVariadic(InlinedCall site)
    {
        var sig = site.Callee switch
        {
            DeclaredCallee d => d.Object.Signature,
            LiteralCallee l => Info.TypeOf(l.Lit) as Signature,
            _ => null,
        };
        return sig is { Variadic: true } && !site.Call.HasDots;
    }

    internal void NoteLiteralCopy(FuncLit original, FuncLit copy, Dictionary<Var, Var> vars) => _literalCopies[original] = (copy, vars);

    /// <summary>
    /// The inlined call (OINLCALL) for <paramref name="call"/>, made in the context of
    /// <paramref name="caller"/> (the copier of the body the call is in).
    /// </summary>
    internal Expr Inline(BodyCopier caller, CallExpr call, InlinedCall site)
    {
        var copiedCall = caller.CopyCall(call); // the arguments, with the calls inlined into them
        var at = new InlinedAt(copiedCall.Pos, copiedCall.Rparen);
        if (site.Callee is ImportedCallee imported) return InlineImported(caller, call, copiedCall, at, site, imported);

        FuncType type; BlockStmt body; Field? recv = null; Signature sig;
        Dictionary<Var, Var> vars;
        switch (site.Callee)
        {
            case DeclaredCallee d:
                type = d.Decl.Type; body = d.Decl.Body!; recv = d.Decl.Recv; sig = d.Object.Signature;
                vars = new Dictionary<Var, Var>(ReferenceEqualityComparer.Instance);
                break;
            case LiteralCallee l:
                type = l.Lit.Type; body = l.Lit.Body; sig = (Signature)Info.TypeOf(l.Lit)!;
                // A closure's free variables are the variables of the function that made it: the
                // caller's own, or those of the inlined copy the literal was copied with.
                var seen = _literalCopies.TryGetValue(l.Lit, out var copied) ? copied.Vars : caller.Vars;
                vars = new Dictionary<Var, Var>(seen, ReferenceEqualityComparer.Instance);
                break;
            default:
                throw new InvalidOperationException($"inliner: cannot rewrite a call to {site.Callee.Name}");
        }
        var inner = new BodyCopier(this, at, fresh: true, vars, site.Inner);

        // params := args (receiver first), at the call.
        var lhs = ImmutableArray.CreateBuilder<Expr>();
        var rhs = ImmutableArray.CreateBuilder<Expr>();
        var args = copiedCall.Args;
        if (recv != null)
        {
            lhs.Add(ParamName(inner, recv.Name, call.Pos));
            if (MethodValueReceiver(copiedCall) is { } x)
                rhs.Add(ReceiverArgument(x, sig.Recv!.Type!, site.DevirtualizedTo));
            else
            {
                // A method expression T.M(x, args): the receiver is the first argument.
                rhs.Add(args[0]);
                args = args.RemoveAt(0);
            }
        }
        foreach (var field in type.Params)
            lhs.Add(ParamName(inner, field.Name, call.Pos));
        rhs.AddRange(args);
        var init = ImmutableArray.CreateBuilder<Stmt>();
        // The callee expression's side effects come first: keepAddr()() runs keepAddr's copy.
        if (Unparen(copiedCall.Fun) is InlinedCallExpr or CallExpr)
            init.Add(new ExprStmt(copiedCall.Fun.Pos, copiedCall.Fun));
        if (lhs.Count > 0)
            init.Add(new AssignStmt(copiedCall.Pos, null, define: true, lhs.ToImmutable(), rhs.ToImmutable()));

        // The results: named ones keep their names, the others are ~r0, ~r1, ...
        var results = ImmutableArray.CreateBuilder<Name>();
        int index = 0;
        bool named = false;
        foreach (var field in type.Results)
        {
            if (field.Name is not { } n)
            {
                var v = inner.NewVar(copiedCall.Pos, $"~r{index}", sig.Results[index]);
                results.Add(inner.DefName(call.Pos, v.Name, v));
                index++;
                continue;
            }
            named |= n.Value != "_";
            var rv = Info.Defs.GetValueOrDefault(n) as Var;
            var fresh = rv == null ? inner.NewVar(copiedCall.Pos, $"~r{index}", sig.Results[index]) : inner.FreshVar(rv, n.Value == "_" ? $"~r{index}" : null);
            results.Add(inner.DefName(n.Pos, fresh.Name, fresh));
            index++;
        }

        var newBody = (BlockStmt)inner.Stmt(body);
        var inlined = new InlinedCallExpr(copiedCall.Pos, call, site.Callee.Name, init.ToImmutable(), newBody, results.ToImmutable(),
            delayedResults: !named && CountReturns(body) == 1);
        if (Info.Types.TryGetValue(call, out var tv)) Info.Types[inlined] = tv;
        _declared[inlined] = inner.Declared;
        return inlined;
    }

    /// <summary>An inlined call of an imported function whose body Go's export data gives.</summary>
    private Expr InlineImported(BodyCopier caller, CallExpr call, CallExpr copiedCall, InlinedAt at, InlinedCall site, ImportedCallee imported)
    {
        var inner = new BodyCopier(this, at, fresh: true, new Dictionary<Var, Var>(ReferenceEqualityComparer.Instance), site.Inner);
        var pos = copiedCall.Pos with { InlinedAt = at };
        var (ps, results, body) = ImportedBodies.Build(imported.Name, pos, Info, (p, name, t) => inner.DefName(p, name, inner.NewVar(p, name, t)));
        var rhs = ImmutableArray.CreateBuilder<Expr>();
        if (MethodValueReceiver(copiedCall) is { } x) rhs.Add(ReceiverArgument(x, ps[0] is var r && Info.Defs[r] is Var rv ? rv.Type! : Universe.Invalid, site.DevirtualizedTo));
        rhs.AddRange(copiedCall.Args);
        var init = ImmutableArray.Create<Stmt>(new AssignStmt(copiedCall.Pos, null, define: true, ps.CastArray<Expr>(), rhs.ToImmutable()));
        var resultNames = results.Select((t, i) => inner.DefName(pos, $"~r{i}", inner.NewVar(copiedCall.Pos, $"~r{i}", t))).ToImmutableArray();
        var inlined = new InlinedCallExpr(copiedCall.Pos, call, site.Callee.Name, init, body, resultNames, delayedResults: true);
        if (Info.Types.TryGetValue(call, out var tv)) Info.Types[inlined] = tv;
        _declared[inlined] = inner.Declared;
        return inlined;
    }

    private Name ParamName(BodyCopier inner, Name? n, Pos callPos)
    {
        if (n == null || n.Value == "_" || Info.Defs.GetValueOrDefault(n) is not Var v) return Blank(callPos);
        return inner.DefName(n.Pos, n.Value, inner.FreshVar(v));
    }

    private Name Blank(Pos pos)
    {
        var n = new Name(pos, "_");
        Info.Defs[n] = null;
        return n;
    }

    /// <summary>The receiver expression of a method call <c>x.M(args)</c>, or null for a method
    /// expression or a function value.</summary>
    private Expr? MethodValueReceiver(CallExpr call) =>
        Unparen(call.Fun) is SelectorExpr sel && Info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.MethodVal ? sel.X : null;

    /// <summary>The receiver argument of a method call: <c>x</c>, or <c>&amp;x</c> / <c>*x</c>
    /// where Go takes the address or dereferences implicitly; for a devirtualized interface call
    /// <c>x.(T)</c> (devirtualize.go: the concrete value asserted out of the interface).</summary>
    private Expr ReceiverArgument(Expr x, GoType recvType, GoType? devirtualizedTo)
    {
        if (devirtualizedTo != null)
        {
            var typeName = new Name(x.Pos, devirtualizedTo.ToString());
            Info.Types[typeName] = new TypeAndValue(OperandMode.TypeExpr, devirtualizedTo, null);
            var assert = new AssertExpr(x.Pos, x, typeName);
            Info.Types[assert] = new TypeAndValue(OperandMode.Value, devirtualizedTo, null);
            x = assert;
        }
        var xt = Info.TypeOf(x)!;
        bool wantPtr = recvType.Underlying is Pointer;
        bool isPtr = xt.Underlying is Pointer;
        if (wantPtr && !isPtr)
        {
            var amp = new UnaryExpr(x.Pos, Operator.And, x);
            Info.Types[amp] = new TypeAndValue(OperandMode.Value, new Pointer(xt), null);
            return amp;
        }
        if (!wantPtr && isPtr)
        {
            var star = new UnaryExpr(x.Pos, Operator.Mul, x);
            Info.Types[star] = new TypeAndValue(OperandMode.Variable, ((Pointer)xt.Underlying).Elem, null);
            return star;
        }
        return x;
    }

    /// <summary>The return statements of a body, outside its function literals (an empty one counts twice, as in canDelayResults).</summary>
    private static int CountReturns(Node n)
    {
        int count = 0;
        foreach (var c in n.Children)
        {
            if (c is FuncLit) continue;
            if (c is ReturnStmt r) count += r.Results.IsEmpty ? 2 : 1;
            count += CountReturns(c);
        }
        return count;
    }
}
