#!/usr/bin/env bash
# Installs Atrium's FreeRADIUS site and rlm_rest module next to Atrium (docs/wifi.md), on Debian 12:
#   radius/install.sh ATRIUM_URL KEY_ID SECRET [AUTH_PORT] [ACCT_PORT] [ADDRESS]
# ATRIUM_URL is http://127.0.0.1:8080 when Atrium runs on this host (basic credentials are
# accepted only from loopback), else an https:// URL. KEY_ID/SECRET: a WIFI_CONTROLLER key of the
# mall (operator portal, Machines). Controllers are added to /etc/freeradius/3.0/clients.conf.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${1:?Atrium URL, e.g. http://127.0.0.1:8080}"
key="${2:?WIFI_CONTROLLER key id}"
secret="${3:?its secret}"
auth_port="${4:-1812}"
acct_port="${5:-1813}"
address="${6:-*}"
conf=/etc/freeradius/3.0

if ! command -v freeradius >/dev/null || [ ! -e /usr/lib/freeradius/rlm_rest.so ]; then
  apt-get install -y freeradius freeradius-rest freeradius-utils
fi
install -o freerad -g freerad -m 0640 "$here/sites-available/atrium" "$conf/sites-available/atrium"
install -o freerad -g freerad -m 0640 "$here/mods-available/atrium_rest" \
  "$conf/mods-available/atrium_rest"
ln -sf ../sites-available/atrium "$conf/sites-enabled/atrium"
ln -sf ../mods-available/atrium_rest "$conf/mods-enabled/atrium_rest"
# the packaged default site listens on the same ports; the site atrium replaces it
rm -f "$conf/sites-enabled/default" "$conf/sites-enabled/inner-tunnel" "$conf/mods-enabled/eap"

# the settings the site and module read from the environment; readable by root only (secret)
umask 077
cat > /etc/default/freeradius-atrium <<ENV
ATRIUM_URL=$url
ATRIUM_WIFI_KEY_ID=$key
ATRIUM_WIFI_SECRET=$secret
ATRIUM_RADIUS_ADDRESS=$address
ATRIUM_RADIUS_AUTH_PORT=$auth_port
ATRIUM_RADIUS_ACCT_PORT=$acct_port
ENV
mkdir -p /etc/systemd/system/freeradius.service.d
cat > /etc/systemd/system/freeradius.service.d/atrium.conf <<UNIT
[Service]
EnvironmentFile=/etc/default/freeradius-atrium
UNIT
set -a; . /etc/default/freeradius-atrium; set +a
freeradius -XC >/dev/null
systemctl daemon-reload
systemctl restart freeradius
echo "FreeRADIUS asks $url for WiFi authorisations on port $auth_port (accounting $acct_port)."
