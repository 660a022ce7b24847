using Antlr4.Runtime;
using MiniGo.Syntax;
using MiniGo.Syntax.Generated;

namespace MiniGo.Cli;

/// <summary><c>minigo tokens FILE.go...|DIR</c>: the tokens the parser sees, one per line
/// (<c>LINE:COL kind text</c>), with the semicolons Go inserts shown as <c>; (newline)</c>.</summary>
public static class TokensCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var files = SourceFiles.Load(args, "tokens", stderr, wd);
        if (files == null) return 2;
        return SourceFiles.ShowEach(files, stdout, stderr, file =>
        {
            var diagnostics = new DiagnosticBag();
            foreach (var t in SyntaxTree.Lex(file, diagnostics))
            {
                var pos = file.PosAt(t.Type == TokenConstants.EOF ? file.CodePointCount : t.StartIndex);
                string kind = t.Type == TokenConstants.EOF ? "EOF" : GoLexer.DefaultVocabulary.GetSymbolicName(t.Type);
                string text = t.Type == TokenConstants.EOF ? "" : t.Text;
                if (t.Type == GoLexer.SEMI && text != ";") text = $"; ({text})";
                stdout.WriteLine($"{pos.Line}:{pos.Col}\t{kind}\t{text}");
            }
            return diagnostics.Items;
        });
    }
}
