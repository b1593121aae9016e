"""The wheel holds every file of the packages, and Machikado runs installed from it.

The wheel is built offline from a copy of the working tree (so nothing is written into the
source tree) after ``make translations``, as a release would be. It is installed into a fresh
virtual environment outside the source tree; the third-party packages come from this
interpreter's site-packages through a ``.pth`` path line, which puts that folder on
``sys.path`` without running the ``.pth`` files inside it, so the project's editable install
stays out. Then the kiosk's and the signage's tours run from there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Top-level folders of the repository that are not shipped.
NOT_PACKAGES = {"tests", "benchmarks", "tools", "packaging"}
PIP = (sys.executable, "-m", "pip")
# Nothing downloaded: the dependencies are this interpreter's.
OFFLINE = ("--no-deps", "--no-index", "-q")


def git_files(*options: str) -> list[str]:
    """Paths ``git ls-files`` lists (relative to the root) that exist in the working tree."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the shipped files are the tracked ones")
    listed = subprocess.run(
        ["git", "ls-files", "-z", *options],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return [path for path in listed.split("\0") if path and (ROOT / path).is_file()]


def package_names(tracked: list[str]) -> set[str]:
    """The top-level packages: folders holding an ``__init__.py``, but not tests and tools."""
    return {
        path.split("/")[0]
        for path in tracked
        if path.count("/") == 1 and path.endswith("/__init__.py")
    } - NOT_PACKAGES


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built with this venv's setuptools and no network."""
    source = tmp_path_factory.mktemp("source")
    for path in git_files("--cached", "--others", "--exclude-standard"):
        (source / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / path, source / path)
    # The .qm catalogues are built, not tracked; the kiosk needs them.
    subprocess.run(
        ["make", "--no-print-directory", "-C", str(source), "translations", f"VENV={sys.prefix}"],
        check=True,
        timeout=120,
    )
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [*PIP, "wheel", *OFFLINE, "--no-build-isolation", "-w", str(out), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # (--no-build-isolation: this venv's setuptools must meet [build-system]; make setup)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-3000:]
    (found,) = out.glob("machikado-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed and this venv's dependencies."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    installed = subprocess.run(
        [*PIP, "--python", str(python), "install", *OFFLINE, str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-3000:]
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(site) / "dependencies.pth").write_text("".join(f"{p}\n" for p in ours), "utf-8")
    return root


def clean_env(venv: Path) -> dict[str, str]:
    """This environment without PYTHONPATH, the virtual environment's bin first on PATH."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', os.defpath)}"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def machikado(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed ``machikado`` command, run in ``cwd``; it must succeed."""
    result = subprocess.run(
        [str(venv / "bin" / "machikado"), "--log-level", "WARNING", *args],
        cwd=cwd,
        env=clean_env(venv),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "Traceback" not in result.stderr
    return result


def installed_files(venv: Path, packages: set[str]) -> set[str]:
    """The installed packages' files (compiled bytecode aside), relative to site-packages."""
    (site,) = venv.glob("lib/python*/site-packages")
    return {
        path.relative_to(site).as_posix()
        for name in packages
        for path in (site / name).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_holds_every_file_of_the_packages(wheel):
    tracked = git_files("--cached")
    packages = package_names(tracked)
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    tops = {name.split("/")[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == packages
    expected = {path for path in tracked if path.split("/")[0] in packages}
    missing = sorted(expected - set(names))
    assert not missing, "left out of the wheel (package-data in pyproject.toml):\n" + "\n".join(
        missing
    )
    # Every resource kind there is today, so a glob dropped from package-data fails here too.
    kinds = {Path(path).suffix or Path(path).name for path in expected}
    assert {".qml", "qmldir", ".ts", ".json"} <= kinds
    # Each catalogue with its compiled .qm beside it: the screens translate with those.
    catalogues = [path for path in expected if path.endswith(".ts")]
    assert catalogues
    assert not [p for p in catalogues if p.removesuffix(".ts") + ".qm" not in names]
    assert len(names) == len(set(names))


def test_the_installed_packages_come_from_the_wheel_not_the_source_tree(venv, tmp_path):
    packages = sorted(package_names(git_files("--cached")))
    probe = (
        "import importlib, json, sys\n"
        f"found = {{n: importlib.import_module(n).__file__ for n in {packages!r}}}\n"
        "editable = [m for m in sys.modules if m.startswith('__editable__')]\n"
        "print(json.dumps({'found': found, 'editable': editable, 'path': sys.path}))\n"
    )
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        env=clean_env(venv),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(result.stdout)
    for name, file in report["found"].items():
        assert Path(file).is_relative_to(venv), (name, file)
    assert report["editable"] == []
    assert str(ROOT) not in report["path"]
    # PySide6 and the rest come from this interpreter's site-packages
    assert sysconfig.get_paths()["purelib"] in report["path"]


def test_the_kiosk_tour_runs_from_the_installed_wheel(venv, tmp_path):
    packages = package_names(git_files("--cached"))
    before = installed_files(venv, packages)
    out = tmp_path / "tour"
    machikado(venv, tmp_path, "demo", "--tour", str(out))
    names = sorted(p.name for p in out.glob("*.png"))
    assert len(names) >= 50, names
    for label in ("attract", "home", "notices-detail", "demo-devices", "offline"):
        assert any(label in name for name in names), label
    for step in ("terms", "insert-card", "pin", "choose", "payment", "take-documents", "done"):
        for code in ("ja", "en"):
            assert any(name.endswith(f"-certificates-{step}-{code}.png") for name in names), step
    for code in ("ja", "en"):
        assert any(name.endswith(f"-certificates-printed-{code}.png") for name in names)
        assert any(name.endswith(f"-receipt-{code}.png") for name in names)
    for label in ("old-card", "wrong-pin", "choose-refusals"):
        assert any(f"-certificates-{label}-ja.png" in name for name in names), label
    # An installed kiosk writes nothing into its own folders (they may be read-only).
    assert installed_files(venv, packages) == before


def test_the_signage_tour_runs_from_the_installed_wheel(venv, tmp_path):
    out = tmp_path / "tour"
    machikado(venv, tmp_path, "demo", "--signage", "--tour", str(out))
    assert len(list(out.glob("*.png"))) >= 5
