namespace MiniGo.Ssa;

/// <summary>
/// Checks the invariants of SSA form, in the spirit of go/ssa's sanity.go. Run after
/// construction in debug builds and in every test; an empty list means the function is sound.
/// </summary>
public static class Sanity
{
    public static List<string> Check(Function fn)
    {
        var problems = new List<string>();
        void Report(string msg) => problems.Add($"{fn.Name}: {msg}");
        if (fn.Blocks.Count == 0) return problems;

        var inFn = new HashSet<Instruction>();
        for (int bi = 0; bi < fn.Blocks.Count; bi++)
        {
            var b = fn.Blocks[bi];
            if (b.Index != bi) Report($"block {b.Index} has index {bi}");
            if (b.Parent != fn) Report($"block {b.Index} belongs to another function");
            if (b.Instrs.Count == 0) { Report($"block {b.Index} is empty"); continue; }
            if (bi > 0 && b.Preds.Count == 0) Report($"block {b.Index} is unreachable");
            foreach (var p in b.Preds)
                if (!p.Succs.Contains(b)) Report($"block {b.Index}: predecessor {p.Index} does not list it as successor");
            foreach (var s in b.Succs)
                if (!s.Preds.Contains(b)) Report($"block {b.Index}: successor {s.Index} does not list it as predecessor");
            if (b.Preds.Distinct().Count() != b.Preds.Count) Report($"block {b.Index} has duplicate predecessors");
            bool phisDone = false;
            for (int i = 0; i < b.Instrs.Count; i++)
            {
                var instr = b.Instrs[i];
                inFn.Add(instr);
                if (instr.Block != b) Report($"{instr} in block {b.Index} has Block {instr.Block?.Index}");
                bool last = i == b.Instrs.Count - 1;
                if (instr.IsControl != last)
                    Report(last ? $"block {b.Index} does not end in a control instruction" : $"control instruction {instr} in the middle of block {b.Index}");
                if (instr is Phi phi)
                {
                    if (phisDone) Report($"phi {phi.Name} is not at the start of block {b.Index}");
                    if (phi.Edges.Count != b.Preds.Count)
                        Report($"phi {phi.Name} has {phi.Edges.Count} edges but block {b.Index} has {b.Preds.Count} predecessors");
                    var others = phi.Edges.Where(e => !ReferenceEquals(e, phi)).ToList();
                    if (others.All(e => Const.Same(e, others[0]))) Report($"trivial phi {phi.Name} = {phi.Render()} survived");
                }
                else phisDone = true;
                int expected = instr switch { If => 2, Jump => 1, Return or Panic => 0, _ => -1 };
                if (last && expected >= 0 && b.Succs.Count != expected)
                    Report($"block {b.Index} ends in {instr.GetType().Name} with {b.Succs.Count} successors");
            }
        }

        // Operands and referrers.
        foreach (var b in fn.Blocks)
            foreach (var instr in b.Instrs)
            {
                foreach (var op in instr.Operands)
                {
                    if (op == null) { Report($"{instr}: nil operand"); continue; }
                    if (op is Instruction oi && !inFn.Contains(oi)) Report($"{instr}: operand {op.Name} is not in the function");
                    if (op is Parameter p && p.Parent != fn) Report($"{instr}: parameter {p.Name} of another function");
                    if (op is FreeVar fv && fv.Parent != fn) Report($"{instr}: free variable {fv.Name} of another function");
                    if (op.Referrers != null && !op.Referrers.Contains(instr)) Report($"{instr}: not a referrer of its operand {op.Name}");
                }
                foreach (var r in instr.Referrers)
                {
                    if (!inFn.Contains(r)) Report($"{instr.Name}: referrer {r} is not in the function");
                    else if (!r.Operands.Contains(instr)) Report($"{instr.Name}: referrer {r} does not use it");
                }
            }
        foreach (var v in fn.Params.Cast<Value>().Concat(fn.FreeVars))
            foreach (var r in v.Referrers!)
                if (!inFn.Contains(r) || !r.Operands.Contains(v)) Report($"{v.Name}: bad referrer {r}");

        if (fn.Params.Count != fn.Signature.Params.Length + (fn.Signature.Recv != null ? 1 : 0))
            Report($"{fn.Params.Count} parameters for signature {fn.Signature}");
        foreach (var a in fn.Locals)
            if (a.Block == null || !inFn.Contains(a)) Report($"local {a.Name} is not in the function");

        // Every use is dominated by its definition.
        var idom = Dominators(fn);
        bool Dominates(BasicBlock a, BasicBlock b)
        {
            for (var x = b; x != null; x = idom.GetValueOrDefault(x)) if (x == a) return true;
            return false;
        }
        foreach (var b in fn.Blocks)
            for (int i = 0; i < b.Instrs.Count; i++)
            {
                var instr = b.Instrs[i];
                for (int k = 0; k < instr.Operands.Count; k++)
                {
                    if (instr.Operands[k] is not Instruction def || def.Block == null || !inFn.Contains(def)) continue;
                    bool ok;
                    if (instr is Phi)
                        ok = k < b.Preds.Count && Dominates(def.Block, b.Preds[k]);
                    else if (def.Block == b)
                        ok = b.Instrs.IndexOf(def) < i;
                    else
                        ok = Dominates(def.Block, b);
                    if (!ok) Report($"{instr}: use of {def.Name} is not dominated by its definition");
                }
            }
        return problems;
    }

    /// <summary>Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm).</summary>
    public static Dictionary<BasicBlock, BasicBlock?> Dominators(Function fn)
    {
        var order = new List<BasicBlock>();
        var seen = new HashSet<BasicBlock>();
        void Dfs(BasicBlock b)
        {
            if (!seen.Add(b)) return;
            foreach (var s in b.Succs) Dfs(s);
            order.Add(b);
        }
        Dfs(fn.Blocks[0]);
        order.Reverse();
        var rpo = order.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        var idom = new Dictionary<BasicBlock, BasicBlock?> { [fn.Blocks[0]] = fn.Blocks[0] };
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var b in order.Skip(1))
            {
                BasicBlock? nd = null;
                foreach (var p in b.Preds)
                {
                    if (!idom.ContainsKey(p)) continue;
                    if (nd == null) { nd = p; continue; }
                    var x = p; var y = nd;
                    while (x != y)
                    {
                        while (rpo[x] > rpo[y]) x = idom[x]!;
                        while (rpo[y] > rpo[x]) y = idom[y]!;
                    }
                    nd = x;
                }
                if (nd != null && (!idom.TryGetValue(b, out var old) || old != nd)) { idom[b] = nd; changed = true; }
            }
        }
        idom[fn.Blocks[0]] = null;
        return idom;
    }

    /// <summary>Checks every function of a program.</summary>
    public static List<string> Check(SsaProgram program) => program.AllFunctions().SelectMany(Check).ToList();
}
