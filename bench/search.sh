#!/usr/bin/env bash
# search.sh — the full-text search part of `make bench` (issue 9 §4, 全文检索): a demo database
# plus BENCH_SEARCH_EVENTS (default 1,000,000) grid events with realistic Chinese titles and
# bodies (src/modules/benchtext.c: 噪声 planted in exactly 10% of them, 蜂窝 in 0.01%), then the
# first page of 50 of GET /api/v1/search, p50 and p99 over BENCH_SECONDS of back-to-back
# requests on one connection, for:
# with the server's CPU time per request beside them (wall-clock percentiles on a loaded shared
# machine mostly measure the scheduler), for:
#   a common two-character word (噪声, 10%), a rare one (蜂窝, 0.01%), a one-character word (灯),
#   a three-character phrase (电动车), the common word as a township operator (scope narrows it),
#   a case number (SJB…, the code index) and q= on the case list;
# beside same-run references: the plain case list's first page of 50 (an indexed SELECT through
# the same server) and the bare SELECT of 50 ids in the sqlite3 CLI. Prints the index's size
# beside the table's.
# The database is built once and kept: BENCH_SEARCH_DIR (default /tmp/pingan-search-bench)
# holds it; delete it to rebuild. Run by tools/bench.sh, or alone: bench/search.sh BIN
set -euo pipefail
pingan=$(realpath "$1")
cd "$(dirname "$0")/.."
EVENTS=${BENCH_SEARCH_EVENTS:-1000000}
SECS=${BENCH_SECONDS:-6}
dir=${BENCH_SEARCH_DIR:-/tmp/pingan-search-bench}
. bench/lib.sh
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

db="$dir/s-$EVENTS.db"
mkdir -p "$dir"
if [ ! -f "$db.done" ]; then
	rm -f "$db" "$db"-* "$db.key"
	echo "search: building $db ($EVENTS events with text, seed 2017; kept for later runs)" >&2
	PINGAN_DEMO_PASSWORD=bench-pass-1 "$pingan" init --db "$db" --demo >/dev/null
	t0=$(date +%s.%N)
	"$pingan" bench-data --db "$db" --events "$EVENTS" --seed 2017 2>/dev/null
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }' >"$db.done.tmp"
	mv "$db.done.tmp" "$db.done"
fi
gen=$(cat "$db.done")

spid=""
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; wait 2>/dev/null || true' EXIT
P=$(port)
B="http://127.0.0.1:$P/api/v1"
"$pingan" serve --db "$db" --listen "127.0.0.1:$P" --sla-interval 86400 --quiet >/dev/null &
spid=$!
for _ in $(seq 1 2400); do curl -sf "$B/health" >/dev/null && break; sleep 0.05; done   # up to 2 min: a server on 1,000,000 events reads its start-up checks first
tok() { curl -s -XPOST "$B/session" -H 'Content-Type: application/json' \
	-d "{\"login\":\"$1\",\"password\":\"bench-pass-1\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
ADMIN=$(tok admin)
OPER=$(tok operator)

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# back-to-back requests on one connection: "p50 p99" in ms, and the number of items of a page
lat() { TOKEN=$1 measure 1 1 bench/auth.lua "$2"; }
# the server's CPU time so far in clock ticks (/proc): robust to the load of a shared machine,
# where wall-clock percentiles mostly measure the scheduler
cpu() { awk '{ print $14 + $15 }' "/proc/$spid/stat"; }
hz=$(getconf CLK_TCK)
items() { curl -s "$2" -H "Authorization: Bearer $1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))'; }
# the best "real" time in ms of a query run three times in the sqlite3 CLI (read-only)
sql_ms() {
	printf '.timer on\n%s;\n%s;\n%s;\n' "$2" "$2" "$2" | sqlite3 -readonly "$1" |
		awk '/^Run Time/ { v = $4 * 1000; if (best == "" || v < best) best = v } END { printf "%.2f\n", best }'
}

total=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases")
code=$(sqlite3 -readonly "$db" "SELECT code FROM cases WHERE code LIKE 'SJB%' ORDER BY id LIMIT 1 OFFSET $((EVENTS / 2))")
common_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE body LIKE '%噪声%'")
rare_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE body LIKE '%蜂窝%'")
one_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE title LIKE '%灯%' OR body LIKE '%灯%'")

declare -A R
run() {   # name token url
	local c0 c1 rps p50 p99 err
	c0=$(cpu)
	read -r rps p50 p99 err <<<"$(lat "$2" "$3")"
	c1=$(cpu)
	[ "$err" = 0 ] || { echo "search: $3 answered $err errors" >&2; exit 1; }
	R[$1]="$p50 $p99 $(awk -v a="$c0" -v b="$c1" -v n="$rps" -v s="$SECS" -v hz="$hz" \
		'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / hz / (n * s) : 0) }') $(items "$2" "$3")"
}
echo "search: measuring ($SECS s per query, one connection)" >&2
run ref_list "$ADMIN" "$B/cases?limit=50"
run common "$ADMIN" "$B/search?q=$(enc 噪声)&limit=50"
run rare "$ADMIN" "$B/search?q=$(enc 蜂窝)&limit=50"
run one "$ADMIN" "$B/search?q=$(enc 灯)&limit=50"
run three "$ADMIN" "$B/search?q=$(enc 电动车)&limit=50"
run scoped "$OPER" "$B/search?q=$(enc 噪声)&limit=50"
run list_q "$ADMIN" "$B/cases?type=event&q=$(enc 噪声)&limit=50"
run code "$ADMIN" "$B/search?q=$code"
bare=$(sql_ms "$db" "SELECT id FROM cases ORDER BY id DESC LIMIT 50")

sizes=$(sqlite3 -readonly "$db" "SELECT
	(SELECT SUM(pgsize) FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'cases')),
	(SELECT SUM(pgsize) FROM dbstat WHERE name IN ('case_fts_data', 'case_fts_idx', 'case_fts_config')),
	(SELECT SUM(pgsize) FROM dbstat WHERE name = 'case_fts_content'),
	(SELECT SUM(pgsize) FROM dbstat)" | tr '|' ' ')
read -r s_cases s_index s_content s_all <<<"$sizes"
mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1048576 }'; }

echo
echo "### Full-text search at scale: $total cases ($EVENTS events with text), generated in $gen s"
echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
printf '| %-58s | %8s | %8s | %12s | %5s |\n' "first page of 50 (GET, one connection)" "p50 ms" "p99 ms" "CPU ms/req" "items"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "----------" "----------" "--------------" "-------"
line() { set -- "$1" ${R[$2]}; printf '| %-58s | %8s | %8s | %12s | %5s |\n' "$1" "$2" "$3" "$4" "$5"; }
line "reference: plain case list, no q (indexed SELECT)" ref_list
line "噪声, common two characters ($common_n cases), admin (county)" common
line "噪声 as a township operator (scope: 城中街道)" scoped
line "噪声 on the case list (/cases?type=event&q=)" list_q
line "蜂窝, rare two characters ($rare_n cases)" rare
line "灯, one character ($one_n cases)" one
line "电动车, three characters (a bigram phrase)" three
line "case number $code" code
echo
echo "reference: bare SELECT of 50 ids in the sqlite3 CLI: $bare ms"
echo
echo "sizes: cases table with its indexes $(mb "$s_cases"); full-text index (case_fts_data/idx) $(mb "$s_index"); its stored copy of the text (case_fts_content) $(mb "$s_content"); whole database $(mb "$s_all")"
