"""The configuration's tables as frozen dataclasses, each checking its own values."""

from __future__ import annotations

import base64
import binascii
import enum
import ipaddress
import os
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from content.config.alerts import SAMPLE_POSITION, AlertsConfig
from content.config.hardware import HardwareLayout, PaymentUnitConfig
from content.config.jobs import JobsConfig
from content.config.keypad import KeypadConfig
from content.config.schema import ConfigError, Problem, require
from content.config.technician import TechnicianConfig
from content.languages import LANGUAGE_CODES


class Profile(enum.Enum):
    """Where the terminal stands; decides which services it offers."""

    COMMUNITY_CENTRE = "community_centre"
    STATION = "station"
    CONVENIENCE_STORE = "convenience_store"


@dataclass(frozen=True)
class TerminalConfig:
    """``[terminal]``: who this terminal is."""

    id: str = "demo-kiosk-01"
    profile: Profile = Profile.COMMUNITY_CENTRE
    location: str = "Sample City Civic Centre"
    time_zone: str = "Asia/Tokyo"
    # Where the terminal stands (WGS84 degrees): shelters are listed by their distance from here.
    lat: float = SAMPLE_POSITION.lat
    lon: float = SAMPLE_POSITION.lon

    def __post_init__(self) -> None:
        require(
            -90 <= self.lat <= 90, "lat", f"expected a latitude between -90 and 90, got {self.lat}"
        )
        require(
            -180 <= self.lon <= 180,
            "lon",
            f"expected a longitude between -180 and 180, got {self.lon}",
        )
        require(
            bool(self.id) and self.id.isascii() and self.id.replace("-", "").isalnum(),
            "id",
            f"expected letters, digits and '-' only, got {self.id!r}",
        )
        require(
            _time_zone(self.time_zone) is not None,
            "time_zone",
            f"expected an IANA time zone such as 'Asia/Tokyo', got {self.time_zone!r}",
        )

    @property
    def zone(self) -> ZoneInfo:
        """The time zone of every time shown or printed for a person (``time_zone``)."""
        zone = _time_zone(self.time_zone)
        assert zone is not None  # checked in __post_init__
        return zone


def _time_zone(key: str) -> ZoneInfo | None:
    """The zone named ``key`` in the system's time zone database, or None if there is none."""
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None


# The largest panel a terminal drives: 16K pixels, 5 m across.
MAX_PX = 16384
MAX_MM = 5000


@dataclass(frozen=True)
class ScreenGeometry:
    """``[kiosk.screen]``: the panel's pixels and physical size, to size touch targets in mm."""

    width_px: int = 1920
    height_px: int = 1080
    width_mm: float = 476.0
    height_mm: float = 268.0
    fullscreen: bool = True

    def __post_init__(self) -> None:
        for name in ("width_px", "height_px"):
            pixels = getattr(self, name)
            require(320 <= pixels <= MAX_PX, name, f"expected 320 to {MAX_PX} pixels, got {pixels}")
        for name in ("width_mm", "height_mm"):
            size = getattr(self, name)
            require(50 <= size <= MAX_MM, name, f"expected 50 to {MAX_MM} mm, got {size:g}")

    @property
    def px_per_mm(self) -> float:
        """Pixels per millimetre, averaged over both axes."""
        return (self.width_px / self.width_mm + self.height_px / self.height_mm) / 2


@dataclass(frozen=True)
class KioskConfig:
    """``[kiosk]``: languages, timeouts, screen and speech of the touchscreen kiosk."""

    languages: tuple[str, ...] = LANGUAGE_CODES
    default_language: str = "ja"
    idle_timeout_s: float = 60.0
    idle_warning_s: float = 20.0
    attract_slide_s: float = 8.0
    # "openjtalk" (Open JTalk for Japanese, espeak-ng for the rest), "espeak-ng", or the name of
    # a QtTextToSpeech engine ("speechd", "flite", "mock")
    speech_engine: str = "openjtalk"
    # 'auto' (the first input device with a headphone switch), 'none', 'evdev:///dev/input/eventN'
    # or 'emulated://'.
    headphone_jack: str = "auto"
    screen: ScreenGeometry = field(default_factory=ScreenGeometry)
    hardware: HardwareLayout = field(default_factory=HardwareLayout)
    payment: PaymentUnitConfig = field(default_factory=PaymentUnitConfig)
    keypad: KeypadConfig = field(default_factory=KeypadConfig)

    def __post_init__(self) -> None:
        unknown = [code for code in self.languages if code not in LANGUAGE_CODES]
        require(
            not unknown,
            "languages",
            f"unknown language {', '.join(map(repr, unknown))}; "
            f"expected some of {', '.join(LANGUAGE_CODES)}",
        )
        require(bool(self.languages), "languages", "expected at least one language")
        require(len(set(self.languages)) == len(self.languages), "languages", "listed twice")
        require(
            self.default_language in self.languages,
            "default_language",
            f"expected one of the configured languages ({', '.join(self.languages)}), "
            f"got {self.default_language!r}",
        )
        require(10 <= self.idle_timeout_s <= 3600, "idle_timeout_s", "expected 10 to 3600 s")
        require(5 <= self.idle_warning_s <= 300, "idle_warning_s", "expected 5 to 300 s")
        require(2 <= self.attract_slide_s <= 120, "attract_slide_s", "expected 2 to 120 s")
        require(
            self.headphone_jack in ("auto", "none", "")
            or urlsplit(self.headphone_jack).scheme in ("evdev", "emulated"),
            "headphone_jack",
            "expected 'auto', 'none', 'evdev:///dev/input/eventN' or 'emulated://', "
            f"got {self.headphone_jack!r}",
        )


@dataclass(frozen=True)
class GatewayConfig:
    """``[gateway]``: where the city's gateway is, or ``embedded`` for one on loopback.

    Beyond loopback the URL must be https (``allow_insecure = true`` lets a lab use http, and is
    logged as insecure). ``ca_file`` is the city's CA bundle, trusted instead of the system's;
    ``client_cert`` (and ``client_key`` unless the certificate file holds the key) is this
    terminal's certificate for a gateway that asks for one.
    """

    url: str = "embedded"
    token_file: str = ""
    sync_interval_s: float = 300.0
    allow_insecure: bool = False
    ca_file: str = ""
    client_cert: str = ""
    client_key: str = ""

    def __post_init__(self) -> None:
        require(30 <= self.sync_interval_s <= 86400, "sync_interval_s", "expected 30 to 86400 s")
        if self.url == "embedded":
            return
        parts = urlsplit(self.url)
        require(
            parts.scheme in ("http", "https") and bool(parts.netloc),
            "url",
            f"expected 'embedded' or an http(s) URL, got {self.url!r}",
        )
        require(
            parts.scheme == "https" or is_loopback_url(self.url) or self.allow_insecure,
            "url",
            f"expected an https URL: {self.url!r} would send this terminal's token and residents'"
            " requests unencrypted (allow_insecure = true permits it, for a lab only)",
        )
        require(
            bool(self.token_file),
            "token_file",
            "expected the path of the file holding this terminal's token "
            "(from 'machikado gateway add-terminal')",
        )
        require(
            not self.client_key or bool(self.client_cert),
            "client_key",
            "a key without client_cert: set client_cert to this terminal's certificate",
        )
        if self.ca_file:
            _check_pem(
                "ca_file", self.ca_file, lambda context: context.load_verify_locations(self.ca_file)
            )
        if self.client_cert:
            for key in ("client_cert", "client_key"):
                path = getattr(self, key)
                if path and not os.access(path, os.R_OK):
                    require(False, key, f"cannot read {path}")
            _check_pem(
                "client_cert" if not self.client_key else "client_key",
                self.client_key or self.client_cert,
                lambda context: context.load_cert_chain(self.client_cert, self.client_key or None),
            )

    def read_token(self) -> str:
        """The terminal's token from ``token_file``; ``ConfigError`` naming the file if unusable."""
        path = Path(self.token_file)
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise ConfigError(
                str(path), [Problem("gateway.token_file", f"cannot read: {err.strerror}")]
            ) from err
        if not token:
            raise ConfigError(str(path), [Problem("gateway.token_file", "the file is empty")])
        return token


@dataclass(frozen=True)
class CacheConfig:
    """``[cache]``: where the terminal keeps its offline copy of the city's data."""

    data_dir: str = ""

    def path(self) -> Path:
        """``data_dir``, or the user's data directory (``$XDG_DATA_HOME/machikado``)."""
        if self.data_dir:
            return Path(self.data_dir)
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        return Path(base) / "machikado"


_DEVICE_SCHEMES = (
    "pcsc",
    "escpos+serial",
    "escpos+usblp",
    "escpos+tcp",
    "cups",
    "alpha+serial",
    "emulated",
)


def is_loopback_host(host: str) -> bool:
    """True when ``host`` names this machine (localhost, 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """True when ``url`` names this machine (localhost, 127.0.0.0/8, ::1)."""
    return is_loopback_host(urlsplit(url).hostname or "")


def _check_pem(key: str, path: str, load: Callable[[ssl.SSLContext], None]) -> None:
    """Raise a ``FieldError`` for ``key`` unless ``load`` reads its PEM file(s)."""
    try:
        load(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    except ssl.SSLError as err:
        detail = str(err.reason or err).lower().replace("_", " ")
        if key == "client_cert" and "PEM lib" in str(err):
            detail = "no private key in it: set client_key to the key's file"
        require(False, key, f"{path}: not a usable PEM file ({detail})")
    except OSError as err:
        require(False, key, f"cannot read {path}: {err.strerror}")


@dataclass(frozen=True)
class DevicesConfig:
    """``[devices]``: one URL per device; an empty string means the terminal has none."""

    card_reader: str = ""
    receipt_printer: str = ""
    document_printer: str = ""
    led_sign: str = ""
    payment: str = ""

    def __post_init__(self) -> None:
        for name, url in self.urls().items():
            if not url:
                continue
            scheme = urlsplit(url).scheme
            require(
                scheme in _DEVICE_SCHEMES,
                name,
                f"expected a device URL with a scheme among {', '.join(_DEVICE_SCHEMES)}, "
                f"got {url!r}",
            )

    def urls(self) -> dict[str, str]:
        """Device kind → configured URL (empty when absent)."""
        return {
            "card_reader": self.card_reader,
            "receipt_printer": self.receipt_printer,
            "document_printer": self.document_printer,
            "led_sign": self.led_sign,
            "payment": self.payment,
        }


_HHMM = r"([01]\d|2[0-3]):[0-5]\d"


class Orientation(enum.Enum):
    """Which way the signage panel is mounted."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


@dataclass(frozen=True)
class SignageConfig:
    """``[signage]``: the station screen: its id, orientation, power schedule and content."""

    screen_id: str = "station-screen-01"
    orientation: Orientation = Orientation.LANDSCAPE
    width_px: int = 1920
    height_px: int = 1080
    power_off: str = ""
    power_command: str = "xset dpms force {state}"
    package_dir: str = ""
    public_key: str = ""
    ticker_text: str = ""
    qr_link_base: str = ""

    def __post_init__(self) -> None:
        require(
            not self.qr_link_base
            or (
                urlsplit(self.qr_link_base).scheme in ("http", "https")
                and bool(urlsplit(self.qr_link_base).netloc)
            ),
            "qr_link_base",
            f"expected the gateway's public http(s) URL or nothing, got {self.qr_link_base!r}",
        )
        require(
            bool(self.screen_id)
            and self.screen_id.isascii()
            and self.screen_id.replace("-", "").isalnum(),
            "screen_id",
            f"expected letters, digits and '-' only, got {self.screen_id!r}",
        )
        for name in ("width_px", "height_px"):
            pixels = getattr(self, name)
            require(320 <= pixels <= MAX_PX, name, f"expected 320 to {MAX_PX} pixels, got {pixels}")
        if self.power_off:
            require(
                re.fullmatch(f"{_HHMM}-{_HHMM}", self.power_off) is not None
                and self.power_off[:5] != self.power_off[6:],
                "power_off",
                f"expected a window like '01:00-05:00', got {self.power_off!r}",
            )
        require(
            "{state}" in self.power_command,
            "power_command",
            "expected a command containing {state} (replaced by 'on' or 'off')",
        )
        require(
            not self.public_key or _is_publishing_key(self.public_key),
            "public_key",
            "expected the base64 of the 32-byte Ed25519 publishing key",
        )

    def size(self) -> tuple[int, int]:
        """The window's width and height in pixels as the panel is mounted."""
        if self.orientation is Orientation.PORTRAIT:
            return min(self.width_px, self.height_px), max(self.width_px, self.height_px)
        return max(self.width_px, self.height_px), min(self.width_px, self.height_px)


def _is_publishing_key(text: str) -> bool:
    """``text`` is the base64 of 32 bytes (an Ed25519 public key)."""
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


_MONTH_DAY = r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"


@dataclass(frozen=True)
class CertificatesConfig:
    """``[certificates]``: when the kiosk issues certificates, and how long it waits for devices.

    ``hours`` is the daily window in Japan time ('06:30-23:00'; '00:00-24:00' is all day);
    ``closed_days`` are month-days ('12-29') closed every year, as the city's system is.
    """

    hours: str = "06:30-23:00"
    closed_days: tuple[str, ...] = ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")
    payment_timeout_s: float = 120.0
    print_timeout_s: float = 180.0

    def __post_init__(self) -> None:
        match = re.fullmatch(f"{_HHMM}-({_HHMM}|24:00)", self.hours)
        require(
            match is not None and self.hours[:5] < self.hours[6:],
            "hours",
            f"expected an opening window within one day like '06:30-23:00', got {self.hours!r}",
        )
        bad = [day for day in self.closed_days if re.fullmatch(_MONTH_DAY, day) is None]
        require(not bad, "closed_days", f"expected month-days like '12-29', got {bad!r}")
        require(30 <= self.payment_timeout_s <= 600, "payment_timeout_s", "expected 30 to 600 s")
        require(30 <= self.print_timeout_s <= 900, "print_timeout_s", "expected 30 to 900 s")


@dataclass(frozen=True)
class CityConfig:
    """``[city]``: where a resident can ask a person, shown on the help and out-of-service screens.

    ``contact_text`` says who to ask and where, as the city words it (for example the desk and
    its hours); ``contact_phone`` is the number to call. Either may be empty.
    """

    contact_text: str = ""
    contact_phone: str = ""

    def __post_init__(self) -> None:
        require(len(self.contact_text) <= 200, "contact_text", "expected at most 200 characters")
        require(
            re.fullmatch(r"(\+?[0-9][0-9 ()-]{3,20})?", self.contact_phone) is not None,
            "contact_phone",
            f"expected digits, spaces, '-', '(' and ')', got {self.contact_phone!r}",
        )


@dataclass(frozen=True)
class MachikadoConfig:
    """The whole configuration file."""

    terminal: TerminalConfig = field(default_factory=TerminalConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    gateway: GatewayConfig = field(default_factory=GatewayConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    devices: DevicesConfig = field(default_factory=DevicesConfig)
    signage: SignageConfig = field(default_factory=SignageConfig)
    certificates: CertificatesConfig = field(default_factory=CertificatesConfig)
    city: CityConfig = field(default_factory=CityConfig)
    technician: TechnicianConfig = field(default_factory=TechnicianConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    jobs: JobsConfig = field(default_factory=JobsConfig)
