"""The sample telegrams and CAP messages beside this module, by name."""

from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")


def sample(name: str) -> bytes:
    """The bytes of ``fixtures/<name>`` (e.g. ``jma/vxse53_tama.xml``)."""
    return (FIXTURES / name).read_bytes()
