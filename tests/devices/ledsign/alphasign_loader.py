"""Loads PyPI's ``alphasign`` (written for Python 2) so its frame builders run on Python 3.

Its modules import their siblings by bare name (``import constants``) and its package
``__init__`` cannot run on Python 3; the builders themselves are plain Python. The package is
assembled here module by module, with the bare names pointing at its own modules while loading.
"""

import importlib.util
import sys
import types
from pathlib import Path

MODULES = [
    "constants", "modes", "positions", "colors", "speeds", "charsets", "extchars", "counters",
    "packet", "text", "string", "time",
]  # fmt: skip
BARE = ("constants", "packet", "modes", "positions")


def load_alphasign() -> types.SimpleNamespace:
    """The alphasign modules by name, plus ``base`` (interfaces/base.py)."""
    spec = importlib.util.find_spec("alphasign")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("alphasign is not installed: pip install -e .[test]")
    folder = Path(next(iter(spec.submodule_search_locations)))
    saved = {name: sys.modules.get(name) for name in ("alphasign", *BARE)}
    package = types.ModuleType("alphasign")
    package.__path__ = [str(folder)]
    interfaces = types.ModuleType("alphasign.interfaces")
    interfaces.__path__ = [str(folder / "interfaces")]
    loaded: dict[str, types.ModuleType] = {}

    def load(name: str, path: Path) -> types.ModuleType:
        module_spec = importlib.util.spec_from_file_location(f"alphasign.{name}", path)
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[f"alphasign.{name}"] = module
        module_spec.loader.exec_module(module)
        setattr(package, name.rpartition(".")[2], module)
        return module

    try:
        sys.modules["alphasign"] = package
        sys.modules["alphasign.interfaces"] = interfaces
        for name in MODULES:
            loaded[name] = load(name, folder / f"{name}.py")
            if name in BARE:
                sys.modules[name] = loaded[name]
        loaded["base"] = load("interfaces.base", folder / "interfaces" / "base.py")
    finally:
        for name in ("alphasign", "alphasign.interfaces", *(f"alphasign.{n}" for n in MODULES)):
            sys.modules.pop(name, None)
        sys.modules.pop("alphasign.interfaces.base", None)
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    return types.SimpleNamespace(**loaded)
