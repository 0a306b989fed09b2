#!/usr/bin/env bash
# check.sh — runs every test suite of `make check` and prints one closing line
# "N passed, N failed". Exits non-zero when anything failed or a suite could not run.
#   error messages: every format in src/ has its Chinese translation (tools/msgcheck.py)
#   layers: types named only in src/modules, libmicrohttpd only in src/http, no include cycles
#     (tools/layercheck.py)
#   lost-and-found sets: each is what its generator writes and passes its checker (tools/lfsets.sh)
#   unit tests (cmocka), normal and ASan+UBSan builds
#   HTTP API tests (node:test) against bin/pingan and bin/pingan-asan
#   browser test (playwright-core + Debian chromium)
#   crash safety: a short tests/crash run (3 SIGKILLs under load)
#
# The suites run side by side (docs/operations.md, "Tests"): the two API suites at once with
# PINGAN_TEST_JOBS test files each and the unit binaries PINGAN_TEST_JOBS at a time beside
# them, then the browser files PINGAN_BROWSER_JOBS at a time beside the crash run. Each suite writes its own
# log; the lines below are printed in a fixed order once everything has finished, each with its
# wall-clock seconds. PINGAN_TEST_JOBS=1 PINGAN_BROWSER_JOBS=1 runs one thing at a time.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
cpu_total=0
log=build/check
mkdir -p "$log"
rm -f "$log"/*.log "$log"/*.rc "$log"/*.times     # a result of an earlier run never counts
# the API files copy a demo database made by their binary within the last 5 minutes
# (tests/api/lib.mjs, demoDatabase) instead of each running `pingan init --demo`
export PINGAN_TEST_TEMPLATE_DIR="$PWD/$log/templates"
rm -rf "$PINGAN_TEST_TEMPLATE_DIR"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# How many test files of each API suite (and unit binaries beside them) run at once: one a
# core by default. Every file has its own port, temp dir and database. Each file's
# `pingan init --demo` is ~5 s of CPU (argon2id for every demo account) and must finish within
# the harnesses' 600 s, so many more jobs on a busy machine risk timeouts, not speed.
jobs_default=$(nproc 2>/dev/null || echo 2)
JOBS=${PINGAN_TEST_JOBS:-$jobs_default}
BJOBS=${PINGAN_BROWSER_JOBS:-2}
for v in "$JOBS" "$BJOBS"; do
	case $v in
	'' | *[!0-9]* | 0) echo "check.sh: PINGAN_TEST_JOBS and PINGAN_BROWSER_JOBS must be whole numbers from 1" >&2
	    exit 2 ;;
	esac
done
start=$SECONDS
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)

# spawn NAME CMD...: runs CMD in the background, its output into $log/NAME.log, then
# "RC SECONDS CPU-SECONDS" into $log/NAME.rc. A suite that never wrote its .rc counts as failed.
spawn() {
	local name=$1
	shift
	(
		s=$SECONDS
		"$@" >"$log/$name.log" 2>&1
		rc=$?
		times >"$log/$name.times"       # not in a pipe: a forked shell has no children's times
		cpu=$(tail -1 "$log/$name.times" | awk '{ t = 0; for (i = 1; i <= 2; i++) {
		    split($i, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%d", t }')
		echo "$rc $((SECONDS - s)) $cpu" >"$log/$name.rc"
	) &
}

# Waits until fewer than $1 spawned jobs are running.
throttle() {
	while [ "$(jobs -rp | wc -l)" -ge "$1" ]; do
		wait -n
	done
}

# Reads the counts of a finished suite: PASS_RE and FAIL_RE are sed expressions whose \1 is the
# number; SHOW_RE picks the lines shown when something failed; PICK is how several summaries of
# one log are read: "tail -1" (the last: node's one summary) or "sum" (a cmocka binary prints one
# per group of tests). A suite that exited non-zero without counting a failure (a crash before
# its summary) counts one.
report() {
	local name=$1 pass_re=$2 fail_re=$3 show=$4 pick=${5:-tail -1} out="$log/$1.log" p f rc=1 secs=? cpu=0
	if [ -f "$log/$name.rc" ]; then
		read -r rc secs cpu <"$log/$name.rc"
		cpu_total=$((cpu_total + cpu))
	else
		echo "(the suite did not finish)" >>"$out"
	fi
	[ "$pick" = sum ] && pick="awk '{ n += \$1 } END { if (NR) print n }'"
	p=$(sed -n "s/$pass_re/\1/p" "$out" 2>/dev/null | eval "$pick")
	f=$(sed -n "s/$fail_re/\1/p" "$out" 2>/dev/null | eval "$pick")
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p))
	failed=$((failed + f))
	printf '%-40s %3d passed, %d failed %6ss %6ss cpu\n' "$name" "$p" "$f" "$secs" "$cpu"
	[ "$f" -eq 0 ] || grep -E "$show" "$out" | head -30 | sed 's/^/    /'
}

# cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)" for each group of tests.
report_unit() {
	report "$1" '^\[  PASSED  \] \([0-9]*\) test.*' '^\[  FAILED  \] \([0-9]*\) test.*' \
	    'FAIL|ERROR|error|Sanitizer|runtime' sum
}

# node --test with the TAP reporter ends with "# pass N" and "# fail N".
report_node() {
	report "$1" '^# pass \([0-9]*\)' '^# fail \([0-9]*\)' \
	    '^not ok|error:|expected|actual|Sanitizer'
}

# A script that ends with the line "N passed, N failed".
report_counted() {
	report "$1" '^\([0-9]*\) passed, [0-9]* failed$' '^[0-9]* passed, \([0-9]*\) failed$' '^[^0-9]'
}

node_test() {
	node --test --test-reporter=tap "$@"
}

units=()
for t in bin/tests/test_*; do
	case $t in *-asan) continue ;; esac
	units+=("$t")
	[ -x "$t-asan" ] && units+=("$t-asan")
done

# 1. the API suites (the longest) first, the normal and the ASan binary at once; the unit
#    binaries and msgcheck fill the rest of the JOBS slots beside them.
api=0
if compgen -G "tests/api/*.test.mjs" >/dev/null; then
	api=1
	PINGAN_BIN=bin/pingan spawn api node_test --test-concurrency="$JOBS" tests/api/*.test.mjs
	PINGAN_BIN=bin/pingan-asan spawn api-asan node_test --test-concurrency="$JOBS" tests/api/*.test.mjs
fi
spawn msgcheck python3 tools/msgcheck.py
spawn layercheck python3 tools/layercheck.py
spawn lfsets tools/lfsets.sh
for t in "${units[@]}"; do
	throttle $((JOBS + 2 * api))
	spawn "$(basename "$t")" "$t"
done
wait

# 2. the browser files (each its own server and chromium) beside the crash run.
browser=0
if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
	browser=1
	PINGAN_BIN=bin/pingan spawn browser node_test --test-concurrency="$BJOBS" tests/browser/*.test.mjs
fi
PINGAN_BIN=bin/pingan CRASH_ROUNDS=${CRASH_ROUNDS:-3} spawn crash node_test tests/crash/*.test.mjs
wait

echo "== error messages (Chinese translations)"
report_counted msgcheck
echo "== layers (types only in src/modules, libmicrohttpd only in src/http, no include cycles)"
report_counted layercheck
echo "== lost-and-found sets (generated byte for byte, checked)"
report_counted lfsets
echo "== unit tests"
for t in "${units[@]}"; do
	report_unit "$(basename "$t")"
done
echo "== HTTP API tests"
if [ "$api" = 1 ]; then
	report_node api
	report_node api-asan
fi
echo "== browser tests"
[ "$browser" = 0 ] || report_node browser
echo "== crash safety (SIGKILL under load)"
report_node crash

echo "logs in $log/; the suites took $((SECONDS - start)) s ($cpu_total s of CPU) with" \
    "PINGAN_TEST_JOBS=$JOBS PINGAN_BROWSER_JOBS=$BJOBS; load average before $load_before," \
    "after $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
