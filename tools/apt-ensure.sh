#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are not installed yet (as root,
# or through sudo); quiet and quick when all of them are there.
set -euo pipefail

missing=()
for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
[ ${#missing[@]} -gt 0 ] || exit 0

echo "Installing system packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
        echo "error: these Debian packages are missing and this user cannot install them:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"
