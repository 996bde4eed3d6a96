"""A minimal ICC v2 writer for CMYK output profiles (LUT-based, ``prtr`` class, Lab PCS).

Pillow's ImageCms (LittleCMS) reads and applies ICC profiles but cannot create a CMYK one, and the
free CMYK profiles found on Linux systems (Ghostscript's) are AGPL data not shipped with
HybridStudio. So HybridStudio writes its own: ``AToB0`` (CMYK → Lab, from the composite model of
the four process inks, with their dot gain, on the chosen substrate) and ``BToA0`` (Lab → CMYK, the
model inverted with the chosen black generation). Both are ``lut16Type`` tables with identity
curves; Lab uses the ICC v2 16-bit encoding (L* 100 = 0xFF00, a*/b* 0 = 0x8000). PCS values are
media-relative (the substrate is PCS white), as ICC v2 output profiles expect; ``wtpt`` holds the
substrate's own D50 XYZ.
"""

from __future__ import annotations

import struct
from datetime import datetime, timezone

import numpy as np

_D50_XYZ = (0.9642, 1.0, 0.8249)


def _s15f16(v: float) -> bytes:
    return struct.pack(">i", int(round(v * 65536.0)))


def _pad4(b: bytes) -> bytes:
    return b + b"\0" * (-len(b) % 4)


def desc_tag(text: str) -> bytes:
    """``textDescriptionType`` (ICC v2)."""
    ascii_text = text.encode("ascii", "replace") + b"\0"
    return (
        b"desc"
        + b"\0" * 4
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)
        + struct.pack(">HB", 0, 0)
        + b"\0" * 67
    )


def text_tag(text: str) -> bytes:
    return b"text" + b"\0" * 4 + text.encode("ascii", "replace") + b"\0"


def xyz_tag(xyz: tuple[float, float, float]) -> bytes:
    return b"XYZ " + b"\0" * 4 + b"".join(_s15f16(v) for v in xyz)


def lut16_tag(clut: np.ndarray, in_ch: int, out_ch: int, grid: int) -> bytes:
    """``lut16Type`` with identity matrix and identity 2-entry curves; ``clut`` is uint16 of shape
    (grid,)*in_ch + (out_ch,), first input channel varying slowest."""
    head = b"mft2" + b"\0" * 4 + struct.pack(">BBBB", in_ch, out_ch, grid, 0)
    matrix = b"".join(_s15f16(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
    curves_in = struct.pack(">HH", 2, 2)
    identity = struct.pack(">HH", 0, 65535)
    body = identity * in_ch + clut.astype(">u2").tobytes() + identity * out_ch
    return head + matrix + curves_in + body


def encode_lab16(lab: np.ndarray) -> np.ndarray:
    """CIELAB → ICC v2 16-bit Lab encoding (uint16)."""
    enc = np.empty_like(lab, dtype=np.float64)
    enc[..., 0] = lab[..., 0] * 652.80
    enc[..., 1:] = (lab[..., 1:] + 128.0) * 256.0
    return np.clip(np.round(enc), 0, 65535).astype(np.uint16)


def lab16_grid(grid: int) -> np.ndarray:
    """The CIELAB values of a ``grid``³ lut16 Lab input grid (L slowest)."""
    v = np.linspace(0.0, 65535.0, grid)
    lab = np.stack(np.meshgrid(v / 652.80, v / 256.0 - 128.0, v / 256.0 - 128.0, indexing="ij"), axis=-1)
    return lab.reshape(-1, 3)


def build_profile(
    description: str,
    a2b: np.ndarray,
    a2b_grid: int,
    b2a: np.ndarray,
    b2a_grid: int,
    media_white_xyz: tuple[float, float, float],
    copyright_text: str,
) -> bytes:
    """Assemble a CMYK output profile: ``a2b`` uint16 (g⁴, 3) Lab, ``b2a`` uint16 (g³, 4) CMYK."""
    tags = [
        (b"desc", desc_tag(description)),
        (b"cprt", text_tag(copyright_text)),
        (b"wtpt", xyz_tag(media_white_xyz)),
        (b"A2B0", lut16_tag(a2b, 4, 3, a2b_grid)),
        (b"B2A0", lut16_tag(b2a, 3, 4, b2a_grid)),
        (b"A2B1", None),  # same data as A2B0 (relative colorimetric)
        (b"B2A1", None),
    ]
    data = {sig: blob for sig, blob in tags if blob is not None}
    data[b"A2B1"], data[b"B2A1"] = data[b"A2B0"], data[b"B2A0"]
    order = [sig for sig, _ in tags]
    table_size = 4 + 12 * len(order)
    offset = 128 + table_size
    entries, blobs, placed = [], [], {}
    for sig in order:
        blob = data[sig]
        key = id(blob)
        if key not in placed:
            placed[key] = (offset, len(blob))
            blobs.append(_pad4(blob))
            offset += len(_pad4(blob))
        entries.append(struct.pack(">4sII", sig, *placed[key]))
    body = struct.pack(">I", len(order)) + b"".join(entries) + b"".join(blobs)
    size = 128 + len(body)
    now = datetime.now(timezone.utc)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"prtr"
        + b"CMYK"
        + b"Lab "
        + struct.pack(">6H", now.year, now.month, now.day, now.hour, now.minute, now.second)
        + b"acsp"
        + b"\0" * 4
        + struct.pack(">I", 0)
        + b"\0" * 4
        + b"\0" * 4
        + b"\0" * 8
        + struct.pack(">I", 0)
        + b"".join(_s15f16(v) for v in _D50_XYZ)
        + b"\0" * 4
        + b"\0" * 16
        + b"\0" * 28
    )
    assert len(header) == 128
    return header + body
