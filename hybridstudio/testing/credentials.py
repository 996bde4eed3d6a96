"""Helpers for the content-credentials tests: C2PA read back with the official Reader, and files
changed after signing the way a retoucher would (pixels edited, the manifest left in place)."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"


def c2pa_store(path: Path) -> tuple[dict, str]:
    """The active manifest and validation state, read by c2pa-python itself (no project code)."""
    import c2pa

    mime = {
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".tif": "image/tiff",
        ".webp": "image/webp",
        ".pdf": "application/pdf",
    }[path.suffix]
    with open(path, "rb") as fh, c2pa.Reader(mime, fh) as reader:
        store = json.loads(reader.json())
        return store["manifests"][store["active_manifest"]], reader.get_validation_state()


def actions(manifest: dict) -> list[dict]:
    return [
        a
        for assertion in manifest["assertions"]
        if assertion["label"].startswith("c2pa.actions")
        for a in assertion["data"]["actions"]
    ]


def _chunks(data: bytes):
    pos = 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        yield data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n], pos, pos + 12 + n
        pos += 12 + n


def change_one_png_pixel(path: Path) -> None:
    """Change one pixel of an 8-bit PNG and write valid PNG chunks, keeping every other chunk
    (the C2PA manifest included) as it was."""
    with Image.open(path) as im:
        arr = np.array(im)
    arr[arr.shape[0] // 2, arr.shape[1] // 2, 0] ^= 0x40
    raw = b"".join(b"\x00" + row.tobytes() for row in arr)
    body = zlib.compress(raw)
    idat = struct.pack(">I", len(body)) + b"IDAT" + body + struct.pack(">I", zlib.crc32(b"IDAT" + body))
    data = path.read_bytes()
    out, done = [data[:8]], False
    for kind, _, start, end in _chunks(data):
        if kind == b"IDAT":
            if not done:
                out.append(idat)
                done = True
            continue
        out.append(data[start:end])
    path.write_bytes(b"".join(out))


def flip_image_byte(path: Path) -> None:
    """Change one byte of the image data (TIFF strip, JPEG scan, WebP bitstream, PDF image)."""
    data = bytearray(path.read_bytes())
    if path.suffix == ".tif":
        import tifffile

        with tifffile.TiffFile(path) as tif:
            offset = tif.pages[0].dataoffsets[0] + tif.pages[0].databytecounts[0] // 2
    elif path.suffix == ".jpg":
        offset = _jpeg_scan(data) + 40
    elif path.suffix == ".webp":
        offset = _riff_chunk(data, (b"VP8 ", b"VP8L")) + 60
    elif path.suffix == ".pdf":
        start = data.find(b"stream", data.find(b"/Subtype /Image"))
        offset = start + 200
    else:
        raise ValueError(path)
    data[offset] ^= 0x01 if data[offset] not in (0xFE, 0xFF) else 0x02
    path.write_bytes(bytes(data))


def _jpeg_scan(data: bytes) -> int:
    """Where the entropy-coded scan starts, walking the segments (the manifest may hold FF DA)."""
    pos = 2
    while True:
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xDA:
            return pos + 2 + length
        pos += 2 + length


def _riff_chunk(data: bytes, kinds: tuple[bytes, ...]) -> int:
    """The payload offset of the first RIFF chunk of one of ``kinds`` (WebP)."""
    pos = 12
    while pos < len(data):
        kind, (size,) = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])
        if kind in kinds:
            return pos + 8
        pos += 8 + size + (size & 1)
    raise ValueError("no image chunk")
