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

    /// <summary>Files longer than this (in characters) are lexed and parsed in two halves at
    /// once (see <see cref="ParseHalves"/>).</summary>
    public const int TwoThreadsFromChars = 400_000;

    /// <summary>Parses <paramref name="source"/>. A file longer than
    /// <paramref name="twoThreadsFromChars"/> characters is lexed and parsed by two threads;
    /// the result does not depend on it (tests pass 0 and int.MaxValue to check that).</summary>
    public static SyntaxTree Parse(SourceFile source, int twoThreadsFromChars = TwoThreadsFromChars)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(source.ByteErrors);
        foreach (int bom in source.BomIndices)
            diagnostics.Report(source.PosAt(bom), "invalid BOM in the middle of the file");
        if (source.Text.Length > twoThreadsFromChars && ParseHalves(source, diagnostics) is { } split)
            return new SyntaxTree(source, split, Sorted(diagnostics));

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

        return new SyntaxTree(source, root, Sorted(diagnostics));
    }

    private static ImmutableArray<Diagnostic> Sorted(DiagnosticBag diagnostics) =>
        diagnostics.Items.OrderBy(d => d.Pos, Comparer<Pos>.Create(Pos.Compare)).ToImmutableArray();

    /// <summary>
    /// A large file in two halves, each lexed and parsed by its own thread: the text is cut at
    /// the start of a line that begins with <c>func</c> near its middle, the first half is
    /// parsed as a file ending there, the second as a list of declarations (its lexer starts
    /// at the cut, on the right line). Null, with nothing reported, when the cut is not
    /// clean: a lexical error in either half (the cut may fall inside a raw string or a
    /// comment), or a half that does not parse (it may fall inside a declaration); the caller
    /// then parses the whole file on one thread, which decides every message.
    /// </summary>
    private static Ast.File? ParseHalves(SourceFile source, DiagnosticBag diagnostics)
    {
        int cut = FuncLineNearMiddle(source.Text);
        if (cut < 0) return null;
        var second = new SecondHalf(source, cut);
        var thread = new Thread(second.Run, WorkerStackSize);
        thread.Start();
        var lexical = new DiagnosticBag();
        var firstDiagnostics = new DiagnosticBag();
        Ast.File? first;
        try
        {
            var tokens = new CommonTokenStream(NewTokenSource(source, lexical, end: cut));
            tokens.Fill();
            var parser = new DepthLimitedParser(tokens, MaxNesting);
            parser.RemoveErrorListeners();
            first = ParseByDeclaration(source, tokens, parser, firstDiagnostics);
        }
        finally { thread.Join(); }
        second.Rethrow();
        if (first == null || lexical.Count > 0 || second.Decls is not { } rest || second.Lexical.Count > 0) return null;
        diagnostics.AddRange(firstDiagnostics.Items);
        diagnostics.AddRange(second.Diagnostics.Items);
        return new Ast.File(first.Pos, first.PackageName, first.Imports, first.Decls.AddRange(rest), source);
    }

    /// <summary>The index just after a newline that is followed by <c>func </c>, nearest the
    /// middle of the text, or -1.</summary>
    private static int FuncLineNearMiddle(string text)
    {
        int middle = text.Length / 2;
        int after = text.IndexOf("\nfunc ", middle, StringComparison.Ordinal);
        int before = middle > 0 ? text.LastIndexOf("\nfunc ", middle, StringComparison.Ordinal) : -1;
        int best = after < 0 ? before : before < 0 || after - middle < middle - before ? after : before;
        return best < 0 ? -1 : best + 1;
    }

    /// <summary>Stack of the second parsing thread: as large as the compiler thread's, since the
    /// parser recurses as deeply (see <see cref="MaxNesting"/>).</summary>
    private const int WorkerStackSize = 512 * 1024 * 1024;

    /// <summary>The declarations from a cut in the text to its end, lexed and parsed on their
    /// own thread with their own parser (and prediction cache, so that the two parsers share
    /// no mutable state).</summary>
    private sealed class SecondHalf(SourceFile source, int cut)
    {
        private Exception? _error;

        public DiagnosticBag Lexical { get; } = new();
        public DiagnosticBag Diagnostics { get; } = new();
        /// <summary>The declarations, or null when they could not be parsed this way.</summary>
        public ImmutableArray<Ast.Decl>? Decls { get; private set; }

        public void Run()
        {
            try
            {
                var tokens = new CommonTokenStream(NewTokenSource(source, Lexical, start: cut));
                tokens.Fill();
                var parser = new DepthLimitedParser(tokens, MaxNesting, ownPredictionCache: true);
                parser.RemoveErrorListeners();
                parser.Interpreter.PredictionMode = PredictionMode.SLL;
                parser.ErrorHandler = new BailErrorStrategy();
                parser.CountSourceFileRule();
                var builder = new AstBuilder(source, Diagnostics, tokens);
                var decls = ImmutableArray.CreateBuilder<Ast.Decl>();
                if (ParseDeclarations(parser, tokens, builder, decls))
                {
                    builder.ReportUnusedTypeGuards();
                    Decls = decls.ToImmutable();
                }
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
    private static Ast.File? ParseByDeclaration(SourceFile source, CommonTokenStream tokens, DepthLimitedParser parser, DiagnosticBag diagnostics)
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
            if (!ParseDeclarations(parser, tokens, builder, decls)) return null;
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
    /// Parses top-level declarations to the end of the tokens, building the AST of each one as
    /// soon as it is parsed. The loop does what the grammar's <c>sourceFile</c> rule does
    /// (<c>(topLevelDecl SEMI)* EOF</c>). False at a problem that is not an exception (a
    /// declaration not followed by a semicolon).
    /// </summary>
    private static bool ParseDeclarations(DepthLimitedParser parser, CommonTokenStream tokens, AstBuilder builder, ImmutableArray<Ast.Decl>.Builder decls)
    {
        while (tokens.LA(1) != TokenConstants.EOF)
        {
            builder.AddTopLevelDecl(parser.topLevelDecl(), decls);
            if (!SkipSemi(tokens)) return false;
        }
        return true;
    }

    /// <summary>Consumes the SEMI after a declaration (a token of the sourceFile rule itself).</summary>
    private static bool SkipSemi(CommonTokenStream tokens)
    {
        if (tokens.LA(1) != GoLexer.SEMI) return false;
        tokens.Consume();
        return true;
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
        return stream.GetTokens().ToList();
    }

    /// <summary>The tokens of the text from <paramref name="start"/> to <paramref name="end"/>
    /// (character indices; -1: the end). Token positions are the file's either way.</summary>
    private static SemicolonInserter NewTokenSource(SourceFile source, DiagnosticBag diagnostics, int start = 0, int end = -1)
    {
        var chars = CharStreams.fromString(end < 0 ? source.Text : source.Text[..end]);
        var lexer = new GoLexer(chars);
        lexer.RemoveErrorListeners();
        if (start > 0)
        {
            // ANTLR counts code points, and lines from 1.
            int lowSurrogates = 0;
            foreach (char c in source.Text.AsSpan(0, start)) if (char.IsLowSurrogate(c)) lowSurrogates++;
            chars.Seek(start - lowSurrogates);
            lexer.Line = 1 + source.Text.AsSpan(0, start).Count('\n');
            lexer.Column = 0;
        }
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

