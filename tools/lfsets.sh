#!/bin/sh
# lfsets.sh — the labelled lost-and-found sets (tests/lostfound/) are what their generators write
# and pass their own checkers. Each generator runs on a copy of the scripts in a temporary tree and
# its output is compared byte for byte with the committed set (a hand edit of a set, or a generator
# changed without regenerating, fails here); each check_setN.py then validates its set (truth keys,
# times, categories, ID check digits, counts). Prints "N passed, N failed"; exits non-zero on any.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir -p "$t/tests/lostfound"
cp "$here"/tests/lostfound/*.py "$t/tests/lostfound/"
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
for gen in "$here"/tests/lostfound/make_set*.py; do
	n=$(basename "$gen" .py); n=${n#make_}
	# a generator's own modules (make_set83_world.py …) are run by it, not on their own
	case $n in *_*) continue ;; esac
	# each generator writes its set beside itself or under tests/lostfound of the working directory
	if (cd "$t" && python3 "tests/lostfound/make_$n.py" >/dev/null 2>"$t/$n.err") &&
	    cmp -s "$t/tests/lostfound/$n.json" "$here/tests/lostfound/$n.json"; then ok
	else bad "make_$n.py does not write the committed $n.json"; sed 's/^/  /' "$t/$n.err" | tail -5; fi
done
for chk in "$here"/tests/lostfound/check_set*.py; do
	if python3 "$chk" >"$t/chk.out" 2>&1; then ok
	else bad "$(basename "$chk") finds faults"; tail -5 "$t/chk.out" | sed 's/^/  /'; fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
