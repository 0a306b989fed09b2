#!/usr/bin/env bash
# deps.sh — installs what the build and the tests need and is missing (Debian 12).
# Called by `make run` and `make check`; does nothing when everything is present.
#   tools/deps.sh build   packages to build and run the server
#   tools/deps.sh test    + the test tools (cmocka, chromium with its Chinese locale, font, node
#                         packages)
set -euo pipefail
cd "$(dirname "$0")/.."
# golang-github-mozillazg-go-pinyin-dev: only its data, the pinyin of Chinese characters
# (tools/gen-pinyin.sh makes build/gen/pinyin.c of it); nothing of Go is built or run
want=(gcc make pkg-config libmicrohttpd-dev libsqlite3-dev libjansson-dev libsodium-dev libxlsxwriter-dev
	golang-github-mozillazg-go-pinyin-dev)
if [ "${1:-build}" = test ]; then
	want+=(libcmocka-dev chromium chromium-l10n fonts-wqy-microhei python3 sqlite3 nodejs npm)
fi
if [ "${1:-build}" = fuzz ]; then
	want+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${want[@]}"; do
	# nodejs/npm may come from outside Debian's packages: accept the commands.
	case $p in
	nodejs) command -v node >/dev/null && continue ;;
	npm) command -v npm >/dev/null && continue ;;
	esac
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "${1:-build}" = test ] && [ ! -d node_modules/playwright-core ]; then
	echo "deps: npm ci"
	npm ci --no-audit --no-fund --loglevel=error
fi
