#!/usr/bin/env bash
# go-test-tree.sh - run MiniGo and Go 1.22 over Go's own test tree and count how they disagree.
#
# Usage:
#   tools/go-test-tree.sh [-j N] [OUTDIR]
#
# Takes every .go file directly in /usr/share/go-1.22/test, test/fixedbugs and test/ken that
# imports nothing or only "fmt" and "errors" (MiniGo's subset of imports; the file's own
# // run / errorcheck recipe does not matter). Each file is copied alone into a scratch folder
# and built there by both compilers:
#   go build -o /dev/null F.go                       (Go's verdict: accepted = exit 0)
#   minigo build -gcflags='-m -l' -o /dev/null F.go  (all of MiniGo's passes run)
# and classified:
#   crash           MiniGo: internal compiler error, exit status other than 0/1, or timeout (20 s)
#   accepted-invalid Go rejects the file, MiniGo accepts it (the soundness failure)
#   rejected-valid  Go accepts it, MiniGo rejects it (usually a construct outside the subset)
#   agree           both accept or both reject
# OUTDIR (default: a fresh temporary folder) receives one line per file in results.tsv
# (class, file, MiniGo's first error line) and the summary in summary.txt, also printed.
# Go's verdicts are cached in OUTDIR/go-verdicts.tsv, so a second run only reruns MiniGo.
#
# MiniGo is published once (Release) into OUTDIR/minigo. Needs Go 1.22 at /usr/lib/go-1.22.

set -u
jobs=2
if [ "${1:-}" = "-j" ]; then jobs=$2; shift 2; fi
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
tree=/usr/share/go-1.22/test
export GOTOOLCHAIN=local GOFLAGS= GOCACHE="$out/gocache" PATH=/usr/lib/go-1.22/bin:$PATH

if [ ! -x "$out/minigo/minigo" ]; then
	dotnet publish "$root/src/MiniGo.Cli" -c Release -o "$out/minigo" >/dev/null || exit 2
fi
export MINIGO="$out/minigo/minigo" OUT="$out"

# The files: imports none, or only fmt/errors (import lines and blocks).
list="$out/files.txt"
: >"$list"
for f in "$tree"/*.go "$tree"/fixedbugs/*.go "$tree"/ken/*.go; do
	imports=$(awk '
		/^import[ \t]*\(/ { inblock = 1; next }
		inblock && /^\)/ { inblock = 0; next }
		inblock { print; next }
		/^import[ \t]/ { sub(/^import[ \t]*/, ""); print }
	' "$f" | sed -E 's,//.*,,; s/^[ \t]*[A-Za-z_.]*[ \t]*"/"/' | grep -o '"[^"]*"' | sort -u | grep -v -x -e '"fmt"' -e '"errors"')
	[ -z "$imports" ] && echo "$f" >>"$list"
done

one() {
	f=$1
	rel=${f#/usr/share/go-1.22/test/}
	d=$(mktemp -d)
	cp "$f" "$d/"
	name=$(basename "$f")
	cached=$(grep -F -m1 "	$rel" "$OUT/go-verdicts.tsv" 2>/dev/null | cut -f1)
	if [ -z "$cached" ]; then
		(cd "$d" && timeout 60 go build -o /dev/null "$name" >/dev/null 2>&1)
		cached=$([ $? -eq 0 ] && echo ok || echo err)
		printf '%s\t%s\n' "$cached" "$rel" >>"$OUT/go-verdicts.tsv"
	fi
	(cd "$d" && timeout 20 "$MINIGO" build -gcflags='-m -l' -o /dev/null "$name" >/dev/null 2>"$d/mg.err")
	rc=$?
	first=$(grep -v '^# command-line-arguments' "$d/mg.err" | head -n 1 | tr '\t' ' ' | cut -c1-200)
	if [ $rc -ne 0 ] && [ $rc -ne 1 ] || grep -q 'internal compiler error' "$d/mg.err"; then class=crash
	elif [ "$cached" = err ] && [ $rc -eq 0 ]; then class=accepted-invalid
	elif [ "$cached" = ok ] && [ $rc -ne 0 ]; then class=rejected-valid
	else class=agree
	fi
	printf '%s\t%s\t%s\n' "$class" "$rel" "$first" | tee -a "$OUT/results.partial.tsv"
	rm -rf "$d"
}
export -f one

: >"$out/results.partial.tsv" # filled as files finish (look here while it runs)
xargs -a "$list" -P "$jobs" -I{} bash -c 'one "$@"' _ {} | sort -k2 >"$out/results.tsv"

{
	echo "files: $(wc -l <"$list") (test/, test/fixedbugs, test/ken; imports none or only fmt/errors)"
	for c in crash accepted-invalid rejected-valid agree; do
		printf '%-17s %s\n' "$c" "$(grep -c "^$c	" "$out/results.tsv")"
	done
} | tee "$out/summary.txt"
echo "details: $out/results.tsv"
