"""PNG writing: OpenCV encodes the pixels (fast, 8 or 16 bit); the colour profile, resolution and
XMP chunks are spliced in right after IHDR, without copying the encoded picture."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import cv2
import numpy as np

_IHDR_END = 8 + 25  # signature + IHDR chunk (length, type, 13 bytes, CRC)


def bit_depth(path: Path) -> int:
    """Bits per sample from a PNG's IHDR (8 when the header cannot be read)."""
    with open(path, "rb") as fh:
        head = fh.read(26)
    return head[24] if len(head) >= 26 and head[12:16] == b"IHDR" else 8


def chunk(kind: bytes, body: bytes) -> bytes:
    """One PNG chunk: length, type, body, CRC."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def metadata_chunks(icc: bytes | None, dpi: float | None, xmp: bytes | None) -> bytes:
    """iCCP (the profile as given), pHYs (pixels per metre) and iTXt XMP chunks."""
    extra = []
    if icc:
        extra.append(chunk(b"iCCP", b"ICC profile\x00\x00" + zlib.compress(icc)))
    if dpi:
        ppm = round(dpi / 0.0254)
        extra.append(chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)))
    if xmp:  # keyword, no compression, no language, no translated keyword
        extra.append(chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + xmp))
    return b"".join(extra)


def write_png_bgr(
    path: Path, bgr: np.ndarray, icc: bytes | None, dpi: float | None, xmp: bytes | None, compression: int = 3
) -> None:
    """Encode ``bgr`` (OpenCV channel order, BGR or BGRA, uint8 or uint16) into ``path`` with the
    metadata chunks. ``path`` is normally the temporary file of an atomic write."""
    ok, enc = cv2.imencode(".png", bgr, [cv2.IMWRITE_PNG_COMPRESSION, compression])
    if not ok:
        raise OSError("PNG encoding failed")
    view = enc.data.cast("B")
    with open(path, "wb") as fh:
        fh.write(view[:_IHDR_END])
        fh.write(metadata_chunks(icc, dpi, xmp))
        fh.write(view[_IHDR_END:])
