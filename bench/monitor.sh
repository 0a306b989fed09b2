#!/usr/bin/env bash
# monitor.sh — what one monitoring pass (监测预警, src/modules/monitor.c) costs on a large
# database: BENCH_THRESHOLDS (default 500) thresholds over the three indicators, on the demo
# units and on extra grids added for them, with two windows (30 and 7 days), beside a bare
# COUNT(*) of the events created in the last 30 days (one scan of the window, sqlite3 CLI)
# measured in the same run. Prints one table on stdout, progress on stderr.
#   bench/monitor.sh BIN [DB]
# DB: a database made by `bench-data --events` (bench/scale.sh passes its own, last: this
# script adds units, thresholds and event addresses to it). Without DB it makes one in a
# scratch directory with BENCH_EVENTS (default 1,000,000) grid events, BENCH_OPEN_SHARE
# (default 15) percent of them open; BENCH_MONITOR_DB=FILE keeps that database for the next run.
set -euo pipefail
pingan=$(realpath "$1")
cd "$(dirname "$0")/.."
EVENTS=${BENCH_EVENTS:-1000000}
OPEN=${BENCH_OPEN_SHARE:-15}
NTHR=${BENCH_THRESHOLDS:-500}
THREADS=${BENCH_THREADS:-16}
. bench/lib.sh
command -v sqlite3 >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

dir=$(mktemp -d /tmp/pingan-monitor.XXXXXX)
spid=""
mon_cleanup() {
	[ -n "$spid" ] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null
	rm -rf "$dir"
	return 0
}
trap mon_cleanup EXIT

db=${2:-}
gen="given"
if [ -z "$db" ]; then
	db="$dir/m.db"
	keep=${BENCH_MONITOR_DB:-}
	if [ -n "$keep" ] && [ -f "$keep" ]; then
		for x in "" .key .anchors; do cp "$keep$x" "$db$x"; done
		gen="copied from $keep"
	else
		echo "monitor: demo database + $EVENTS grid events ($OPEN% open)" >&2
		PINGAN_DEMO_PASSWORD=bench-pass-1 "$pingan" init --db "$db" --demo >/dev/null
		t0=$(date +%s.%N)
		"$pingan" bench-data --db "$db" --events "$EVENTS" --open-share "$OPEN" --seed 2017 2>/dev/null
		gen=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "generated in %.1f s", b - a }')
		if [ -n "$keep" ]; then for x in "" .key .anchors; do cp "$db$x" "$keep$x"; done; fi
	fi
fi

# Units for the thresholds: extra grids under each community, as many as needed for NTHR
# thresholds over three indicators; thresholds high enough that a few subjects cross them;
# every fifth one counts 7 days instead of 30 (two scans per indicator). Events get one of
# 20,000 addresses (金华市婺城区…路N号), so that event_address has subjects to count.
echo "monitor: $NTHR thresholds, addresses" >&2
sqlite3 "$db" <<SQL
BEGIN;
DELETE FROM monitor_thresholds;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ($NTHR + 2) / 3)
INSERT OR IGNORE INTO orgs (parent_id, kind, name, code, path)
SELECT m.id, 'grid', m.name || '监测网格' || n.i, 'BENCH-MON-' || m.id || '-' || n.i, ''
FROM n JOIN orgs m ON m.kind = 'community'
WHERE n.i <= ($NTHR + 2) / 3 / (SELECT COUNT(*) FROM orgs WHERE kind = 'community') + 1;
UPDATE orgs SET path = (SELECT p.path FROM orgs p WHERE p.id = orgs.parent_id) || id || '/'
WHERE code LIKE 'BENCH-MON-%';
INSERT INTO monitor_thresholds (org_id, indicator, threshold, window_days, updated_at)
SELECT o.id, i.ind, CASE i.ind WHEN 'event_grid' THEN 5000 WHEN 'event_address' THEN 40
	ELSE 3 END, CASE WHEN o.id % 5 = 0 THEN 7 ELSE 30 END, 0
FROM orgs o CROSS JOIN (SELECT 'event_grid' AS ind UNION ALL SELECT 'event_address'
	UNION ALL SELECT 'dispute_kind') i
ORDER BY o.id LIMIT $NTHR;
UPDATE cases SET address = '金华市婺城区八一南街' || (id % 20000) || '号'
WHERE type = 'event' AND (address IS NULL OR address = '');
COMMIT;
SQL
nthr=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM monitor_thresholds")
nwin=$(sqlite3 -readonly "$db" "SELECT COUNT(DISTINCT indicator || window_days) FROM monitor_thresholds")
now=$(($(date +%s) * 1000))
since=$((now - 30 * 86400000))
win_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases WHERE type = 'event' AND created_at >= $since")
total_n=$(sqlite3 -readonly "$db" "SELECT COUNT(*) FROM cases")
ref=$(printf '.timer on\n%s;\n%s;\n%s;\n' "$(printf 'SELECT COUNT(*) FROM cases WHERE type = %s AND created_at >= %s' "'event'" "$since")" \
	"$(printf 'SELECT COUNT(*) FROM cases WHERE type = %s AND created_at >= %s' "'event'" "$since")" \
	"$(printf 'SELECT COUNT(*) FROM cases WHERE type = %s AND created_at >= %s' "'event'" "$since")" |
	sqlite3 -readonly "$db" | awk '/^Run Time/ { v = $4 * 1000; if (best == "" || v < best) best = v } END { printf "%.1f\n", best }')

P=$(port)
B="http://127.0.0.1:$P/api/v1"
"$pingan" serve --db "$db" --listen "127.0.0.1:$P" --threads "$THREADS" --sla-interval 86400 \
	--quiet >/dev/null &
spid=$!
for _ in $(seq 1 2400); do curl -sf "$B/health" >/dev/null && break; sleep 0.05; done   # up to 2 min on 1,000,000 events
TOKEN=$(curl -s -XPOST "$B/session" -H 'Content-Type: application/json' \
	-d '{"login":"admin","password":"bench-pass-1"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
tick() {
	curl -s -XPOST -o "$dir/tick.json" -w '%{time_total}' "$B/admin/monitor-tick" \
		-H "Authorization: Bearer $TOKEN" | awk '{ printf "%.1f\n", $1 * 1000 }'
}
load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "monitor: passes" >&2
first=$(tick)
raised=$(sed -n 's/.*"raised":\([0-9]*\).*/\1/p' "$dir/tick.json")
# the server's CPU time per steady pass (from /proc): steadier than the wall time on a shared
# machine, where other work takes the cores at random
cpu() { awk '{ print $14 + $15 }' "/proc/$spid/stat"; }
best=""
c0=$(cpu)
for _ in 1 2 3; do
	t=$(tick)
	best=$(awk -v a="$t" -v b="$best" 'BEGIN { if (b == "" || a < b) print a; else print b }')
done
cpums=$(awk -v a="$c0" -v b="$(cpu)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (b - a) / hz * 1000 / 3 }')
again=$(sed -n 's/.*"raised":\([0-9]*\).*/\1/p' "$dir/tick.json")
load1=$(cut -d' ' -f1-3 /proc/loadavg)

trow() { printf '| %-56s | %9s | %s |\n' "$@"; }
echo
echo "Monitoring pass: $total_n cases ($gen), $win_n events in the last 30 days, $nthr thresholds ($nwin indicator × window pairs); load average $load0 before, $load1 after"
echo
trow "measurement (best of 3 unless said)" "ms" "ratio"
trow "----" "----" "----"
trow "bare COUNT(*) of the events of the last 30 days (sqlite3)" "$ref" "1.00"
trow "monitoring pass, first: $raised warnings raised, once" "$first" "$(ratio "$first" "$ref")x bare COUNT"
trow "monitoring pass, steady state: $again raised" "$best" "$(ratio "$best" "$ref")x bare COUNT (target < 1000 ms); $cpums ms server CPU per pass"
