#!/usr/bin/env bash
# crash-test.sh — `make crash-test`: the long version of tests/crash (12 SIGKILLs under load).
set -euo pipefail
cd "$(dirname "$0")/.."
CRASH_ROUNDS=${CRASH_ROUNDS:-12} node --test tests/crash/
