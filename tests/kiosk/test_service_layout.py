"""Every service folder has the shape the shell and the import rules expect, and is registered."""

from __future__ import annotations

import ast
import fnmatch
import re
import tomllib
from pathlib import Path

import pytest

from kiosk.service_list import SERVICES, UNFINISHED
from kiosk.shell.host import ServiceWiring

ROOT = Path(__file__).resolve().parents[2]
SERVICES_DIR = ROOT / "kiosk" / "services"


def service_folders() -> list[str]:
    return sorted(p.name for p in SERVICES_DIR.iterdir() if (p / "__init__.py").exists())


def service_ids() -> list[str]:
    """The services the kiosk offers: every folder but those still being built."""
    return [name for name in service_folders() if name not in UNFINISHED]


def contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def contract(name_start: str) -> dict:
    return next(c for c in contracts() if c["name"].startswith(name_start))


def covered(module: str, patterns: list[str]) -> bool:
    """True when ``module`` (or a package above it) matches one of the contract's patterns."""
    parts = module.split(".")
    return any(
        fnmatch.fnmatchcase(".".join(parts[:n]), pattern)
        for pattern in patterns
        for n in range(1, len(parts) + 1)
    )


def test_there_are_services():
    assert {"certificates", "notices"} <= set(service_ids())


@pytest.mark.parametrize("service", service_ids())
def test_a_service_folder_has_the_expected_parts(service):
    folder = SERVICES_DIR / service
    for part in ("spec.py", "wiring.py", "messages.py", "core/__init__.py", "ui/__init__.py"):
        assert (folder / part).exists(), f"kiosk/services/{service}/{part} is missing"
    assert sorted((folder / "messages").glob(f"{service}_*.ts")), "no message catalogue"
    assert sorted((folder / "qml").glob("*/qmldir")), "no QML module"


@pytest.mark.parametrize("service", sorted(UNFINISHED))
def test_a_service_being_built_is_not_offered(service):
    """An unfinished folder exists, is listed in no SERVICES entry and has no spec yet: once it
    has one, it is finished and leaves UNFINISHED, so the checks above apply to it."""
    assert service in service_folders()
    assert not (SERVICES_DIR / service / "spec.py").exists(), f"{service} has a spec: finish it"
    assert all(not make.__module__.startswith(f"kiosk.services.{service}.") for make in SERVICES)


@pytest.mark.parametrize("service", service_folders())
def test_the_import_rules_cover_every_service(service):
    base = f"kiosk.services.{service}"
    qt_free = contract("Pure packages never import Qt")["source_modules"]
    for part in ("core", "adapters", "spec", "messages"):
        assert covered(f"{base}.{part}", qt_free), f"{base}.{part} may import Qt"
    through_interfaces = contract("Cores see devices")["source_modules"]
    assert covered(f"{base}.core", through_interfaces)
    assert covered(base, contract("Services never import each other")["modules"])
    layered = contract("Inside a service")["containers"]
    assert covered(base, layered)
    shell_forbidden = contract("The shell imports no service")["forbidden_modules"]
    assert covered(base, shell_forbidden)


@pytest.mark.parametrize("service", service_ids())
def test_every_service_folder_is_registered_once(service):
    wirings = [make for make in SERVICES if make.__module__ == f"kiosk.services.{service}.wiring"]
    assert len(wirings) == 1, f"kiosk/service_list.py does not name {service}"
    wiring: ServiceWiring = wirings[0]()
    assert wiring.spec.id == service
    assert wiring.ui.screen.exists()
    assert wiring.ui.messages == SERVICES_DIR / service / "messages"


# The shell's own modules, as its docstrings name them (kiosk.shell.core.jobs is the shell's
# job runner protocol, not the job search service).
SHELL_MODULE = re.compile(r"\bkiosk\.shell(?:\.\w+)+")


def names_service(text: str, service: str) -> bool:
    """True when ``text`` (a QML file, or a Python file's strings) names ``service``."""
    text = SHELL_MODULE.sub("", text)
    return f'"{service}"' in text or f"{service}." in text or text.strip() == service


def test_a_service_is_told_from_the_shells_own_module_of_the_same_name():
    assert not names_service("The flows' :class:`~kiosk.shell.core.jobs.Runner`", "jobs")
    assert names_service("App.views.jobs.search", "jobs")
    assert names_service('App.views["jobs"]', "jobs")
    assert names_service("jobs.search_failed", "jobs")
    assert names_service("from kiosk.services.jobs.wiring import JobService", "jobs")
    assert names_service("kiosk.shell.core.jobs and kiosk.services.jobs.spec", "jobs")


def test_the_shell_names_no_service():
    """No service id appears in the shell's code or QML: it knows services only by the registry."""
    shell = ROOT / "kiosk" / "shell"
    offenders = []
    for path in [*shell.rglob("*.py"), *shell.rglob("*.qml")]:
        text = path.read_text("utf-8")
        if path.suffix == ".py":
            strings = {n.value for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant)}
            text = " ".join(s for s in strings if isinstance(s, str))
        for service in service_ids():
            if names_service(text, service):
                offenders.append((path.name, service))
    assert not offenders, offenders
