"""``machikado gateway alerts …`` and the operator commands: the city's alerts from a shell.

``alerts issue|update|cancel`` act on the gateway's database as city IT (recorded as
``cli:<user>``); ``alerts list`` and ``alerts history`` show what is in force and every change;
``alerts poll`` runs one round over the configured feeds; ``alerts documents`` lists what was
fetched and what was refused; ``alerts coverage`` which terminals showed an alert, and when
the others were last heard from. ``add-operator`` gives the token the HTTP API takes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import Any

COMMANDS = ("alerts", "add-operator", "revoke-operator", "list-operators")
KINDS = (
    "evacuation", "shelter", "heavy_rain", "landslide", "flood", "earthquake", "tsunami",
    "volcano", "wind", "snow", "other",
)  # fmt: skip
LEVELS = ("info", "advisory", "warning", "danger", "emergency")


def _draft_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=KINDS, required=True, help="what happens")
    parser.add_argument("--level", choices=LEVELS, help="how serious (else from the 警戒レベル)")
    parser.add_argument("--evacuation-level", type=int, choices=range(1, 6), help="警戒レベル")
    for name, what in (
        ("headline", "the headline in a language, e.g. ja=避難指示 (ja is needed)"),
        ("description", "what happened, in a language"),
        ("instruction", "what to do, in a language"),
    ):
        parser.add_argument(
            f"--{name}", action="append", default=[], metavar="LANG=TEXT", help=what
        )
    parser.add_argument(
        "--area",
        action="append",
        default=[],
        metavar="SCHEME:CODE",
        help="an area it is for, e.g. jma:1322900 (none: the whole city)",
    )
    parser.add_argument("--area-description", default="", metavar="TEXT", help="where, in words")
    for verb in ("open", "close"):
        parser.add_argument(
            f"--{verb}-shelter",
            action="append",
            default=[],
            metavar="ID",
            help=f"a shelter it {verb}s, by its 共通ID in the city's shelter list",
        )
    parser.add_argument("--expires", metavar="TIME", help="ISO 8601 with offset")
    parser.add_argument("--drill", action="store_true", help="a drill (訓練), never shown as real")


def add_parsers(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[Any]:
    """Add ``alerts`` and the operator commands; returns the parsers that take ``--db``."""
    alerts = actions.add_parser("alerts", help="the city's disaster alerts: issue, list, audit")
    steps = alerts.add_subparsers(dest="alerts_command", metavar="STEP", required=True)
    issue = steps.add_parser("issue", help="issue a city alert (evacuation order, shelter…)")
    _draft_options(issue)
    update = steps.add_parser("update", help="replace what an active city alert says")
    update.add_argument("alert_id", metavar="ID")
    _draft_options(update)
    cancel = steps.add_parser("cancel", help="retract an active city alert")
    cancel.add_argument("alert_id", metavar="ID")
    listing = steps.add_parser("list", help="alerts in force (with --all: latest in any state)")
    listing.add_argument("--all", action="store_true")
    listing.add_argument("--drills", action="store_true", help="list drills in force too")
    audit = steps.add_parser("history", help="every change of one alert, by its key")
    audit.add_argument("key", metavar="KEY")
    steps.add_parser("poll", help="one round over the feeds of --config's [alerts] table")
    docs = steps.add_parser("documents", help="documents fetched from the feeds, newest first")
    docs.add_argument("--refused", action="store_true", help="only the refused ones")
    reach = steps.add_parser(
        "coverage", help="which terminals showed an alert (without KEY: each alert in force)"
    )
    reach.add_argument("key", metavar="KEY", nargs="?", help="the alert's key, as list shows it")
    reach.add_argument("--drills", action="store_true", help="drills in force too (no KEY)")
    add = actions.add_parser("add-operator", help="register an operator; prints its API token")
    add.add_argument("operator_id", metavar="ID")
    add.add_argument("--description", default="")
    revoke = actions.add_parser("revoke-operator", help="stop an operator's token from working")
    revoke.add_argument("operator_id", metavar="ID")
    operators = actions.add_parser("list-operators", help="registered operators")
    subs = [alerts, issue, update, cancel, listing, audit, docs, add, revoke, operators]
    subs += [steps.choices["poll"], reach]
    return subs


def _texts(args: argparse.Namespace) -> Any:
    from content.alerts.model import Text

    by_language: dict[str, dict[str, str]] = {}
    for field in ("headline", "description", "instruction"):
        for item in getattr(args, field):
            language, sep, value = item.partition("=")
            if not sep or not language:
                raise ValueError(f"--{field} {item!r}: expected LANG=TEXT, e.g. ja=…")
            by_language.setdefault(language, {})[field] = value
    return tuple(Text(language, **fields) for language, fields in by_language.items())


def _draft(args: argparse.Namespace) -> Any:
    from content.alerts.model import Kind, Level, ShelterChange
    from gateway.alerts.city import EVACUATION_LEVELS, CityAlertDraft

    if args.level is None and args.evacuation_level is None:
        raise ValueError("give --level or --evacuation-level")
    level = Level(args.level) if args.level else EVACUATION_LEVELS[args.evacuation_level]
    expires = None
    if args.expires:
        try:
            expires = dt.datetime.fromisoformat(args.expires)
        except ValueError as err:
            raise ValueError(f"--expires {args.expires!r}: not an ISO 8601 time") from err
    shelters = [ShelterChange(s, True) for s in args.open_shelter]
    shelters += [ShelterChange(s, False) for s in args.close_shelter]
    return CityAlertDraft(
        kind=Kind(args.kind),
        level=level,
        texts=_texts(args),
        evacuation_level=args.evacuation_level,
        drill=args.drill,
        area_codes=tuple(args.area),
        area_description=args.area_description,
        expires=expires,
        shelters=tuple(shelters),
    )


def _line(stored: Any) -> str:
    from gateway.city_time import city_time

    alert = stored.alert
    text = alert.text("ja")
    expires = city_time(alert.expires.isoformat()) if alert.expires else "-"
    return "\t".join(
        [
            stored.key,
            stored.state + (" (drill)" if stored.drill else ""),
            alert.level.value,
            alert.kind.value,
            city_time(alert.sent.isoformat()),
            expires,
            _escaped(text.headline if text else ""),
        ]
    )


def _escaped(value: str) -> str:
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in value)


def run(engine: Any, args: argparse.Namespace, alerts_config: Any) -> int:
    """Carry out one command; exit code 2 for a refused request, 0 when done."""
    from gateway.alerts.city import CityAlertError
    from gateway.alerts.operators import OperatorError

    try:
        if args.gateway_command == "alerts":
            return _alerts(engine, args, alerts_config)
        return _operators(engine, args)
    except (CityAlertError, OperatorError, ValueError) as err:
        message = getattr(err, "message", None) or str(err)
        print(f"machikado gateway: {message}", file=sys.stderr)
        return 2


def _operators(engine: Any, args: argparse.Namespace) -> int:
    from gateway.alerts.operators import add_operator, list_operators, revoke_operator

    if args.gateway_command == "add-operator":
        print(add_operator(engine, args.operator_id, args.description))
        print(
            f"Operator {args.operator_id} registered. This token is shown only once; it issues"
            " the city's alerts over the API (Authorization: Bearer …).",
            file=sys.stderr,
        )
    elif args.gateway_command == "revoke-operator":
        revoke_operator(engine, args.operator_id)
        print(f"Operator {args.operator_id} revoked.")
    else:
        print("operator\tstate\tdescription")
        from gateway.city_time import city_time

        for op in list_operators(engine):
            state = f"revoked {city_time(op.revoked_at)}" if op.revoked_at else "active"
            print(f"{op.id}\t{state}\t{_escaped(op.description)}")
    return 0


def _alerts(engine: Any, args: argparse.Namespace, config: Any) -> int:
    from gateway.alerts import city
    from gateway.alerts.settings import AlertSettings
    from gateway.alerts.store import active_alerts, history, recent_alerts

    actor = f"cli:{getpass.getuser()}"
    step = args.alerts_command
    if step in ("issue", "update"):
        known = AlertSettings.from_config(config).shelter_ids
        draft = _draft(args)
        if step == "issue":
            stored, _replayed = city.issue(engine, draft, actor, known_shelters=known)
        else:
            stored = city.update(engine, args.alert_id, draft, actor, known_shelters=known)
        print(city.city_id(stored.key))
        done = f"Alert {city.city_id(stored.key)} {stored.state}, version {stored.version}."
        print(done, file=sys.stderr)
    elif step == "cancel":
        stored = city.cancel(engine, args.alert_id, actor)
        print(f"Alert {args.alert_id} {stored.state}.")
    elif step == "list":
        found = (
            recent_alerts(engine)
            if args.all
            else active_alerts(engine, dt.datetime.now(dt.UTC), drills=args.drills)
        )
        print("key\tstate\tlevel\tkind\tsent (Japan time)\texpires\theadline")
        for stored in found:
            print(_line(stored))
    elif step == "history":
        events = history(engine, args.key)
        if not events:
            print(f"machikado gateway: no alert {args.key!r}", file=sys.stderr)
            return 1
        from gateway.city_time import city_time

        print("version\tat (Japan time)\taction\tby\tmessage")
        for event in events:
            print(
                f"{event.version}\t{city_time(event.at)}\t{event.action}\t{event.actor}"
                f"\t{_escaped(event.identifier)}"
            )
    elif step == "poll":
        return _poll(engine, config)
    elif step == "coverage":
        return _coverage(engine, args)
    else:
        return _documents(engine, args)
    return 0


def _poll(engine: Any, config: Any) -> int:
    from gateway.alerts.poller import FeedPoller

    report = FeedPoller(engine, config).poll_once()
    for url, outcome in report.feeds.items():
        print(f"{url}\t{outcome}")
    for url, reason in report.refused.items():
        print(f"refused\t{url}\t{reason}")
    for change in report.changes:
        print(f"{change.action}\t{change.key}")
    failed = any(outcome.startswith("failed") for outcome in report.feeds.values())
    return 1 if failed else 0


def _coverage(engine: Any, args: argparse.Namespace) -> int:
    from gateway.alerts.coverage import coverage
    from gateway.alerts.store import active_alerts
    from gateway.city_time import city_time

    if args.key is not None:
        keys = [args.key]
    else:
        in_force = active_alerts(engine, dt.datetime.now(dt.UTC), drills=args.drills)
        keys = [stored.key for stored in in_force]
        if not keys:
            print("No alert is in force.")
    for key in keys:
        found = coverage(engine, key)
        if found is None:
            print(f"machikado gateway: no alert {key!r}", file=sys.stderr)
            return 1
        surfaces = ", ".join(f"{name} {count}" for name, count in found.by_surface.items())
        print(
            f"alert {_escaped(key)} ({found.state}, version {found.version}): shown on"
            f" {found.shown} of {found.terminals} terminals ({surfaces};"
            f" {found.current} at its latest version)"
        )
        if found.unseen:
            print("not shown on\tlast seen (Japan time)\tdescription")
        for terminal in found.unseen:
            seen = city_time(terminal.last_seen_at) if terminal.last_seen_at else "never"
            print(f"{terminal.terminal_id}\t{seen}\t{_escaped(terminal.description)}")
    return 0


def _documents(engine: Any, args: argparse.Namespace) -> int:
    from gateway.alerts.documents import REFUSED, recent_documents
    from gateway.city_time import city_time

    print("fetched (Japan time)\toutcome\treason\turl\tdetail")
    for doc in recent_documents(engine, outcome=REFUSED if args.refused else None):
        print(
            f"{city_time(doc.fetched_at)}\t{doc.outcome}\t{doc.reason}\t{_escaped(doc.url)}"
            f"\t{_escaped(doc.detail)}"
        )
    return 0


def load_alerts_config(path: Path | None) -> Any:
    """``[alerts]`` of the file given with ``--config`` (built-in defaults without one)."""
    from content.config import load_config
    from content.config.alerts import AlertsConfig

    if path is None:
        return AlertsConfig()
    config, _source = load_config(path)
    return config.alerts
