#!/usr/bin/env python3
"""Differential escape-analysis harness: MiniGo against Go 1.22 on generated programs (issues 11, 15).

    python3 tools/escape-diff.py [-n N] [--seed S] [--out DIR] [-j JOBS] [--modes M]
                                 [--minigo PATH] [--minimize] [--keep] [FILE.go ...]

Generates N programs with tools/gen-escape-programs.py (seed S; program k comes from
Random(f"{S}-{k}") alone), gofmts them, and builds each, inside DIR, with
`go build -gcflags=MODE -o /dev/null gNNNN.go` (Go 1.22, GOTOOLCHAIN=local; run as go build's
compile step alone, which prints the same and is 20 times faster) and
`minigo build -gcflags=MODE gNNNN.go`, for every MODE of --modes (default "-m -l,-m=2 -l").
Both commands' stdout and stderr are read together (2>&1), so it does not matter on which
stream a compiler writes its report. Programs Go rejects are discarded (and counted). Given
FILE.go arguments, it compares those files instead of generating any.

Every differing file is printed with a minimized diff (only the differing lines, `-` Go,
`+` MiniGo) and every difference is CLASSIFIED:

  unsound            MiniGo keeps on the stack what Go puts on the heap: Go prints
                     `moved to heap: x` or `E escapes to heap` at a position where MiniGo
                     prints nothing or `does not escape`; or Go says a parameter leaks (to the
                     heap, its content, or a result at level L) and MiniGo has no leak that
                     covers it (a heap leak at the same or a smaller level, or a leak to the
                     same result at the same or a smaller level).
  over-conservative  the reverse: MiniGo says heap (or a leak) where Go does not.
  cosmetic           everything else (wording, order, positions of agreeing facts,
                     explanations of -m=2, bounds-check lines, ...).

A file counts in its worst class. At -m=2 the verdict lines (those without `:` at the end and
not indented) are classified the same way; flow explanations are cosmetic. With --minimize,
each file with an unsound difference is reduced (top-level functions removed one at a time
while Go still accepts it and an unsound difference with the same message text remains) and
written next to it as gNNNN.min.go. Exit status: 1 if any unsound difference was found.
"""
import argparse
import concurrent.futures
import difflib
import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GO = "/usr/lib/go-1.22/bin/go"
GOFMT = "/usr/lib/go-1.22/bin/gofmt"
COMPILE = "/usr/lib/go-1.22/pkg/tool/linux_amd64/compile"

LINE = re.compile(r"^(?:\./)?[^:\s]+\.go:(\d+)(?::(\d+))?: (.*)$")


def load_generator():
    spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "gen-escape-programs.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def go_env(cache):
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOFLAGS="", GOCACHE=cache)
    env["PATH"] = os.path.dirname(GO) + ":" + env.get("PATH", "")
    return env


def importcfg(out, env):
    """The importcfg `go build` hands the compiler (export data of fmt and errors)."""
    path = os.path.join(out, ".importcfg")
    rc, text = run([GO, "list", "-export", "-f", "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}",
                    "fmt", "errors"], out, env)
    if rc != 0:
        sys.exit("go list -export failed:\n" + text)
    with open(path, "w") as fh:
        fh.write(text)
    return path


def go_build(d, f, mode, env):
    """What `go build -gcflags=MODE -o /dev/null F` prints in directory d (exit status, stdout+stderr).

    It runs the compile step of go build alone, with go build's flags (`go build -x` shows
    them), 20 times faster than go build; the output is the same once the header
    `# command-line-arguments` is added and the directory is printed as `./`."""
    cfg = env["MINIGO_IMPORTCFG"]
    obj = os.path.join(d, f".{f}.a")
    rc, text = run([COMPILE, "-o", obj, "-p", "main", "-complete", "-c=1", *mode.split(), "-nolocalimports",
                    "-importcfg", cfg, "-pack", "./" + f], d, env)
    if os.path.exists(obj):
        os.remove(obj)
    text = text.replace(d.rstrip("/") + "/", "./")
    return rc, ("# command-line-arguments\n" + text) if text else ""


# ---- classification ---------------------------------------------------------------------------

class Facts:
    """The escape verdicts of one -m report: heap and stack positions, and parameter leaks."""

    def __init__(self, text):
        self.heap = {}      # (line, col) -> message
        self.stack = {}     # (line, col) -> message
        self.leaks = {}     # (line, col, name) -> {sink: level}; sink "heap" or a result name
        self.params = {}    # (line, col, name) -> message (every parameter line)
        for raw in text.splitlines():
            m = LINE.match(raw)
            if not m or raw.endswith(":") or m.group(3).startswith(" "):
                continue
            pos = (int(m.group(1)), int(m.group(2) or 0))
            msg = m.group(3)
            lm = re.match(r"^leaking param( content)?: (\S+)(?: to result (\S+) level=(\d+))?$", msg)
            if lm:
                key = pos + (lm.group(2),)
                sink = lm.group(3) or "heap"
                level = int(lm.group(4)) if lm.group(4) else (1 if lm.group(1) else 0)
                d = self.leaks.setdefault(key, {})
                d[sink] = min(level, d.get(sink, level))
                self.params[key] = msg
            elif msg.startswith("moved to heap: ") or msg.endswith(" escapes to heap"):
                self.heap[pos] = msg
            elif msg.endswith(" does not escape"):
                self.stack[pos] = msg
                self.params.setdefault(pos + (msg[: -len(" does not escape")],), msg)


def covered(leak_sink, level, other):
    """Does the leak set `other` cover a leak to leak_sink at level?"""
    if "heap" in other and other["heap"] <= level:
        return True
    return leak_sink in other and other[leak_sink] <= level


def classify(go_text, mg_text):
    """[(class, description)] for the verdict differences of one report pair."""
    g, m = Facts(go_text), Facts(mg_text)
    out = []
    for pos, msg in g.heap.items():
        if pos not in m.heap:
            said = m.stack.get(pos, "nothing")
            out.append(("unsound", f"{pos[0]}:{pos[1]}: Go: {msg}; MiniGo: {said}"))
    for pos, msg in m.heap.items():
        if pos not in g.heap:
            said = g.stack.get(pos, "nothing")
            out.append(("over-conservative", f"{pos[0]}:{pos[1]}: MiniGo: {msg}; Go: {said}"))
    for key in sorted(set(g.leaks) | set(m.leaks)):
        gl, ml = g.leaks.get(key, {}), m.leaks.get(key, {})
        where = f"{key[0]}:{key[1]}: param {key[2]}"
        if any(not covered(s, l, ml) for s, l in gl.items()):
            out.append(("unsound", f"{where}: Go leaks {gl}; MiniGo {ml or 'does not leak'}"))
        elif any(not covered(s, l, gl) for s, l in ml.items()):
            out.append(("over-conservative", f"{where}: MiniGo leaks {ml}; Go {gl or 'does not leak'}"))
    return out


CLASSES = ["unsound", "over-conservative", "cosmetic"]


def worst(classes):
    for c in CLASSES:
        if c in classes:
            return c
    return None


def minimized_diff(go_text, mg_text):
    d = difflib.unified_diff(go_text.splitlines(), mg_text.splitlines(), "go", "minigo", n=0, lineterm="")
    return [l for l in d if not l.startswith(("---", "+++", "@@"))]


# ---- one program -------------------------------------------------------------------------------

def compare(path, modes, minigo, env):
    d, f = os.path.dirname(path), os.path.basename(path)
    result = {"file": path, "rejected": False, "modes": {}}
    for mode in modes:
        rc, go_out = go_build(d, f, mode, env)
        if rc != 0:
            result["rejected"] = True
            result["go_error"] = go_out
            return result
        _, mg_out = run([minigo, "build", f"-gcflags={mode}", f], d)
        if go_out == mg_out:
            result["modes"][mode] = ("same", [], [])
            continue
        diffs = classify(go_out, mg_out)
        cls = worst([c for c, _ in diffs]) or "cosmetic"
        result["modes"][mode] = (cls, diffs, minimized_diff(go_out, mg_out))
    return result


def unsound_texts(path, mode, minigo, env):
    """The message texts (positions dropped) of the unsound differences of a file, or None if Go rejects it."""
    d, f = os.path.dirname(path), os.path.basename(path)
    rc, go_out = go_build(d, f, mode, env)
    if rc != 0:
        return None
    _, mg_out = run([minigo, "build", f"-gcflags={mode}", f], d)
    return {re.sub(r"^\d+:\d+: ", "", t) for c, t in classify(go_out, mg_out) if c == "unsound"}


def split_funcs(src):
    """The source as [head, func1, func2, ...]: each top-level `func` declaration one chunk."""
    chunks, cur = [], []
    for line in src.splitlines(keepends=True):
        if line.startswith("func ") and cur:
            chunks.append("".join(cur))
            cur = []
        cur.append(line)
    chunks.append("".join(cur))
    return chunks


def minimize(path, mode, minigo, env):
    want = unsound_texts(path, mode, minigo, env)
    if not want:
        return None
    chunks = split_funcs(open(path).read())
    out = path[:-3] + ".min.go"
    i = len(chunks) - 1
    while i >= 1:
        if chunks[i].startswith("func main("):
            i -= 1
            continue
        trial = chunks[:i] + chunks[i + 1:]
        with open(out, "w") as fh:
            fh.write("".join(trial))
        got = unsound_texts(out, mode, minigo, env)
        if got and got & want:
            chunks = trial
        i -= 1
    with open(out, "w") as fh:
        fh.write("".join(chunks))
    return out


# ---- main --------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", default="/tmp/minigo-escape-diff")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--modes", default="-m -l,-m=2 -l")
    ap.add_argument("--minigo", default=os.path.join(REPO, "src/MiniGo.Cli/bin/Release/net10.0/minigo"))
    ap.add_argument("--minimize", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="print only the classification lines and the summary")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    modes = [m.strip() for m in a.modes.split(",") if m.strip()]
    if not os.path.exists(a.minigo):
        sys.exit(f"no minigo at {a.minigo}: dotnet build src/MiniGo.Cli -c Release (or --minigo PATH)")
    os.makedirs(a.out, exist_ok=True)
    env = go_env(os.path.join(a.out, ".gocache"))
    env["MINIGO_IMPORTCFG"] = importcfg(a.out, env)
    if a.files:
        paths = [os.path.abspath(f) for f in a.files]
    else:
        gen = load_generator()
        paths = []
        for k in range(a.n):
            p = os.path.join(a.out, f"g{k:04d}.go")
            with open(p, "w") as fh:
                fh.write(gen.program(a.seed, k))
            paths.append(p)
        subprocess.run([GOFMT, "-w"] + paths, check=True)

    counts = {m: {c: 0 for c in ["same"] + CLASSES} for m in modes}
    diff_counts = {m: {c: 0 for c in CLASSES} for m in modes}
    unsound_files = []
    results = []
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for r in ex.map(lambda p: compare(p, modes, a.minigo, env), paths):
            results.append(r)
            if not r["rejected"]:
                report(r, modes, counts, diff_counts, unsound_files, a.quiet)
    rejected = [r for r in results if r["rejected"]]
    print()
    print(f"seed {a.seed}: {len(results)} programs, {len(rejected)} rejected by Go (discarded)")
    for mode in modes:
        c = counts[mode]
        print(f"  {mode:8} files: same {c['same']}, unsound {c['unsound']}, over-conservative "
              f"{c['over-conservative']}, cosmetic {c['cosmetic']}; differences: "
              + ", ".join(f"{k} {v}" for k, v in diff_counts[mode].items()))
    for r in rejected[:5]:
        print(f"  rejected: {r['file']}: {r['go_error'].splitlines()[1:2]}")
    if a.minimize:
        for p in unsound_files:
            mode = next(m for m in modes if results[paths.index(p)]["modes"][m][0] == "unsound")
            mp = minimize(p, mode, a.minigo, env)
            if mp:
                print(f"  minimized: {mp}")
    sys.exit(1 if unsound_files else 0)


def report(r, modes, counts, diff_counts, unsound_files, quiet):
    """Print one compared file's differences (as soon as it is done) and count them."""
    for mode in modes:
        cls, diffs, mdiff = r["modes"][mode]
        counts[mode][cls] += 1
        for c, _ in diffs:
            diff_counts[mode][c] += 1
        if cls == "same":
            continue
        if cls == "unsound" and r["file"] not in unsound_files:
            unsound_files.append(r["file"])
        print(f"== {r['file']} [{mode}]: {cls}")
        for c, t in diffs:
            print(f"   {c}: {t}")
        if not quiet:
            for l in mdiff:
                print("   " + l)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
