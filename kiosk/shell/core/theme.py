"""Colours and sizes of the kiosk's look, decided here so they can be checked without Qt."""

from __future__ import annotations

from dataclasses import dataclass

from content.config import ScreenGeometry

MIN_TOUCH_MM = 15.0
LARGE_TEXT_SCALE = 1.5
"""How much larger text (and the touch targets that hold it) are in the large-text mode."""


@dataclass(frozen=True)
class Palette:
    """The colours of one theme; every text/background pair is checked for contrast."""

    background: str
    surface: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    link: str
    disabled_text: str
    border: str
    focus: str
    warning: str
    warning_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Each foreground/background combination the screens use."""
        return {
            "text on background": (self.text, self.background),
            "text on surface": (self.text, self.surface),
            "muted text on background": (self.muted_text, self.background),
            "muted text on surface": (self.muted_text, self.surface),
            "accent text on accent": (self.accent_text, self.accent),
            "link on surface": (self.link, self.surface),
            "link on background": (self.link, self.background),
            "disabled text on surface": (self.disabled_text, self.surface),
            "warning text on warning": (self.warning_text, self.warning),
        }


STANDARD = Palette(
    background="#F4F6F8",
    surface="#FFFFFF",
    text="#1A1F24",
    muted_text="#4A5560",
    accent="#0B4F8A",
    accent_text="#FFFFFF",
    link="#0B4F8A",
    disabled_text="#5E6770",
    border="#B8C2CC",
    focus="#D9480F",
    warning="#7A2E0E",
    warning_text="#FFFFFF",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#101010",
    text="#FFFFFF",
    muted_text="#F0F0F0",
    accent="#FFE600",
    accent_text="#000000",
    link="#FFE600",
    disabled_text="#C8C8C8",
    border="#FFFFFF",
    focus="#00E5FF",
    warning="#FFE600",
    warning_text="#000000",
)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels for one screen and one set of accessibility modes."""

    touch_target: int
    font_size: int
    title_size: int
    spacing: int
    reach_top: int


def metrics(geometry: ScreenGeometry, *, large_text: bool, low_reach: bool) -> Metrics:
    """Sizes from the panel's physical size: touch targets never under 15 mm."""
    per_mm = geometry.px_per_mm
    scale = LARGE_TEXT_SCALE if large_text else 1.0
    # Body text of 4.8 mm cap height is the floor for self-service screens; 6 mm reads from a
    # wheelchair too.
    font = round(6.0 * per_mm * scale)
    touch = round(max(MIN_TOUCH_MM, 18.0 * scale) * per_mm)
    # In the low-reach layout every control sits below 45 % of the screen height.
    reach_top = round(geometry.height_px * 0.45) if low_reach else 0
    return Metrics(
        touch_target=touch,
        font_size=font,
        title_size=round(font * 1.6),
        spacing=round(4 * per_mm),
        reach_top=reach_top,
    )


@dataclass(frozen=True)
class LevelColours:
    """The band of a disaster alert's level: its colour and the text on it."""

    band: str
    text: str


# After the colours of Japan's 警戒レベル: yellow for an advisory, red for a warning, purple for
# level 4, black for level 5 — darkened where white text must read on them. High contrast keeps
# the order but only colours that hold 7:1 with their text.
ALERT_LEVELS: dict[str, dict[str, LevelColours]] = {
    "standard": {
        "info": LevelColours("#0B4F8A", "#FFFFFF"),
        "advisory": LevelColours("#F2E14C", "#1A1F24"),
        "warning": LevelColours("#B3261E", "#FFFFFF"),
        "danger": LevelColours("#6A1B9A", "#FFFFFF"),
        "emergency": LevelColours("#0C000C", "#FFFFFF"),
    },
    "high_contrast": {
        "info": LevelColours("#FFFFFF", "#000000"),
        "advisory": LevelColours("#FFE600", "#000000"),
        "warning": LevelColours("#FF6E6E", "#000000"),
        "danger": LevelColours("#E8A6FF", "#000000"),
        "emergency": LevelColours("#FFFFFF", "#000000"),
    },
}


def level_colours(level: str, *, high_contrast: bool) -> LevelColours:
    """The band colours of an alert level ('info' … 'emergency') in the theme in use."""
    table = ALERT_LEVELS["high_contrast" if high_contrast else "standard"]
    return table.get(level, table["warning"])
