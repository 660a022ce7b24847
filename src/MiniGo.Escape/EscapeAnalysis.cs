using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using SsaValue = MiniGo.Ssa.Value;
using SsaConst = MiniGo.Ssa.Const;

namespace MiniGo.Escape;

/// <summary>One -m line: <c>POS: TEXT</c>.</summary>
public sealed record EscapeMessage(Pos Pos, string Text)
{
    public override string ToString() => $"{Pos}: {Text}";
}

/// <summary>
/// Go 1.22's escape analysis (cmd/compile/internal/escape) over MiniGo's SSA form: a graph of
/// locations with deref-counted edges, solved per batch of mutually recursive functions
/// (callees first), with Go's -m messages in Go's order. Sets <see cref="Alloc.Heap"/>.
/// </summary>
public static class EscapeAnalysis
{
    /// <summary>Analyses the package and returns the -m messages (without the header line).</summary>
    /// <param name="explain">-m=2: also print Go's flow explanations and the other -m=2 lines.</param>
    public static List<EscapeMessage> Run(SsaProgram prog, Info info, bool explain = false)
    {
        var a = new Analyzer(prog, info, explain);
        a.Run();
        return a.Messages;
    }

    /// <summary>The text <c>go build -gcflags='-m -l'</c> prints: nothing without messages.</summary>
    public static string Format(List<EscapeMessage> messages)
    {
        if (messages.Count == 0) return "";
        var sb = new System.Text.StringBuilder("# command-line-arguments\n");
        foreach (var m in messages) sb.Append(m).Append('\n');
        return sb.ToString();
    }

    // ------------------------------------------------------------------ type predicates

    internal static bool HasPointers(GoType t) => t.Underlying switch
    {
        Basic b => b.IsString || b.Kind == BasicKind.UnsafePointer || b.Kind == BasicKind.UntypedNil,
        Types.Array a => a.Len > 0 && HasPointers(a.Elem),
        Struct s => s.Fields.Any(f => HasPointers(f.Type!)),
        Types.Tuple tu => tu.Vars.Any(v => HasPointers(v.Type!)),
        _ => true,
    };

    internal static bool IsDirectIface(GoType t) => t.Underlying switch
    {
        Pointer or Chan or Map or Signature => true,
        Basic b => b.Kind == BasicKind.UnsafePointer,
        Struct s => s.Fields.Length == 1 && IsDirectIface(s.Fields[0].Type!),
        Types.Array a => a.Len == 1 && IsDirectIface(a.Elem),
        _ => false,
    };

    internal static bool IsInterface(GoType t) => t.Underlying is Interface;
}

internal sealed partial class Analyzer
{
    private readonly SsaProgram _prog;
    private readonly Info _info;
    public readonly List<EscapeMessage> Messages = new();
    private readonly Dictionary<Func, Function> _funcs = new(ReferenceEqualityComparer.Instance);
    /// <summary>Parameter tags of analysed functions, receiver first.</summary>
    private readonly Dictionary<Function, Leaks[]> _tags = new(ReferenceEqualityComparer.Instance);
    private readonly List<EscapeMessage> _devirt = new();

    public Analyzer(SsaProgram prog, Info info, bool explain = false)
    {
        _prog = prog; _info = info; _explain = explain;
        foreach (var f in prog.Functions)
            if (f.Object != null) _funcs[f.Object] = f;
    }

    public void Run()
    {
        // The package initializer (global variables' initial values) is analysed first.
        var tops = _prog.Functions.Where(f => f.Synthetic == "package initializer")
            .Concat(_prog.Functions.Where(f => f.Syntax is FuncDecl)).ToList();
        foreach (var batch in BottomUp(tops)) AnalyzeBatch(batch);
        Messages.InsertRange(0, _devirt);
    }

    // ------------------------------------------------------------------ call graph

    private static IEnumerable<Function> WithClosures(Function f)
    {
        yield return f;
        foreach (var a in f.AnonFuncs)
            foreach (var x in WithClosures(a)) yield return x;
    }

    /// <summary>Top-level functions referred to by f's body (closures included), in order.</summary>
    private IEnumerable<Function> Refs(Function f)
    {
        foreach (var fn in WithClosures(f))
            foreach (var b in fn.Blocks)
                foreach (var ins in b.Instrs)
                    foreach (var op in ins.Operands)
                    {
                        if (op is Function g)
                        {
                            if (g.Syntax is FuncDecl) yield return g;
                            else if (g.Synthetic != "" && g.Object == null) { var m = WrappedMethod(g); if (m != null) yield return m; }
                        }
                        else if (op is MakeClosure mc && mc.Fn.Synthetic != "") { var m = WrappedMethod(mc.Fn); if (m != null) yield return m; }
                    }
    }

    private Function? WrappedMethod(Function w)
    {
        foreach (var b in w.Blocks)
            foreach (var ins in b.Instrs)
                if (ins is CallInstruction c && c.Call.Mode == CallMode.Static && c.Call.Callee is Function g && g.Syntax is FuncDecl) return g;
        return null;
    }

    /// <summary>ir.VisitFuncsBottomUp: Tarjan's SCCs in Go's visiting order.</summary>
    private List<List<Function>> BottomUp(List<Function> tops)
    {
        var result = new List<List<Function>>();
        var id = new Dictionary<Function, int>(ReferenceEqualityComparer.Instance);
        var stack = new List<Function>();
        int gen = 0;
        int Visit(Function n)
        {
            if (id.TryGetValue(n, out int x)) return x;
            gen++;
            int myId = gen;
            id[n] = myId;
            gen++;
            int min = gen;
            stack.Add(n);
            foreach (var r in Refs(n))
            {
                int m = Visit(r);
                if (m < min) min = m;
            }
            if (min == myId || min == myId + 1)
            {
                int i;
                for (i = stack.Count - 1; i >= 0; i--)
                {
                    id[stack[i]] = int.MaxValue;
                    if (ReferenceEquals(stack[i], n)) break;
                }
                result.Add(stack.GetRange(i, stack.Count - i));
                stack.RemoveRange(i, stack.Count - i);
            }
            return min;
        }
        foreach (var t in tops) Visit(t);
        return result;
    }
}
