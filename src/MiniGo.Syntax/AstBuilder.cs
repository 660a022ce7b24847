using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using MiniGo.Syntax.Ast;
using MiniGo.Syntax.Generated;
using P = MiniGo.Syntax.Generated.GoParser;

namespace MiniGo.Syntax;

/// <summary>
/// Turns ANTLR's concrete parse tree into MiniGo's immutable AST, giving every node the
/// position Go's parser gives it. Constructs outside the MiniGo subset (generics, labels,
/// select, embedding, variadic parameters, ...) are reported here, once, at their position.
///
/// The walk looks at the children of each rule context rather than at ANTLR's generated
/// accessors, so that a rule and its "NoLit" twin (see GoParser.g4) share one method.
/// </summary>
public sealed class AstBuilder
{
    private readonly SourceFile _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly ITokenStream _tokens;
    // x.(type) guards not (yet) used by a type switch header.
    private readonly HashSet<TypeSwitchGuard> _pendingGuards = new(ReferenceEqualityComparer.Instance);

    public AstBuilder(SourceFile file, DiagnosticBag diagnostics, ITokenStream tokens)
    {
        _file = file;
        _diagnostics = diagnostics;
        _tokens = tokens;
    }

    // ---- helpers ------------------------------------------------------------------------

    private Pos PosOf(IToken t) => _file.PosAt(t.StartIndex);
    private Pos PosOf(IParseTree t) => t is ITerminalNode term ? PosOf(term.Symbol) : PosOf(((ParserRuleContext)t).Start);

    private static IEnumerable<IParseTree> Kids(ParserRuleContext ctx)
    {
        for (int i = 0; i < ctx.ChildCount; i++) yield return ctx.GetChild(i);
    }

    private static int TokType(IParseTree t) => t is ITerminalNode term ? term.Symbol.Type : -1;
    private static bool IsTok(IParseTree t, int type) => TokType(t) == type;
    private static bool IsRule(IParseTree t, params int[] rules) => t is ParserRuleContext r && rules.Contains(r.RuleIndex);

    private void Unsupported(Pos pos, string what) => _diagnostics.Report(pos, $"unsupported: {what}");

    // ---- file and declarations ----------------------------------------------------------

    public Ast.File BuildFile(P.SourceFileContext ctx)
    {
        var imports = ImmutableArray.CreateBuilder<ImportDecl>();
        foreach (var imp in ctx.importDecl()) AddImports(imp, imports);
        var decls = ImmutableArray.CreateBuilder<Decl>();
        foreach (var top in ctx.topLevelDecl()) AddTopLevelDecl(top, decls);
        return FinishFile(ctx.packageClause(), imports, decls);
    }

    // The three steps of BuildFile, also called one declaration at a time by SyntaxTree.Parse
    // (which drops each declaration's parse tree as soon as its AST is built).

    /// <summary>Adds the imports of one <c>import</c> declaration.</summary>
    public void AddImports(P.ImportDeclContext imp, ImmutableArray<ImportDecl>.Builder imports)
    {
        foreach (var spec in imp.importSpec())
            imports.Add(BuildImport(spec));
    }

    /// <summary>Adds the declarations of one top-level declaration (a <c>var (...)</c> group gives several).</summary>
    public void AddTopLevelDecl(P.TopLevelDeclContext top, ImmutableArray<Decl>.Builder decls)
    {
        if (top.declaration() is { } d) decls.AddRange(BuildDeclaration(d));
        else if (top.functionDecl() is { } f) decls.Add(BuildFunctionDecl(f));
        else if (top.methodDecl() is { } m) decls.Add(BuildMethodDecl(m));
    }

    /// <summary>The file, once every declaration has been added.</summary>
    public Ast.File FinishFile(P.PackageClauseContext pkg, ImmutableArray<ImportDecl>.Builder imports, ImmutableArray<Decl>.Builder decls)
    {
        var name = new Name(PosOf(pkg.IDENT()), pkg.IDENT().GetText());
        ReportUnusedTypeGuards();
        return new Ast.File(PosOf(pkg.PACKAGE()), name, imports.ToImmutable(), decls.ToImmutable(), _file);
    }

    /// <summary>Reports the <c>x.(type)</c> guards no type switch header used.</summary>
    public void ReportUnusedTypeGuards()
    {
        foreach (var g in _pendingGuards.OrderBy(g => g.Pos, Comparer<Pos>.Create(Pos.Compare)))
            _diagnostics.Report(g.Pos, "use of .(type) outside type switch");
        _pendingGuards.Clear();
    }

    private ImportDecl BuildImport(P.ImportSpecContext spec)
    {
        Name? local = null;
        if (spec.DOT() is { } dot) Unsupported(PosOf(dot), "dot imports");
        if (spec.IDENT() is { } id) local = new Name(PosOf(id), id.GetText());
        var lit = spec.stringLit();
        // Positioned at the start of the spec, as in Go's parser: the local name if there is one.
        return new ImportDecl(PosOf(spec), local, new BasicLit(PosOf(lit), LitKind.String, lit.GetText()));
    }

    private IEnumerable<Decl> BuildDeclaration(P.DeclarationContext d)
    {
        if (d.constDecl() is { } c) return BuildConstDecl(c);
        if (d.varDecl() is { } v) return v.varSpec().Select(BuildVarSpec).ToList();
        return d.typeDecl()!.typeSpec().Select(BuildTypeSpec).ToList();
    }

    private List<Decl> BuildConstDecl(P.ConstDeclContext c)
    {
        var result = new List<Decl>();
        Expr? lastType = null;
        var lastValues = ImmutableArray<Expr>.Empty;
        int iota = 0;
        foreach (var spec in c.constSpec())
        {
            var names = BuildNames(spec.identifierList());
            if (spec.ASSIGN() != null || spec.type_() != null)
            {
                // A spec with a type or values starts a new "previous spec" (types2 resolver).
                lastType = spec.type_() is { } t ? BuildType(t) : null;
                lastValues = spec.expressionList() is { } el ? BuildExprList(el) : ImmutableArray<Expr>.Empty;
                result.Add(new ConstDecl(names[0].Pos, names, lastType, lastValues, iota, inherited: false));
            }
            else
            {
                // `const ( a = iota; b; c )`: b and c repeat the previous type and values.
                result.Add(new ConstDecl(names[0].Pos, names, lastType, lastValues, iota, inherited: true));
            }
            iota++;
        }
        return result;
    }

    private Decl BuildVarSpec(P.VarSpecContext spec)
    {
        var names = BuildNames(spec.identifierList());
        Expr? type = spec.type_() is { } t ? BuildType(t) : null;
        var values = spec.expressionList() is { } el ? BuildExprList(el) : ImmutableArray<Expr>.Empty;
        return new VarDecl(names[0].Pos, names, type, values);
    }

    private Decl BuildTypeSpec(P.TypeSpecContext spec)
    {
        var name = new Name(PosOf(spec.IDENT()), spec.IDENT().GetText());
        if (spec.typeParameters() is { } tp) Unsupported(PosOf(tp), "generics");
        if (spec.ASSIGN() is { } eq) Unsupported(PosOf(eq), "type aliases");
        return new TypeDecl(name.Pos, name, BuildType(spec.type_()));
    }

    private Decl BuildFunctionDecl(P.FunctionDeclContext f)
    {
        var name = new Name(PosOf(f.IDENT()), f.IDENT().GetText());
        if (f.typeParameters() is { } tp) Unsupported(PosOf(tp), "generics");
        var type = BuildSignature(PosOf(f.signature()), f.signature());
        var body = f.block() is { } b ? BuildBlock(b) : null;
        return new FuncDecl(name.Pos, null, name, type, body);
    }

    private Decl BuildMethodDecl(P.MethodDeclContext m)
    {
        var recvs = BuildParameters(m.parameters(), out _);
        var name = new Name(PosOf(m.IDENT()), m.IDENT().GetText());
        Field recv;
        if (recvs.Length == 0)
        {
            _diagnostics.Report(PosOf(m.parameters()), "method has no receiver");
            recv = new Field(name.Pos, null, new Name(name.Pos, "_"));
        }
        else
        {
            if (recvs.Length > 1) _diagnostics.Report(recvs[1].Pos, "method has multiple receivers");
            recv = recvs[0];
        }
        var type = BuildSignature(PosOf(m.signature()), m.signature());
        var body = m.block() is { } b ? BuildBlock(b) : null;
        return new FuncDecl(PosOf(m.parameters()), recv, name, type, body);
    }

    private ImmutableArray<Name> BuildNames(P.IdentifierListContext list) =>
        list.IDENT().Select(id => new Name(PosOf(id), id.GetText())).ToImmutableArray();

    // ---- types --------------------------------------------------------------------------

    /// <summary>Builds any type rule: type_, typeName, typeLit and the individual type literals.</summary>
    private Expr BuildType(ParserRuleContext ctx)
    {
        switch (ctx)
        {
            case P.Type_Context t:
                if (t.typeArgs() is { } targs) Unsupported(PosOf(targs), "generics");
                if (t.typeName() is { } tn) return BuildTypeName(tn);
                if (t.typeLit() is { } tl) return BuildType(tl);
                return new ParenExpr(PosOf(t.L_PAREN()), BuildType(t.type_()));
            case P.TypeNameContext name:
                return BuildTypeName(name);
            case P.TypeLitContext lit:
                return BuildType((ParserRuleContext)lit.GetChild(0));
            case P.TypeOperandContext to:
                return BuildType((ParserRuleContext)to.GetChild(0));
            case P.ArrayTypeContext a:
                return new ArrayType(PosOf(a.L_BRACKET()), BuildExpr(a.expression()), BuildType(a.type_()));
            case P.SliceTypeContext s:
                return new SliceType(PosOf(s.L_BRACKET()), BuildType(s.type_()));
            case P.MapTypeContext m:
                return new MapType(PosOf(m.MAP()), BuildType(m.type_(0)), BuildType(m.type_(1)));
            case P.ChannelTypeContext c:
                {
                    var dir = IsTok(c.GetChild(0), GoLexer.RECEIVE) ? ChanDir.Recv : c.RECEIVE() != null ? ChanDir.Send : ChanDir.Both;
                    return new ChanType(PosOf(c.Start), dir, BuildType(c.type_()));
                }
            case P.PointerTypeContext p:
                return new UnaryExpr(PosOf(p.STAR()), Operator.Mul, BuildType(p.type_()));
            case P.FunctionTypeContext f:
                return BuildSignature(PosOf(f.signature()), f.signature());
            case P.StructTypeContext s:
                return BuildStruct(s);
            case P.InterfaceTypeContext i:
                return BuildInterface(i);
            default:
                throw new InvalidOperationException($"unexpected type rule {ctx.GetType().Name}");
        }
    }

    private Expr BuildTypeName(P.TypeNameContext tn)
    {
        var ids = tn.IDENT();
        var first = new Name(PosOf(ids[0]), ids[0].GetText());
        if (ids.Length == 1) return first;
        return new SelectorExpr(PosOf(tn.DOT()), first, new Name(PosOf(ids[1]), ids[1].GetText()));
    }

    private Expr BuildStruct(P.StructTypeContext s)
    {
        var fields = ImmutableArray.CreateBuilder<Field>();
        foreach (var fd in s.fieldDecl())
        {
            if (fd.embeddedField() is { } emb)
            {
                Unsupported(PosOf(emb), "struct embedding");
                continue;
            }
            var type = BuildType(fd.type_());
            BasicLit? tag = fd.tag is { } t ? new BasicLit(PosOf(t), LitKind.String, t.GetText()) : null;
            foreach (var name in BuildNames(fd.identifierList()))
                fields.Add(new Field(name.Pos, name, type, tag));
        }
        return new StructType(PosOf(s.STRUCT()), fields.ToImmutable());
    }

    private Expr BuildInterface(P.InterfaceTypeContext i)
    {
        var methods = ImmutableArray.CreateBuilder<Field>();
        foreach (var el in i.interfaceElem())
        {
            if (el.IDENT() is { } id && el.signature() is { } sig)
            {
                var name = new Name(PosOf(id), id.GetText());
                methods.Add(new Field(name.Pos, name, BuildSignature(name.Pos, sig)));
            }
            else
            {
                var tc = el.typeConstraint();
                bool plainName = tc.TILDE().Length == 0 && tc.OR().Length == 0 && tc.type_(0).typeName() != null;
                Unsupported(PosOf(el), plainName ? "embedded interfaces" : "generics");
            }
        }
        return new InterfaceType(PosOf(i.INTERFACE()), methods.ToImmutable());
    }

    private FuncType BuildSignature(Pos pos, P.SignatureContext sig)
    {
        var @params = BuildParameters(sig.parameters(), out _);
        var results = ImmutableArray<Field>.Empty;
        if (sig.result() is { } r)
        {
            if (r.parameters() is { } rp) results = BuildParameters(rp, out _);
            else
            {
                var t = BuildType(r.type_());
                results = [new Field(t.Pos, null, t)];
            }
        }
        return new FuncType(pos, @params, results);
    }

    /// <summary>
    /// Groups parameter declarations as Go's parser does: if any parameter is named, then a
    /// lone name (<c>a</c> in <c>a, b int</c>) is a parameter name that takes the type of the
    /// next named parameter.
    /// </summary>
    private ImmutableArray<Field> BuildParameters(P.ParametersContext ps, out bool named)
    {
        var decls = ps.parameterDecl();
        named = decls.Any(d => d.IDENT() != null);
        var fields = new Field[decls.Length];
        Expr? nextType = null;
        for (int i = decls.Length - 1; i >= 0; i--)
        {
            var d = decls[i];
            Expr type = BuildType(d.type_());
            if (d.ELLIPSIS() is { } dots) type = new DotsType(PosOf(dots), type);
            if (!named)
            {
                fields[i] = new Field(type.Pos, null, type);
            }
            else if (d.IDENT() is { } id)
            {
                nextType = type;
                fields[i] = new Field(PosOf(id), new Name(PosOf(id), id.GetText()), type);
            }
            else if (type is Name n && nextType != null)
            {
                fields[i] = new Field(n.Pos, n, nextType);
            }
            else
            {
                _diagnostics.Report(type.Pos, "syntax error: mixed named and unnamed parameters");
                fields[i] = new Field(type.Pos, null, type);
            }
        }
        return fields.ToImmutableArray();
    }

    // ---- statements ---------------------------------------------------------------------

    public BlockStmt BuildBlock(P.BlockContext b) =>
        new(PosOf(b.L_CURLY()), BuildStatementList(b.statementList()), PosOf(b.R_CURLY()));

    private ImmutableArray<Stmt> BuildStatementList(P.StatementListContext list)
    {
        var stmts = ImmutableArray.CreateBuilder<Stmt>();
        foreach (var s in list.statement())
            if (BuildStatement(s) is { } st) stmts.Add(st);
        return stmts.ToImmutable();
    }

    private Stmt? BuildStatement(P.StatementContext s)
    {
        var c = (ParserRuleContext)s.GetChild(0);
        switch (c)
        {
            case P.DeclarationContext d:
                return new DeclStmt(PosOf(d), BuildDeclaration(d).ToImmutableArray());
            case P.SimpleStmtContext or P.SimpleStmtNoLitContext:
                return BuildSimpleStmt(c);
            case P.LabeledStmtContext l:
                {
                    var label = new Name(PosOf(l.IDENT()), l.IDENT().GetText());
                    var inner = l.statement() is { } st ? BuildStatement(st) : null;
                    return new LabeledStmt(label.Pos, label, inner ?? new EmptyStmt(PosOf(l.COLON())));
                }
            case P.GotoStmtContext g:
                return new BranchStmt(PosOf(g.GOTO()), BranchKind.Goto, new Name(PosOf(g.IDENT()), g.IDENT().GetText()));
            case P.SelectStmtContext sel:
                return new SelectStmt(PosOf(sel.SELECT()), sel.commClause().Select(cc => new CommClause(PosOf(cc.Start),
                    cc.simpleStmt() is { } comm ? BuildSimpleStmt(comm) : null, PosOf(cc.COLON()), BuildStatementList(cc.statementList()))).ToImmutableArray(),
                    PosOf(sel.R_CURLY()));
            case P.GoStmtContext g:
                return new GoStmt(PosOf(g.GO()), CallOf("go", BuildExpr(g.expression())));
            case P.DeferStmtContext d:
                return new DeferStmt(PosOf(d.DEFER()), CallOf("defer", BuildExpr(d.expression())));
            case P.ReturnStmtContext r:
                return new ReturnStmt(PosOf(r.RETURN()), r.expressionList() is { } el ? BuildExprList(el) : ImmutableArray<Expr>.Empty);
            case P.BreakStmtContext b:
                return new BranchStmt(PosOf(b.BREAK()), BranchKind.Break, b.IDENT() is { } bl ? new Name(PosOf(bl), bl.GetText()) : null);
            case P.ContinueStmtContext k:
                return new BranchStmt(PosOf(k.CONTINUE()), BranchKind.Continue, k.IDENT() is { } kl ? new Name(PosOf(kl), kl.GetText()) : null);
            case P.FallthroughStmtContext f:
                return new BranchStmt(PosOf(f.FALLTHROUGH()), BranchKind.Fallthrough);
            case P.BlockContext b:
                return BuildBlock(b);
            case P.IfStmtContext i:
                return BuildIf(i);
            case P.SwitchStmtContext sw:
                return BuildSwitch(sw);
            case P.ForStmtContext f:
                return BuildFor(f);
            default:
                throw new InvalidOperationException($"unexpected statement rule {c.GetType().Name}");
        }
    }

    /// <summary>go and defer need a call; Go reports "expression in go must be function call".</summary>
    private CallExpr CallOf(string keyword, Expr x)
    {
        if (x is CallExpr call) return call;
        if (x is ParenExpr { X: CallExpr inner })
        {
            _diagnostics.Report(x.Pos, $"expression in {keyword} must not be parenthesized");
            return inner;
        }
        _diagnostics.Report(StartPos(x), $"expression in {keyword} must be function call");
        return new CallExpr(x.Pos, x, ImmutableArray<Expr>.Empty, false, x.Pos);
    }

    /// <summary>
    /// Builds simpleStmt or simpleStmtNoLit: an expression list, then what the next token made
    /// of it. A range clause (<c>k, v := range x</c>) is returned as a RangeStmt with an empty
    /// body; only BuildFor accepts it.
    /// </summary>
    private Stmt BuildSimpleStmt(ParserRuleContext c)
    {
        var kids = Kids(c).ToList();
        if (IsTok(kids[0], GoLexer.RANGE))
            return new RangeStmt(PosOf(kids[0]), PosOf(kids[0]), null, null, false, BuildExpr((ParserRuleContext)kids[1]), EmptyBlock(PosOf(kids[0])));

        var lhs = BuildExprList((ParserRuleContext)kids[0]);
        if (kids.Count == 1)
        {
            if (lhs.Length > 1)
                _diagnostics.Report(PosOf(c.Stop), $"syntax error: unexpected {GoSyntaxErrorStrategy.TokenText(NextToken(c))}, expected := or = or comma");
            return new ExprStmt(lhs[0].Pos, lhs[0]);
        }
        var op = ((ITerminalNode)(kids[1] is ParserRuleContext opRule ? opRule.GetChild(0) : kids[1])).Symbol;
        var opPos = PosOf(op);
        switch (op.Type)
        {
            case GoLexer.PLUS_PLUS:
            case GoLexer.MINUS_MINUS:
                return new IncDecStmt(opPos, lhs[0], op.Type == GoLexer.PLUS_PLUS);
            case GoLexer.RECEIVE:
                return new SendStmt(opPos, lhs[0], BuildExpr((ParserRuleContext)kids[2]));
        }
        bool define = op.Type == GoLexer.DECLARE;
        if (IsTok(kids[2], GoLexer.RANGE))
        {
            // k, v := range x (the for statement fills in the position and body).
            var rangeX = BuildExpr((ParserRuleContext)kids[3]);
            if (!define && op.Type != GoLexer.ASSIGN) _diagnostics.Report(opPos, $"syntax error: unexpected {op.Text}, expected := or = or comma");
            return new RangeStmt(opPos, PosOf(kids[2]), lhs[0], lhs.Length > 1 ? lhs[1] : null, define, rangeX, EmptyBlock(opPos), lhs.Length > 2 ? lhs[2] : null);
        }
        var rhs = BuildExprList((ParserRuleContext)kids[2]);
        if (define) return new AssignStmt(opPos, null, true, lhs, rhs);
        return new AssignStmt(opPos, AssignOperator(op.Type), false, lhs, rhs);
    }

    private IToken NextToken(ParserRuleContext c) => _tokens.Get(c.Stop.TokenIndex + 1);

    private static BlockStmt EmptyBlock(Pos pos) => new(pos, ImmutableArray<Stmt>.Empty, pos);

    private static Operator? AssignOperator(int type) => type switch
    {
        GoLexer.ASSIGN => null,
        GoLexer.PLUS_ASSIGN => Operator.Add,
        GoLexer.MINUS_ASSIGN => Operator.Sub,
        GoLexer.OR_ASSIGN => Operator.Or,
        GoLexer.XOR_ASSIGN => Operator.Xor,
        GoLexer.MUL_ASSIGN => Operator.Mul,
        GoLexer.DIV_ASSIGN => Operator.Quo,
        GoLexer.MOD_ASSIGN => Operator.Rem,
        GoLexer.LSHIFT_ASSIGN => Operator.Shl,
        GoLexer.RSHIFT_ASSIGN => Operator.Shr,
        GoLexer.AND_ASSIGN => Operator.And,
        GoLexer.BIT_CLEAR_ASSIGN => Operator.AndNot,
        _ => throw new InvalidOperationException("not an assignment operator"),
    };

    /// <summary>Splits a statement header "init; cond; post" at its SEMI tokens into the
    /// optional simple statements between them.</summary>
    private List<Stmt?> HeaderParts(ParserRuleContext ctx, Func<IParseTree, bool> stop)
    {
        var parts = new List<Stmt?> { null };
        foreach (var k in Kids(ctx).Skip(1).TakeWhile(k => !stop(k)))
        {
            if (IsTok(k, GoLexer.SEMI)) parts.Add(null);
            else if (IsRule(k, P.RULE_simpleStmtNoLit, P.RULE_simpleStmt)) parts[^1] = BuildSimpleStmt((ParserRuleContext)k);
        }
        return parts;
    }

    /// <summary>A header statement that must be an expression (an if condition, a for condition).</summary>
    private Expr? AsExpr(Stmt? s, string what)
    {
        switch (s)
        {
            case null: return null;
            case ExprStmt e: return e.X;
            default:
                _diagnostics.Report(s.Pos, $"syntax error: cannot use {ExprString.FormatStmt(s)} as value");
                return null;
        }
    }

    private Stmt BuildIf(P.IfStmtContext i)
    {
        var parts = HeaderParts(i, k => IsRule(k, P.RULE_block));
        Stmt? init = parts.Count > 1 ? parts[0] : null;
        var condStmt = parts[^1];
        var cond = AsExpr(condStmt, "if");
        if (cond == null && condStmt == null)
        {
            // As Go's parser (header): `if {` and `if x; {` lack a condition; `if x` followed by a
            // newline before `{` is a misplaced brace.
            var semi = i.SEMI();
            if (semi == null)
                _diagnostics.Report(PosOf(i.block(0)), "syntax error: missing condition in if statement");
            else if (semi.GetText() == ";")
                _diagnostics.Report(PosOf(semi), "syntax error: missing condition in if statement");
            else
                _diagnostics.Report(PosOf(semi), $"syntax error: unexpected {semi.GetText()}, expected {{ after if clause");
        }
        cond ??= new Name(PosOf(i.IF()), "_");
        var then = BuildBlock(i.block(0));
        Stmt? @else = i.ifStmt() is { } elseIf ? BuildIf(elseIf) : i.block().Length > 1 ? BuildBlock(i.block(1)) : null;
        return new IfStmt(PosOf(i.IF()), init, cond, then, @else);
    }

    private Stmt BuildSwitch(P.SwitchStmtContext sw)
    {
        var parts = HeaderParts(sw, k => IsTok(k, GoLexer.L_CURLY));
        Stmt? init = parts.Count > 1 ? parts[0] : null;
        var header = parts[^1];
        var pos = PosOf(sw.SWITCH());
        var rbrace = PosOf(sw.R_CURLY());

        // A type switch: `switch x.(type)` or `switch v := x.(type)`.
        Name? binding = null;
        TypeSwitchGuard? guard = null;
        if (header is ExprStmt { X: TypeSwitchGuard g }) guard = g;
        else if (header is AssignStmt { Define: true, Lhs: [Name b], Rhs: [TypeSwitchGuard g2] }) { guard = g2; binding = b; }

        if (guard != null)
        {
            _pendingGuards.Remove(guard);
            var clauses = sw.caseClause().Select(cc => BuildCaseClause(cc, asTypes: true)).ToImmutableArray();
            return new TypeSwitchStmt(pos, init, binding, guard.X, guard.Pos, clauses, rbrace);
        }
        var tag = AsExpr(header, "switch");
        var exprClauses = sw.caseClause().Select(cc => BuildCaseClause(cc, asTypes: false)).ToImmutableArray();
        return new SwitchStmt(pos, init, tag, exprClauses, rbrace);
    }

    private CaseClause BuildCaseClause(P.CaseClauseContext cc, bool asTypes)
    {
        var cases = cc.expressionList() is { } el ? BuildExprList(el) : ImmutableArray<Expr>.Empty;
        return new CaseClause(PosOf(cc.Start), cc.DEFAULT() != null, cases, PosOf(cc.COLON()), BuildStatementList(cc.statementList()));
    }

    private Stmt BuildFor(P.ForStmtContext f)
    {
        var pos = PosOf(f.FOR());
        var body = BuildBlock(f.block());
        var parts = HeaderParts(f, k => IsRule(k, P.RULE_block));
        if (parts.Count == 1)
        {
            if (parts[0] is RangeStmt r)
                return new RangeStmt(pos, r.RangePos, r.Key, r.Value, r.Define, r.X, body, r.Extra);
            return new ForStmt(pos, null, AsExpr(parts[0], "for"), null, body);
        }
        foreach (var part in parts)
            if (part is RangeStmt bad) _diagnostics.Report(bad.RangePos, "syntax error: unexpected range, expected expression");
        if (parts[2] is AssignStmt { Define: true } post)
            _diagnostics.Report(post.Pos, "syntax error: cannot declare in post statement of for loop");
        return new ForStmt(pos, parts[0], AsExpr(parts[1], "for"), parts[2], body);
    }

    // ---- expressions --------------------------------------------------------------------

    private ImmutableArray<Expr> BuildExprList(ParserRuleContext list) =>
        Kids(list).OfType<ParserRuleContext>().Select(BuildExpr).ToImmutableArray();

    private int _depth;

    /// <summary>Builds expression, primaryExpr, operand and their NoLit twins. Long operator
    /// chains (<c>a + b + c ...</c>) nest in the parse tree without nesting in the parser, so
    /// the depth is limited here too.</summary>
    public Expr BuildExpr(ParserRuleContext ctx)
    {
        if (++_depth > 4 * SyntaxTree.MaxNesting) throw new NestingTooDeepException(ctx.Start.StartIndex);
        try
        {
            return BuildExprCore(ctx);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// A binary expression and the binary expressions on its left (<c>a + b + c ...</c>, which
    /// the parse tree nests to the left), built in a loop: a flat chain is not nested in the
    /// source, so only its right operands count towards the nesting limit (Go accepts a chain
    /// of 100,000 terms).
    /// </summary>
    private Expr BuildBinaryChain(ParserRuleContext ctx)
    {
        var spine = new List<ParserRuleContext>();
        var left = ctx;
        while (left.RuleIndex is P.RULE_expression or P.RULE_expressionNoLit && left.ChildCount == 3 && left.GetChild(1) is ITerminalNode)
        {
            spine.Add(left);
            left = (ParserRuleContext)left.GetChild(0);
        }
        var x = BuildExpr(left);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            var op = ((ITerminalNode)spine[i].GetChild(1)).Symbol;
            x = new BinaryExpr(PosOf(op), BinaryOperator(op.Type), x, BuildExpr((ParserRuleContext)spine[i].GetChild(2)));
        }
        return x;
    }

    private Expr BuildExprCore(ParserRuleContext ctx)
    {
        switch (ctx.RuleIndex)
        {
            case P.RULE_expression:
            case P.RULE_expressionNoLit:
                if (ctx.ChildCount == 1) return BuildExpr((ParserRuleContext)ctx.GetChild(0));
                if (ctx.ChildCount == 2)
                {
                    var op = ((ITerminalNode)ctx.GetChild(0)).Symbol;
                    return new UnaryExpr(PosOf(op), UnaryOperator(op.Type), BuildExpr((ParserRuleContext)ctx.GetChild(1)));
                }
                return BuildBinaryChain(ctx);

            case P.RULE_primaryExpr:
            case P.RULE_primaryExprNoLit:
                if (ctx.ChildCount == 1) return BuildExpr((ParserRuleContext)ctx.GetChild(0));
                return BuildPostfix(BuildExpr((ParserRuleContext)ctx.GetChild(0)), (P.PostfixContext)ctx.GetChild(1));

            case P.RULE_operand:
            case P.RULE_operandNoLit:
                return BuildOperand(ctx);

            case P.RULE_element:
                {
                    var child = (ParserRuleContext)ctx.GetChild(0);
                    return child is P.LiteralValueContext lv ? BuildLiteralValue(null, lv) : BuildExpr(child);
                }

            default:
                return BuildType(ctx);
        }
    }

    private static Operator UnaryOperator(int type) => type switch
    {
        GoLexer.PLUS => Operator.Add,
        GoLexer.MINUS => Operator.Sub,
        GoLexer.EXCLAMATION => Operator.Not,
        GoLexer.CARET => Operator.Xor,
        GoLexer.STAR => Operator.Mul,
        GoLexer.AMPERSAND => Operator.And,
        _ => Operator.Arrow,
    };

    private static Operator BinaryOperator(int type) => type switch
    {
        GoLexer.PLUS => Operator.Add, GoLexer.MINUS => Operator.Sub, GoLexer.STAR => Operator.Mul,
        GoLexer.DIV => Operator.Quo, GoLexer.MOD => Operator.Rem, GoLexer.AMPERSAND => Operator.And,
        GoLexer.OR => Operator.Or, GoLexer.CARET => Operator.Xor, GoLexer.LSHIFT => Operator.Shl,
        GoLexer.RSHIFT => Operator.Shr, GoLexer.BIT_CLEAR => Operator.AndNot,
        GoLexer.LOGICAL_AND => Operator.LAnd, GoLexer.LOGICAL_OR => Operator.LOr,
        GoLexer.EQUALS => Operator.Eql, GoLexer.NOT_EQUALS => Operator.Neq, GoLexer.LESS => Operator.Lss,
        GoLexer.LESS_EQ => Operator.Leq, GoLexer.GREATER => Operator.Gtr, _ => Operator.Geq,
    };

    private Expr BuildOperand(ParserRuleContext ctx)
    {
        var first = ctx.GetChild(0);
        if (first is ITerminalNode t)
        {
            if (t.Symbol.Type == GoLexer.IDENT) return new Name(PosOf(t), t.GetText());
            // '(' expression ')'
            return new ParenExpr(PosOf(t), BuildExpr((ParserRuleContext)ctx.GetChild(1)));
        }
        switch (first)
        {
            case P.LiteralContext lit:
                return BuildLiteral(lit);
            case P.CompositeLitContext cl:
                return BuildLiteralValue(BuildLiteralType((ParserRuleContext)cl.GetChild(0)), cl.literalValue());
            case P.CompositeLitNoNameContext cl:
                return BuildLiteralValue(BuildLiteralType((ParserRuleContext)cl.GetChild(0)), cl.literalValue());
            case P.FunctionLitContext fl:
                return new FuncLit(PosOf(fl.FUNC()), BuildSignature(PosOf(fl.signature()), fl.signature()), BuildBlock(fl.block()));
            case P.TypeOperandContext to:
                {
                    var type = BuildType((ParserRuleContext)to.GetChild(0));
                    return to.literalValue() is { } lv ? BuildLiteralValue(type, lv) : type;
                }
            default:
                throw new InvalidOperationException($"unexpected operand {first.GetType().Name}");
        }
    }

    private BasicLit BuildLiteral(P.LiteralContext lit)
    {
        var tok = lit.Start;
        var pos = PosOf(tok);
        string text = tok.Text;
        switch (tok.Type)
        {
            case GoLexer.RUNE_LIT: return new BasicLit(pos, LitKind.Rune, text);
            case GoLexer.STRING_LIT:
            case GoLexer.RAW_STRING_LIT: return new BasicLit(pos, LitKind.String, text);
        }
        bool hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (text.EndsWith('i'))
        {
            Unsupported(pos, "complex numbers");
            return new BasicLit(pos, LitKind.Imag, text);
        }
        bool isFloat = text.Contains('.') || (!hex && text.IndexOfAny(['e', 'E']) >= 0) || (hex && text.IndexOfAny(['p', 'P']) >= 0);
        return new BasicLit(pos, isFloat ? LitKind.Float : LitKind.Int, text);
    }

    /// <summary>The type of a composite literal built by compositeLit: a name or <c>[...]T</c>.</summary>
    private Expr BuildLiteralType(ParserRuleContext ctx)
    {
        if (ctx is P.TypeNameContext tn) return BuildTypeName(tn);
        var ellipsis = (P.EllipsisArrayContext)ctx;
        return new ArrayType(PosOf(ellipsis.L_BRACKET()), null, BuildType(ellipsis.type_()));
    }

    private CompositeLit BuildLiteralValue(Expr? type, P.LiteralValueContext lv)
    {
        var elems = ImmutableArray.CreateBuilder<Expr>();
        foreach (var ke in lv.keyedElement())
        {
            var parts = ke.element();
            if (parts.Length == 2)
                elems.Add(new KeyValueExpr(PosOf(ke.COLON()), BuildExpr(parts[0]), BuildExpr(parts[1])));
            else
                elems.Add(BuildExpr(parts[0]));
        }
        return new CompositeLit(PosOf(lv.L_CURLY()), type, elems.ToImmutable(), PosOf(lv.R_CURLY()));
    }

    private Expr BuildPostfix(Expr x, P.PostfixContext p)
    {
        var kids = Kids(p).ToList();
        var open = ((ITerminalNode)kids[0]).Symbol;
        var pos = PosOf(open);
        switch (open.Type)
        {
            case GoLexer.DOT:
                if (p.IDENT() is { } sel) return new SelectorExpr(pos, x, new Name(PosOf(sel), sel.GetText()));
                if (p.TYPE() != null)
                {
                    var guard = new TypeSwitchGuard(pos, x);
                    _pendingGuards.Add(guard);
                    return guard;
                }
                return new AssertExpr(pos, x, BuildType(p.type_()));

            case GoLexer.L_BRACKET:
                if (p.COLON().Length == 0)
                {
                    var indexes = p.expression();
                    if (indexes.Length > 1) Unsupported(pos, "generics");
                    return new IndexExpr(pos, x, BuildExpr(indexes[0]));
                }
                else
                {
                    var slots = new Expr?[3];
                    int slot = 0;
                    foreach (var k in kids.Skip(1).Take(kids.Count - 2))
                    {
                        if (IsTok(k, GoLexer.COLON)) slot++;
                        else slots[slot] = BuildExpr((ParserRuleContext)k);
                    }
                    bool full = slot == 2;
                    if (full && slots[1] == null) _diagnostics.Report(PosOf(kids[^1]), "syntax error: middle index required in 3-index slice");
                    else if (full && slots[2] == null) _diagnostics.Report(PosOf(kids[^1]), "syntax error: final index required in 3-index slice");
                    return new SliceExpr(pos, x, slots[0], slots[1], slots[2], full);
                }

            default: // call
                {
                    var args = p.arguments();
                    var list = args == null ? ImmutableArray<Expr>.Empty : args.expression().Select(a => BuildExpr(a)).ToImmutableArray();
                    return new CallExpr(pos, x, list, args?.ELLIPSIS() != null, PosOf(kids[^1]));
                }
        }
    }

    /// <summary>The leftmost position of an expression (Go's syntax.StartPos), where type errors are reported.</summary>
    public static Pos StartPos(Node n)
    {
        while (true)
        {
            switch (n)
            {
                case BinaryExpr b: n = b.X; continue;
                case CallExpr c: n = c.Fun; continue;
                case SelectorExpr s: n = s.X; continue;
                case IndexExpr i: n = i.X; continue;
                case AssertExpr a: n = a.X; continue;
                case CompositeLit { Type: { } t }: n = t; continue;
                case SendStmt s: n = s.Chan; continue;
                case AssignStmt { Lhs.Length: > 0 } a: n = a.Lhs[0]; continue;
                default: return n.Pos;
            }
        }
    }
}
