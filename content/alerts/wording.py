"""What an alert says to a resident, in each of the terminal's seven languages.

The fixed parts (what happened, the 警戒レベル, what to do now, the note on the language of the
details, the drill label) come from the catalogue in ``messages/alerts_<lang>.ts``, read without
Qt so that the kiosk, signage's LED board and any Python code word an alert alike. The source's
own words win where it has them in the language asked; otherwise the fixed parts are shown in
that language and the source's free text in the language it was written in, with a note.

Event names follow JMA and the Cabinet Office (避難情報に関するガイドライン): 注意報, 警報,
危険警報, 特別警報, 土砂災害警戒情報, 氾濫注意情報 … 氾濫発生情報, 高齢者等避難, 避難指示,
緊急安全確保; the actions follow the conduct each 警戒レベル asks for.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from content.alerts.model import Alert, Kind, Text
from content.catalogue import Catalogue, CatalogueError, Message, translate
from content.languages import LANGUAGE_CODES
from content.phrasing import show_readings, typeset

log = logging.getLogger(__name__)

MESSAGES = Path(__file__).with_name("messages")


@dataclass(frozen=True)
class AlertWords:
    """One alert worded for one language.

    Every field is plain text: no word joiners, readings shown as 漢字（かんじ） where the
    やさしい日本語 catalogue gives them — ready for the LED board, for print and (through
    :func:`content.phrasing.spoken`) for speech. A screen shows :func:`for_screen` of it, which
    typesets Japanese and Chinese to break between phrases. With ``drill`` the event and the
    headline already begin with the drill label, so that no surface can show a drill as real.
    """

    language: str  # the language asked for (one of content.languages.LANGUAGE_CODES)
    event: str  # what: the kind and level worded, with the 警戒レベル where the alert gives one
    headline: str  # the source's headline in ``language`` when it has one, else ``event``
    action: str  # what to do now, from the catalogue for this kind and level
    details: str  # the source's free text (description, then instruction), may be ""
    details_language: str  # the language ``details`` is in (one of ours where it maps to one)
    note: str  # "" or, in ``language``, that the details are in another language
    drill: bool  # a drill shown where the city enables it: the words say so


def _levels(
    info: Message, advisory: Message, warning: Message, danger: Message, emergency: Message
) -> tuple[Message, Message, Message, Message, Message]:
    return (info, advisory, warning, danger, emergency)


# --- what happened ----------------------------------------------------------------------------

_STORM = translate("alerts", "Storm warning")
_WAVE_WARNING = translate("alerts", "High wave warning")
_SNOW_WARNING = translate("alerts", "Heavy snow warning")
_THUNDER = translate("alerts", "Thunderstorm advisory")
_WEATHER_WARNING = translate("alerts", "Weather warning")
_RECORD_RAIN = translate("alerts", "Record short-term heavy rain information")
_TORNADO = translate("alerts", "Tornado alert")
_EARTHQUAKE = translate("alerts", "Earthquake information")
_TSUNAMI_WARNING = translate("alerts", "Tsunami warning")
_CRATER = translate("alerts", "Volcanic warning (near the crater)")
_RESIDENTIAL = translate("alerts", "Volcanic warning (residential areas)")
_EVACUATION_INFO = translate("alerts", "Evacuation information")
_SHELTERS_OPENED = translate("alerts", "Shelters opened")
SHELTERS_CLOSED_EVENT = translate("alerts", "Shelters closed")
_DISASTER_INFO = translate("alerts", "Disaster information")
_EMERGENCY_INFO = translate("alerts", "Emergency information")

EVENTS: dict[Kind, tuple[Message, Message, Message, Message, Message]] = {
    Kind.HEAVY_RAIN: _levels(
        translate("alerts", "Heavy rain information"),
        translate("alerts", "Heavy rain advisory"),
        translate("alerts", "Heavy rain warning"),
        translate("alerts", "Heavy rain danger warning"),
        translate("alerts", "Heavy rain emergency warning"),
    ),
    Kind.LANDSLIDE: _levels(
        translate("alerts", "Landslide information"),
        translate("alerts", "Landslide advisory"),
        translate("alerts", "Landslide warning"),
        translate("alerts", "Landslide alert"),
        translate("alerts", "Landslide emergency warning"),
    ),
    Kind.FLOOD: _levels(
        translate("alerts", "River flood forecast"),
        translate("alerts", "River flood advisory"),
        translate("alerts", "River flood warning"),
        translate("alerts", "River flood danger"),
        translate("alerts", "River flooding"),
    ),
    Kind.STORM_SURGE: _levels(
        translate("alerts", "Storm surge information"),
        translate("alerts", "Storm surge advisory"),
        translate("alerts", "Storm surge warning"),
        translate("alerts", "Storm surge danger warning"),
        translate("alerts", "Storm surge emergency warning"),
    ),
    Kind.WIND: _levels(
        translate("alerts", "Wind information"),
        translate("alerts", "Strong wind advisory"),
        _STORM,
        _STORM,
        translate("alerts", "Storm emergency warning"),
    ),
    Kind.WAVE: _levels(
        translate("alerts", "High wave information"),
        translate("alerts", "High wave advisory"),
        _WAVE_WARNING,
        _WAVE_WARNING,
        translate("alerts", "High wave emergency warning"),
    ),
    Kind.SNOW: _levels(
        translate("alerts", "Heavy snow information"),
        translate("alerts", "Heavy snow advisory"),
        _SNOW_WARNING,
        _SNOW_WARNING,
        translate("alerts", "Heavy snow emergency warning"),
    ),
    Kind.THUNDER: _levels(
        translate("alerts", "Thunderstorm information"), _THUNDER, _THUNDER, _THUNDER, _THUNDER
    ),
    Kind.WEATHER: _levels(
        translate("alerts", "Weather information"),
        translate("alerts", "Weather advisory"),
        _WEATHER_WARNING,
        _WEATHER_WARNING,
        translate("alerts", "Weather emergency warning"),
    ),
    Kind.RECORD_RAIN: _levels(_RECORD_RAIN, _RECORD_RAIN, _RECORD_RAIN, _RECORD_RAIN, _RECORD_RAIN),
    Kind.TORNADO: _levels(_TORNADO, _TORNADO, _TORNADO, _TORNADO, _TORNADO),
    Kind.EARTHQUAKE: _levels(_EARTHQUAKE, _EARTHQUAKE, _EARTHQUAKE, _EARTHQUAKE, _EARTHQUAKE),
    Kind.TSUNAMI: _levels(
        translate("alerts", "Tsunami forecast"),
        translate("alerts", "Tsunami advisory"),
        _TSUNAMI_WARNING,
        _TSUNAMI_WARNING,
        translate("alerts", "Major tsunami warning"),
    ),
    Kind.VOLCANO: _levels(
        translate("alerts", "Volcanic forecast"), _CRATER, _CRATER, _RESIDENTIAL, _RESIDENTIAL
    ),
    Kind.EVACUATION: _levels(
        _EVACUATION_INFO,
        _EVACUATION_INFO,
        translate("alerts", "Evacuation of older people and others"),
        translate("alerts", "Evacuation order"),
        translate("alerts", "Emergency safety measures"),
    ),
    Kind.SHELTER: _levels(
        _SHELTERS_OPENED, _SHELTERS_OPENED, _SHELTERS_OPENED, _SHELTERS_OPENED, _SHELTERS_OPENED
    ),
    Kind.OTHER: _levels(
        _DISASTER_INFO, _DISASTER_INFO, _EMERGENCY_INFO, _EMERGENCY_INFO, _EMERGENCY_INFO
    ),
}
"""The event of each kind, by level rank (info … emergency)."""

#: %1 is an event such as "Heavy rain warning", %2 the 警戒レベル from 1 to 5.
WITH_ALERT_LEVEL = translate("alerts", "%1 (alert level %2)")
#: %1 is the seismic intensity (震度) on JMA's scale: 1 to 4, 5 lower … 6 upper, 7.
EARTHQUAKE_INTENSITY = translate("alerts", "Earthquake, seismic intensity %1")
INTENSITIES: dict[str, Message] = {
    "5弱": translate("alerts", "5 lower"),
    "5強": translate("alerts", "5 upper"),
    "6弱": translate("alerts", "6 lower"),
    "6強": translate("alerts", "6 upper"),
}
"""The intensities that are words, by how JMA writes them."""

# --- what to do now ---------------------------------------------------------------------------

CHECK = translate("alerts", "Check the latest information.")
STAY_ALERT = translate("alerts", "Stay alert and check the latest information.")
STAY_IN = translate("alerts", "Avoid going out unless you must, and check the latest information.")
LEVEL_2 = translate(
    "alerts", "Check on the hazard map where you would go, and how, if you must evacuate."
)
LEVEL_3 = translate(
    "alerts",
    "Older people, people with disabilities and those who help them: leave dangerous places "
    "now. Everyone else, get ready to evacuate.",
)
LEVEL_4 = translate("alerts", "Everyone in a dangerous place: evacuate now.")
LEVEL_5 = translate(
    "alerts",
    "Your life is in danger. Make yourself safe at once: if going outside is now more "
    "dangerous, move to an upper floor or the safest place you can reach.",
)
WIND = translate(
    "alerts", "Stay inside a sturdy building, away from windows, and do not go out unless you must."
)
SNOW = translate("alerts", "Avoid going out unless you must: trains and roads may be disrupted.")
SHELTER_NOW = translate("alerts", "Go inside a sturdy building now and keep away from windows.")
WAVES = translate("alerts", "Stay away from the coast.")
RECORD_RAIN = translate(
    "alerts",
    "Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for "
    "safer ground now.",
)
QUAKE_LIGHT = translate("alerts", "Be ready for more shaking, and check the latest information.")
QUAKE_STRONG = translate(
    "alerts",
    "Protect your head and keep away from things that may fall or topple. Strong shaking may "
    "come again: move calmly.",
)
TSUNAMI_ADVISORY = translate(
    "alerts", "If you are in the sea, get out of the water and away from the shore now."
)
TSUNAMI_WARNING = translate(
    "alerts",
    "If you are near the coast or a river, evacuate at once to high ground or a tsunami "
    "evacuation building.",
)
VOLCANO_CRATER = translate(
    "alerts", "Do not go near the crater, and follow the restrictions in force there."
)
VOLCANO_RESIDENTIAL = translate(
    "alerts", "Follow the evacuation information of the city and towns near the volcano."
)
SHELTERS_OPEN = translate("alerts", "Check which shelters are open and how to get there.")
SHELTERS_CLOSED = translate("alerts", "Check which shelters are still open.")
FOLLOW = translate(
    "alerts", "Follow the instructions of the city, the fire service and the police."
)

_BY_LEVEL = _levels(CHECK, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5)
_WEATHERLIKE = _levels(CHECK, STAY_ALERT, STAY_IN, STAY_IN, STAY_IN)

ACTIONS: dict[Kind, tuple[Message, Message, Message, Message, Message]] = {
    Kind.HEAVY_RAIN: _BY_LEVEL,
    Kind.LANDSLIDE: _BY_LEVEL,
    Kind.FLOOD: _BY_LEVEL,
    Kind.STORM_SURGE: _BY_LEVEL,
    Kind.EVACUATION: _BY_LEVEL,
    Kind.WIND: _levels(CHECK, STAY_ALERT, WIND, WIND, WIND),
    Kind.WAVE: _levels(CHECK, WAVES, WAVES, WAVES, WAVES),
    Kind.SNOW: _levels(CHECK, STAY_ALERT, SNOW, SNOW, SNOW),
    Kind.THUNDER: _levels(CHECK, SHELTER_NOW, SHELTER_NOW, SHELTER_NOW, SHELTER_NOW),
    Kind.WEATHER: _WEATHERLIKE,
    Kind.RECORD_RAIN: _levels(RECORD_RAIN, RECORD_RAIN, RECORD_RAIN, RECORD_RAIN, RECORD_RAIN),
    Kind.TORNADO: _levels(SHELTER_NOW, SHELTER_NOW, SHELTER_NOW, SHELTER_NOW, SHELTER_NOW),
    Kind.EARTHQUAKE: _levels(QUAKE_LIGHT, QUAKE_LIGHT, QUAKE_STRONG, QUAKE_STRONG, QUAKE_STRONG),
    Kind.TSUNAMI: _levels(
        CHECK, TSUNAMI_ADVISORY, TSUNAMI_WARNING, TSUNAMI_WARNING, TSUNAMI_WARNING
    ),
    Kind.VOLCANO: _levels(
        CHECK, VOLCANO_CRATER, VOLCANO_CRATER, VOLCANO_RESIDENTIAL, VOLCANO_RESIDENTIAL
    ),
    Kind.SHELTER: _levels(
        SHELTERS_OPEN, SHELTERS_OPEN, SHELTERS_OPEN, SHELTERS_OPEN, SHELTERS_OPEN
    ),
    Kind.OTHER: _levels(CHECK, STAY_ALERT, FOLLOW, FOLLOW, FOLLOW),
}
"""What to do now for each kind, by level rank; the 警戒レベル decides for the water hazards."""

# The kinds whose action follows the 警戒レベル when the alert states one.
_BY_ALERT_LEVEL = frozenset(
    {Kind.HEAVY_RAIN, Kind.LANDSLIDE, Kind.FLOOD, Kind.STORM_SURGE, Kind.EVACUATION}
)

# --- notes and labels -------------------------------------------------------------------------

DETAILS_IN: dict[str, Message] = {
    "ja": translate("alerts", "The details are in Japanese."),
    "en": translate("alerts", "The details are in English."),
}
"""The note for details in another language, by the language they are in."""
DETAILS_IN_OTHER = translate("alerts", "The details are in the language they were issued in.")
DRILL = translate("alerts", "Drill")
#: %1 is an event or a headline; the label says the alert is a drill, not real.
DRILLED = translate("alerts", "[Drill] %1")
DRILL_NOTICE = translate("alerts", "This is a drill, not a real alert.")


# --- the catalogue ----------------------------------------------------------------------------


@cache
def catalogue() -> Catalogue:
    """The alert catalogue in every language; English sources alone if it cannot be read.

    Read from disk once, on first use: an app calls it from a worker at start so that no
    wording later waits on the disk on the UI thread.
    """
    try:
        return Catalogue.load([MESSAGES], LANGUAGE_CODES)
    except CatalogueError as err:
        log.error("alert wording catalogue unreadable, English used: %s", err)
        return Catalogue({})


def word(message: Message, language: str) -> str:
    """``message`` in ``language``, readings shown (one of ours; ``ValueError`` for others)."""
    _check(language)
    return catalogue().text(message, language)


def _marked(message: Message, language: str) -> str:
    return catalogue().marked(message, language)


def drill_label(language: str) -> str:
    """The short label a drill carries, e.g. 訓練 / Drill."""
    return word(DRILL, language)


def drill_notice(language: str) -> str:
    """The sentence saying an alert is a drill, not real."""
    return word(DRILL_NOTICE, language)


def _check(language: str) -> None:
    if language not in LANGUAGE_CODES:
        raise ValueError(
            f"unknown language {language!r}: expected one of {', '.join(LANGUAGE_CODES)}"
        )


def our_language(tag: str) -> str | None:
    """The terminal language a source's BCP 47 tag is written in (ja-JP → ja), or None."""
    lowered = tag.strip().lower().replace("_", "-")
    if lowered in ("ja-easy", "ja-x-easy", "ja-x-yasashii"):
        return "ja-easy"
    primary, _, rest = lowered.partition("-")
    if primary == "zh":
        traditional = rest.startswith(("hant", "tw", "hk", "mo"))
        return None if traditional else "zh-Hans"
    return {"ja": "ja", "en": "en", "ko": "ko", "pt": "pt-BR", "vi": "vi"}.get(primary)


def _text_in(alert: Alert, language: str) -> Text | None:
    for text in alert.texts:
        if our_language(text.language) == language:
            return text
    return None


_INTENSITY = re.compile(r"震度([1-7][弱強]?)")


def _event(alert: Alert, language: str) -> str:
    kind_events = EVENTS.get(alert.kind, EVENTS[Kind.OTHER])
    message = kind_events[alert.level.rank]
    if alert.kind is Kind.SHELTER and alert.shelters and not any(s.open for s in alert.shelters):
        message = SHELTERS_CLOSED_EVENT
    event = _marked(message, language)
    if alert.kind is Kind.EARTHQUAKE:
        intensity = _intensity(alert)
        if intensity:
            shown = INTENSITIES.get(intensity)
            value = _marked(shown, language) if shown else intensity
            event = _marked(EARTHQUAKE_INTENSITY, language).replace("%1", value)
    if alert.evacuation_level is not None and alert.kind is not Kind.VOLCANO:
        template = _marked(WITH_ALERT_LEVEL, language)
        event = template.replace("%1", event).replace("%2", str(alert.evacuation_level))
    return event


def _intensity(alert: Alert) -> str:
    """The 震度 a Japanese text of an earthquake alert names, e.g. ``5弱``; "" if none."""
    for text in alert.texts:
        if our_language(text.language) == "ja":
            for part in (text.event, text.headline):
                found = _INTENSITY.search(unicodedata.normalize("NFKC", part))
                if found:
                    return found.group(1)
    return ""


def _action(alert: Alert, language: str) -> str:
    rank = alert.level.rank
    if alert.kind in _BY_ALERT_LEVEL and alert.evacuation_level is not None:
        rank = max(0, alert.evacuation_level - 1)
    message = ACTIONS.get(alert.kind, ACTIONS[Kind.OTHER])[rank]
    if alert.kind is Kind.SHELTER and alert.shelters and not any(s.open for s in alert.shelters):
        message = SHELTERS_CLOSED
    return _marked(message, language)


def _details(alert: Alert, language: str) -> tuple[str, str]:
    """The free text and its language: in ``language``, else in Japanese, else the first."""
    candidates = [_text_in(alert, language)]
    if language == "ja-easy":
        candidates.append(_text_in(alert, "ja"))
    candidates += [_text_in(alert, "ja"), *alert.texts]
    for text in candidates:
        if text is None:
            continue
        body = "\n".join(part.strip() for part in (text.description, text.instruction) if part)
        if body.strip():
            return body.strip(), our_language(text.language) or text.language
    return "", language


def _note(details: str, details_language: str, language: str) -> str:
    if not details or details_language == language:
        return ""
    if language == "ja-easy" and details_language == "ja":
        return ""  # the same script: a reader of やさしい日本語 reads what they can
    message = DETAILS_IN.get(details_language, DETAILS_IN_OTHER)
    return _marked(message, language)


# How sources begin the headline of a drill themselves (JMA's 訓練/試験 telegrams, CAP's
# Exercise/Test, the city's own tool): such a headline is not labelled a second time.
_SOURCE_DRILL_WORDS = ("訓練", "試験", "くんれん", "drill", "exercise", "test")
_OPENING_MARKS = "【[［(（〔「 \u3000"


def _says_drill(headline: str, language: str) -> bool:
    opening = headline.lstrip(_OPENING_MARKS).casefold()
    words = (*_SOURCE_DRILL_WORDS, drill_label(language).casefold())
    return any(word and opening.startswith(word) for word in words)


def words_for(alert: Alert, language: str, *, drill: bool = False) -> AlertWords:
    """``alert`` worded in ``language``; ``ValueError`` when it is not one of ours."""
    _check(language)
    event = _event(alert, language)
    own = _text_in(alert, language)
    headline = (own.headline or own.event).strip() if own is not None else ""
    headline = headline or event
    details, details_language = _details(alert, language)
    if drill:
        labelled = _marked(DRILLED, language)
        event = labelled.replace("%1", event)
        if not _says_drill(headline, language):
            headline = labelled.replace("%1", headline)
    return AlertWords(
        language=language,
        event=show_readings(event),
        headline=show_readings(headline),
        action=show_readings(_action(alert, language)),
        details=details,
        details_language=details_language,
        note=show_readings(_note(details, details_language, language)),
        drill=drill,
    )


def for_screen(words: AlertWords) -> AlertWords:
    """``words`` typeset for a screen: Japanese and Chinese break only between phrases."""
    language = words.language
    details = words.details
    if words.details_language in LANGUAGE_CODES:
        details = typeset(details, words.details_language)
    return replace(
        words,
        event=typeset(words.event, language),
        headline=typeset(words.headline, language),
        action=typeset(words.action, language),
        details=details,
        note=typeset(words.note, language),
    )
