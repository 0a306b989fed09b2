#!/usr/bin/env bash
# accesslog.sh — what the access log costs: GET one case with and without --access-log to a
# file, alternating (off, on, off, on) so that drift of a shared machine falls on both.
# Prints both figures and on/off. tools/bench.sh calls it with its data set; alone it makes a
# demo database:
#   bench/accesslog.sh [PINGAN [DB [CASE_ID]]]
# BENCH_SECONDS (per run, default 6), BENCH_THREADS (server workers, default 16).
set -euo pipefail
cd "$(dirname "$0")/.."
pingan=${1:-bin/pingan}
db=${2:-}
id=${3:-}
SECS=${BENCH_SECONDS:-6}
THREADS=${BENCH_THREADS:-16}
command -v wrk >/dev/null || { echo "accesslog: wrk is needed (apt-get install wrk)" >&2; exit 1; }

dir=$(mktemp -d /tmp/pingan-alog-bench.XXXXXX)
spid=""
cleanup() {
	[ -n "$spid" ] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
if [ -z "$db" ]; then
	db="$dir/b.db"
	PINGAN_DEMO_PASSWORD=bench-pass-1 "$pingan" init --db "$db" --demo >/dev/null
fi
P=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
B="http://127.0.0.1:$P/api/v1"

start() {
	"$pingan" serve --db "$db" --listen "127.0.0.1:$P" --threads "$THREADS" --quiet "$@" &
	spid=$!
	for _ in $(seq 1 200); do curl -sf "$B/health" >/dev/null && return; sleep 0.05; done
	echo "accesslog: the server did not start" >&2
	exit 1
}
stop() { kill "$spid"; wait "$spid" 2>/dev/null || true; spid=""; }

start
export TOKEN
TOKEN=$(curl -s -XPOST "$B/session" -H 'Content-Type: application/json' \
	-d '{"login":"admin","password":"bench-pass-1"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
if [ -z "$id" ]; then
	id=$(curl -s "$B/cases?limit=1" -H "Authorization: Bearer $TOKEN" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
fi
url="$B/cases/$id"
curl -sf "$url" -H "Authorization: Bearer $TOKEN" >/dev/null || { echo "accesslog: GET $url failed" >&2; exit 1; }
stop

# wrk → "req/s server-CPU-µs-per-request" (CPU time of the server process: steadier than req/s
# on a shared machine, where other work takes the cores at random)
cpu() { awk '{ print $14 + $15 }' "/proc/$spid/stat"; }
run() {
	local c0 c1 out
	c0=$(cpu)
	out=$(wrk -t2 -c32 -d"${SECS}s" -s bench/auth.lua "$url" 2>&1)
	c1=$(cpu)
	echo "$out" | awk -v c="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" '
		/requests in/ { n = $1 }
		/Requests\/sec/ { r = $2 }
		END { printf "%.0f %.2f\n", r, n ? c / hz * 1e6 / n : 0 }'
}
off=0 on=0 offc=0 onc=0
ROUNDS=${BENCH_ROUNDS:-2}
for round in $(seq 1 "$ROUNDS"); do
	start; read -r o oc <<<"$(run)"; stop
	start --access-log "$dir/access.log"; read -r n nc <<<"$(run)"; stop
	off=$((off + o)); on=$((on + n))
	offc=$(awk -v a="$offc" -v b="$oc" 'BEGIN { print a + b }')
	onc=$(awk -v a="$onc" -v b="$nc" 'BEGIN { print a + b }')
	echo "accesslog: round $round: off $o req/s ($oc µs CPU/request), on $n req/s ($nc µs CPU/request)" >&2
done
lines=$(wc -l <"$dir/access.log")
awk -v a="$on" -v b="$off" -v ac="$onc" -v bc="$offc" -v k="$ROUNDS" -v l="$lines" 'BEGIN {
	printf "GET one case, access log off: %.0f req/s, %.1f µs server CPU/request; on (to a file): %.0f req/s, %.1f µs; on/off %.3f in req/s, %.3f in CPU (%d lines logged)\n",
		b / k, bc / k, a / k, ac / k, a / b, ac / bc, l }'
