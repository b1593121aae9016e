"""``python -m devices.smartcard.emulator``: the emulator's technician and demo commands."""

import sys

from devices.smartcard.emulator.cli import main

sys.exit(main())
