"""``machikado``: one command for every part of the terminal software."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from content.config import ConfigError, MachikadoConfig, load_config
from machikado import (
    __version__,
    diag_command,
    gateway_command,
    outbox_command,
    say_command,
    signage_command,
)
from machikado.log_time import set_up_logging, use_terminal, use_zone


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="machikado", description="Machikado (まちかど端末): city kiosk and signage terminal."
    )
    parser.add_argument("--version", action="version", version=f"machikado {__version__}")
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kiosk = commands.add_parser("kiosk", help="run the touchscreen kiosk")
    kiosk.add_argument(
        "--config",
        type=Path,
        help="configuration file (default /etc/machikado/machikado.toml, else built-in defaults)",
    )
    kiosk.add_argument(
        "--windowed", action="store_true", help="a normal window instead of the locked kiosk"
    )

    demo = commands.add_parser(
        "demo", help="the kiosk with built-in defaults; a screenshot tour when there is no display"
    )
    demo.add_argument("--config", type=Path, help="configuration file instead of the defaults")
    demo.add_argument(
        "--tour",
        type=Path,
        metavar="DIR",
        help="run the scripted tour offscreen and write one PNG per screen state into DIR",
    )
    demo.add_argument(
        "--signage",
        action="store_true",
        help="the station signage player on the sample content instead of the kiosk",
    )
    signage_command.add_parser(commands)
    gateway_command.add_parser(commands)
    outbox_command.add_parser(commands)
    diag_command.add_parser(commands)
    say_command.add_parser(commands)
    return parser


def has_display() -> bool:
    """True when an X11 or Wayland display is there to open a window on."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _load(path: Path | None, app: str | None = None) -> MachikadoConfig:
    return _load_with_source(path, app)[0]


def _load_with_source(path: Path | None, app: str | None = None) -> tuple[MachikadoConfig, str]:
    config, source = load_config(path, app=app)
    use_zone(config.terminal.zone)
    use_terminal(config.terminal.id)
    logging.getLogger("machikado").info("configuration: %s", source)
    return config, source


def _demo(args: argparse.Namespace) -> int:
    config = _load(args.config) if args.config else MachikadoConfig()
    tour_dir = args.tour
    if tour_dir is None and not has_display():
        tour_dir = Path("tour")
        print("No display (DISPLAY and WAYLAND_DISPLAY are unset): running the tour offscreen.")
    if args.signage:
        return signage_command.run_demo(config, tour_dir)
    if tour_dir is None:
        from kiosk.app import run_kiosk
        from kiosk.demo.setup import DemoSetup

        demo = DemoSetup.prepare(config)
        return run_kiosk(demo.config, kiosk_mode=False, demo=demo)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.tour import run_tour

    shots = run_tour(config, tour_dir)
    print(f"Wrote {len(shots)} screenshots to {tour_dir.resolve()}:")
    for shot in shots:
        print(f"  {shot.path.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    set_up_logging(args.log_level)
    try:
        if args.command == "kiosk":
            # before Qt loads: a bad file is told at once
            config, source = _load_with_source(args.config, "kiosk")
            from kiosk.app import run_kiosk
            from kiosk.technician.adapters.logfile import install_log_file

            install_log_file(config.cache.path())  # the technician's menu and bundle read it

            return run_kiosk(config, kiosk_mode=not args.windowed, config_source=source)
        if args.command == "demo":
            return _demo(args)
        if args.command == "signage":
            return signage_command.run(args, _load(args.config, "signage"))
        if args.command == "gateway":
            return gateway_command.run(args)
        if args.command == "outbox":
            return outbox_command.run(args, _load(args.config))
        if args.command == "diag":
            return diag_command.run(args)
        if args.command == "say":
            return say_command.run(args, _load(args.config))
    except ConfigError as err:
        print(f"machikado: configuration error in {err}", file=sys.stderr)
        return 2
    return 1
