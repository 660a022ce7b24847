using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>
/// An SSA instruction. Operands live in one list so that replacing a value (when a trivial
/// phi is removed) and keeping referrer lists right is the same code for every instruction.
/// Instructions that produce no value (Store, If, ...) say so with <see cref="IsValue"/>.
/// </summary>
public abstract class Instruction : Value
{
    private readonly List<Value> _ops = new();

    public BasicBlock? Block { get; set; }
    public IReadOnlyList<Value> Operands => _ops;
    public override List<Instruction> Referrers { get; } = new();

    /// <summary>False for instructions that are not values (Store, MapUpdate, Send, Go,
    /// Defer, RunDefers, If, Jump, Return, Panic).</summary>
    public virtual bool IsValue => true;
    public virtual bool IsControl => false;

    protected void AddOp(Value v)
    {
        _ops.Add(v);
        v.Referrers?.Add(this);
    }

    protected Value Op(int i) => _ops[i];

    /// <summary>Replaces every use of <paramref name="old"/> by <paramref name="by"/>.</summary>
    public void ReplaceOperand(Value old, Value by)
    {
        for (int i = 0; i < _ops.Count; i++)
        {
            if (!ReferenceEquals(_ops[i], old)) continue;
            _ops[i] = by;
            old.Referrers?.Remove(this);
            by.Referrers?.Add(this);
        }
    }

    /// <summary>Removes operand i (a phi edge whose predecessor was deleted).</summary>
    public void RemoveOperandAt(int i)
    {
        var v = _ops[i];
        _ops.RemoveAt(i);
        if (!_ops.Any(o => ReferenceEquals(o, v))) v.Referrers?.Remove(this);
    }

    /// <summary>Drops this instruction from the referrer lists of its operands (when deleted).</summary>
    public void DetachOperands()
    {
        foreach (var v in _ops) v.Referrers?.Remove(this);
    }

    /// <summary>The text after <c>tN = </c> (go/ssa's String methods).</summary>
    public abstract string Render();

    public override string ToString() => IsValue ? $"{Name} = {Render()}" : Render();

    protected static string Rel(Value v) => v.RelName;
    protected static string List(IEnumerable<Value> vs) => string.Join(", ", vs.Select(Rel));
}
