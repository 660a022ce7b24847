using Antlr4.Runtime;
using MiniGo.Syntax.Generated;

namespace MiniGo.Syntax;

/// <summary>
/// Go's automatic semicolon insertion (spec, "Semicolons"), as a layer between the ANTLR
/// lexer and the parser. When a line's last token is an identifier, a literal, one of the
/// keywords break, continue, fallthrough, return, or one of ++ -- ) ] }, a newline (or a
/// block comment spanning lines, or the end of the file) becomes a SEMI token. Its text is
/// "newline" or "EOF", which is how Go names it in messages ("unexpected newline"). Other
/// newlines and block comments are dropped: the parser sees only real tokens.
///
/// This layer also reports the lexical errors Go's scanner reports: malformed literals
/// (via <see cref="LiteralChecker"/>) and invalid characters, which it then skips, as Go does.
/// </summary>
public sealed class SemicolonInserter : ITokenSource
{
    private readonly GoLexer _lexer;
    private readonly SourceFile _file;
    private readonly DiagnosticBag _diagnostics;
    private IToken? _pending;
    private bool _nlsemi;

    public SemicolonInserter(GoLexer lexer, SourceFile file, DiagnosticBag diagnostics)
    {
        _lexer = lexer;
        _file = file;
        _diagnostics = diagnostics;
    }

    public IToken NextToken()
    {
        if (_pending != null)
        {
            var p = _pending;
            _pending = null;
            return p;
        }

        while (true)
        {
            IToken t = _lexer.NextToken();
            switch (t.Type)
            {
                case TokenConstants.EOF:
                    if (_nlsemi)
                    {
                        _nlsemi = false;
                        _pending = t;
                        return MakeSemi(t, "EOF");
                    }
                    return t;

                case GoLexer.NEWLINE:
                    if (_nlsemi)
                    {
                        _nlsemi = false;
                        return MakeSemi(t, "newline");
                    }
                    continue;

                case GoLexer.BLOCK_COMMENT:
                    if (!t.Text.EndsWith("*/", StringComparison.Ordinal) || t.Text.Length < 4)
                        _diagnostics.Report(_file.PosAt(t.StartIndex), "comment not terminated");
                    // A comment spanning lines acts like a newline.
                    if (_nlsemi && t.Text.Contains('\n'))
                    {
                        _nlsemi = false;
                        return MakeSemi(t, "newline");
                    }
                    continue;

                case GoLexer.INVALID_CHAR:
                    {
                        // A byte order mark is reported by SyntaxTree.Parse, wherever it is.
                        int r = SourceFile.CodePointAt(t.Text, 0);
                        if (r != 0xFEFF) _diagnostics.Report(_file.PosAt(t.StartIndex), $"invalid character {LiteralChecker.FormatRune(r)}");
                        continue;
                    }

                case GoLexer.IDENT:
                    if (HasNonAscii(t)) // rare: no token text is made for the others
                        foreach (var (offset, message) in IdentChecker.Check(t.Text))
                            _diagnostics.Report(SourceFile.Advance(_file.PosAt(t.StartIndex), offset), message);
                    break;

                case GoLexer.NUMBER:
                case GoLexer.RUNE_LIT:
                case GoLexer.STRING_LIT:
                case GoLexer.RAW_STRING_LIT:
                    foreach (var (offset, message) in LiteralChecker.Check(t.Type, t.Text, _file.CodePointAt(t.StopIndex + 1) == '\n'))
                        _diagnostics.Report(_file.PosAt(t.StartIndex + offset), message);
                    break;
            }

            _nlsemi = TriggersSemicolon(t.Type);
            return t;
        }
    }

    private bool HasNonAscii(IToken t)
    {
        for (int i = t.StartIndex; i <= t.StopIndex; i++)
            if (_file.CodePointAt(i) >= 0x80) return true;
        return false;
    }

    /// <summary>The spec's list of tokens after which a newline ends the statement.</summary>
    public static bool TriggersSemicolon(int type) => type switch
    {
        GoLexer.IDENT or GoLexer.NUMBER or GoLexer.RUNE_LIT or GoLexer.STRING_LIT or GoLexer.RAW_STRING_LIT => true,
        GoLexer.BREAK or GoLexer.CONTINUE or GoLexer.FALLTHROUGH or GoLexer.RETURN => true,
        GoLexer.PLUS_PLUS or GoLexer.MINUS_MINUS or GoLexer.R_PAREN or GoLexer.R_BRACKET or GoLexer.R_CURLY => true,
        _ => false,
    };

    private IToken MakeSemi(IToken at, string text)
    {
        var semi = new CommonToken(new Tuple<ITokenSource, ICharStream>(this, _lexer.InputStream as ICharStream ?? throw new InvalidOperationException()),
            GoLexer.SEMI, TokenConstants.DefaultChannel, at.StartIndex, at.StartIndex - 1)
        {
            Text = text,
            Line = at.Line,
            Column = at.Column,
        };
        return semi;
    }

    public int Line => _lexer.Line;
    public int Column => _lexer.Column;
    public ICharStream InputStream => (ICharStream)_lexer.InputStream;
    public string SourceName => _lexer.SourceName;
    public ITokenFactory TokenFactory { get => _lexer.TokenFactory; set => _lexer.TokenFactory = value; }
}
