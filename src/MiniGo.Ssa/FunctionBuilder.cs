using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Ssa;

/// <summary>
/// Builds one function straight from the AST with the algorithm of Braun et al., "Simple and
/// Efficient Construction of Static Single Assignment Form" (CC 2013):
/// <list type="bullet">
/// <item>each variable has a current definition per block (<see cref="WriteVariable"/>);</item>
/// <item>a read in a block without definition looks into the predecessors
/// (<see cref="ReadVariable"/>), placing a phi where they may disagree;</item>
/// <item>a block is <i>sealed</i> once all its predecessors are known; before that a read
/// places an <i>incomplete</i> phi whose operands are filled in when the block is sealed;</item>
/// <item>a phi whose operands are all the same value (or itself) is trivial and is replaced
/// by that value, recursively for the phis that used it.</item>
/// </list>
/// A variable that stays in memory is tracked the same way, but its "value" is the address
/// of its cell (an Alloc, a FreeVar, or a phi of Allocs when Go 1.22 gives each loop
/// iteration a fresh copy); reads and writes then go through Load and Store.
/// </summary>
internal sealed partial class FunctionBuilder
{
    private readonly Builder _b;
    private readonly Function _fn;
    private readonly Info _info;
    private BasicBlock? _current;
    // Braun et al.: currentDef[variable][block], incomplete phis, sealed blocks.
    private readonly Dictionary<object, Dictionary<BasicBlock, Value>> _currentDef = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BasicBlock, List<(object Key, Phi Phi)>> _incomplete = new();
    private readonly HashSet<BasicBlock> _sealed = new();
    private readonly Dictionary<Var, int> _declDepth = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _byValueFree = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Var> _byRefFree = new(ReferenceEqualityComparer.Instance);
    private readonly List<(BasicBlock Break, BasicBlock? Continue)> _targets = new();
    private int _loopDepth;
    private bool _hasDefer;
    private List<Var> _namedResults = new();

    /// <summary>A compiler temporary tracked like a variable (a range index, the result of
    /// <c>&amp;&amp;</c>); its phis carry no Go variable.</summary>
    private sealed class Temp(string name, GoType type)
    {
        public string Name { get; } = name;
        public GoType Type { get; } = type;
    }

    public FunctionBuilder(Builder b, Function fn) { _b = b; _fn = fn; _info = b.Info; }

    // ---------------------------------------------------------------- variables

    /// <summary>Whether reads and writes of v go through memory in this function.</summary>
    private bool InMemory(Var v)
    {
        if (_byValueFree.Contains(v)) return false;
        if (_byRefFree.Contains(v)) return true;
        return _b.Naive || _b.Vars.InMemory(v);
    }

    private void WriteVariable(object key, BasicBlock block, Value value)
    {
        if (!_currentDef.TryGetValue(key, out var defs)) _currentDef[key] = defs = new Dictionary<BasicBlock, Value>();
        defs[block] = value;
    }

    private static Value Resolve(Value v)
    {
        while (v is Phi { ReplacedBy: { } r }) v = r;
        return v;
    }

    private Value ReadVariable(object key, BasicBlock block)
    {
        if (_currentDef.TryGetValue(key, out var defs) && defs.TryGetValue(block, out var v))
        {
            v = Resolve(v);
            defs[block] = v;
            return v;
        }
        return ReadVariableRecursive(key, block);
    }

    private Value ReadVariableRecursive(object key, BasicBlock block)
    {
        Value val;
        if (!_sealed.Contains(block))
        {
            var phi = NewPhi(key, block);
            if (!_incomplete.TryGetValue(block, out var list)) _incomplete[block] = list = new();
            list.Add((key, phi));
            val = phi;
        }
        else if (block.Preds.Count == 0)
        {
            val = Undefined(key); // only in code that cannot run; such blocks are deleted
        }
        else if (block.Preds.Count == 1)
        {
            val = ReadVariable(key, block.Preds[0]);
        }
        else
        {
            var phi = NewPhi(key, block);
            WriteVariable(key, block, phi); // breaks cycles through loops
            val = AddPhiOperands(key, phi);
        }
        WriteVariable(key, block, val);
        return val;
    }

    private Phi NewPhi(object key, BasicBlock block)
    {
        GoType type; string comment; Var? v = null;
        if (key is Var var)
        {
            v = var;
            type = InMemory(var) ? new Pointer(var.Type!) : var.Type!;
            comment = var.Name;
        }
        else { var t = (Temp)key; type = t.Type; comment = t.Name; }
        var phi = new Phi(type, comment) { Block = block, Variable = v, Pos = v?.Pos ?? Pos.None, IsVariableAddress = v != null && InMemory(v) };
        phi.LoopDepth = v != null ? _declDepth.GetValueOrDefault(v) : _loopDepth;
        int at = block.Instrs.TakeWhile(i => i is Phi).Count();
        block.Instrs.Insert(at, phi);
        return phi;
    }

    private Value AddPhiOperands(object key, Phi phi)
    {
        foreach (var pred in phi.Block!.Preds) phi.AddEdge(ReadVariable(key, pred));
        return TryRemoveTrivialPhi(phi);
    }

    /// <summary>Braun et al., Algorithm 3: replace a phi that merges only one value.</summary>
    private Value TryRemoveTrivialPhi(Phi phi)
    {
        Value? same = null;
        foreach (var op in phi.Edges)
        {
            if ((same != null && Const.Same(op, same)) || ReferenceEquals(op, phi)) continue;
            if (same != null) return phi; // merges at least two values: not trivial
            same = op;
        }
        same ??= Undefined(phi.Variable != null ? phi.Variable : new Temp(phi.Comment, phi.Type), phi.Type);
        var users = phi.Referrers.Where(u => !ReferenceEquals(u, phi)).ToList();
        foreach (var u in users) u.ReplaceOperandOfDeletedValue(phi, same);
        phi.Referrers.Clear(); // the phi is deleted: nothing reads its referrers again
        phi.DetachOperands();
        phi.Block!.Instrs.Remove(phi);
        phi.ReplacedBy = same;
        foreach (var u in users)
            if (u is Phi p && p.Block != null && p.Block.Instrs.Contains(p)) TryRemoveTrivialPhi(p);
        return same;
    }

    private Value Undefined(object key, GoType? type = null)
    {
        type ??= key is Var v ? (InMemory(v) ? new Pointer(v.Type!) : v.Type!) : ((Temp)key).Type;
        return new Const(null, type);
    }

    private void SealBlock(BasicBlock block)
    {
        if (_incomplete.Remove(block, out var list))
            foreach (var (key, phi) in list) AddPhiOperands(key, phi);
        _sealed.Add(block);
    }

    /// <summary>Declares a local variable: in memory an Alloc (its cell), else its first value.</summary>
    private void DeclareVar(Var v, Value? init, Node source)
    {
        _declDepth[v] = _loopDepth;
        if (InMemory(v))
        {
            var alloc = new Alloc(v.Type!, v.Name) { Variable = v, IsVariableAddress = true };
            Emit(alloc, source, v.Pos);
            alloc.LoopDepth = _loopDepth;
            _fn.Locals.Add(alloc);
            WriteVariable(v, Current, alloc);
            Emit(new Store(alloc, init ?? Zero(v.Type!)), source);
            if (init != null) _fn.VarDefs.Add(new VarDef(v, init, source, source.Pos));
        }
        else
        {
            AssignVar(v, init ?? Zero(v.Type!), source);
        }
    }

    /// <summary>Reads a variable's current value (a Load if it lives in memory).</summary>
    private Value ReadVar(Var v, Node source)
    {
        if (v.Kind == VarKind.Package)
            return Emit(new UnOp(Operator.Mul, _b.Program.Globals[v], v.Type!) { Variable = v }, source);
        var cur = ReadVariable(v, Current);
        if (InMemory(v)) return Emit(new UnOp(Operator.Mul, cur, v.Type!) { Variable = v, LoopDepth = _declDepth.GetValueOrDefault(v) }, source);
        return cur;
    }

    /// <summary>The address of a variable that lives in memory (or a global).</summary>
    private Value VarAddr(Var v) =>
        v.Kind == VarKind.Package ? _b.Program.Globals[v] : ReadVariable(v, Current);

    /// <summary>Assigns a value to a variable (a Store, or a new current definition).</summary>
    private void AssignVar(Var v, Value value, Node source)
    {
        _fn.VarDefs.Add(new VarDef(v, value, source, source.Pos));
        if (v.Kind == VarKind.Package || InMemory(v))
        {
            Emit(new Store(VarAddr(v), value), source);
            return;
        }
        // Allocation sites keep their own identity (escape analysis reports them at their
        // expression); other values made for the assignment are named after the variable.
        if (value is Instruction and not (Alloc or MakeClosure or MakeSlice or MakeMap or MakeChan or MakeInterface) && value.Variable == null)
        {
            value.Variable = v;
            value.LoopDepth = _declDepth.GetValueOrDefault(v);
        }
        WriteVariable(v, Current, value);
    }

    // ---------------------------------------------------------------- blocks and emission

    /// <summary>The block being filled; after a return or jump, code lands in a fresh block
    /// without predecessors, which is deleted at the end.</summary>
    private BasicBlock Current
    {
        get
        {
            if (_current == null)
            {
                _current = _fn.NewBlock("unreachable");
                SealBlock(_current);
            }
            return _current;
        }
    }

    private T Emit<T>(T instr, Node? source, Pos? pos = null) where T : Instruction
    {
        var block = Current;
        _emitOrder.TryAdd(block, _emitOrder.Count);
        instr.Block = block;
        instr.Source ??= source;
        if (!instr.Pos.IsKnown) instr.Pos = pos ?? source?.Pos ?? Pos.None;
        if (instr.Variable == null) instr.LoopDepth = _loopDepth;
        block.Instrs.Add(instr);
        if (instr.IsControl) _current = null;
        return instr;
    }

    private static void AddEdge(BasicBlock from, BasicBlock to)
    {
        from.Succs.Add(to);
        to.Preds.Add(from);
    }

    private void JumpTo(BasicBlock target, Node? source)
    {
        if (_current == null) return;
        var from = _current;
        Emit(new Jump(), source);
        AddEdge(from, target);
    }

    private void EmitIf(Value cond, BasicBlock then, BasicBlock @else, Node? source)
    {
        var from = Current;
        Emit(new If(cond), source);
        AddEdge(from, then);
        AddEdge(from, @else);
    }

    private void StartBlock(BasicBlock b) => _current = b;

    /// <summary>The order in which blocks received their first instruction: blocks are
    /// numbered in this order at the end, so the listing reads like the source.</summary>
    private readonly Dictionary<BasicBlock, int> _emitOrder = new();

    // ---------------------------------------------------------------- whole functions

    public void BuildDecl(FuncDecl fd)
    {
        var entry = _fn.NewBlock("entry");
        SealBlock(entry);
        _current = entry;
        var sig = _fn.Signature;
        if (sig.Recv != null) AddParam(sig.Recv, fd);
        foreach (var p in sig.Params.Vars) AddParam(p, fd);
        BuildBody(fd.Body!, fd);
    }

    public void BuildFuncLit(FuncLit lit, IReadOnlyList<Var> freeVars)
    {
        var entry = _fn.NewBlock("entry");
        SealBlock(entry);
        _current = entry;
        foreach (var v in freeVars)
        {
            bool byRef = _b.Vars.CapturedByRef(v);
            var fv = new FreeVar(_fn, v, byRef) { Source = lit };
            _fn.FreeVars.Add(fv);
            (byRef ? _byRefFree : _byValueFree).Add(v);
            _declDepth[v] = 0;
            WriteVariable(v, entry, fv);
        }
        foreach (var p in _fn.Signature.Params.Vars) AddParam(p, lit);
        BuildBody(lit.Body, lit);
    }

    private void AddParam(Var v, Node source)
    {
        string name = v.Name is "" or "_" ? $"arg{_fn.Params.Count}" : v.Name;
        var p = new Parameter(_fn, name, v.Type!, v.Name is "" or "_" ? null : v) { Source = source };
        _fn.Params.Add(p);
        if (p.Variable != null) DeclareVar(v, p, source);
    }

    private void BuildBody(BlockStmt body, Node source)
    {
        _hasDefer = ContainsDefer(body);
        _namedResults = _fn.Signature.Results.Vars.Where(r => r.Name != "").ToList();
        foreach (var r in _namedResults)
            if (r.Name != "_") DeclareVar(r, null, source);
        _loopingLabels = LoopingLabels.Of(body);
        StmtList(body.List);
        if (_current != null)
        {
            if (_hasDefer) Emit(new RunDefers(), body, body.Rbrace);
            Emit(new Return(_namedResults.Select(r => ReadVar(r, body))), body, body.Rbrace);
        }
        SealLabelBlocks();
        Finish();
    }

    private static bool ContainsDefer(Node n) => n switch
    {
        DeferStmt => true,
        FuncLit => false,
        _ => n.Children.Any(ContainsDefer),
    };

    public void BuildPackageInit(List<VarDecl> decls)
    {
        var entry = _fn.NewBlock("entry");
        SealBlock(entry);
        _current = entry;
        foreach (var vd in decls) VarDeclStmt(vd);
        Emit(new Return([]), null);
        Finish();
    }

    public void BuildBoundWrapper(Func method, GoType recvType, bool iface)
    {
        var entry = _fn.NewBlock("entry");
        SealBlock(entry);
        _current = entry;
        var recvVar = new Var(method.Pos, null, "recv", recvType);
        var fv = new FreeVar(_fn, recvVar, false);
        _fn.FreeVars.Add(fv);
        foreach (var p in _fn.Signature.Params.Vars)
            _fn.Params.Add(new Parameter(_fn, p.Name == "" ? $"arg{_fn.Params.Count}" : p.Name, p.Type!, null));
        CallCommon call = iface
            ? new CallCommon { Mode = CallMode.Invoke, Callee = fv, Method = method, Args = [.. _fn.Params], Signature = method.Signature, HasEllipsis = method.Signature.Variadic }
            : new CallCommon { Mode = CallMode.Static, Callee = _b.FunctionOf(method), Args = [fv, .. _fn.Params], Signature = method.Signature, HasEllipsis = method.Signature.Variadic };
        var c = Emit(new Call(call, call.ResultType), null);
        var sig = method.Signature;
        Emit(new Return(sig.Results.Length switch
        {
            0 => [],
            1 => [c],
            _ => Enumerable.Range(0, sig.Results.Length).Select(i => (Value)Emit(new Extract(c, i), null)).ToList(),
        }), null);
        Finish();
    }

    public void BuildThunk(Func method, GoType recvType)
    {
        var entry = _fn.NewBlock("entry");
        SealBlock(entry);
        _current = entry;
        foreach (var p in _fn.Signature.Params.Vars)
            _fn.Params.Add(new Parameter(_fn, p.Name is "" or "_" ? $"arg{_fn.Params.Count}" : p.Name, p.Type!, null));
        Value recv = _fn.Params[0];
        var args = _fn.Params.Skip(1).Cast<Value>().ToList();
        CallCommon call;
        if (recvType.Underlying is Interface)
            call = new CallCommon { Mode = CallMode.Invoke, Callee = recv, Method = method, Args = args, Signature = method.Signature };
        else
        {
            if (!method.HasPtrRecv && recvType.Underlying is Pointer p) recv = Emit(new UnOp(Operator.Mul, recv, p.Elem), null);
            call = new CallCommon { Mode = CallMode.Static, Callee = _b.FunctionOf(method), Args = [recv, .. args], Signature = method.Signature };
        }
        var c = Emit(new Call(call, call.ResultType), null);
        var sig = method.Signature;
        Emit(new Return(sig.Results.Length switch
        {
            0 => [],
            1 => [c],
            _ => Enumerable.Range(0, sig.Results.Length).Select(i => (Value)Emit(new Extract(c, i), null)).ToList(),
        }), null);
        Finish();
    }

    /// <summary>Deletes blocks that cannot run, fixes phis, numbers registers.</summary>
    private void Finish()
    {
        var reachable = new HashSet<BasicBlock>();
        var work = new Stack<BasicBlock>();
        work.Push(_fn.Blocks[0]);
        while (work.Count > 0)
        {
            var b = work.Pop();
            if (!reachable.Add(b)) continue;
            foreach (var s in b.Succs) work.Push(s);
        }
        var dead = _fn.Blocks.Where(b => !reachable.Contains(b)).ToList();
        var touched = new List<Phi>();
        foreach (var d in dead)
        {
            foreach (var s in d.Succs)
            {
                if (!reachable.Contains(s)) continue;
                int i;
                while ((i = s.Preds.IndexOf(d)) >= 0)
                {
                    s.Preds.RemoveAt(i);
                    foreach (var phi in s.Instrs.OfType<Phi>().ToList())
                    {
                        phi.RemoveOperandAt(i);
                        touched.Add(phi);
                    }
                }
            }
            foreach (var instr in d.Instrs) instr.DetachOperands();
            foreach (var p in d.Preds) if (reachable.Contains(p)) p.Succs.Remove(d);
        }
        _fn.Blocks.RemoveAll(b => !reachable.Contains(b)); // the dead blocks, without a linear search each
        var ordered = _fn.Blocks.OrderBy(b => _emitOrder.GetValueOrDefault(b, int.MaxValue)).ToList();
        _fn.Blocks.Clear();
        _fn.Blocks.AddRange(ordered);
        foreach (var phi in touched)
            if (phi.Block!.Instrs.Contains(phi)) TryRemoveTrivialPhi(phi);
        // Locals in deleted blocks go. (An Alloc is never removed from its block's instruction
        // list, only phis are; searching the lists per local made this quadratic.)
        _fn.Locals.RemoveAll(a => !ReferenceEquals(a.Block!.Parent, _fn) ? !a.Block.Parent.Blocks.Contains(a.Block) : !reachable.Contains(a.Block));
        _fn.NumberRegisters();
    }
}
