#!/usr/bin/env bash
# MiniGo speed benchmark (issue 4).  Usage:  bash bench/run.sh
#
# Generates the programs (bench/gen.py, fixed seed), publishes MiniGo (bench/publish.sh: the
# Native AOT binary, as shipped), then for each
# program runs Go and MiniGo interleaved (Go, MiniGo, Go, MiniGo, ... REPS times each) under
# /usr/bin/time and takes the median wall time and the median peak RSS.  Then it runs the
# per-pass commands (see README.md, "Per-pass estimates").  Raw results go to
# $WORK/progs/<variant>/*.txt; bench/summarize.sh turns them into $WORK/results.tsv and
# $WORK/passes.tsv (medians); bench/README.md is written by hand from them.
#
# Environment:
#   WORK=/tmp/minigo-bench   scratch directory (programs, build copy, results)
#   REPS=3                   repetitions per tool and program
#   TIMEOUT=300              seconds before a run is killed and reported as TIMEOUT
#   VARIANTS="many_1k ..."   which programs (default: all six)
#   FROM_HEAD=1              build MiniGo from `git archive HEAD` instead of the working
#                            tree (useful when the shared working tree is mid-edit)
#   PASSES=0                 skip the per-pass runs
#   PASS_REPS=$REPS          repetitions of each per-pass command
#   VERIFY=0                 skip the `go build` check of each program (slow for big_100k)
#   MINIGO=path/minigo       use this build instead of building (an executable, or a
#                            framework-dependent minigo.dll, which is run with `dotnet`)
#   KEEP=1                   append to the raw results of an earlier run instead of starting afresh
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GO=/usr/lib/go-1.22/bin/go
GOFMT=/usr/lib/go-1.22/bin/gofmt
WORK=${WORK:-/tmp/minigo-bench}
REPS=${REPS:-3}
TIMEOUT=${TIMEOUT:-300}
VARIANTS=${VARIANTS:-"many_1k many_10k many_100k big_1k big_10k big_100k"}
FROM_HEAD=${FROM_HEAD:-0}
PASSES=${PASSES:-1}
PASS_REPS=${PASS_REPS:-$REPS}
VERIFY=${VERIFY:-1}
MINIGO=${MINIGO:-}
KEEP=${KEEP:-0}
export GOTOOLCHAIN=local

mkdir -p "$WORK"

# --- build MiniGo: the Native AOT binary (bench/publish.sh) unless MINIGO is given ---------
if [ -n "$MINIGO" ]; then
    echo "using $MINIGO" >&2
else
    MINIGO=$(WORK="$WORK" FROM_HEAD="$FROM_HEAD" bash "$ROOT/bench/publish.sh") || { echo "build failed" >&2; exit 1; }
fi
# How to run it: an executable directly, a framework-dependent minigo.dll with dotnet.
case "$MINIGO" in
    *.dll) MG=(dotnet "$MINIGO") ;;
    *) MG=("$MINIGO") ;;
esac

# --- programs ------------------------------------------------------------------------------
python3 "$ROOT/bench/gen.py" "$WORK/progs" $VARIANTS >&2
# go tool compile does not find the standard library by itself in Go 1.22: give it an importcfg.
$GO list -export -deps -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' fmt > "$WORK/importcfg"
for v in $VARIANTS; do
    d="$WORK/progs/$v"
    $GOFMT -l "$d/f.go" | grep -q . && echo "warning: gofmt would change $v" >&2
    $GOFMT -w "$d/f.go"
    if [ "$VERIFY" = 1 ]; then
        (cd "$d" && $GO build -o /dev/null f.go) || { echo "go build failed on $v" >&2; exit 1; }
    fi
    # parse-only variant: the same file with a syntax error on its last line
    { cat "$d/f.go"; echo 'func {'; } > "$d/parse.go"
done

# measure OUT CMD... : runs CMD in the current directory under time, stdout/stderr to
# /dev/null, appends "wall_s peak_KiB" (or "TIMEOUT -") to OUT.
measure() {
    local out=$1; shift
    local t; t=$(mktemp)
    /usr/bin/time -f '%e %M %x' -o "$t" timeout "$TIMEOUT" "$@" > /dev/null 2>&1
    read -r wall kib rc < <(tail -1 "$t")
    rm -f "$t"
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "TIMEOUT -" >> "$out"; else echo "$wall $kib" >> "$out"; fi
}

for v in $VARIANTS; do
    d="$WORK/progs/$v"; cd "$d"
    [ "$KEEP" = 1 ] || rm -f go.txt mg.txt
    for ((r = 0; r < REPS; r++)); do
        echo "  $v rep $r: go" >&2
        measure go.txt $GO tool compile -p main -importcfg "$WORK/importcfg" -o /dev/null -m -l f.go
        echo "  $v rep $r: minigo" >&2
        measure mg.txt "${MG[@]}" build -gcflags='-m -l' f.go
    done
done

if [ "$PASSES" = 1 ]; then

# --- per-pass estimates (derived by differences, see README) -------------------------------
for v in $VARIANTS; do
    d="$WORK/progs/$v"; cd "$d"
    [ "$KEEP" = 1 ] || rm -f p_*.txt
    for ((r = 0; r < PASS_REPS; r++)); do
        echo "  $v passes rep $r" >&2
        measure p_help.txt "${MG[@]}" help
        measure p_parse.txt "${MG[@]}" build parse.go
        measure p_check.txt "${MG[@]}" build f.go
        measure p_ssa.txt "${MG[@]}" ssa f.go -func '(*Pt).Area'
        measure p_all.txt "${MG[@]}" build -gcflags='-m -l' f.go
        # the passes as MiniGo itself times them (MINIGO_TIMINGS=1: one line per pass on stderr)
        MINIGO_TIMINGS=1 timeout "$TIMEOUT" "${MG[@]}" build -gcflags='-m -l' f.go 2>> p_timings.txt > /dev/null
    done
done
fi

WORK="$WORK" bash "$ROOT/bench/summarize.sh" $VARIANTS
