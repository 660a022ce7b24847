using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using MiniGo.Syntax.Generated;

namespace MiniGo.Syntax;

/// <summary>
/// Stops the parse at the first syntax error and words it as Go's parser would
/// (cmd/compile/internal/syntax/parser.go, syntaxErrorAt): "syntax error: unexpected X",
/// followed by ", expected Y", " at end of statement", " in composite literal; possibly
/// missing comma or }", and so on, depending on where the parser was.
///
/// Go's parser recovers and may report more errors; MiniGo reports the first one only,
/// because ANTLR's recovery would not find the same follow-up errors as Go's.
/// </summary>
public sealed class GoSyntaxErrorStrategy : DefaultErrorStrategy
{
    private readonly SourceFile _file;

    public GoSyntaxErrorStrategy(SourceFile file) => _file = file;

    /// <summary>The first error, once the parse has been cancelled.</summary>
    public Diagnostic? Error { get; private set; }

    public override void Recover(Parser recognizer, RecognitionException e)
    {
        Record((GoParser)recognizer, e.OffendingToken ?? recognizer.CurrentToken, e.GetExpectedTokens() ?? recognizer.GetExpectedTokens());
        throw new ParseCanceledException(e);
    }

    public override IToken RecoverInline(Parser recognizer)
    {
        var e = new InputMismatchException(recognizer);
        Record((GoParser)recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
        throw new ParseCanceledException(e);
    }

    public override void Sync(Parser recognizer) { }

    private void Record(GoParser parser, IToken offending, IntervalSet expected)
    {
        if (Error != null) return;
        var pos = _file.PosAt(offending.Type == TokenConstants.EOF ? _file.CodePointCount : offending.StartIndex);
        Error = new Diagnostic(pos, "syntax error: " + Describe(parser, offending, expected));
    }

    private static string Describe(GoParser parser, IToken offending, IntervalSet expected)
    {
        string tok = TokenText(offending);
        var ctx = parser.Context;
        int rule = ctx?.RuleIndex ?? -1;
        bool isEof = offending.Type == TokenConstants.EOF;

        switch (rule)
        {
            case GoParser.RULE_literalValue when expected.Contains(GoLexer.R_CURLY) || expected.Contains(GoLexer.COMMA):
                return $"unexpected {tok} in composite literal; possibly missing comma or }}";
            case GoParser.RULE_arguments or GoParser.RULE_postfix when expected.Contains(GoLexer.R_PAREN) || expected.Contains(GoLexer.COMMA):
                return $"unexpected {tok} in argument list; possibly missing comma or )";
            case GoParser.RULE_parameters when expected.Contains(GoLexer.R_PAREN) || expected.Contains(GoLexer.COMMA):
                return $"unexpected {tok} in parameter list; possibly missing comma or )";
            case GoParser.RULE_statementList or GoParser.RULE_block or GoParser.RULE_caseClause:
                if (isEof) return "unexpected EOF, expected }";
                // Go's blockStmt: "{" missing after a for or if header.
                if (rule == GoParser.RULE_block && expected.Count == 1 && expected.Contains(GoLexer.L_CURLY) && ctx!.Parent is ParserRuleContext { RuleIndex: GoParser.RULE_forStmt or GoParser.RULE_ifStmt } header)
                    return $"unexpected {tok}, expected {{ after {(header.RuleIndex == GoParser.RULE_forStmt ? "for" : "if")} clause";
                // Go's stmtList stops at a token that starts no statement (`else` on its own
                // line); the block then wants its "}". After a statement it is "at end of statement".
                if (offending.TokenIndex > 0 && ((ITokenStream)parser.InputStream).Get(offending.TokenIndex - 1).Type == GoLexer.SEMI)
                    return $"unexpected {tok}, expected }}";
                if (expected.Contains(GoLexer.SEMI) || expected.Contains(GoLexer.R_CURLY))
                    return $"unexpected {tok} at end of statement";
                break;
            case GoParser.RULE_sourceFile:
                if (isEof) return "unexpected EOF, expected }";
                if (expected.Contains(GoLexer.SEMI) && !expected.Contains(GoLexer.FUNC))
                    return $"unexpected {tok} after top level declaration";
                if (offending.Type == GoLexer.L_CURLY)
                    return "unexpected semicolon or newline before {";
                if (expected.Contains(GoLexer.FUNC) || expected.Contains(GoLexer.IMPORT))
                    return "non-declaration statement outside function body";
                break;
            case GoParser.RULE_importDecl or GoParser.RULE_importSpec when !expected.Contains(GoLexer.R_PAREN) || expected.Contains(GoLexer.STRING_LIT):
                return "missing import path";
        }

        // At the top level only declarations may follow (Go's fileOrNil).
        if (expected.Count == 1 && expected.Contains(TokenConstants.EOF) && !isEof)
            return offending.Type == GoLexer.L_CURLY ? "unexpected semicolon or newline before {" : "non-declaration statement outside function body";
        if (expected.Count == 1)
            return $"unexpected {tok}, expected {ExpectedText(expected.MinElement)}";
        if (expected.Contains(GoLexer.NUMBER) && expected.Contains(GoLexer.IDENT))
            return $"unexpected {tok}, expected expression";
        if (expected.Contains(GoLexer.IDENT) && expected.Contains(GoLexer.L_BRACKET) && expected.Contains(GoLexer.MAP))
            return $"unexpected {tok}, expected type";
        if (expected.Contains(GoLexer.IDENT) && expected.Count <= 2)
            return $"unexpected {tok}, expected name";
        return $"unexpected {tok}";
    }

    /// <summary>How Go names the current token in "unexpected X".</summary>
    public static string TokenText(IToken t) => t.Type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.SEMI => t.Text == ";" ? "semicolon" : t.Text,
        GoLexer.NUMBER or GoLexer.RUNE_LIT or GoLexer.STRING_LIT or GoLexer.RAW_STRING_LIT => "literal " + t.Text,
        GoLexer.COMMA => "comma",
        _ => t.Text,
    };

    private static string ExpectedText(int type) => type switch
    {
        GoLexer.COMMA => "comma",
        GoLexer.SEMI => "semicolon or newline",
        GoLexer.IDENT => "name",
        _ => GoLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? GoLexer.DefaultVocabulary.GetSymbolicName(type),
    };
}
