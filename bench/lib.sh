# lib.sh — helpers shared by tools/bench.sh and bench/scale.sh (sourced, not run).

# a free loopback port
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
	node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})'; }

# wrk → "req/s p50_ms p99_ms errors"; SECS seconds
measure() {
	local conns=$1 threads=$2 script=$3 url=$4 out
	out=$(wrk -t"$threads" -c"$conns" -d"${SECS}s" --latency ${script:+-s "$script"} "$url" 2>&1)
	echo "$out" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		/Non-2xx/ { err = $5 }
		END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, err + 0 }'
}
row() { printf '| %-46s | %9s | %8s | %8s | %6s | %s |\n' "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
