"""Lightness maths shared by the negative engine: sRGB ↔ CIE L*, densities.

CIE 1976 lightness comes from colour-science. The sRGB transfer functions are written out here in
float32: colour-science's versions compute in float64 and are about four times slower on the
hundreds of megapixels of a negative (the tests check both agree).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ..core.colour_lib import colour


def srgb_to_linear(v: np.ndarray) -> np.ndarray:
    """sRGB-encoded values (0..1) to linear light."""
    v = np.asarray(v, dtype=np.float32)
    return np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4).astype(np.float32)


def linear_to_srgb(v: np.ndarray) -> np.ndarray:
    """Linear light (0..1) to sRGB encoding."""
    v = np.clip(np.asarray(v, dtype=np.float32), 0.0, 1.0)
    return np.where(v <= 0.0031308, v * 12.92, 1.055 * np.power(v, 1 / 2.4) - 0.055).astype(np.float32)


def y_to_lstar(y: np.ndarray) -> np.ndarray:
    """Relative luminance Y (0..1, white = 1) to CIE L* (0..100)."""
    return np.asarray(
        colour.colorimetry.lightness_CIE1976(np.asarray(y, dtype=np.float64) * 100.0), dtype=np.float64
    )


def lstar_to_y(lstar: np.ndarray) -> np.ndarray:
    """CIE L* (0..100) to relative luminance Y."""
    return (
        np.asarray(
            colour.colorimetry.luminance_CIE1976(np.asarray(lstar, dtype=np.float64)), dtype=np.float64
        )
        / 100.0
    )


def srgb_to_lstar(rgb: np.ndarray) -> np.ndarray:
    """L* of sRGB pixels (..., 3) in 0..1 (D65 luminance; the scanner's white is L* 100)."""
    lin = srgb_to_linear(rgb)
    y = lin[..., 0] * 0.2126 + lin[..., 1] * 0.7152 + lin[..., 2] * 0.0722
    return y_to_lstar(y).astype(np.float32)


def density_to_lstar(density: ArrayLike) -> np.ndarray:
    """Reflection density (D = −log10 R) to L*."""
    return y_to_lstar(np.power(10.0, -np.asarray(density, dtype=np.float64)))


def lstar_to_srgb_grey(lstar: np.ndarray) -> np.ndarray:
    """A neutral sRGB grey (0..1) of the given L*."""
    return linear_to_srgb(lstar_to_y(lstar).astype(np.float32))


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    """'#rrggbb' to sRGB floats 0..1."""
    h = colour.strip().lstrip("#")
    if len(h) != 6:
        raise ValueError(f"expected a colour like '#1a2b3c', got {colour!r}")
    return int(h[0:2], 16) / 255.0, int(h[2:4], 16) / 255.0, int(h[4:6], 16) / 255.0
