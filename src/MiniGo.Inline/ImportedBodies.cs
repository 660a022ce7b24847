using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Inline;

/// <summary>
/// The inline bodies Go's export data gives for the imported functions MiniGo can copy into a
/// caller (errors/errors.go):
/// <code>
/// func New(text string) error { return &amp;errorString{text} }
/// func (e *errorString) Error() string { return e.s }
/// </code>
/// Built fresh for every call, at the call's position (an imported body has no position of its
/// own in the program), with Go's package-qualified names (<c>errors.text</c>).
/// fmt's inlinable functions call fmt.Fprint* on os.Stdout, which MiniGo does not model yet:
/// their calls stay calls, which gives the same -m lines.
/// </summary>
internal static class ImportedBodies
{
    public static bool Has(string name) => name is "errors.New" or "errors.(*errorString).Error";

    /// <summary>The parameters (receiver first), the result types and the body of an imported callee.</summary>
    public static (ImmutableArray<Name> Params, ImmutableArray<GoType> Results, BlockStmt Body) Build(string name, Pos at, Info info, Func<Pos, string, GoType, Name> declare)
    {
        var errorStringPtr = (Pointer)ImportedFuncs.ErrorStringPtr;
        var errorString = (Named)errorStringPtr.Elem;
        switch (name)
        {
            case "errors.New":
                {
                    var text = declare(at, "errors.text", Universe.String);
                    var use = Use(text, at, info);
                    var typeName = new Name(at, "errors.errorString");
                    info.Types[typeName] = new TypeAndValue(OperandMode.TypeExpr, errorString, null);
                    var lit = new CompositeLit(at, typeName, [use], at);
                    info.Types[lit] = new TypeAndValue(OperandMode.Value, errorString, null);
                    var amp = new UnaryExpr(at, Operator.And, lit);
                    info.Types[amp] = new TypeAndValue(OperandMode.Value, errorStringPtr, null);
                    var ret = new ReturnStmt(at, [amp]);
                    return ([text], [Universe.ErrorType], new BlockStmt(at, [ret], at));
                }
            case "errors.(*errorString).Error":
                {
                    var e = declare(at, "errors.e", errorStringPtr);
                    var x = Use(e, at, info);
                    var field = ((Struct)errorString.Underlying).Fields[0];
                    var sel = new Name(at, "s");
                    info.Uses[sel] = field;
                    var s = new SelectorExpr(at, x, sel);
                    info.Types[s] = new TypeAndValue(OperandMode.Variable, Universe.String, null);
                    info.Selections[s] = new Selection(SelectionKind.FieldVal, errorStringPtr, field, 0, Indirect: true);
                    var ret = new ReturnStmt(at, [s]);
                    return ([e], [Universe.String], new BlockStmt(at, [ret], at));
                }
            default:
                throw new InvalidOperationException($"no inline body for {name}");
        }
    }

    private static Name Use(Name def, Pos at, Info info)
    {
        var v = (Var)info.Defs[def]!;
        var use = new Name(at, def.Value);
        info.Uses[use] = v;
        info.Types[use] = new TypeAndValue(OperandMode.Variable, v.Type!, null);
        return use;
    }
}
