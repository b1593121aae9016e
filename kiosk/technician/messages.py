"""Wording of the technician's menu, in Japanese and English (the menu is for staff only).

Every entry is in the menu's catalogue (``messages/technician_<lang>.ts``). Keys the core and
the devices emit are worded here when a technician needs more than the key itself; any other
key is shown as it is, which is what the terminal's log and ``machikado diag`` show too.
"""

from __future__ import annotations

from kiosk.shell.core.messages import Message, translate


def _t(source: str) -> Message:
    return translate("technician", source)


BANNER = _t("Maintenance in progress: this kiosk is not in service")
PIN_TITLE = _t("Technician PIN")
PIN_PROMPT = _t("Enter your PIN and press OK.")
PIN_WRONG = _t("Wrong PIN. %1 tries left before the lock. Try again in %2.")
PIN_TOO_SOON = _t("Wait %1 before the next try.")
PIN_LOCKED = _t("Locked after too many wrong PINs until %1 (%2 left).")
PIN_NO_TECHNICIANS = _t("No technician PIN is configured on this terminal.")
PIN_CHECKING = _t("Checking…")
PIN_TOO_SHORT = _t("A PIN has 4 to 12 digits.")
OK = _t("OK")
ERASE = _t("Erase")
CANCEL = _t("Cancel")
CLOSE = _t("Close the menu")
BACK = _t("Back to the menu")
YES = _t("Yes, do it")
NO = _t("No")
LANGUAGE = _t("English")
MENU_TITLE = _t("Technician menu")
SIGNED_IN = _t("Signed in: %1. The menu closes by itself after %2 without a touch.")
BUSY = _t("Working…")
FAILED = _t("It failed: %1")

PAGES: dict[str, Message] = {
    "status": _t("Status"),
    "devices": _t("Devices"),
    "counters": _t("Counters"),
    "logs": _t("Logs"),
    "bundle": _t("Diagnostics bundle"),
    "maintenance": _t("Maintenance"),
    "touch": _t("Touch test"),
    "display": _t("Colour bars"),
    "audio": _t("Audio test"),
    "keyboard": _t("Keyboard test"),
}

DEVICES: dict[str, Message] = {
    "card_reader": _t("Card reader"),
    "receipt_printer": _t("Receipt printer"),
    "document_printer": _t("Document printer"),
    "led_sign": _t("LED board"),
    "payment": _t("Payment unit"),
    "gateway": _t("Gateway link"),
}

# Device page
STATE = _t("State")
STATE_OK = _t("Working")
STATE_WARNING = _t("Working, needs attention")
STATE_DOWN = _t("Not working")
STATE_NOT_INSTALLED = _t("Not installed")
ADDRESS = _t("Address")
PROBLEM = _t("Problem")
WARNING = _t("Warning")
RUN_TEST = _t("Run the self-test")
TEST_RESULT = _t("Self-test result")
TEST_PASSED = _t("Passed")
TEST_FAILED = _t("Failed")
TEST_NOT_INSTALLED = _t("Not installed: nothing was tried")
TEST_AT = _t("Tested at")
TEST_TOOK = _t("Took")
TRACE = _t("Serial trace")
NO_TEST_YET = _t("Not tested since the start.")

# Status page
TERMINAL = _t("Terminal")
OVERALL = _t("Overall")
LEVELS: dict[str, Message] = {
    "healthy": _t("Healthy"),
    "degraded": _t("Degraded"),
    "down": _t("Down"),
}
SOFTWARE = _t("Software")
CONFIG = _t("Configuration")
OS = _t("Operating system")
UPTIME = _t("Uptime (machine / app)")
LAST_RESTART = _t("Last restart")
CPU = _t("CPU (cores, load)")
MEMORY = _t("Memory available")
DISK = _t("Disk free: %1")
GATEWAY = _t("Gateway")
REACHABLE = _t("Reachable")
UNREACHABLE = _t("Unreachable")
DNS = _t("DNS")
TLS = _t("TLS")
CLOCK_OFFSET = _t("Clock offset")
CHECK_OK = _t("OK")
CHECK_FAILED = _t("Failed")
CHECK_NA = _t("Does not apply")
DATASET = _t("Cache: %1")
NEVER_SYNCED = _t("Never synced")
AGE = _t("%1 old, %2 rows")
OUTBOX = _t("Outbox (waiting / failed)")
IN_SERVICE = _t("In service")
OUT_OF_SERVICE = _t("Out of service")
SERVICE_STATE = _t("Service state")
TAKEN_AT = _t("Taken at")

# Counters
COUNTERS: dict[str, Message] = {
    "sessions": _t("Resident sessions"),
    "certificates": _t("Certificates issued"),
    "receipts": _t("Receipts printed"),
    "pages": _t("Pages printed"),
    "paper_mm": _t("Receipt paper used (mm)"),
    "errors": _t("Errors"),
}
SINCE = _t("Counting since")
RESET_COUNTERS = _t("Reset the counters")
CONFIRM_RESET = _t("Set every counter to zero? The audit log keeps the counts as they were.")
COUNTERS_RESET = _t("The counters were reset.")

# Logs
ALL_DEVICES = _t("All")
LOG_LEVELS: dict[str, Message] = {
    "INFO": _t("Info and worse"),
    "WARNING": _t("Warnings and worse"),
    "ERROR": _t("Errors only"),
}
NO_LOGS = _t("No log lines match.")

# Bundle
EXPORT = _t("Export to the USB stick and upload")
BUNDLE_FILE = _t("File")
BUNDLE_SIZE = _t("Size")
UPLOAD = _t("Upload to the gateway")
UPLOAD_QUEUED = _t("Queued")
UPLOAD_NOT_QUEUED = _t("Not queued")
CONTENTS = _t("Contents")
BUNDLE_HINT = _t("Insert a USB stick, then export. Secrets and personal data are left out.")

# Maintenance
PURGE = _t("Purge and resync the cache")
CONFIRM_PURGE = _t("Drop every cached dataset and fetch it again from the gateway?")
TAKE_OUT = _t("Take the kiosk out of service")
CONFIRM_TAKE_OUT = _t(
    "Take the kiosk out of service? Residents will see the out-of-service screen."
)
PUT_BACK = _t("Put the kiosk back in service")
CONFIRM_PUT_BACK = _t("Put the kiosk back in service for residents?")
RESTART = _t("Restart the kiosk app")
CONFIRM_RESTART = _t("Restart the kiosk app now? It starts again by itself.")

# Screen tests
TOUCH_HINT = _t("Touch every square, the corners and the edges. Touched squares turn green.")
TOUCH_COUNT = _t("%1 of %2 squares touched")
CLEAR = _t("Start over")
DISPLAY_HINT = _t("Check the bars for missing colours, dead pixels and banding.")
AUDIO_HINT = _t("Play the chime and the spoken sample; both come out of the kiosk's speaker.")
PLAY_CHIME = _t("Play the chime")
PLAY_SPEECH = _t("Speak a sample")
SPEECH_SAMPLE = _t("This is a test of the kiosk's speech output.")
KEYBOARD_HINT = _t("Type Japanese with the on-screen keyboard (switch it to Japanese).")
KEYBOARD_PLACEHOLDER = _t("Type here")

# Results of keys: a technician's wording of what the core and the devices report.
KEYS: dict[str, Message] = {
    "selftest.passed": _t("Passed"),
    "selftest.not_installed": _t("This terminal has no such device."),
    "selftest.error": _t("The self-test itself failed."),
    "selftest.card.none": _t("No card in the reader (the reader answers)."),
    "selftest.card.select_refused": _t("The card refused the SELECT."),
    "selftest.printed.slip": _t("A test slip was printed."),
    "selftest.printed.page": _t("A test page was printed."),
    "selftest.queue.resumed": _t("The stopped queue was resumed and a test page printed."),
    "receipt.paper_out": _t("Paper out"),
    "receipt.paper_near_end": _t("Paper near its end"),
    "receipt.cover_open": _t("Cover open"),
    "receipt.timeout": _t("The printer does not answer"),
    "receipt.unavailable": _t("The printer is not connected"),
    "docprint.no_queue": _t("The print queue does not exist"),
    "docprint.queue_paused": _t("The print queue is stopped"),
    "docprint.service_down": _t("The print service is not running"),
    "docprint.media-empty-error": _t("Paper tray empty"),
    "docprint.not_ready": _t("The printer is not ready"),
    "card.no_reader": _t("No card reader found"),
    "card.reader_gone": _t("The card reader was unplugged"),
    "card.pcsc_unavailable": _t("The smart-card service is not running"),
    "card.reader_busy": _t("The card reader is in use"),
    "ledsign.unavailable": _t("The LED board is not connected"),
    "payment.unavailable": _t("The payment unit is not connected"),
    "payment.jam": _t("Jammed"),
    "device.checking": _t("Not checked yet"),
    "device.config": _t("The device address in the configuration is wrong"),
    "device.in_use": _t("In use by the kiosk"),
    "device.unavailable": _t("Not connected"),
    "network.unreachable": _t("The gateway cannot be reached"),
    "network.no_answer": _t("The gateway does not answer"),
    "network.dns_failed": _t("The gateway's name does not resolve"),
    "network.tls_failed": _t("The TLS handshake failed"),
    "network.clock_off": _t("The clock is off from the gateway's"),
    "gateway.certificate_expired": _t("The gateway's certificate has expired"),
    "gateway.certificate_not_yet_valid": _t(
        "The gateway's certificate is not valid yet: check this terminal's clock"
    ),
    "gateway.certificate_unknown_ca": _t("The gateway's certificate is not from the CA in ca_file"),
    "gateway.certificate_wrong_host": _t("The gateway's certificate is for another host name"),
    "gateway.client_certificate_required": _t(
        "The gateway asks for this terminal's client certificate; none is set"
    ),
    "gateway.client_certificate_refused": _t(
        "The gateway refuses this terminal's client certificate"
    ),
    "gateway.client_certificate_mismatch": _t(
        "This terminal's client certificate names another terminal"
    ),
    "gateway.unauthorized": _t("The gateway does not accept this terminal's token"),
    "network.gateway_error": _t("The gateway answered with an error"),
    "network.embedded_not_running": _t("Embedded gateway"),
    "restart.first_start": _t("First start"),
    "restart.crash": _t("After a crash"),
    "restart.watchdog": _t("By the watchdog"),
    "restart.technician": _t("By a technician"),
    "restart.unknown": _t("Unknown"),
    "action.purged_resyncing": _t("The cache was purged; it is syncing again."),
    "action.purged_resync_pending": _t("The cache was purged; it syncs at the next interval."),
    "action.out_of_service": _t("The kiosk is out of service."),
    "action.in_service": _t("The kiosk is back in service."),
    "action.restarting": _t("The kiosk app is restarting."),
    "action.restart_unavailable": _t("This process cannot restart the app."),
    "bundle.exported": _t("The bundle was written and queued for upload."),
    "bundle.no_stick": _t("No USB stick is mounted."),
    "bundle.write_failed": _t("The bundle could not be written to the USB stick."),
    "speech.no_output": _t("The sound output cannot be used"),
    "speech.no_voice": _t("No voice is installed for this language"),
}

DETAILS: dict[str, Message] = {
    "selftest.detail.readers": _t("Readers"),
    "selftest.detail.atr": _t("ATR"),
    "selftest.detail.select_sw": _t("SELECT status word"),
    "selftest.detail.card": _t("Card"),
    "selftest.detail.status": _t("Printer status bits"),
    "selftest.detail.queue": _t("Queue"),
    "selftest.detail.state": _t("Queue state"),
    "selftest.detail.reasons": _t("Reasons"),
    "selftest.detail.resumed": _t("Resumed"),
    "selftest.detail.printed": _t("Printed"),
    "selftest.detail.warning": _t("Warning"),
    "selftest.detail.methods": _t("Payment methods"),
    "selftest.detail.url": _t("URL"),
    "selftest.detail.round_trip_ms": _t("Round trip (ms)"),
    "selftest.detail.clock_offset_s": _t("Clock offset (s)"),
    "selftest.detail.error": _t("Error"),
    "selftest.detail.matrix": _t("Matrix"),
    "device.detail.held_by": _t("Held by"),
    "action.detail.datasets": _t("Datasets"),
}


def key_text(key: str) -> Message | None:
    """A technician's wording of ``key``, or None to show the key as it is."""
    return KEYS.get(key)


# Durations and sizes
SECONDS = _t("%1 s")
MINUTES = _t("%1 min %2 s")
HOURS = _t("%1 h %2 min")
DAYS = _t("%1 d %2 h")
