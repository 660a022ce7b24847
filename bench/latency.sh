#!/usr/bin/env bash
# MiniGo small-file latency benchmark (issue 14).  Usage:  bash bench/latency.sh
#
# What a student waits for: one `-m -l` report of a small file. For small_20 (20 lines),
# many_100 (100 lines) and many_1k (1,017 lines) from bench/gen.py it times, interleaved
# (A B C D A B C D ... REPS rounds), each command as a whole process:
#
#   minigo   $MINIGO build -gcflags='-m -l' f.go          (the Native AOT binary by default)
#   compile  go tool compile -p main -importcfg IMPORTCFG -o /dev/null -m -l f.go
#   build    go build -gcflags='-m -l' -o /dev/null f.go  (warm GOCACHE, file unchanged: Go
#            replays the cached compile's report)
#   edit     the same go build after touching the file (a comment line appended: the package is
#            compiled again, the standard library comes from the warm cache)
#
# and prints, per file and command, the median and the range (min-max) of wall time, CPU time
# (user+sys, from getrusage) and peak RSS. On a shared machine wall time is noisy; CPU time is the steadier figure.
#
# Environment:
#   WORK=/tmp/minigo-latency  scratch directory
#   REPS=21                   rounds
#   MINIGO=path/minigo        the binary to time (default: publish the Native AOT build, see
#                             bench/publish.sh)
#   FILES="small_20 many_100 many_1k"
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
GO=/usr/lib/go-1.22/bin/go
WORK=${WORK:-/tmp/minigo-latency}
REPS=${REPS:-21}
FILES=${FILES:-"small_20 many_100 many_1k"}
export GOTOOLCHAIN=local GOFLAGS=
mkdir -p "$WORK"

if [ -z "${MINIGO:-}" ]; then
    MINIGO=$(WORK="$WORK" bash "$ROOT/bench/publish.sh") || { echo "publish failed" >&2; exit 1; }
fi
echo "minigo: $MINIGO" >&2

python3 "$ROOT/bench/gen.py" "$WORK/progs" $FILES >&2
$GO list -export -deps -f '{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}' fmt > "$WORK/importcfg"
export GOCACHE="$WORK/gocache"
mkdir -p "$GOCACHE"

# one TAG CMD... : runs CMD in the current directory, output to /dev/null; appends
# "wall_s cpu_s peak_KiB" to TAG.txt. Wall and CPU time (user+sys of CMD and its children, e.g.
# the compile that `go tool compile` starts) come from Python's clock and getrusage, to the
# microsecond (/usr/bin/time rounds CPU time to 10 ms, as long as a whole 20-line run); the peak
# RSS (the largest process) from /usr/bin/time, whose own footprint is tiny (a Python child's
# peak would include the Python process it was forked from).
one() {
    python3 - "$@" <<'PY'
import os, resource, subprocess, sys, tempfile, time
tag, cmd = sys.argv[1], sys.argv[2:]
fd, peak = tempfile.mkstemp()
os.close(fd)
t0 = time.perf_counter()
subprocess.run(["/usr/bin/time", "-f", "%M", "-o", peak] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t0
r = resource.getrusage(resource.RUSAGE_CHILDREN)
kib = open(peak).read().split()[-1]
os.remove(peak)
with open(tag + ".txt", "a") as f:
    f.write(f"{wall:.4f} {r.ru_utime + r.ru_stime:.4f} {kib}\n")
PY
}

# "edit": append a comment line (positions stay the same), then go build
cat > "$WORK/edit-build.sh" <<EDIT
echo "// edit \$RANDOM\$RANDOM" >> f.go
exec $GO build -gcflags='-m -l' -o /dev/null f.go
EDIT

for f in $FILES; do
    cd "$WORK/progs/$f" || exit 1
    cp f.go pristine.go.txt
    rm -f minigo.txt compile.txt build.txt edit.txt
    # warm-up: the standard library into GOCACHE, this file's compile too, the binaries into the page cache
    $GO build -gcflags='-m -l' -o /dev/null f.go > /dev/null 2>&1
    "$MINIGO" build -gcflags='-m -l' f.go > /dev/null 2>&1
    for ((r = 0; r < REPS; r++)); do
        one minigo "$MINIGO" build -gcflags='-m -l' f.go
        one compile $GO tool compile -p main -importcfg "$WORK/importcfg" -o /dev/null -m -l f.go
        one build $GO build -gcflags='-m -l' -o /dev/null f.go
        one edit sh "$WORK/edit-build.sh"
        cp pristine.go.txt f.go
    done
done

# median and range of column $2 of file $1
stat() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { printf "%s (%s-%s)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
printf '%-9s %-8s %-22s %-22s %s\n' file command "wall s median (range)" "cpu s median (range)" "peak KiB median (range)"
for f in $FILES; do
    for c in minigo compile build edit; do
        t="$WORK/progs/$f/$c.txt"
        printf '%-9s %-8s %-22s %-22s %s\n' "$f" "$c" "$(stat "$t" 1)" "$(stat "$t" 2)" "$(stat "$t" 3)"
    done
done
