"""``machikado signage`` and ``machikado demo --signage``: run the station signage player.

The demo builds a signed content package from the sample city's notices at start (with a key
made for that run only), installs it through the same verification a terminal uses, and plays
it with an emulated LED board.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
from pathlib import Path

from content.config import MachikadoConfig
from content.notices import load_sample_board
from gateway.packages import build_package, generate_key, public_key_text
from shared_qt.qr_images import QrImageProvider

SAMPLE_PACKAGE_ID = "sample-city-signage"
SAMPLE_ENTRY = "playlist.json"
DEMO_LED = "emulated://led?rows=32&cols=192"
IMAGES = {"qr": QrImageProvider}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``signage`` to the CLI."""
    signage = commands.add_parser("signage", help="run the station signage player")
    signage.add_argument(
        "--config",
        type=Path,
        help="configuration file (default /etc/machikado/machikado.toml, else built-in defaults)",
    )
    signage.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full screen"
    )


def sample_config(config: MachikadoConfig, folder: Path) -> MachikadoConfig:
    """``config`` playing a freshly signed package of the sample city's notices from ``folder``."""
    from signage.app import package_store, sample_schedule

    board = load_sample_board()
    source = folder / "source"
    source.mkdir(parents=True)
    (source / SAMPLE_ENTRY).write_text(
        json.dumps(sample_schedule(board), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    key = generate_key()
    archive = folder / "sample.zip"
    archive.write_bytes(
        build_package(
            source,
            key=key,
            package_id=SAMPLE_PACKAGE_ID,
            version=1,
            title=board.city["ja"],
            entry=SAMPLE_ENTRY,
        )
    )
    signage = dataclasses.replace(
        config.signage,
        package_dir=str(folder / "packages"),
        public_key=public_key_text(key),
        ticker_text=config.signage.ticker_text or _sample_ticker(board.city["ja"]),
    )
    package_store(signage).install(archive)
    devices = dataclasses.replace(config.devices, led_sign=config.devices.led_sign or DEMO_LED)
    cache = dataclasses.replace(config.cache, data_dir=config.cache.data_dir or str(folder))
    return dataclasses.replace(config, signage=signage, devices=devices, cache=cache)


def _sample_ticker(city: str) -> str:
    return f"{city}　駅前情報 ―― 市からのお知らせは QR コードでスマートフォンへ"


def run_demo(config: MachikadoConfig, tour_dir: Path | None) -> int:
    """The player on the sample content; with ``tour_dir``, screenshots offscreen instead."""
    from signage.app import load_content, run_player

    city = load_sample_board().city["ja"]
    with tempfile.TemporaryDirectory(prefix="machikado-signage-") as folder:
        demo = sample_config(config, Path(folder))
        content = load_content(demo.signage)
        if tour_dir is None:
            return run_player(demo, content, images=IMAGES, fullscreen=False, city=city)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from signage.tour import SignageTour

        app = QGuiApplication.instance() or QGuiApplication([])
        shots = SignageTour(demo, content, tour_dir, images=IMAGES, city=city).run()
        app.processEvents()
    print(f"Wrote {len(shots)} screenshots to {tour_dir.resolve()}:")
    for shot in shots:
        print(f"  {shot.name}")
    return 0


def run(args: argparse.Namespace, config: MachikadoConfig) -> int:
    """``machikado signage``: play the installed content package on this screen."""
    from signage.app import load_content, run_player

    return run_player(
        config,
        load_content(config.signage),
        images=IMAGES,
        fullscreen=not args.windowed,
        city=config.terminal.location,
    )
