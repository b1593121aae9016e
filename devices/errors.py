"""The root of every device error; each device kind adds its own subclasses beside its adapter."""

from __future__ import annotations


class DeviceError(Exception):
    """A device failed or refused; ``key`` is the message key the UI words in every language.

    Library exceptions are translated into subclasses at the adapter boundary (``raise … from
    err``). Messages never carry personal data or PINs.
    """

    key = "device.error"

    def __init__(self, message: str = "", *, key: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.key)
        if key is not None:
            self.key = key


class DeviceConfigError(DeviceError):
    """A device URL that cannot be understood (unknown scheme, bad option)."""

    key = "device.config"


class DeviceUnavailableError(DeviceError):
    """The device is not there right now (unplugged, powered off, service down)."""

    key = "device.unavailable"
