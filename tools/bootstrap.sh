#!/usr/bin/env bash
# Installs what Machikado needs on a Debian 12 machine: system packages that are missing,
# then the project's virtual environment. Quiet and fast when everything is already there.
set -euo pipefail

cd "$(dirname "$0")/.."

APT_PACKAGES=(
    # Qt Quick on screen, offscreen and under Xvfb
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 xvfb
    # fonts for the seven languages (Japanese, Chinese, Korean; Latin with Vietnamese marks)
    fonts-noto-cjk fonts-noto-core
    # a TrueType Japanese font ReportLab can embed in the certificates' PDFs
    fonts-ipaexfont-mincho
    # sound and speech (QtMultimedia needs libpulse0; QtTextToSpeech speaks via speech-dispatcher)
    libpulse0 speech-dispatcher libspeechd2
    # the kiosk's voices for English, Chinese, Korean, Portuguese and Vietnamese, aplay for the
    # sound output, sox to measure the WAVs in the speech tests
    espeak-ng alsa-utils sox
    # to build pyscard and pycups from source
    gcc python3-dev python3-venv swig libpcsclite-dev libcups2-dev pkg-config
    # card reader: pcscd, its virtual reader for the card emulator, OpenSC as an outside client
    pcscd vsmartcard-vpcd opensc
    # printers: socat pty pairs for the receipt emulator, a private cupsd with the cups-pdf queue,
    # poppler for checking the PDFs it writes
    socat cups-daemon cups-client cups-filters printer-driver-cups-pdf ghostscript poppler-utils
    # gateway: a private PostgreSQL server for the tests of the PostgreSQL storage path, and
    # the reverse proxy of packaging/nginx/ in front of it (run by a test as a private server)
    postgresql-15 nginx-light
)

tools/apt-ensure.sh "${APT_PACKAGES[@]}"

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "error: Machikado needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version)" >&2
    exit 1
fi

stamp=.venv/.installed
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    # setuptools as new as pyproject.toml's build-system asks: the wheel test builds offline
    # (--no-build-isolation) with the venv's own
    .venv/bin/python -m pip install -q --upgrade pip 'setuptools>=77'
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
fi
