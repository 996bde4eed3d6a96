"""sRGB ↔ linear light through 16-bit tables (fast on film-sized images, error < 2e-5), shared by
the steps that work in linear light."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import cv2
import numpy as np


def srgb_decode(v: np.ndarray) -> np.ndarray:
    """Exact sRGB decoding (float64 math), for building tables."""
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)


def srgb_encode(v: np.ndarray) -> np.ndarray:
    """Exact sRGB encoding (float64 math), for building tables."""
    return np.where(v <= 0.0031308, v * 12.92, 1.055 * np.power(np.maximum(v, 0), 1 / 2.4) - 0.055)


@lru_cache(maxsize=2)
def _table(kind: str) -> np.ndarray:
    x = np.arange(65536, dtype=np.float64) / 65535.0
    return (srgb_decode(x) if kind == "decode" else srgb_encode(x)).astype(np.float32)


def take_chunked(table: np.ndarray, idx: np.ndarray, chunk: int = 1 << 20, threads: int = 2) -> np.ndarray:
    """``np.take(table, idx)`` in chunks on two threads: numpy widens the whole index array to
    64-bit first, which costs far more than the look-up on a 24 MP image."""
    flat = idx.reshape(-1)
    out = np.empty(flat.shape, table.dtype)
    if flat.size <= chunk:
        np.take(table, flat, out=out)
        return out.reshape(idx.shape)

    def work(s: int) -> None:
        np.take(table, flat[s : s + chunk], out=out[s : s + chunk])

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, range(0, flat.size, chunk)))
    return out.reshape(idx.shape)


def through_table(table: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Look up a 65536-entry table indexed by a 0..1 value quantised to 16 bits."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim < 2 or x.size <= 64:  # OpenCV reads short vectors and tiny images as scalars
        idx: np.ndarray = np.clip(x * 65535.0 + 0.5, 0, 65535).astype(np.uint16)
        return np.take(table, idx)
    # one pass to rounded, saturated 16-bit indices (OpenCV), one gather
    idx = cv2.multiply(np.ascontiguousarray(x), 65535.0, np.empty(x.shape, np.uint16), dtype=cv2.CV_16U)
    return take_chunked(table, idx.reshape(x.shape))


def to_linear(srgb: np.ndarray) -> np.ndarray:
    """sRGB-encoded 0..1 → linear light 0..1 (float32)."""
    return through_table(_table("decode"), srgb)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Linear light → sRGB-encoded 0..1 (float32; values above 1 clip to 1)."""
    return through_table(_table("encode"), linear)


def luminance(linear: np.ndarray) -> np.ndarray:
    """Rec. 709 / sRGB relative luminance of linear RGB (H×W float32)."""
    return np.ascontiguousarray(linear @ np.array([0.2126, 0.7152, 0.0722], np.float32))
