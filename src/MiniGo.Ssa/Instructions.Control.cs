using MiniGo.Types;

namespace MiniGo.Ssa;

public enum CallMode { Static, Closure, Invoke, Builtin }

/// <summary>
/// What a Call, Go or Defer calls (go/ssa's CallCommon): a Function (static), a function value
/// (closure), a method of an interface value (invoke mode, Method set) or a builtin. The
/// callee value (or the interface receiver) is operand 0 of the owning instruction, the
/// arguments follow. Signature is the callee's.
/// </summary>
public sealed class CallCommon
{
    public required CallMode Mode { get; init; }
    public required Value Callee { get; init; }
    public Func? Method { get; init; }
    public required List<Value> Args { get; init; }
    public bool HasEllipsis { get; init; }
    public required Signature Signature { get; init; }

    internal string Render(Instruction owner)
    {
        var ops = owner.Operands;
        string args = string.Join(", ", ops.Skip(1).Select(a => a.RelName));
        if (HasEllipsis) args += "...";
        return Mode == CallMode.Invoke
            ? $"invoke {ops[0].RelName}.{Method!.Name}({args})"
            : $"{ops[0].RelName}({args})";
    }

    /// <summary>The type of the call's value: the single result, or a tuple (empty for none).</summary>
    public Types.Type ResultType => Signature.Results.Length == 1 ? Signature.Results[0] : Signature.Results;
}

/// <summary>Base of Call, Go and Defer: operands are callee then arguments.</summary>
public abstract class CallInstruction : Instruction
{
    protected CallInstruction(CallCommon call) { Call = call; AddOp(call.Callee); foreach (var a in call.Args) AddOp(a); }
    public CallCommon Call { get; }
    /// <summary>The callee value, or the receiver in invoke mode (after replacements).</summary>
    public Value CalleeValue => Operands[0];
    public IEnumerable<Value> Args => Operands.Skip(1);
}

/// <summary><c>t3 = f(t1, t2)</c>, <c>t3 = invoke t0.M(t1)</c>, <c>t3 = len(t0)</c>.</summary>
public sealed class Call : CallInstruction
{
    public Call(CallCommon call, Types.Type type) : base(call) { Type = type; }
    public override string Render() => Call.Render(this);
}

/// <summary><c>go f(t0)</c>.</summary>
public sealed class Go : CallInstruction
{
    public Go(CallCommon call) : base(call) { }
    public override bool IsValue => false;
    public override string Render() => "go " + Call.Render(this);
}

/// <summary><c>defer f(t0)</c>.</summary>
public sealed class Defer : CallInstruction
{
    public Defer(CallCommon call) : base(call) { }
    public override bool IsValue => false;
    public override string Render() => "defer " + Call.Render(this);
}

/// <summary><c>rundefers</c>: runs the deferred calls before a return.</summary>
public sealed class RunDefers : Instruction
{
    public override bool IsValue => false;
    public override string Render() => "rundefers";
}

/// <summary><c>send t0 &lt;- t1</c>.</summary>
public sealed class Send : Instruction
{
    public Send(Value chan, Value x) { AddOp(chan); AddOp(x); }
    public Value Chan => Op(0);
    public Value X => Op(1);
    public override bool IsValue => false;
    public override string Render() => $"send {Rel(Chan)} <- {Rel(X)}";
}

/// <summary><c>if t0 goto 1 else 2</c>: Succs[0] when true, Succs[1] when false.</summary>
public sealed class If : Instruction
{
    public If(Value cond) { AddOp(cond); }
    public Value Cond => Op(0);
    public override bool IsValue => false;
    public override bool IsControl => true;
    public override string Render() => $"if {Rel(Cond)} goto {Block!.Succs[0].Index} else {Block.Succs[1].Index}";
}

/// <summary><c>jump 3</c>.</summary>
public sealed class Jump : Instruction
{
    public override bool IsValue => false;
    public override bool IsControl => true;
    public override string Render() => $"jump {Block!.Succs[0].Index}";
}

/// <summary><c>return t0, t1</c>.</summary>
public sealed class Return : Instruction
{
    public Return(IEnumerable<Value> results) { foreach (var r in results) AddOp(r); }
    public IReadOnlyList<Value> Results => Operands;
    public override bool IsValue => false;
    public override bool IsControl => true;
    public override string Render() => Results.Count == 0 ? "return" : "return " + List(Results);
}

/// <summary><c>panic t0</c> (the value is converted to any).</summary>
public sealed class Panic : Instruction
{
    public Panic(Value x) { AddOp(x); }
    public Value X => Op(0);
    public override bool IsValue => false;
    public override bool IsControl => true;
    public override string Render() => $"panic {Rel(X)}";
}
