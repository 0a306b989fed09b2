#!/usr/bin/env bash
# scale.sh — the "at scale" part of `make bench` (issue 7 §6): a demo database plus
# BENCH_EVENTS (default 1,000,000) grid events, each figure beside a reference measured in the
# same run:
#   1. the SLA tick (POST /api/v1/admin/sla-tick) over the open events, first pass (about 1% of
#      the running stages just crossed their yellow line) and steady state, beside a bare
#      SELECT COUNT(*) of the open cases in the sqlite3 CLI;
#   2. the indicators of the county (婺城区) over the year by week, beside a bare COUNT of the
#      events of the same period;
#   3. filtered list pages of 50 events, beside the minimal responder serving the same bytes;
#   4. durable creates with 64 clients, beside the same on a plain demo database;
#   5. one monitoring pass with 500 thresholds (bench/monitor.sh), beside a bare COUNT of the
#      events of its 30-day window (BENCH_MONITOR=0 skips it).
# Run by tools/bench.sh, or alone:  bench/scale.sh BIN [DIR]  (BIN a built pingan; DIR a
# scratch directory, default a fresh one, removed at the end). Prints the table on stdout,
# progress on stderr. BENCH_EVENTS, BENCH_OPEN_SHARE (percent of events still open, default
# 100: the tick over 1,000,000 open events; 15 is a realistic year), BENCH_SECONDS,
# BENCH_THREADS adjust it. BENCH_DB_CACHE=FILE keeps the generated database: the first run
# writes FILE (and FILE.key, FILE.anchors), later runs copy it instead of generating (its
# deadlines age with it: use it within the hour, or the share due grows).
set -euo pipefail
pingan=$(realpath "$1")
cd "$(dirname "$0")/.."
EVENTS=${BENCH_EVENTS:-1000000}
OPEN=${BENCH_OPEN_SHARE:-100}
SECS=${BENCH_SECONDS:-6}
THREADS=${BENCH_THREADS:-16}
MT=${BENCH_MINIMAL_THREADS:-4}
. bench/lib.sh
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
[ -x bin/minimal ] || cc -O2 -Wall -Wextra -Werror -Wno-unused-parameter -o bin/minimal bench/minimal.c -lmicrohttpd

own=""
if [ -n "${2:-}" ]; then dir=$2; else dir=$(mktemp -d /tmp/pingan-scale.XXXXXX); own=1; fi
spids=()
scale_cleanup() {
	for p in "${spids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	[ -n "$own" ] && rm -rf "$dir"
	return 0
}
trap scale_cleanup EXIT

# the best "real" time in ms of a query run three times in the sqlite3 CLI (read-only)
sql_ms() {
	printf '.timer on\n%s;\n%s;\n%s;\n' "$2" "$2" "$2" | sqlite3 -readonly "$1" |
		awk '/^Run Time/ { v = $4 * 1000; if (best == "" || v < best) best = v } END { printf "%.1f\n", best }'
}
# the best of three times in ms of an authenticated request; the body goes to $3
http_ms() {
	local method=$1 url=$2 out=$3 best="" t
	for _ in 1 2 3; do
		t=$(curl -s -X "$method" -o "$out" -w '%{time_total}' "$url" -H "Authorization: Bearer $TOKEN")
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { if (b == "" || a < b) print a; else print b }')
	done
	awk -v t="$best" 'BEGIN { printf "%.1f\n", t * 1000 }'
}
http_once_ms() {
	curl -s -X "$1" -o "$3" -w '%{time_total}' "$2" -H "Authorization: Bearer $TOKEN" |
		awk '{ printf "%.1f\n", $1 * 1000 }'
}
P=$(port)
B="http://127.0.0.1:$P/api/v1"
serve() {
	"$pingan" serve --db "$1" --listen "127.0.0.1:$P" --threads "$THREADS" --sla-interval 86400 \
		--quiet >/dev/null &
	spid=$!; spids+=("$spid")
	for _ in $(seq 1 2400); do curl -sf "$B/health" >/dev/null && break; sleep 0.05; done   # up to 2 min: a server on 1,000,000 events reads its start-up checks first
	TOKEN=$(curl -s -XPOST "$B/session" -H 'Content-Type: application/json' \
		-d '{"login":"admin","password":"bench-pass-1"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
	export TOKEN
}
stop() { kill "$spid"; wait "$spid" 2>/dev/null || true; }

echo "scale: demo database + $EVENTS grid events ($OPEN% open, seed 2017)" >&2
PINGAN_DEMO_PASSWORD=bench-pass-1 "$pingan" init --db "$dir/demo.db" --demo >/dev/null
cache=${BENCH_DB_CACHE:-}
if [ -n "$cache" ] && [ -f "$cache" ]; then
	for x in "" .key .anchors; do cp "$cache$x" "$dir/e.db$x"; done
	"$pingan" init --db "$dir/e.db" >/dev/null     # a cache written by an older binary migrates
	gen="(copied from $cache)"
else
	PINGAN_DEMO_PASSWORD=bench-pass-1 "$pingan" init --db "$dir/e.db" --demo >/dev/null
	t0=$(date +%s.%N)
	"$pingan" bench-data --db "$dir/e.db" --events "$EVENTS" --open-share "$OPEN" --seed 2017 2>/dev/null
	t1=$(date +%s.%N)
	gen=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f s", b - a }')
	if [ -n "$cache" ]; then
		for x in "" .key .anchors; do cp "$dir/e.db$x" "$cache$x"; done
	fi
fi
db="$dir/e.db"
serve "$db"

load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "scale: SLA tick" >&2
now=$(($(date +%s) * 1000))
open_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE closed_at IS NULL")
due_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE next_warn_at <= $now")
count_open=$(sql_ms "$db" "SELECT COUNT(*) FROM cases WHERE closed_at IS NULL")
# a pass records at most SLA_PASS_MAX warnings and says "more": the first pass, then the
# passes that drain the rest (the scheduler runs them a few seconds apart), then steady state
tick1=$(http_once_ms POST "$B/admin/sla-tick" "$dir/tick1.json")
marked1=$(sed -n 's/.*"changed":\([0-9]*\).*/\1/p' "$dir/tick1.json")
drain_ms=$tick1 drain_n=$marked1 passes=1 worst=$tick1
while grep -q '"more":true' "$dir/tick1.json" && [ "$passes" -lt 100 ]; do
	t=$(http_once_ms POST "$B/admin/sla-tick" "$dir/tick1.json")
	drain_ms=$(awk -v a="$drain_ms" -v b="$t" 'BEGIN { printf "%.1f", a + b }')
	worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (b > a ? b : a) }')
	drain_n=$((drain_n + $(sed -n 's/.*"changed":\([0-9]*\).*/\1/p' "$dir/tick1.json")))
	passes=$((passes + 1))
done
tick2=$(http_once_ms POST "$B/admin/sla-tick" "$dir/tick2.json")
marked2=$(sed -n 's/.*"changed":\([0-9]*\).*/\1/p' "$dir/tick2.json")

echo "scale: indicators of the county over the year" >&2
county=$(sqlite3 -readonly "$db" "SELECT id FROM orgs WHERE code = '330702'")
town=$(sqlite3 -readonly "$db" "SELECT id FROM orgs WHERE code = '330702001'")
from=$(TZ=Asia/Shanghai date -d '-365 days' +%F)
to=$(TZ=Asia/Shanghai date -d tomorrow +%F)
from_ms=$(($(TZ=Asia/Shanghai date -d "$from" +%s) * 1000))
to_ms=$(($(TZ=Asia/Shanghai date -d "$to" +%s) * 1000))
ind=$(http_ms GET "$B/indicators?org_id=$county&from=$from&to=$to&group=week" "$dir/ind.json")
ind_n=$(sed -n 's/.*"code":"reported"[^}]*"value":\([0-9]*\).*/\1/p' "$dir/ind.json")
count_period=$(sql_ms "$db" "SELECT COUNT(*) FROM cases WHERE type = 'event' AND created_at >= $from_ms AND created_at < $to_ms")
period_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE type = 'event' AND created_at >= $from_ms AND created_at < $to_ms")

echo "scale: list pages of 50 ($SECS s each, 2 wrk threads, 32 connections)" >&2
l1="$B/cases?type=event&status=signed&limit=50"
l2="$B/cases?type=event&status=signed&org_id=$town&limit=50"
curl -sf "$l1" -H "Authorization: Bearer $TOKEN" >"$dir/l1.json"
curl -sf "$l2" -H "Authorization: Bearer $TOKEN" >"$dir/l2.json"
M1=$(port); bin/minimal "$dir/l1.json" "$M1" "$MT" & spids+=($!)
M2=$(port); bin/minimal "$dir/l2.json" "$M2" "$MT" & spids+=($!)
sleep 0.3
# the server's CPU time per page (from /proc) beside the ratio: the minimal responder's rate
# moves with the host (27,000-45,000 req/s on the same VM size), the CPU a page costs less
cpu() { awk '{ print $14 + $15 }' "/proc/$spid/stat"; }
per_page() { awk -v c="$(($2 - $1))" -v hz="$(getconf CLK_TCK)" -v r="$3" -v s="$SECS" \
	'BEGIN { printf "%.0f", (r > 0 ? c / hz * 1e6 / (r * s) : 0) }'; }
read -r m1_r m1_50 m1_99 _ <<<"$(measure 32 2 "" "http://127.0.0.1:$M1/")"
c0=$(cpu); read -r p1_r p1_50 p1_99 p1_e <<<"$(measure 32 2 bench/auth.lua "$l1")"; c1=$(cpu)
p1_c=$(per_page "$c0" "$c1" "$p1_r")
read -r m2_r m2_50 m2_99 _ <<<"$(measure 32 2 "" "http://127.0.0.1:$M2/")"
c0=$(cpu); read -r p2_r p2_50 p2_99 p2_e <<<"$(measure 32 2 bench/auth.lua "$l2")"; c1=$(cpu)
p2_c=$(per_page "$c0" "$c1" "$p2_r")

echo "scale: durable creates, 64 clients, demo database and $EVENTS events, alternating" >&2
# req/s moves a lot with the shared disk's fsync times: rounds alternate the two databases so
# that drift falls on both, and the server's CPU time per create (from /proc) is printed too
creates() {
	local c0 c1 out
	c0=$(cpu)
	out=$(wrk -t2 -c64 -d"${SECS}s" --latency -s bench/create.lua "$B/cases" 2>&1)
	c1=$(cpu)
	echo "$out" | awk -v c="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/requests in/ { n = $1 }
		/Requests\/sec/ { r = $2 }
		/^ +99%/ { p99 = ms($2) }
		/Non-2xx/ { err = $5 }
		END { printf "%.0f %.2f %.0f %d\n", r, p99, n ? c / hz * 1e6 / n : 0, err + 0 }'
}
stop
cd_r=0 cb_r=0 cd_c=0 cb_c=0 cd_e=0 cb_e=0
ROUNDS=${BENCH_ROUNDS:-2}
for round in $(seq 1 "$ROUNDS"); do
	serve "$dir/demo.db"; read -r r p c e <<<"$(creates)"; stop
	cd_r=$((cd_r + r)); cd_c=$((cd_c + c)); cd_e=$((cd_e + e)); cd_99=$p
	serve "$db"; read -r r2 p2 c2 e2 <<<"$(creates)"; stop
	cb_r=$((cb_r + r2)); cb_c=$((cb_c + c2)); cb_e=$((cb_e + e2)); cb_99=$p2
	echo "scale: round $round: demo $r/s ($c µs CPU/create), $EVENTS events $r2/s ($c2 µs)" >&2
done
cd_r=$((cd_r / ROUNDS)); cb_r=$((cb_r / ROUNDS)); cd_c=$((cd_c / ROUNDS)); cb_c=$((cb_c / ROUNDS))

trow() { printf '| %-56s | %9s | %s |\n' "$@"; }
echo
echo "At scale: $EVENTS grid events ($open_n cases open), generated in ${gen}; server: --threads $THREADS; load average before: $load0"
echo
trow "measurement (best of 3 unless said)" "ms" "ratio"
trow "----" "----" "----"
trow "bare COUNT(*) of the open cases (sqlite3 CLI)" "$count_open" "1.00"
trow "SLA tick, first pass: $marked1 warnings ($due_n due), once" "$tick1" "$(ratio "$tick1" "$count_open")x bare COUNT (target < 1000 ms)"
trow "SLA tick, all $passes passes to drain them: $drain_n warnings" "$drain_ms" "slowest pass $worst ms"
trow "SLA tick, steady state: $marked2 warnings, once" "$tick2" "$(ratio "$tick2" "$count_open")x bare COUNT (target < 1000 ms)"
trow "bare COUNT(*) of the events of the year ($period_n)" "$count_period" "1.00"
trow "indicators of the county, year by week ($ind_n events)" "$ind" "$(ratio "$ind" "$count_period")x bare COUNT (target < 200 ms)"
echo
row "measurement" "req/s" "p50 ms" "p99 ms" "non-2xx" "ratio"
row "----" "----" "----" "----" "----" "----"
row "minimal responder, same bytes as list 1" "$m1_r" "$m1_50" "$m1_99" "-" "1.00"
row "Pingan list 1: events signed, page of 50" "$p1_r" "$p1_50" "$p1_99" "$p1_e" "$(ratio "$p1_r" "$m1_r") of minimal (target 0.2); $p1_c µs CPU/page"
row "minimal responder, same bytes as list 2" "$m2_r" "$m2_50" "$m2_99" "-" "1.00"
row "Pingan list 2: list 1 in one township (org_id)" "$p2_r" "$p2_50" "$p2_99" "$p2_e" "$(ratio "$p2_r" "$m2_r") of minimal (target 0.2); $p2_c µs CPU/page"
row "Pingan POST case, 64 clients, demo database" "$cd_r" "-" "$cd_99" "$cd_e" "1.00 ($cd_c µs CPU/create)"
row "Pingan POST case, 64 clients, $EVENTS events" "$cb_r" "-" "$cb_99" "$cb_e" "$(ratio "$cb_r" "$cd_r") of demo (target 0.5); $cb_c µs CPU/create, $(ratio "$cb_c" "$cd_c")x demo"

# 5. the monitoring pass (监测预警) over the same events, beside one scan of its window; last,
# since it adds units, thresholds and addresses to the database (bench/monitor.sh alone makes
# its own database)
if [ "${BENCH_MONITOR:-1}" != 0 ]; then
	echo "scale: monitoring pass" >&2
	bench/monitor.sh "$pingan" "$db"
fi
