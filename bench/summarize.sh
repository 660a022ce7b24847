#!/usr/bin/env bash
# Summarises the raw measurements that bench/run.sh left in $WORK/progs/<variant>/:
#   go.txt, mg.txt              one "wall_s peak_KiB" line per run (or "TIMEOUT -")
#   p_help.txt ... p_all.txt    the same for the per-pass commands
#   p_timings.txt               MiniGo's own per-pass lines (MINIGO_TIMINGS=1)
# Writes $WORK/results.tsv, $WORK/passes.tsv and $WORK/timings.tsv (medians) and prints them.
# Usage: WORK=/tmp/minigo-bench bash bench/summarize.sh [VARIANT...]
set -uo pipefail
WORK=${WORK:-/tmp/minigo-bench}
if [ $# -gt 0 ]; then VARIANTS="$*"; else VARIANTS=$(cd "$WORK/progs" && ls); fi

# median FILE COLUMN : median of a column (TIMEOUT if any run timed out, "-" if no file)
median() {
    [ -s "$1" ] || { echo "-"; return; }
    if grep -q TIMEOUT "$1"; then echo TIMEOUT; return; fi
    awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[n++] = $1 } END { print v[int((n - 1) / 2)] }'
}

RES="$WORK/results.tsv"
echo -e "variant\tlines\tgo_s\tgo_MiB\tminigo_s\tminigo_MiB\tratio_time\tratio_mem\truns" > "$RES"
PAS="$WORK/passes.tsv"
echo -e "variant\tlines\tstartup_s\tfront_s\tparse_ub_s\tssa_s\tescape_s\ttotal_s\tfront_MiB\tssa_MiB\ttotal_MiB" > "$PAS"
for v in $VARIANTS; do
    d="$WORK/progs/$v"
    [ -f "$d/f.go" ] || continue
    lines=$(wc -l < "$d/f.go")
    if [ -s "$d/go.txt" ]; then
        gs=$(median "$d/go.txt" 1); gk=$(median "$d/go.txt" 2); ms=$(median "$d/mg.txt" 1); mk=$(median "$d/mg.txt" 2)
        n=$(wc -l < "$d/go.txt")
        awk -v v="$v" -v l="$lines" -v gs="$gs" -v gk="$gk" -v ms="$ms" -v mk="$mk" -v n="$n" 'BEGIN {
            ok_g = (gs != "TIMEOUT" && gs != "-"); ok_m = (ms != "TIMEOUT" && ms != "-")
            gm = ok_g ? sprintf("%.0f", gk / 1024) : "-"
            mm = ok_m ? sprintf("%.0f", mk / 1024) : "-"
            rt = (ok_g && ok_m) ? sprintf("%.2f", ms / gs) : "-"
            rm = (ok_g && ok_m) ? sprintf("%.2f", mk / gk) : "-"
            printf "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", v, l, gs, gm, ms, mm, rt, rm, n }' >> "$RES"
    fi
    if [ -s "$d/p_all.txt" ]; then
        h=$(median "$d/p_help.txt" 1); p=$(median "$d/p_parse.txt" 1); c=$(median "$d/p_check.txt" 1)
        s=$(median "$d/p_ssa.txt" 1); a=$(median "$d/p_all.txt" 1)
        ck=$(median "$d/p_check.txt" 2); sk=$(median "$d/p_ssa.txt" 2); ak=$(median "$d/p_all.txt" 2)
        # front = parse+check (build f.go - help); parse_ub = parse.go (syntax error on the last
        # line: SLL parse, then the full-LL re-parse, so an upper bound of parsing); ssa = ssa
        # (printing one tiny function) - build; escape = build -m -l - ssa (escape + report).
        awk -v v="$v" -v l="$lines" -v h="$h" -v p="$p" -v c="$c" -v s="$s" -v a="$a" \
            -v ck="$ck" -v sk="$sk" -v ak="$ak" 'BEGIN {
            f = "%.2f"
            printf "%s\t%d\t" f "\t" f "\t" f "\t" f "\t" f "\t%s\t%.0f\t%.0f\t%.0f\n", v, l, h, c - h, p - h, s - c, a - s, a, ck / 1024, sk / 1024, ak / 1024 }' >> "$PAS"
    fi
done
# Passes as MiniGo times them itself (MINIGO_TIMINGS=1): median seconds and the median peak
# working set (MiB) reached by the end of each pass.
TIM="$WORK/timings.tsv"
echo -e "variant\tlines\tparse_s\tcheck_s\tssa_s\tescape_s\treport_s\tparse_MiB\tcheck_MiB\tssa_MiB\tescape_MiB" > "$TIM"
for v in $VARIANTS; do
    t="$WORK/progs/$v/p_timings.txt"
    [ -s "$t" ] || continue
    lines=$(wc -l < "$WORK/progs/$v/f.go")
    row="$v\t$lines"; mem=""
    for pass in parse check ssa escape report; do
        s=$(awk -v p="$pass" '$2 == p { print $3 }' "$t" | sort -g | awk '{ v[n++] = $1 } END { print (n ? v[int((n - 1) / 2)] : "-") }')
        row="$row\t$s"
        [ "$pass" = report ] && continue
        m=$(awk -v p="$pass" '$2 == p { for (i = 1; i < NF; i++) if ($i == "peak") print $(i + 1) }' "$t" | sort -g | awk '{ v[n++] = $1 } END { print (n ? v[int((n - 1) / 2)] : "-") }')
        mem="$mem\t$m"
    done
    echo -e "$row$mem" >> "$TIM"
done
column -t "$RES"; echo; column -t "$PAS"; echo; column -t "$TIM"
