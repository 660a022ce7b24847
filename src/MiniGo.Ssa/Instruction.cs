using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>
/// An SSA instruction. Operands live in one list so that replacing a value (when a trivial
/// phi is removed) and keeping referrer lists right is the same code for every instruction.
/// Instructions that produce no value (Store, If, ...) say so with <see cref="IsValue"/>.
/// </summary>
public abstract class Instruction : Value
{
    // Operands in an array of exactly their number: a program has hundreds of thousands of
    // instructions, most with one to three operands, and a List per instruction (with room
    // for four) was a sixth of the SSA form's memory.
    private Value[] _ops = [];
    private List<Instruction>? _referrers;

    public BasicBlock? Block { get; set; }
    public IReadOnlyList<Value> Operands => _ops;
    /// <summary>The instructions that use this one (made on first use: most instructions that
    /// are not values, and many that are, never have any).</summary>
    public override List<Instruction> Referrers => _referrers ??= new();

    /// <summary>False for instructions that are not values (Store, MapUpdate, Send, Go,
    /// Defer, RunDefers, If, Jump, Return, Panic).</summary>
    public virtual bool IsValue => true;
    public virtual bool IsControl => false;

    protected void AddOp(Value v)
    {
        System.Array.Resize(ref _ops, _ops.Length + 1);
        _ops[^1] = v;
        v.Referrers?.Add(this);
    }

    protected Value Op(int i) => _ops[i];

    /// <summary>Replaces every use of <paramref name="old"/> by <paramref name="by"/>.</summary>
    public void ReplaceOperand(Value old, Value by) => Replace(old, by, updateOldReferrers: true);

    /// <summary>
    /// Like <see cref="ReplaceOperand"/>, for an <paramref name="old"/> value that is being
    /// deleted (a trivial phi): its own referrer list is left as it is, because the caller
    /// throws the whole list away. Removing each user from it one by one would cost the length
    /// of the list per user, i.e. quadratic time for a phi with many users.
    /// </summary>
    internal void ReplaceOperandOfDeletedValue(Value old, Value by) => Replace(old, by, updateOldReferrers: false);

    private void Replace(Value old, Value by, bool updateOldReferrers)
    {
        if (ReferenceEquals(old, by) || _extraReferrerEntries)
        {
            // The general case, entry by entry (see _extraReferrerEntries).
            for (int i = 0; i < _ops.Length; i++)
            {
                if (!ReferenceEquals(_ops[i], old)) continue;
                _ops[i] = by;
                if (updateOldReferrers) old.Referrers?.Remove(this);
                by.Referrers?.Add(this);
            }
            return;
        }
        int replaced = 0;
        for (int i = 0; i < _ops.Length; i++)
        {
            if (!ReferenceEquals(_ops[i], old)) continue;
            _ops[i] = by;
            replaced++;
            by.Referrers?.Add(this);
        }
        if (updateOldReferrers) RemoveFromReferrers(old, replaced);
    }

    /// <summary>Removes operand i (a phi edge whose predecessor was deleted).</summary>
    public void RemoveOperandAt(int i)
    {
        var v = _ops[i];
        _ops = [.. _ops[..i], .. _ops[(i + 1)..]];
        if (!_ops.Any(o => ReferenceEquals(o, v))) RemoveFromReferrers(v, 1);
        else if (v.Referrers != null) _extraReferrerEntries = true; // v still lists this once per former use
    }

    /// <summary>Drops this instruction from the referrer lists of its operands (when deleted).</summary>
    public void DetachOperands()
    {
        for (int i = 0; i < _ops.Length; i++)
        {
            var v = _ops[i];
            if (_extraReferrerEntries) { v.Referrers?.Remove(this); continue; }
            // Each distinct operand once, with the number of times this instruction uses it.
            bool seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++) seenBefore = ReferenceEquals(_ops[j], v);
            if (seenBefore) continue;
            int uses = 0;
            for (int j = i; j < _ops.Length; j++) if (ReferenceEquals(_ops[j], v)) uses++;
            RemoveFromReferrers(v, uses);
        }
    }

    /// <summary>
    /// True once <see cref="RemoveOperandAt"/> has removed one of two uses of the same value:
    /// the value then still lists this instruction twice (go/ssa keeps one referrer entry per
    /// use, and this mirrors the original removal code exactly). Until then the invariant below
    /// holds, which makes removal fast.
    /// </summary>
    private bool _extraReferrerEntries;

    /// <summary>
    /// Removes the first <paramref name="count"/> entries of this instruction from
    /// <paramref name="v"/>'s referrers, as <paramref name="count"/> calls of
    /// <c>List.Remove</c> would. Performance: while <see cref="_extraReferrerEntries"/> is
    /// false, v lists this instruction exactly once per operand slot that holds v, so the first
    /// <paramref name="count"/> entries are all of them and they can be searched from the end
    /// of the list, where a recent user is. Searching from the front made deleting phis in one
    /// large function quadratic (a variable used everywhere has tens of thousands of referrers).
    /// </summary>
    private void RemoveFromReferrers(Value v, int count)
    {
        var list = v.Referrers;
        if (list == null || count == 0) return;
        if (_extraReferrerEntries)
        {
            for (int k = 0; k < count; k++) list.Remove(this);
            return;
        }
        for (int i = list.Count - 1; i >= 0 && count > 0; i--)
        {
            if (!ReferenceEquals(list[i], this)) continue;
            list.RemoveAt(i);
            count--;
        }
    }

    /// <summary>The text after <c>tN = </c> (go/ssa's String methods).</summary>
    public abstract string Render();

    public override string ToString() => IsValue ? $"{Name} = {Render()}" : Render();

    protected static string Rel(Value v) => v.RelName;
    protected static string List(IEnumerable<Value> vs) => string.Join(", ", vs.Select(Rel));
}
