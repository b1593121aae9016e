"""A tiny Motion-JPEG AVI writer, so tests make real decodable video without an encoder."""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence

from PIL import Image

Colour = tuple[int, int, int]


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    pad = b"\0" if len(data) % 2 else b""
    return fourcc + struct.pack("<I", len(data)) + data + pad


def _list(kind: bytes, data: bytes) -> bytes:
    return _chunk(b"LIST", kind + data)


def mjpeg_avi(
    colours: Sequence[Colour], *, size: tuple[int, int] = (160, 120), fps: int = 10
) -> bytes:
    """An AVI file of one solid-colour JPEG frame per entry of ``colours``, at ``fps``."""
    width, height = size
    frames = []
    for colour in colours:
        out = io.BytesIO()
        Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
        frames.append(out.getvalue())
    largest = max(len(frame) for frame in frames)
    avih = struct.pack(
        "<10I16x",
        1_000_000 // fps,  # microseconds per frame
        largest * fps,
        0,
        0x10,  # AVIF_HASINDEX
        len(frames),
        0,
        1,  # streams
        largest,
        width,
        height,
    )
    strh = b"vidsMJPG" + struct.pack(
        "<IHHIIIIIIiI4h", 0, 0, 0, 0, 1, fps, 0, len(frames), largest, -1, 0, 0, 0, width, height
    )
    strf = struct.pack(
        "<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3, 0, 0, 0, 0
    )
    header = _list(
        b"hdrl",
        _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", strf)),
    )
    movi, index, offset = b"", b"", 4  # offsets count from the 'movi' fourcc
    for frame in frames:
        chunk = _chunk(b"00dc", frame)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(frame))
        movi += chunk
        offset += len(chunk)
    body = b"AVI " + header + _list(b"movi", movi) + _chunk(b"idx1", index)
    return b"RIFF" + struct.pack("<I", len(body)) + body
