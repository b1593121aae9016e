"""Errors of LED boards, each with the message key the signage screens word for technicians."""

from __future__ import annotations

from devices.errors import DeviceConfigError, DeviceError, DeviceUnavailableError


class LedSignError(DeviceError):
    """An LED board failed or refused an update."""

    key = "led_sign.error"


class LedSignConfigError(LedSignError, DeviceConfigError):
    """The board's URL or settings cannot be understood."""

    key = "led_sign.config"


class LedSignContentError(LedSignError):
    """The text or picture cannot be shown on this board (too long, wrong size, colour…)."""

    key = "led_sign.bad_content"


class LedSignUnavailableError(LedSignError, DeviceUnavailableError):
    """The board's serial port cannot be opened or went away."""

    key = "led_sign.unavailable"


class LedSignNoAnswerError(LedSignError):
    """The board did not acknowledge or answer within the time allowed."""

    key = "led_sign.no_answer"


class LedSignLineError(LedSignError):
    """The board answered with bytes that are not an Alpha reply (noise, wrong framing)."""

    key = "led_sign.line_garbage"


class LedSignRefusedError(LedSignError):
    """The board answered NAK; ``reason`` names the first error bit of its status byte."""

    key = "led_sign.refused"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, key=f"led_sign.refused.{reason}")
        self.reason = reason
