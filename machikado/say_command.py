"""``machikado say``: speak a text the way the kiosk would, to the speaker or a WAV file."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from content.config import MachikadoConfig
from content.languages import LANGUAGE_CODES
from content.reading import JAPANESE, speakable
from devices.errors import DeviceError
from devices.speech.interface import Audio, NoVoiceError
from devices.speech.voices import ENGINES, Voices, open_voices


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``say`` to the CLI."""
    say = commands.add_parser(
        "say", help="speak a text through the configured speech engine (or write a WAV)"
    )
    say.add_argument("--lang", default="ja", choices=LANGUAGE_CODES, help="language (default ja)")
    say.add_argument("--wav", type=Path, metavar="FILE", help="write the speech to FILE instead")
    say.add_argument(
        "--reading", action="store_true", help="print the reading (kana or phonemes) it speaks"
    )
    say.add_argument(
        "--engine", choices=ENGINES, help="speech engine instead of the configured one"
    )
    say.add_argument(
        "--config",
        type=Path,
        help="configuration file (default /etc/machikado/machikado.toml, else built-in defaults)",
    )
    say.add_argument("text", metavar="TEXT", help="what to say")


@dataclass(frozen=True)
class Said:
    """What a text became: the text given to the voice, its reading, its audio."""

    engine: str
    text: str
    reading: str
    audio: Audio


def say(voices: Voices, text: str, lang: str) -> Said:
    """Read and synthesize ``text`` in ``lang`` exactly as the kiosk does (the self-test's path)."""
    said = speakable(text, lang)
    synth = voices.synthesizer(lang)
    return Said(voices.engine_name(lang), said, synth.reading(said, lang), synth.speak(said, lang))


def engine_for(config: MachikadoConfig) -> str:
    """The configured engine when it is one of ours, else the default (Open JTalk + espeak-ng)."""
    return config.kiosk.speech_engine if config.kiosk.speech_engine in ENGINES else ENGINES[0]


def run(args: argparse.Namespace, config: MachikadoConfig) -> int:
    """Run ``machikado say``; 0 when spoken, 3 when the language has no voice, 1 on failure."""
    voices = open_voices(args.engine or engine_for(config))
    if not args.text.strip():
        print("machikado say: nothing to say (the text is empty)", file=sys.stderr)
        return 2
    try:
        said = say(voices, args.text, args.lang)
    except NoVoiceError:
        print(
            f"machikado say: no voice is installed for {args.lang} ({NoVoiceError.key})",
            file=sys.stderr,
        )
        return 3
    except DeviceError as err:
        print(f"machikado say: speech failed: {err} ({err.key})", file=sys.stderr)
        return 1
    if args.reading:
        print(f"engine: {said.engine}")
        print(f"text: {said.text}")
        print(f"reading: {said.reading}")
        if args.lang in JAPANESE:
            from content.reading import kana

            print(f"kana: {kana(args.text, args.lang)}")
    if args.wav is not None:
        try:
            said.audio.write(args.wav)
        except OSError as err:
            print(f"machikado say: cannot write {args.wav}: {err.strerror}", file=sys.stderr)
            return 1
        print(f"wrote {args.wav} ({said.audio.duration_s:.2f} s, {said.audio.rate} Hz)")
        return 0
    from devices.speech.output import AplayOutput

    try:
        AplayOutput().play(said.audio)
    except DeviceError as err:
        print(f"machikado say: cannot play: {err} (use --wav FILE)", file=sys.stderr)
        return 1
    return 0
