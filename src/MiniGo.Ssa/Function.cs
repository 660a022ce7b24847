using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>
/// One Go function, method, function literal or synthetic wrapper in SSA form (go/ssa's
/// Function). Blocks[0] is the entry. An imported function (fmt.Println) has no blocks.
/// </summary>
public sealed class Function : Value
{
    public Func? Object { get; }
    public Signature Signature { get; }
    public List<Parameter> Params { get; } = new();
    public List<FreeVar> FreeVars { get; } = new();
    public List<BasicBlock> Blocks { get; } = new();
    /// <summary>Allocs of local variables and composite literals, in creation order.</summary>
    public List<Alloc> Locals { get; } = new();
    /// <summary>The function literals defined in this function (<c>f$1</c>, <c>f$2</c>, ...).</summary>
    public List<Function> AnonFuncs { get; } = new();
    public Function? Parent { get; set; }
    /// <summary>Non-empty for wrappers MiniGo makes itself, e.g. "bound method wrapper for ...".</summary>
    public string Synthetic { get; set; } = "";
    /// <summary>The FuncDecl or FuncLit the body came from (null for synthetic and imported functions).</summary>
    public Node? Syntax { get; }
    /// <summary>Package path for imported functions (printed as fmt.Println).</summary>
    public string PackagePath { get; set; } = "main";
    public bool IsExternal => Blocks.Count == 0 && Synthetic == "" && Syntax == null;

    /// <summary>Every assignment of a value to a source variable, in build order. A promoted
    /// variable has no Store to mark <c>y := x</c>; escape analysis reads the flow here.</summary>
    public List<VarDef> VarDefs { get; } = new();

    public Function(string name, Signature sig, Func? obj, Node? syntax, Pos pos)
    {
        Name = name; Signature = sig; Type = sig; Object = obj; Syntax = syntax; Pos = pos; Source = syntax;
    }

    public override string RelName => PackagePath == "main" ? Name : $"{PackagePath}.{Name}";

    /// <summary>go/ssa's Function.String: main.f, (*main.T).M.</summary>
    public string FullName
    {
        get
        {
            if (Name.StartsWith("(*", StringComparison.Ordinal)) return "(*main." + Name[2..];
            if (Name.StartsWith('(')) return "(main." + Name[1..];
            return $"{PackagePath}.{Name}";
        }
    }

    public BasicBlock NewBlock(string comment)
    {
        var b = new BasicBlock(this, Blocks.Count, comment);
        Blocks.Add(b);
        return b;
    }

    /// <summary>Gives every value instruction its name t0, t1, ... in block order.</summary>
    public void NumberRegisters()
    {
        int n = 0;
        for (int i = 0; i < Blocks.Count; i++) Blocks[i].Index = i;
        foreach (var b in Blocks)
            foreach (var instr in b.Instrs)
                if (instr.IsValue) instr.Name = "t" + n++;
    }

    public override string ToString() => FullName;
}

/// <summary>An assignment <c>Target = Value</c> made at <c>Source</c> (a := or =, a range
/// clause, a parameter binding...).</summary>
public readonly record struct VarDef(Var Target, Value Value, Node? Source, Pos Pos);

/// <summary>A basic block: phis first, one control instruction (If, Jump, Return, Panic) last.</summary>
public sealed class BasicBlock
{
    public BasicBlock(Function parent, int index, string comment) { Parent = parent; Index = index; Comment = comment; }
    public Function Parent { get; }
    public int Index { get; set; }
    /// <summary>Why the block exists: entry, if.then, for.loop, ... (go/ssa's comments).</summary>
    public string Comment { get; }
    public List<Instruction> Instrs { get; } = new();
    public List<BasicBlock> Preds { get; } = new();
    public List<BasicBlock> Succs { get; } = new();

    public Instruction? Last => Instrs.Count > 0 ? Instrs[^1] : null;

    public override string ToString() => Index.ToString();
}
