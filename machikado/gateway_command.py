"""``machikado gateway``: serve the API, and register or revoke terminals for city IT."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from machikado import alerts_command, booking_command, jobs_command

MAX_PACKAGE_MB = 1024  # PostgreSQL keeps one value up to 1 GB


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``gateway`` and its sub-commands to the CLI."""
    gateway = commands.add_parser(
        "gateway", help="run the city's gateway (HTTP API), or manage its terminals"
    )
    gateway.add_argument(
        "--db",
        metavar="URL",
        help="database URL: sqlite:///path.db (default: gateway.db in the user's data directory)"
        " or postgresql://…",
    )
    gateway.add_argument("--host", default="127.0.0.1", help="address to listen on")
    gateway.add_argument("--port", type=int, default=8080, help="port to listen on")
    gateway.add_argument("--fd", type=int, help=argparse.SUPPRESS)
    gateway.add_argument(
        "--no-sample",
        action="store_true",
        help="do not load the sample municipality into an empty database",
    )
    gateway.add_argument(
        "--jpki-ca",
        type=Path,
        metavar="PEM",
        help="the JPKI CA certificate(s) to trust; turns on certificate issuance",
    )
    gateway.add_argument(
        "--jpki-crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a CRL of that CA (PEM or DER), re-read whenever replaced; repeat for several",
    )
    gateway.add_argument(
        "--nonce-ttl",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="how long a card's proof stays usable, from PIN entry to the issue request after"
        " payment (default 600)",
    )
    gateway.add_argument(
        "--verification-url",
        default="",
        metavar="URL",
        help="the city's public https address where a printed certificate's verification code is"
        " checked, the code appended (its QR code and URL); required with --jpki-ca",
    )
    gateway.add_argument(
        "--tls-cert",
        type=Path,
        metavar="PEM",
        help="serve HTTPS with this certificate (chain) instead of plain HTTP; needs --tls-key",
    )
    gateway.add_argument("--tls-key", type=Path, metavar="PEM", help="its private key")
    gateway.add_argument(
        "--jobs-folder",
        type=Path,
        metavar="DIR",
        help="watch DIR for Hello Work listing CSV files to import",
    )
    gateway.add_argument(
        "--client-ca",
        type=Path,
        metavar="PEM",
        help="require a client certificate from this CA whose subject CN is the terminal id of"
        " the token sent with it (needs --tls-cert)",
    )
    gateway.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy whose X-Forwarded-For/-Proto are believed (address or network);"
        " repeat for several. Without it those headers are ignored",
    )
    gateway.add_argument(
        "--proxy-client-certs",
        action="store_true",
        help="the trusted proxy checks terminals' client certificates and forwards the verified"
        " one in X-Client-Cert; require it to name the token's terminal (needs --trusted-proxy)",
    )
    gateway.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="configuration file whose [alerts] table sets the disaster feeds to poll, the"
        " city's areas and whether drills show (default: built-in defaults, no polling)",
    )
    actions = gateway.add_subparsers(dest="gateway_command", metavar="ACTION")
    add = actions.add_parser("add-terminal", help="register a terminal and print its token once")
    add.add_argument("terminal_id", metavar="ID", help="the terminal's id, e.g. kiosk-tanashi-01")
    add.add_argument("--description", default="", help="where the terminal stands")
    add.add_argument(
        "--rotate",
        action="store_true",
        help="give an already registered terminal a new token; the old one keeps working until"
        " the terminal first uses the new one",
    )
    revoke = actions.add_parser("revoke-terminal", help="stop a terminal's token from working")
    revoke.add_argument("terminal_id", metavar="ID")
    listing = actions.add_parser(
        "list-terminals",
        help="list registered terminals: state, last use (Japan time), address, software version",
    )
    expire = actions.add_parser(
        "expire", help="revoke the tokens of terminals silent for a number of days"
    )
    expire.add_argument(
        "--silent-days",
        type=float,
        default=30.0,
        metavar="DAYS",
        help="revoke terminals not heard from for this many days (default 30)",
    )
    expire.add_argument(
        "--dry-run", action="store_true", help="only list the terminals that would be revoked"
    )
    link = actions.add_parser(
        "link-card",
        help="link a card's JPKI authentication certificate to a resident (needs --jpki-ca)",
    )
    link.add_argument("resident_id", metavar="RESIDENT", help="the resident's id, e.g. R000002")
    link.add_argument("certificate", type=Path, help="the certificate file (PEM or DER)")
    publish = actions.add_parser(
        "publish-package",
        help="make a signed signage package archive the one signage terminals fetch",
    )
    publish.add_argument("archive", type=Path, metavar="FILE", help="the archive (.zip)")
    publish.add_argument(
        "--max-mb",
        type=int,
        default=256,
        help=f"refuse archives over this size (default 256, at most {MAX_PACKAGE_MB})",
    )
    publishing_key = actions.add_parser(
        "set-publishing-key",
        help="the public half of the city's publishing key: publish-package accepts only"
        " archives signed with it",
    )
    publishing_key.add_argument(
        "public_key", metavar="BASE64", help="as printed by 'python -m gateway.packages keygen'"
    )
    report = actions.add_parser(
        "report", help="signage showings (情報発信数) and QR scans (情報取得数) per day or month"
    )
    report.add_argument("--period", choices=("day", "month"), default="day")
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day")
    report.add_argument("--terminal", metavar="ID", help="only this terminal")
    audit = actions.add_parser(
        "technician-audit", help="what technicians did on a terminal: when, who, what, outcome"
    )
    audit.add_argument("terminal_id", metavar="TERMINAL")
    audit.add_argument("--limit", type=int, default=50, help="latest entries (default 50)")
    bundles = actions.add_parser(
        "technician-bundle",
        help="list a terminal's diagnostics bundles, or write one with --out",
    )
    bundles.add_argument("terminal_id", metavar="TERMINAL")
    bundles.add_argument("bundle_id", nargs="?", metavar="BUNDLE", help="the bundle to write")
    bundles.add_argument("--out", type=Path, metavar="FILE", help="where to write the .tar.gz")
    for sub in (
        add,
        revoke,
        listing,
        expire,
        link,
        publish,
        publishing_key,
        report,
        audit,
        bundles,
    ):
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    jobs_command.add_parsers(actions)
    for sub in booking_command.add_parsers(actions):
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    for sub in alerts_command.add_parsers(actions):
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
        sub.add_argument(
            "--config",
            type=Path,
            metavar="FILE",
            default=argparse.SUPPRESS,
            help="configuration file whose [alerts] table is used",
        )


def run(args: argparse.Namespace) -> int:
    """Carry out ``machikado gateway …``; returns the exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from gateway.issuance.errors import IssuanceError
    from gateway.server import open_database, serve
    from gateway.terminals import TerminalError, revoke_terminal

    try:
        issuance = _issuance(args)
        tls = _tls(args)
        proxies = _trusted_proxies(args.trusted_proxy)
        if args.proxy_client_certs and not proxies:
            raise ValueError("--proxy-client-certs needs --trusted-proxy: whose header to believe")
        alerts = alerts_command.load_alerts_config(args.config)
        from gateway.alerts.settings import load_sites

        load_sites(alerts)  # a shelter file that cannot be read stops start-up, by name
    except (OSError, ValueError) as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    try:
        if args.gateway_command is None:
            serve(
                args.db,
                args.host,
                args.port,
                fd=args.fd,
                sample=not args.no_sample,
                issuance=issuance,
                tls=tls,
                trusted_proxies=proxies,
                proxy_client_certs=args.proxy_client_certs,
                jobs_folder=args.jobs_folder,
                alerts=alerts,
            )
            return 0
        engine = open_database(args.db, sample=not args.no_sample)
    except (SQLAlchemyError, RuntimeError) as err:
        reason = str(err).splitlines()[0]
        print(
            f"machikado gateway: cannot use the database {args.db or ''}: {reason}", file=sys.stderr
        )
        return 2
    try:
        if args.gateway_command in jobs_command.COMMANDS:
            return jobs_command.run(engine, args)
        if args.gateway_command in booking_command.COMMANDS:
            return booking_command.run(engine, args)
        if args.gateway_command in alerts_command.COMMANDS:
            return alerts_command.run(engine, args, alerts)
        if args.gateway_command == "add-terminal":
            _add_terminal(engine, args)
        elif args.gateway_command == "expire":
            return _expire(engine, args)
        elif args.gateway_command == "revoke-terminal":
            revoke_terminal(engine, args.terminal_id)
            print(f"Terminal {args.terminal_id} revoked.")
        elif args.gateway_command == "link-card":
            if issuance is None:
                print(
                    "machikado gateway: link-card needs --jpki-ca and --jpki-crl", file=sys.stderr
                )
                return 2
            from cryptography.hazmat.primitives.serialization import Encoding

            from gateway.issuance.service import link_card
            from gateway.issuance.trust import load_certificates

            certificate = load_certificates(args.certificate)[0]
            link_card(engine, issuance, args.resident_id, certificate.public_bytes(Encoding.DER))
            print(f"Card linked to resident {args.resident_id}.")
        elif args.gateway_command == "publish-package":
            return _publish(engine, args)
        elif args.gateway_command == "set-publishing-key":
            return _set_publishing_key(engine, args)
        elif args.gateway_command == "report":
            return _report(engine, args)
        elif args.gateway_command == "technician-audit":
            return _technician_audit(engine, args)
        elif args.gateway_command == "technician-bundle":
            return _technician_bundle(engine, args)
        else:
            _list_terminals(engine)
    except TerminalError as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    except IssuanceError as err:
        print(f"machikado gateway: {err.message}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        print(f"machikado gateway: cannot read the certificate: {err}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def _add_terminal(engine: Any, args: argparse.Namespace) -> None:
    """``add-terminal``: print the new token once, and say when an old one stops working."""
    from gateway.terminals import add_terminal, terminal_status

    before = terminal_status(engine, args.terminal_id) if args.rotate else None
    token = add_terminal(engine, args.terminal_id, args.description, rotate=args.rotate)
    print(token)
    if before is None:
        done = f"Terminal {args.terminal_id} registered."
    elif before.terminal.revoked_at is None:
        done = (
            f"New token for terminal {args.terminal_id}. Its current token keeps working until"
            " the terminal first uses this one (see list-terminals)."
        )
    else:
        done = f"Terminal {args.terminal_id} is active again with this token only."
    print(
        f"{done} This token is shown only once; put it in the terminal's token file.",
        file=sys.stderr,
    )


def _list_terminals(engine: Any) -> None:
    """``list-terminals``: one tab-separated line per terminal."""
    from gateway.city_time import city_time
    from gateway.telemetry import last_heartbeats
    from gateway.terminals import list_terminals

    beats = last_heartbeats(engine)
    print("terminal\tstate\tlast use (Japan time)\taddress\tsoftware\tdead letters\tdescription")
    for status in list_terminals(engine):
        terminal = status.terminal
        if terminal.revoked_at:
            state = f"revoked {city_time(terminal.revoked_at)}"
        elif status.rotation_issued_at:
            issued = city_time(status.rotation_issued_at)
            state = f"active, new token issued {issued} not yet used"
        else:
            state = "active"
        last_use = city_time(status.last_used_at) if status.last_used_at else "never"
        print(
            f"{terminal.id}\t{state}\t{last_use}"
            f"\t{status.last_address or '-'}\t{status.software_version or '-'}"
            f"\t{beats[terminal.id]['dead_letters'] if terminal.id in beats else '-'}"
            f"\t{_escaped(terminal.description)}"  # given by city IT, it may hold a tab
        )


def _expire(engine: Any, args: argparse.Namespace) -> int:
    """``expire``: revoke (or with ``--dry-run`` list) the terminals silent for too long."""
    import datetime as dt

    from gateway.terminals import expire_silent

    if not 0 < args.silent_days <= 3650:
        print(
            "machikado gateway: --silent-days must be more than 0 and at most 3650", file=sys.stderr
        )
        return 2
    from gateway.city_time import city_time

    silent = expire_silent(engine, dt.timedelta(days=args.silent_days), dry_run=args.dry_run)
    verb = "would be revoked" if args.dry_run else "revoked"
    for status in silent:
        registered = city_time(status.terminal.created_at)
        heard = city_time(status.last_used_at) if status.last_used_at else ""
        heard = heard or f"never (registered {registered})"
        print(f"{status.terminal.id}\t{verb}\tlast use {heard}")
    print(f"{len(silent)} terminal(s) silent for {args.silent_days:g} days {verb}.")
    return 0


def _tls(args: argparse.Namespace) -> Any:
    """TLS settings from ``--tls-cert``/``--tls-key``/``--client-ca``, or None for plain HTTP."""
    if args.tls_cert is None and args.tls_key is None:
        if args.client_ca is not None:
            raise ValueError("--client-ca needs --tls-cert and --tls-key")
        return None
    if args.tls_cert is None or args.tls_key is None:
        raise ValueError("--tls-cert and --tls-key go together")
    from gateway.tls import TlsSettings

    settings = TlsSettings(args.tls_cert, args.tls_key, args.client_ca)
    settings.context()  # a wrong file is refused now, by name, before anything starts
    return settings


def _trusted_proxies(values: list[str]) -> tuple[str, ...]:
    """``--trusted-proxy`` values, each an IP address or network."""
    import ipaddress

    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError as err:
            raise ValueError(f"--trusted-proxy {value!r}: not an IP address or network") from err
    return tuple(values)


def _publish(engine: Any, args: argparse.Namespace) -> int:
    """``publish-package``: check and store the archive; terminals fetch it at their next poll.

    The archive passes every check a terminal runs, with the configured publishing key.
    """
    from gateway.signage import PackageRefusedError, publish_package

    if not 1 <= args.max_mb <= MAX_PACKAGE_MB:
        print(f"machikado gateway: --max-mb must be 1 to {MAX_PACKAGE_MB}", file=sys.stderr)
        return 2
    limit = args.max_mb << 20
    try:
        size = args.archive.stat().st_size
        data = args.archive.read_bytes() if size <= limit else b""
    except OSError as err:
        print(f"machikado gateway: cannot read {args.archive}: {err.strerror}", file=sys.stderr)
        return 2
    if size > limit:
        print(f"machikado gateway: {args.archive}: {size} bytes, over {limit}", file=sys.stderr)
        return 2
    try:
        package = publish_package(engine, data, max_bytes=limit, name=args.archive.name)
    except PackageRefusedError as err:
        print(f"machikado gateway: {args.archive} refused: {err}", file=sys.stderr)
        return 2
    print(
        f"Published {package.package_id} version {package.version} ({package.size} bytes,"
        f" sha256 {package.sha256}, {package.links} QR links)."
    )
    return 0


def _set_publishing_key(engine: Any, args: argparse.Namespace) -> int:
    """``set-publishing-key``: the key every published package's signature must verify with."""
    from gateway.signage import PackageRefusedError, set_publishing_key

    try:
        set_publishing_key(engine, args.public_key)
    except PackageRefusedError as err:
        print(f"machikado gateway: {err}", file=sys.stderr)
        return 2
    print("Publishing key set: publish-package accepts only archives signed with it.")
    return 0


def _escaped(value: str) -> str:
    """``value`` with control characters (tabs, newlines, NUL…) written as escapes."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in value)


def _report(engine: Any, args: argparse.Namespace) -> int:
    """``report``: one tab-separated line per period, terminal and item, then the totals."""
    import datetime as dt

    from gateway.signage import signage_report

    try:
        start = dt.date.fromisoformat(args.start) if args.start else None
        end = dt.date.fromisoformat(args.end) if args.end else None
    except ValueError as err:
        print(f"machikado gateway: --from/--to: {err}", file=sys.stderr)
        return 2
    lines = signage_report(engine, args.period, start, end, args.terminal)
    print("period\tterminal\titem\tshowings\tseconds\tscans")
    totals: dict[str, list[float]] = {}
    for line in lines:
        # Stored before item ids were checked, a value may hold a tab or a newline: escape it
        # so that each line stays one line of six columns.
        print(
            f"{line.period}\t{_escaped(line.terminal_id)}\t{_escaped(line.item_id)}"
            f"\t{line.showings}\t{line.seconds:.0f}\t{line.scans}"
        )
        total = totals.setdefault(line.period, [0, 0.0, 0])
        total[0] += line.showings
        total[1] += line.seconds
        total[2] += line.scans
    for period, (showings, seconds, scans) in sorted(totals.items()):
        print(f"{period}\t*\t*\t{showings:.0f}\t{seconds:.0f}\t{scans:.0f}")
    return 0


def _technician_audit(engine: Any, args: argparse.Namespace) -> int:
    """``technician-audit``: one tab-separated line per entry, newest first."""
    from gateway.technician import audit_of

    print("at\twho\taction\ttarget\toutcome")
    for entry in audit_of(engine, args.terminal_id, max(1, args.limit)):
        print(
            "\t".join(_escaped(str(entry[k])) for k in ("at", "who", "action", "target", "outcome"))
        )
    return 0


def _technician_bundle(engine: Any, args: argparse.Namespace) -> int:
    """``technician-bundle``: the bundles received, or one of them written to ``--out``."""
    from gateway.technician import bundle_bytes, bundles_of

    if args.bundle_id is None:
        print("bundle\tname\treceived\tparts\treceived_at")
        for row in bundles_of(engine, args.terminal_id):
            print(
                f"{row['bundle_id']}\t{_escaped(row['name'])}\t{row['received']}"
                f"\t{row['parts']}\t{row['received_at']}"
            )
        return 0
    data = bundle_bytes(engine, args.terminal_id, args.bundle_id)
    if data is None:
        print(
            f"machikado gateway: bundle {args.bundle_id} of {args.terminal_id} is not complete",
            file=sys.stderr,
        )
        return 1
    if args.out is None:
        print("machikado gateway: --out FILE is needed to write the bundle", file=sys.stderr)
        return 2
    args.out.write_bytes(data)
    print(f"Wrote {len(data)} bytes to {args.out}")
    return 0


def _issuance(args: argparse.Namespace) -> Any:
    """Issuance settings from ``--jpki-ca``/``--jpki-crl``, or None when issuance is off."""
    if args.jpki_ca is None:
        if args.jpki_crl:
            raise ValueError("--jpki-crl needs --jpki-ca")
        return None
    if not args.jpki_crl:
        raise ValueError("--jpki-ca needs at least one --jpki-crl: revocation must be checked")
    from gateway.issuance.service import IssuanceSettings
    from gateway.issuance.trust import JpkiTrust

    try:
        trust = JpkiTrust.from_files(args.jpki_ca, tuple(args.jpki_crl))
    except OSError as err:
        raise ValueError(f"cannot read {args.jpki_ca}: {err.strerror}") from err
    except ValueError as err:
        raise ValueError(f"{args.jpki_ca} holds no readable certificate") from err
    if not 30 <= args.nonce_ttl <= 3600:
        raise ValueError("--nonce-ttl must be between 30 and 3600 seconds")
    return IssuanceSettings(
        trust=trust, nonce_ttl_s=args.nonce_ttl, verification_url=args.verification_url
    )
