"""The device registry: URL schemes to openers."""

import pytest

from devices import registry
from devices.errors import DeviceConfigError, DeviceError


def test_unknown_scheme_is_a_config_error_naming_the_url(monkeypatch):
    monkeypatch.setattr(registry, "OPENERS", {("receipt_printer", "escpos+tcp"): "x:y"})
    with pytest.raises(DeviceConfigError) as info:
        registry.open_device("receipt_printer", "laser://printer")
    assert "laser://printer" in str(info.value)
    assert "escpos+tcp" in str(info.value)
    assert info.value.key == "device.config"
    assert isinstance(info.value, DeviceError)


def test_opener_is_imported_lazily_and_called_with_the_parsed_url(monkeypatch):
    monkeypatch.setattr(registry, "OPENERS", {("led_sign", "fake"): "urllib.parse:urlunsplit"})
    assert registry.open_device("led_sign", "fake://host/path?x=1") == "fake://host/path?x=1"
    assert registry.schemes("led_sign") == ["fake"]
