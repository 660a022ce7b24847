#!/usr/bin/env bash
# Publishes MiniGo the way it is shipped, for the benchmarks: the Native AOT binary
# (`dotnet publish src/MiniGo.Cli -c Release -r <this machine's RID>`), built in a copy of the
# tree so that the working tree's obj/ and bin/ stay as they are. Prints the binary's path.
#
# Environment:
#   WORK=/tmp/minigo-bench   the copy goes to $WORK/src, the binary to $WORK/minigo/minigo
#   FROM_HEAD=1              copy `git archive HEAD` instead of the working tree
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-/tmp/minigo-bench}
SRC="$WORK/src"
rm -rf "$SRC" && mkdir -p "$SRC"
if [ "${FROM_HEAD:-0}" = 1 ]; then
    git -C "$ROOT" archive HEAD | tar -x -C "$SRC"
    echo "building MiniGo from HEAD $(git -C "$ROOT" rev-parse --short HEAD) in $SRC" >&2
else
    (cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 tar -c) | tar -x -C "$SRC"
    echo "building MiniGo from the working tree of $ROOT in $SRC" >&2
fi
RID=$(dotnet --info | awk '/RID:/ { print $2; exit }')
rm -rf "$WORK/minigo"
(cd "$SRC" && dotnet publish src/MiniGo.Cli -c Release -r "$RID" -o "$WORK/minigo" -v q -nologo) >&2
echo "$WORK/minigo/minigo"
