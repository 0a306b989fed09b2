#!/usr/bin/env bash
# check.sh — runs every test suite of `make check` and prints one closing line
# "N passed, N failed". Exits non-zero when anything failed or a suite could not run.
#   error messages: every format in src/ has its Chinese translation (tools/msgcheck.py)
#   unit tests (cmocka), normal and ASan+UBSan builds
#   HTTP API tests (node:test) against bin/pingan and bin/pingan-asan
#   browser test (playwright-core + Debian chromium)
#   crash safety: a short tests/crash run (3 SIGKILLs under load)
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
log=build/check
mkdir -p "$log"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Runs one suite ("$@") into $log/NAME.log and reads its counts: PASS_RE and FAIL_RE are sed
# expressions whose \1 is the number; SHOW_RE picks the lines shown when something failed.
# A suite that exits non-zero without counting a failure (a crash before its summary) counts
# one.
run_suite() {
	local name=$1 pass_re=$2 fail_re=$3 show=$4 out="$log/$1.log" p f rc
	shift 4
	"$@" >"$out" 2>&1
	rc=$?
	p=$(sed -n "s/$pass_re/\1/p" "$out" | tail -1)
	f=$(sed -n "s/$fail_re/\1/p" "$out" | tail -1)
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p))
	failed=$((failed + f))
	printf '%-40s %3d passed, %d failed\n' "$name" "$p" "$f"
	[ "$f" -eq 0 ] || grep -E "$show" "$out" | head -30 | sed 's/^/    /'
}

# cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s)".
run_unit() {
	run_suite "$(basename "$1")" '^\[  PASSED  \] \([0-9]*\) test.*' '^\[  FAILED  \] \([0-9]*\) test.*' \
	    'FAIL|ERROR|error|Sanitizer|runtime' "$1"
}

# node --test with the TAP reporter ends with "# pass N" and "# fail N".
run_node() {
	local name=$1
	shift
	run_suite "$name" '^# pass \([0-9]*\)' '^# fail \([0-9]*\)' \
	    '^not ok|error:|expected|actual|Sanitizer' node --test --test-reporter=tap "$@"
}

# A script that ends with the line "N passed, N failed".
run_counted() {
	local name=$1
	shift
	run_suite "$name" '^\([0-9]*\) passed, [0-9]* failed$' '^[0-9]* passed, \([0-9]*\) failed$' \
	    '^[^0-9]' "$@"
}

echo "== error messages (Chinese translations)"
run_counted msgcheck python3 tools/msgcheck.py

echo "== unit tests"
for t in bin/tests/test_*; do
	case $t in *-asan) continue ;; esac
	run_unit "$t"
	[ -x "$t-asan" ] && run_unit "$t-asan"
done

echo "== HTTP API tests"
if compgen -G "tests/api/*.test.mjs" >/dev/null; then
	PINGAN_BIN=bin/pingan run_node api tests/api/*.test.mjs
	PINGAN_BIN=bin/pingan-asan run_node api-asan tests/api/*.test.mjs
fi

echo "== browser tests"
if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
	PINGAN_BIN=bin/pingan run_node browser tests/browser/*.test.mjs
fi

echo "== crash safety (SIGKILL under load)"
PINGAN_BIN=bin/pingan CRASH_ROUNDS=${CRASH_ROUNDS:-3} run_node crash tests/crash/*.test.mjs

echo "logs in $log/"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
