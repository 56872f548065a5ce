#!/bin/sh
# Footprint benchmark: one witness monitor polling every block for a simulated hour (1200 blocks)
# against three simulated golosd nodes over HTTP, with the launcher's JVM options
# (packaging/witness-monitor, as the systemd unit and the image run it). See docs/performance.md.
#
#   mvn -B -ntp -q -pl witness-monitor-app -am package -DskipTests   # once
#   bench/footprint.sh [--blocks N]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/witness-monitor-app/target/witness-monitor.jar"
if [ ! -f "$jar" ]; then
  echo "footprint.sh: $jar not found; build it with: mvn -B -ntp -q -pl witness-monitor-app -am package -DskipTests" >&2
  exit 2
fi
WITNESS_MONITOR_JAR=$jar exec "$here/packaging/witness-monitor" bench footprint "$@"
