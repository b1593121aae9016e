"""Build the terminal's .deb: Machikado in its own virtual environment under /opt/machikado.

The package is made of the checked-out commit (HEAD), assembled as a staged tree and packed
with ``dpkg-deb`` on the Debian release it is for (the virtual environment uses that
release's /usr/bin/python3). The venv is made in
the staging folder and then moved to its final path the way dh-virtualenv does it: the scripts'
``#!`` lines and the activate scripts are rewritten to /opt/machikado/venv; nothing else in a
venv names its own folder. No byte code is packed: postinst compiles it, prerm removes it.

Usage: ``python3 packaging/deb/build_deb.py [--out DIR] [--app-only] [--revision N]
[--commit REV]``.
``--app-only`` puts Machikado alone into the venv (no third-party wheels): a small package for
checking the packaging itself; a terminal needs the full one. ``--revision`` sets the Debian
revision (1 by default): the same tree as the next version, for testing an upgrade;
``--commit`` builds that commit instead of HEAD (both revisions of one tree).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "machikado"
PREFIX = Path("/opt/machikado")
VENV = PREFIX / "venv"
MAINTAINER = "Machikado developers <machikado@city.hanamizuki.example>"
# What the terminal's processes load from Debian: Qt's runtime libraries (offscreen, Wayland
# under cage), fonts for the seven languages, speech, the PC/SC and CUPS client libraries, and
# the services the terminal talks to.
DEPENDS = [
    # the bundled wheels are manylinux_2_28 builds
    "libc6 (>= 2.28)",
    "init-system-helpers (>= 1.54)",
    "systemd (>= 252)",
    "libpam-systemd",
    # Japan time for the screens and the daily restart timer's OnCalendar zone
    "tzdata",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libzstd1",
    "libglib2.0-0",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libbrotli1",
    "libdbus-1-3",
    "libgssapi-krb5-2",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libpulse0",
    "libspeechd2",
    "libpcsclite1",
    "libcups2",
    "fonts-noto-cjk",
    "fonts-noto-core",
    "fonts-ipaexfont-mincho",
]
# cage for the screen; pcscd with the CCID driver for the card reader; CUPS for the A4 printer;
# pdftoppm (poppler-utils) for `machikado demo --tour`, which shows the printed certificate.
RECOMMENDS = [
    "cage",
    "pcscd",
    "libccid",
    "cups-daemon",
    "cups-client",
    "speech-dispatcher",
    "poppler-utils",
]
# (source in the repository, path in the package, mode)
FILES = [
    ("packaging/systemd/machikado-kiosk@.service", "usr/lib/systemd/system/", 0o644),
    ("packaging/systemd/machikado-signage@.service", "usr/lib/systemd/system/", 0o644),
    ("packaging/systemd/machikado-gateway.service", "usr/lib/systemd/system/", 0o644),
    ("packaging/systemd/machikado-daily-restart.service", "usr/lib/systemd/system/", 0o644),
    ("packaging/systemd/machikado-daily-restart.timer", "usr/lib/systemd/system/", 0o644),
    ("packaging/sysusers/machikado.conf", "usr/lib/sysusers.d/", 0o644),
    ("packaging/udev/70-machikado.rules", "usr/lib/udev/rules.d/", 0o644),
    ("packaging/udev/69-machikado-local.rules", f"usr/share/doc/{NAME}/examples/", 0o644),
    ("packaging/polkit/60-machikado-pcsc.rules", "usr/share/polkit-1/rules.d/", 0o644),
    ("packaging/cups/cupsd.conf", "usr/share/machikado/cups/", 0o644),
    ("packaging/cups/machikado-setup-printer", "usr/sbin/", 0o755),
    ("packaging/machikado.toml", "etc/machikado/", 0o644),
    ("packaging/systemd/display.env", "etc/machikado/", 0o644),
    ("packaging/systemd/gateway.env", "etc/machikado/", 0o644),
    ("packaging/deb/copyright", f"usr/share/doc/{NAME}/copyright", 0o644),
    ("README.md", f"usr/share/doc/{NAME}/", 0o644),
]
SCRIPTS = ("postinst", "prerm", "postrm")


class BuildError(Exception):
    """A step of the build failed; the message says which and why."""


def run(*command: str | Path, cwd: Path | None = None) -> str:
    """Run ``command``; its output, or a BuildError with the end of what it printed."""
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise BuildError(f"{' '.join(map(str, command))} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def committed_tree(into: Path, commit: str = "HEAD") -> None:
    """A commit's files (HEAD's by default) in ``into``, its catalogues compiled there.

    The package is made of what is committed, not of changes still in the working tree.
    """
    archive = into.parent / "source.tar"
    run("git", "archive", "--format=tar", "-o", archive, commit, cwd=ROOT)
    run("tar", "-xf", archive, "-C", into)
    archive.unlink()
    run("make", "--no-print-directory", "-C", into, "translations", f"VENV={sys.prefix}")


def build_wheel(source: Path, out: Path) -> Path:
    """Machikado's wheel from the copied tree."""
    # (this interpreter's setuptools, as the wheel test builds it: no build environment fetched)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        out,
        source,
    )
    (wheel,) = out.glob(f"{NAME}-*.whl")
    return wheel


def make_venv(stage: Path, wheel: Path, *, app_only: bool) -> Path:
    """The venv in ``stage`` at its final path, Machikado (and its dependencies) installed."""
    venv = stage / VENV.relative_to("/")
    # No pip inside: this interpreter's pip installs into it, and nothing on a terminal
    # installs anything there.
    run("/usr/bin/python3", "-m", "venv", "--without-pip", venv)
    # A cache of its own: pip's shared cache may hold pyscard's and pycups' wheels built by
    # another Python 3.11 (same tag, linked against that interpreter's folders).
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "machikado-deb"
    pip = (sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q")
    pip += ("--cache-dir", str(cache))
    run(*pip, "--no-compile", *(["--no-deps"] if app_only else []), wheel)
    relocate(venv)
    return venv


def relocate(venv: Path) -> None:
    """Point the venv's scripts at /opt/machikado/venv and drop byte code and pip's caches."""
    built = str(venv)
    for script in (venv / "bin").iterdir():
        if script.is_symlink() or not script.is_file():
            continue
        text = script.read_bytes()
        if built.encode() in text:
            script.write_bytes(text.replace(built.encode(), str(VENV).encode()))
    for cache in list(venv.rglob("__pycache__")):
        shutil.rmtree(cache)
    for compiled in venv.rglob("*.py[co]"):
        compiled.unlink()
    for control in venv.rglob(".git*"):
        control.unlink()
    for empty in sorted(venv.rglob("*"), reverse=True):
        if empty.is_dir() and not empty.is_symlink() and not any(empty.iterdir()):
            empty.rmdir()


def version(revision: int = 1, commit: str = "HEAD") -> str:
    """The project's version, from the package itself, with the Debian ``revision``."""
    text = run("git", "show", f"{commit}:{NAME}/__init__.py", cwd=ROOT)
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise BuildError("machikado/__init__.py has no __version__")
    # The Debian revision of this packaging of that version.
    return f"{found.group(1)}-{revision}"


def installed_size_kib(stage: Path) -> int:
    """The staged tree's size as dpkg counts it (KiB, rounded up per file)."""
    total = 0
    for path in stage.rglob("*"):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            total += (path.stat().st_size + 1023) // 1024
    return total


def python_depends() -> str:
    """The release's Python the venv is made for (lib/python3.11 on Debian 12), and no other."""
    major, minor = run("/usr/bin/python3", "-c", "import sys; print(*sys.version_info[:2])").split()
    return f"python3 (>= {major}.{minor}), python3 (<< {major}.{int(minor) + 1})"


def control(stage: Path, ver: str) -> str:
    """The DEBIAN/control text."""
    arch = run("dpkg", "--print-architecture").strip()
    depends = [python_depends(), *DEPENDS]
    return (
        f"Package: {NAME}\n"
        f"Version: {ver}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(stage)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://github.com/hanamizuki-city/machikado\n"
        "Description: city kiosk and station signage terminal software\n"
        " Machikado runs a Japanese city's public touchscreen kiosks (certificates\n"
        " with the individual number card, city notices, in seven languages) and its\n"
        " station signage under the cage Wayland compositor, with the card reader\n"
        " (PC/SC), the receipt and document printers (ESC/POS, CUPS) and the LED board.\n"
    )


def stage_files(stage: Path, tree: Path, *, app_only: bool) -> None:
    """Copy the units, rules, configuration, documentation and lintian overrides from ``tree``."""
    for source, target, mode in FILES:
        dest = stage / target
        if target.endswith("/"):
            dest = dest / Path(source).name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tree / source, dest)
        dest.chmod(mode)
    # The overrides for the third-party wheels only where they are.
    parts = ["lintian-overrides", *([] if app_only else ["lintian-overrides-wheels"])]
    overrides = stage / "usr" / "share" / "lintian" / "overrides" / NAME
    overrides.parent.mkdir(parents=True)
    overrides.write_text("".join((tree / "packaging/deb" / part).read_text() for part in parts))
    bindir = stage / "usr" / "bin"
    bindir.mkdir(parents=True, exist_ok=True)
    (bindir / NAME).symlink_to(VENV / "bin" / NAME)
    doc = stage / "usr" / "share" / "doc" / NAME
    changelog = (tree / "packaging/deb/changelog").read_bytes()
    with gzip.GzipFile(doc / "changelog.Debian.gz", "wb", compresslevel=9, mtime=0) as out:
        out.write(changelog)
    (doc / "changelog.Debian.gz").chmod(0o644)


def debian_dir(stage: Path, tree: Path, ver: str) -> None:
    """DEBIAN/: control, conffiles, maintainer scripts and md5sums."""
    meta = stage / "DEBIAN"
    meta.mkdir()
    for script in SCRIPTS:
        shutil.copyfile(tree / "packaging/deb" / script, meta / script)
        (meta / script).chmod(0o755)
    conffiles = sorted(
        "/" + str(path.relative_to(stage)) for path in (stage / "etc").rglob("*") if path.is_file()
    )
    (meta / "conffiles").write_text("".join(f"{path}\n" for path in conffiles))
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's md5sums format
            sums.append(f"{digest}  {path.relative_to(stage)}\n")
    (meta / "md5sums").write_text("".join(sums))
    (meta / "control").write_text(control(stage, ver))
    for path in meta.iterdir():
        if path.name not in SCRIPTS:
            path.chmod(0o644)


def normalise_modes(stage: Path) -> None:
    """Folders 0755; files 0644, but programs 0755 (as lintian expects, whatever the umask).

    A program is what was executable and is a script in bin/ or an ELF executable (Qt's
    helpers); shared libraries and the wheels' other files lose their executable bits.
    """
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        program = bool(path.stat().st_mode & 0o111) and (
            path.parent.name in ("bin", "sbin", "DEBIAN") or _elf_program(path)
        )
        path.chmod(0o755 if program else 0o644)


def _elf_program(path: Path) -> bool:
    """Whether ``path`` is an ELF file that is not a shared library."""
    with path.open("rb") as file:
        magic = file.read(4)
    return magic == b"\x7fELF" and ".so" not in path.name


def build(out: Path, *, app_only: bool = False, revision: int = 1, commit: str = "HEAD") -> Path:
    """Build the package of ``commit`` into ``out``; its path."""
    ver = version(revision, commit)
    with tempfile.TemporaryDirectory(prefix="machikado-deb-") as folder:
        work = Path(folder)
        source, wheels, stage = work / "source", work / "wheels", work / "stage"
        for path in (source, wheels, stage):
            path.mkdir()
        committed_tree(source, commit)
        wheel = build_wheel(source, wheels)
        make_venv(stage, wheel, app_only=app_only)
        stage_files(stage, source, app_only=app_only)
        normalise_modes(stage)
        debian_dir(stage, source, ver)
        arch = run("dpkg", "--print-architecture").strip()
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{NAME}_{ver}_{arch}.deb"
        run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb)
    return deb


def main() -> int:
    """Build the .deb and print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--app-only", action="store_true", help="Machikado alone in the venv")
    parser.add_argument("--revision", type=int, default=1, help="the Debian revision (1)")
    parser.add_argument("--commit", default="HEAD", help="the commit to build (HEAD)")
    args = parser.parse_args()
    os.umask(0o022)
    try:
        if args.revision < 1:
            raise BuildError(f"--revision must be 1 or more, got {args.revision}")
        deb = build(
            args.out.resolve(), app_only=args.app_only, revision=args.revision, commit=args.commit
        )
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
