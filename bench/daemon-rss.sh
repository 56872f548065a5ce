#!/bin/sh
# Memory of a lone daemon: runs `witness-monitor run --config FILE` through the launcher
# (packaging/witness-monitor, the JVM options of the unit and the image) against the nodes the
# config names, samples its VmRSS and VmHWM (/proc/PID/status) every 10 s, prints them, then stops
# it with SIGTERM. See docs/performance.md, "Memory of a lone daemon".
#
#   bench/daemon-rss.sh FILE [MINUTES]      (default 10 minutes; JAVA_OPTS adds JVM options)
set -eu
[ $# -ge 1 ] || { echo "usage: bench/daemon-rss.sh CONFIG [MINUTES]" >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
config=$1; minutes=${2:-10}
jar="$here/witness-monitor-app/target/witness-monitor.jar"
[ -f "$jar" ] || { echo "daemon-rss.sh: $jar not found; build it first (mvn -B -ntp -q -pl witness-monitor-app -am package -DskipTests)" >&2; exit 2; }
log=$(mktemp)
WITNESS_MONITOR_JAR=$jar "$here/packaging/witness-monitor" run --config "$config" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
samples=$((minutes * 6))
echo "daemon pid $pid, $minutes min, one sample per 10 s (MiB): elapsed_s rss hwm"
i=0
while [ $i -lt $samples ]; do
  sleep 10
  i=$((i + 1))
  kill -0 "$pid" 2>/dev/null || { echo "the daemon exited; its log:"; cat "$log"; exit 1; }
  awk -v t=$((i * 10)) '/^VmRSS/ {r=$2} /^VmHWM/ {h=$2} END {printf "%d %.1f %.1f\n", t, r/1024, h/1024}' "/proc/$pid/status"
done
polls=$(grep -c "" "$log" || true)
kill -TERM "$pid"; wait "$pid" || true
trap - EXIT
echo "log lines: $polls; last lines:"; tail -3 "$log"; rm -f "$log"
