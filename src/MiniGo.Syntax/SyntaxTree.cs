using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using MiniGo.Syntax.Generated;

namespace MiniGo.Syntax;

/// <summary>
/// The result of parsing one file: the AST (null when the file could not be parsed) and the
/// lexical and syntax errors, in Go's wording. Parsing runs ANTLR in SLL mode first, which is
/// fast and enough for nearly every program, and falls back to full LL only when SLL fails.
/// </summary>
public sealed class SyntaxTree
{
    /// <summary>How deeply rules may nest (parentheses, brackets, braces, operators, types)
    /// before MiniGo gives up with an error instead of risking a stack overflow.</summary>
    public const int MaxNesting = 10_000;

    public SourceFile Source { get; }
    public Ast.File? Root { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private SyntaxTree(SourceFile source, Ast.File? root, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Diagnostics = diagnostics;
    }

    public static SyntaxTree Parse(SourceFile source)
    {
        var diagnostics = new DiagnosticBag();
        foreach (int bom in source.BomIndices)
            diagnostics.Report(source.PosAt(bom), "invalid BOM in the middle of the file");
        var tokens = new CommonTokenStream(NewTokenSource(source, diagnostics));
        tokens.Fill(); // lex the whole file: Go reports every lexical error, not just those before a syntax error
        var parser = new DepthLimitedParser(tokens, MaxNesting);
        parser.RemoveErrorListeners();

        var declDiagnostics = new DiagnosticBag();
        var root = ParseByDeclaration(source, tokens, parser, declDiagnostics);
        if (root != null)
        {
            diagnostics.AddRange(declDiagnostics.Items);
        }
        else
        {
            tokens.Seek(0);
            parser.Reset();
            root = ParseWholeFile(source, tokens, parser, diagnostics);
        }

        var sorted = diagnostics.Items.OrderBy(d => d.Pos, Comparer<Pos>.Create(Pos.Compare)).ToImmutableArray();
        return new SyntaxTree(source, sorted.IsEmpty ? root : root, sorted);
    }

    /// <summary>
    /// The fast path for a correct file: SLL prediction, and the AST of each top-level
    /// declaration built as soon as it is parsed, so that its parse tree can be collected at
    /// once. Holding the parse tree of a whole 100,000-line file took about 250 MiB (see
    /// bench/README.md). The loop does what the grammar's <c>sourceFile</c> rule does
    /// (<c>packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF</c>).
    /// Returns null at the first problem of any kind (a syntax error, nesting too deep);
    /// the caller then parses the whole file again with <see cref="ParseWholeFile"/>, which
    /// decides the messages, so that they do not depend on this shortcut. Diagnostics of the
    /// AST builder go to <paramref name="diagnostics"/>, which the caller keeps only on success.
    /// </summary>
    private static Ast.File? ParseByDeclaration(SourceFile source, CommonTokenStream tokens, DepthLimitedParser parser, DiagnosticBag diagnostics)
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        parser.CountSourceFileRule();
        var builder = new AstBuilder(source, diagnostics, tokens);
        // Consumes a token of the sourceFile rule itself (a SEMI after a declaration).
        bool Skip(int type)
        {
            if (tokens.LA(1) != type) return false;
            tokens.Consume();
            return true;
        }
        try
        {
            var pkg = parser.packageClause();
            if (!Skip(GoLexer.SEMI)) return null;
            var imports = ImmutableArray.CreateBuilder<Ast.ImportDecl>();
            while (tokens.LA(1) == GoLexer.IMPORT)
            {
                builder.AddImports(parser.importDecl(), imports);
                if (!Skip(GoLexer.SEMI)) return null;
            }
            var decls = ImmutableArray.CreateBuilder<Ast.Decl>();
            while (tokens.LA(1) != TokenConstants.EOF)
            {
                builder.AddTopLevelDecl(parser.topLevelDecl(), decls);
                if (!Skip(GoLexer.SEMI)) return null;
            }
            return builder.FinishFile(pkg, imports, decls);
        }
        catch (ParseCanceledException)
        {
            return null;
        }
        catch (NestingTooDeepException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses the whole file into one parse tree, then builds the AST: SLL first, then full LL
    /// with Go's error messages when SLL fails. Used when <see cref="ParseByDeclaration"/> gave up.
    /// </summary>
    private static Ast.File? ParseWholeFile(SourceFile source, CommonTokenStream tokens, DepthLimitedParser parser, DiagnosticBag diagnostics)
    {
        GoParser.SourceFileContext? tree = null;
        Diagnostic? syntaxError = null;
        try
        {
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            tree = parser.sourceFile();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            var strategy = new GoSyntaxErrorStrategy(source);
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = strategy;
            try
            {
                tree = parser.sourceFile();
            }
            catch (ParseCanceledException)
            {
                syntaxError = strategy.Error;
                tree = null;
            }
        }
        catch (NestingTooDeepException deep)
        {
            syntaxError = deep.Diagnostic(source);
        }
        if (syntaxError == null && tree == null)
        {
            // Only reachable through the depth limit in the LL pass.
        }

        Ast.File? root = null;
        if (syntaxError != null)
        {
            diagnostics.Report(syntaxError.Pos, syntaxError.Message);
        }
        else if (tree != null)
        {
            try
            {
                root = new AstBuilder(source, diagnostics, tokens).BuildFile(tree);
            }
            catch (NestingTooDeepException deep)
            {
                diagnostics.Report(deep.Diagnostic(source).Pos, deep.Diagnostic(source).Message);
            }
        }

        return root;
    }

    /// <summary>The tokens the parser sees (semicolons inserted, trivia dropped), for <c>minigo tokens</c>.</summary>
    public static IReadOnlyList<IToken> Lex(SourceFile source, DiagnosticBag diagnostics)
    {
        var stream = new CommonTokenStream(NewTokenSource(source, diagnostics));
        stream.Fill();
        return stream.GetTokens().Where(t => t.Channel == TokenConstants.DefaultChannel).ToList();
    }

    private static SemicolonInserter NewTokenSource(SourceFile source, DiagnosticBag diagnostics)
    {
        var lexer = new GoLexer(CharStreams.fromString(source.Text));
        lexer.RemoveErrorListeners();
        return new SemicolonInserter(lexer, source, diagnostics);
    }
}

/// <summary>Raised when rules nest deeper than <see cref="SyntaxTree.MaxNesting"/>.</summary>
public sealed class NestingTooDeepException(int codePointIndex) : Exception("nesting too deep")
{
    public int CodePointIndex { get; } = codePointIndex;

    public Diagnostic Diagnostic(SourceFile source) =>
        new(source.PosAt(CodePointIndex), $"nesting too deep: MiniGo accepts at most {SyntaxTree.MaxNesting} nested levels of parentheses, brackets, braces, operators or types");
}

/// <summary>The generated parser, counting how deeply its rules nest.</summary>
internal sealed class DepthLimitedParser(ITokenStream input, int maxDepth) : GoParser(input)
{
    private int _depth;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        Deeper();
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        Deeper();
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }

    public override void UnrollRecursionContexts(ParserRuleContext parentctx)
    {
        _depth--;
        base.UnrollRecursionContexts(parentctx);
    }

    public override void Reset()
    {
        _depth = 0;
        base.Reset();
    }

    /// <summary>For rules called one at a time outside <c>sourceFile</c>: counts the
    /// <c>sourceFile</c> level they would be nested in, so that the limit is the same.</summary>
    public void CountSourceFileRule() => _depth = 1;

    // Each nesting level of the source costs about four rule levels (expression, primaryExpr, operand, ...).
    private void Deeper()
    {
        if (++_depth > 4 * maxDepth) throw new NestingTooDeepException(CurrentToken.StartIndex);
    }
}
