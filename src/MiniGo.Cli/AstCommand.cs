using MiniGo.Compiler;
using MiniGo.Syntax;

namespace MiniGo.Cli;

/// <summary><c>minigo ast FILE.go...|DIR</c>: the syntax tree of each file, every node with
/// Go's line:column.</summary>
public static class AstCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        var files = SourceFiles.Load(args, "ast", stderr, wd);
        if (files == null) return 2;
        return SourceFiles.ShowEach(files, stdout, stderr, file =>
        {
            var tree = Compilation.RunWithLargeStack(() => SyntaxTree.Parse(file));
            if (tree.Root != null) AstPrinter.Print(tree.Root, stdout);
            return tree.Diagnostics;
        });
    }
}
