using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;
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

    /// <summary>Files with more tokens than this are parsed in two halves at once (see
    /// <see cref="ParseDeclarations"/>).</summary>
    public const int TwoThreadsFromTokens = 40_000;

    /// <summary>Parses <paramref name="source"/>. A file with more than
    /// <paramref name="twoThreadsFromTokens"/> tokens has its declarations parsed by two threads;
    /// the result does not depend on it (tests pass 0 and int.MaxValue to check that).</summary>
    public static SyntaxTree Parse(SourceFile source, int twoThreadsFromTokens = TwoThreadsFromTokens)
    {
        var diagnostics = new DiagnosticBag();
        foreach (int bom in source.BomIndices)
            diagnostics.Report(source.PosAt(bom), "invalid BOM in the middle of the file");
        var tokens = new CommonTokenStream(NewTokenSource(source, diagnostics));
        tokens.Fill(); // lex the whole file: Go reports every lexical error, not just those before a syntax error
        var parser = new DepthLimitedParser(tokens, MaxNesting);
        parser.RemoveErrorListeners();

        var declDiagnostics = new DiagnosticBag();
        var root = ParseByDeclaration(source, tokens, parser, declDiagnostics, twoThreadsFromTokens);
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
    /// (<c>packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF</c>). A large file's
    /// declarations are parsed in two halves at once, the second half on another thread (the
    /// machine has more than one core, and parsing was the largest pass on a large file).
    /// Returns null at the first problem of any kind (a syntax error, nesting too deep);
    /// the caller then parses the whole file again with <see cref="ParseWholeFile"/>, which
    /// decides the messages, so that they do not depend on this shortcut. Diagnostics of the
    /// AST builder go to <paramref name="diagnostics"/>, which the caller keeps only on success.
    /// </summary>
    private static Ast.File? ParseByDeclaration(SourceFile source, CommonTokenStream tokens, DepthLimitedParser parser, DiagnosticBag diagnostics, int twoThreadsFromTokens)
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        parser.CountSourceFileRule();
        var builder = new AstBuilder(source, diagnostics, tokens);
        try
        {
            var pkg = parser.packageClause();
            if (!SkipSemi(tokens)) return null;
            var imports = ImmutableArray.CreateBuilder<Ast.ImportDecl>();
            while (tokens.LA(1) == GoLexer.IMPORT)
            {
                builder.AddImports(parser.importDecl(), imports);
                if (!SkipSemi(tokens)) return null;
            }
            var decls = ImmutableArray.CreateBuilder<Ast.Decl>();
            int eof = tokens.Size - 1;
            int split = eof - tokens.Index > twoThreadsFromTokens ? MiddleDeclarationStart(tokens) : -1;
            if (split < 0)
                return ParseDeclarations(parser, tokens, builder, decls, eof) ? builder.FinishFile(pkg, imports, decls) : null;

            // The second half on another thread: its own parser, builder and diagnostics,
            // reading the same tokens through a stream of its own.
            var rest = new DeclarationHalf(source, new SharedTokenStream(tokens), split);
            var thread = new Thread(rest.Run, WorkerStackSize);
            thread.Start();
            bool ok;
            try { ok = ParseDeclarations(parser, tokens, builder, decls, split); }
            finally { thread.Join(); }
            rest.Rethrow();
            if (!ok || rest.Decls is not { } restDecls) return null;
            decls.AddRange(restDecls);
            diagnostics.AddRange(rest.Diagnostics.Items);
            builder.AddPendingGuards(rest.Builder);
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

    /// <summary>Stack of the second parsing thread: as large as the compiler thread's, since the
    /// parser recurses as deeply (see <see cref="MaxNesting"/>).</summary>
    private const int WorkerStackSize = 512 * 1024 * 1024;

    /// <summary>
    /// Parses top-level declarations until the token at index <paramref name="end"/>, building
    /// the AST of each one as soon as it is parsed. The loop does what the grammar's
    /// <c>sourceFile</c> rule does (<c>(topLevelDecl SEMI)* EOF</c>). False at a problem
    /// that is not an exception (a declaration not followed by a semicolon).
    /// </summary>
    private static bool ParseDeclarations(DepthLimitedParser parser, CommonTokenStream tokens, AstBuilder builder, ImmutableArray<Ast.Decl>.Builder decls, int end)
    {
        while (tokens.Index < end && tokens.LA(1) != TokenConstants.EOF)
        {
            builder.AddTopLevelDecl(parser.topLevelDecl(), decls);
            if (!SkipSemi(tokens)) return false;
        }
        return tokens.Index == end || tokens.LA(1) == TokenConstants.EOF;
    }

    /// <summary>Consumes the SEMI after a declaration (a token of the sourceFile rule itself).</summary>
    private static bool SkipSemi(CommonTokenStream tokens)
    {
        if (tokens.LA(1) != GoLexer.SEMI) return false;
        tokens.Consume();
        return true;
    }

    /// <summary>
    /// The index of the token that starts the top-level declaration nearest the middle of
    /// the declarations, or -1. A declaration starts at a token that follows a SEMI outside
    /// every (), [] and {}; in a file with unbalanced brackets the guess may be wrong, the
    /// parse then fails and the whole file is parsed again (see <see cref="Parse"/>).
    /// </summary>
    private static int MiddleDeclarationStart(CommonTokenStream tokens)
    {
        var all = tokens.GetTokens();
        int from = tokens.Index, middle = (from + all.Count) / 2, depth = 0;
        bool afterSemi = false;
        for (int i = from; i < all.Count; i++)
        {
            var t = all[i];
            if (t.Channel != TokenConstants.DefaultChannel) continue;
            if (i >= middle && depth == 0 && afterSemi && t.Type != TokenConstants.EOF) return i;
            switch (t.Type)
            {
                case GoLexer.L_PAREN: case GoLexer.L_BRACKET: case GoLexer.L_CURLY: depth++; break;
                case GoLexer.R_PAREN: case GoLexer.R_BRACKET: case GoLexer.R_CURLY: depth--; break;
            }
            afterSemi = t.Type == GoLexer.SEMI;
        }
        return -1;
    }

    /// <summary>The declarations from a token index to the end of the file, parsed on their own
    /// thread with their own parser (and their own prediction cache, so that the two parsers
    /// share no mutable state).</summary>
    private sealed class DeclarationHalf
    {
        private readonly CommonTokenStream _tokens;
        private readonly int _start;
        private Exception? _error;

        public DeclarationHalf(SourceFile source, CommonTokenStream tokens, int start)
        {
            _tokens = tokens;
            _start = start;
            Builder = new AstBuilder(source, Diagnostics, tokens);
        }

        public DiagnosticBag Diagnostics { get; } = new();
        public AstBuilder Builder { get; }
        /// <summary>The declarations, or null when they could not be parsed this way.</summary>
        public ImmutableArray<Ast.Decl>? Decls { get; private set; }

        public void Run()
        {
            try
            {
                var parser = new DepthLimitedParser(_tokens, MaxNesting, ownPredictionCache: true);
                parser.RemoveErrorListeners();
                parser.Interpreter.PredictionMode = PredictionMode.SLL;
                parser.ErrorHandler = new BailErrorStrategy();
                parser.CountSourceFileRule();
                _tokens.Seek(_start);
                var decls = ImmutableArray.CreateBuilder<Ast.Decl>();
                if (ParseDeclarations(parser, _tokens, Builder, decls, _tokens.Size - 1))
                    Decls = decls.ToImmutable();
            }
            catch (ParseCanceledException) { }
            catch (NestingTooDeepException) { }
            catch (Exception e) { _error = e; }
        }

        /// <summary>Raises on the calling thread what the parsing thread could not handle.</summary>
        public void Rethrow()
        {
            if (_error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_error).Throw();
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
internal sealed class DepthLimitedParser : GoParser
{
    private readonly int maxDepth;
    private int _depth;

    /// <param name="ownPredictionCache">Give this parser its own DFA and context cache instead
    /// of the ones all GoParsers share, for a parser that runs alongside another.</param>
    public DepthLimitedParser(ITokenStream input, int maxDepth, bool ownPredictionCache = false) : base(input)
    {
        this.maxDepth = maxDepth;
        if (ownPredictionCache)
        {
            var dfa = new DFA[_ATN.NumberOfDecisions];
            for (int i = 0; i < dfa.Length; i++) dfa[i] = new DFA(_ATN.GetDecisionState(i), i);
            Interpreter = new ParserATNSimulator(this, _ATN, dfa, new PredictionContextCache());
        }
    }

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

/// <summary>A second cursor over the tokens of a stream that has read the whole file, so that
/// two parsers can read the same tokens at once (only reading: the list is not changed).</summary>
internal sealed class SharedTokenStream : CommonTokenStream
{
    public SharedTokenStream(CommonTokenStream filled) : base(filled.TokenSource)
    {
        tokens = filled.GetTokens();
        fetchedEOF = true;
    }
}
