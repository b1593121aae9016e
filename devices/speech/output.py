"""Playing audio on the terminal's sound output with ALSA's ``aplay``, stoppable at once."""

from __future__ import annotations

import shutil
import subprocess
import threading

from devices.errors import DeviceUnavailableError
from devices.speech.interface import Audio


class AplayOutput:
    """Pipes WAV audio into ``aplay -D device``; ``stop`` kills the one playing now."""

    def __init__(self, device: str = "default", *, binary: str = "aplay") -> None:
        self._device = device
        self._binary = binary
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def available(self) -> bool:
        """True when ``aplay`` is installed."""
        return shutil.which(self._binary) is not None

    def play(self, audio: Audio) -> None:
        """Play ``audio`` to the end or until :meth:`stop` (blocks the calling worker thread)."""
        try:
            process = subprocess.Popen(
                [self._binary, "-q", "-D", self._device, "-"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as err:
            raise DeviceUnavailableError("aplay did not start", key="speech.no_output") from err
        with self._lock:
            self._process = process
        try:
            assert process.stdin is not None
            process.stdin.write(audio.wav())
            process.stdin.close()
        except BrokenPipeError:
            pass  # stopped, or the device refused: the return code tells which
        code = process.wait()
        with self._lock:
            self._process = None
        if code not in (0, -15):
            raise DeviceUnavailableError(
                f"aplay exited with {code} on {self._device!r}", key="speech.no_output"
            )

    def stop(self) -> None:
        """Kill the ``aplay`` playing now, if any."""
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
