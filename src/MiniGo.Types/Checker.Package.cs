using MiniGo.Syntax;

namespace MiniGo.Types;

public sealed partial class Checker
{
    private readonly IReadOnlyList<Syntax.Ast.File> _files;
    private readonly Package _pkg = new("main", "main");
    private readonly Info _info = new();
    private readonly List<Diagnostic> _errors = new();

    private Checker(IReadOnlyList<Syntax.Ast.File> files) => _files = files;

    private void CheckPackage()
    {
    }
}
