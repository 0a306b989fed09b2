#!/usr/bin/env bash
# redmine.sh — Redmine as a side-by-side peer for make bench (Debian packages, loopback only).
#   bench/peers/redmine.sh start PORT   install if missing, enable REST, start; prints "KEY PID"
#   bench/peers/redmine.sh stop PID     stop what start started
set -euo pipefail
cmd=${1:-}
case $cmd in
start)
	port=${2:-9292}
	if ! dpkg-query -W -f='${Status}' redmine-sqlite 2>/dev/null | grep -q 'install ok installed' ||
	   ! command -v puma >/dev/null; then
		echo "redmine: installing redmine, redmine-sqlite, puma (first run only)" >&2
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redmine redmine-sqlite puma >/dev/null
	fi
	cd /usr/share/redmine
	key=$(REDMINE_INSTANCE=default RAILS_ENV=production bin/rails runner '
		Setting.rest_api_enabled = "1"
		u = User.find_by_login("admin")
		u.api_key
		Project.find_by_identifier("bench") || Project.create!(name: "bench", identifier: "bench", tracker_ids: Tracker.pluck(:id))
		puts u.api_key' 2>/dev/null | tail -1)
	REDMINE_INSTANCE=default nohup puma -e production -b "tcp://127.0.0.1:$port" -t 4:4 -w 2 config.ru \
		>/tmp/redmine-bench.log 2>&1 &
	pid=$!
	for _ in $(seq 1 120); do
		curl -s -o /dev/null "http://127.0.0.1:$port/" && break
		sleep 0.5
	done
	echo "$key $pid"
	;;
stop)
	pid=${2:?pid}
	kill "$pid" 2>/dev/null || true
	for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.25; done
	kill -9 "$pid" 2>/dev/null || true
	;;
*)
	echo "usage: redmine.sh start PORT | stop PID" >&2
	exit 2
	;;
esac
