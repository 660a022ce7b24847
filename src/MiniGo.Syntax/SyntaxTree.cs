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

        var sorted = diagnostics.Items.OrderBy(d => d.Pos, Comparer<Pos>.Create(Pos.Compare)).ToImmutableArray();
        return new SyntaxTree(source, sorted.IsEmpty ? root : root, sorted);
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

    // Each nesting level of the source costs about four rule levels (expression, primaryExpr, operand, ...).
    private void Deeper()
    {
        if (++_depth > 4 * maxDepth) throw new NestingTooDeepException(CurrentToken.StartIndex);
    }
}
