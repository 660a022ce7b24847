using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>The checked package: its objects, what the checker learned, and its errors
/// in the order they were reported.</summary>
public sealed record CheckResult(Package Package, Info Info, ImmutableArray<Diagnostic> Errors);

/// <summary>
/// The type checker, following Go's types2 (cmd/compile/internal/types2): it collects the
/// package-level objects, type-checks their declarations, then every function body, and
/// reports errors with types2's wording and positions.
/// </summary>
public sealed partial class Checker
{
    public static CheckResult Check(IReadOnlyList<Syntax.Ast.File> files)
    {
        var checker = new Checker(files);
        checker.CheckPackage();
        return new CheckResult(checker._pkg, checker._info, checker._errors.ToImmutableArray());
    }
}
