#!/bin/sh
# Installs witness-monitor as a systemd service (docs/install.md). Run as root:
#
#   packaging/install.sh JAR [CONFIG [KEY]]
#
#   JAR     witness-monitor.jar (witness-monitor-app/target/witness-monitor.jar, or a release)
#   CONFIG  witness_monitor.yml, installed as /etc/witness-monitor/witness_monitor.yml
#   KEY     the witness's active key (one WIF line), installed as /etc/witness-monitor/active.key
#
# CONFIG and KEY are installed owned by the service user witness-monitor, mode 600, so the daemon
# (running as that user, packaging/witness-monitor.service) can read them and nobody else can.
# Existing files are replaced only when given. DESTDIR installs under another root (the user is
# still created on this system); NO_SYSTEMCTL=1 skips `systemctl daemon-reload`.
set -eu
usage() { echo "usage: install.sh JAR [CONFIG [KEY]]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 3 ] || usage
jar=$1; config=${2:-}; key=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
root=${DESTDIR:-}
user=witness-monitor
for f in "$jar" ${config:+"$config"} ${key:+"$key"}; do
  [ -f "$f" ] || { echo "install.sh: $f: no such file" >&2; exit 1; }
done

# The user, from the sysusers.d file (systemd-sysusers), else with useradd.
install -D -m 644 "$here/witness-monitor.sysusers" "$root/usr/lib/sysusers.d/witness-monitor.conf"
if ! id -u "$user" >/dev/null 2>&1; then
  if command -v systemd-sysusers >/dev/null 2>&1; then
    systemd-sysusers "$here/witness-monitor.sysusers"
  else
    useradd --system --user-group --home-dir /var/lib/witness-monitor --no-create-home \
      --shell /usr/sbin/nologin --comment "Golos witness failover monitor" "$user"
  fi
fi

install -D -m 755 "$here/witness-monitor" "$root/opt/witness-monitor/bin/witness-monitor"
install -D -m 644 "$jar" "$root/opt/witness-monitor/lib/witness-monitor.jar"
install -d -m 750 -o root -g "$user" "$root/etc/witness-monitor"
[ -z "$config" ] || install -m 600 -o "$user" -g "$user" "$config" "$root/etc/witness-monitor/witness_monitor.yml"
[ -z "$key" ] || install -m 600 -o "$user" -g "$user" "$key" "$root/etc/witness-monitor/active.key"
install -D -m 644 "$here/witness-monitor.service" "$root/etc/systemd/system/witness-monitor.service"

if [ -z "$root" ] && [ "${NO_SYSTEMCTL:-0}" != 1 ] && command -v systemctl >/dev/null 2>&1 \
    && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
fi
echo "installed; next: systemctl enable --now witness-monitor   (logs: journalctl -u witness-monitor)"
