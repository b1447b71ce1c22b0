#!/usr/bin/env bash
# Makes sure Debian's chromium and chromedriver are installed for the passkey browser test
# (PasskeyBrowserIT): installs them with apt when absent. The tests never download a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "test-browser: chromium/chromedriver not installed; installing them with apt" >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
