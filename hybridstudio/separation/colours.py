"""Colour conversions used by the separation engine, all done by colour-science.

Working colours are sRGB-encoded floats in 0..1 (the image payload's space). CIELAB is relative to
D50 (the graphic-arts white, as measured ink values are published), reached from sRGB (D65) with a
Bradford adaptation. ΔE is CIEDE2000.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from ..core.colour_lib import colour


@cache
def srgb_space() -> Any:
    """colour-science's sRGB colourspace."""
    return colour.RGB_COLOURSPACES["sRGB"]


@cache
def d50() -> np.ndarray:
    """The D50 white (CIE 1931 2° chromaticity), the graphic-arts white of CIELAB here."""
    return colour.CCS_ILLUMINANTS["CIE 1931 2 Degree Standard Observer"]["D50"]


@cache
def _rgb_to_xyz_d50() -> np.ndarray:
    """linear sRGB → XYZ (D50, Bradford-adapted), rows = XYZ of the R, G, B primaries; computed
    once by colour-science instead of on every call."""
    return colour.RGB_to_XYZ(
        np.eye(3), srgb_space(), illuminant=d50(), chromatic_adaptation_transform="Bradford"
    )


def srgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB-encoded 0..1 (…x3) → CIELAB D50 (…x3, float64)."""
    lin = colour.models.eotf_sRGB(np.asarray(rgb, dtype=np.float64))
    return colour.XYZ_to_Lab(lin @ _rgb_to_xyz_d50(), d50())


def lab_to_srgb_unclipped(lab: np.ndarray) -> np.ndarray:
    """CIELAB D50 → sRGB-encoded values, not clipped (out-of-gamut colours fall outside 0..1)."""
    xyz = colour.Lab_to_XYZ(np.asarray(lab, dtype=np.float64), d50())
    lin = colour.XYZ_to_RGB(
        xyz,
        srgb_space(),
        illuminant=d50(),
        chromatic_adaptation_transform="Bradford",
        apply_cctf_encoding=False,
    )
    return np.sign(lin) * colour.models.eotf_inverse_sRGB(np.abs(lin))


def lab_to_srgb(lab: np.ndarray) -> np.ndarray:
    """CIELAB D50 → sRGB-encoded 0..1, clipped to the sRGB gamut."""
    return np.clip(lab_to_srgb_unclipped(lab), 0.0, 1.0)


#: Film-sized arrays go through the same curves tabulated (colour-science values at 4 097 points,
#: linearly interpolated: error < 2e-5, far below an 8-bit step) instead of a float64 power per value.
_BIG = 1 << 20


@cache
def _curve_tables() -> tuple[np.ndarray, np.ndarray]:
    """The sRGB decoding and encoding curves at 4 097 points (float32)."""
    grid = np.linspace(0.0, 1.0, 4097)
    decode = colour.models.eotf_sRGB(grid).astype(np.float32)
    encode = colour.models.eotf_inverse_sRGB(grid).astype(np.float32)
    return decode, encode


def _tabulated(x: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Look ``x`` up in a uniform table with linear interpolation, in chunks (little extra memory)."""
    x = np.asarray(x)
    out = np.empty(x.shape, dtype=np.float32)
    src = x.reshape(-1)
    dst = out.reshape(-1)
    top = np.float32(len(table) - 1)
    for s in range(0, src.size, _BIG):
        t = np.clip(src[s : s + _BIG].astype(np.float32), 0.0, 1.0) * top
        i = np.minimum(t.astype(np.int32), len(table) - 2)
        t -= i
        lo = table[i]
        dst[s : s + _BIG] = lo + t * (table[i + 1] - lo)
    return out


def srgb_to_linear(rgb: np.ndarray) -> np.ndarray:
    """sRGB-encoded → linear-light RGB (the sRGB decoding curve)."""
    rgb = np.asarray(rgb)
    if rgb.size >= _BIG:
        return _tabulated(rgb, _curve_tables()[0])
    return colour.models.eotf_sRGB(np.clip(np.asarray(rgb, dtype=np.float64), 0.0, 1.0))


def linear_to_srgb(lin: np.ndarray) -> np.ndarray:
    """Linear-light RGB → sRGB-encoded (the sRGB encoding curve)."""
    lin = np.asarray(lin)
    if lin.size >= _BIG:
        return _tabulated(lin, _curve_tables()[1])
    return colour.models.eotf_inverse_sRGB(np.clip(np.asarray(lin, dtype=np.float64), 0.0, 1.0))


def delta_e2000(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 colour difference, element-wise over the last axis."""
    return colour.delta_E(
        np.asarray(lab1, dtype=np.float64), np.asarray(lab2, dtype=np.float64), method="CIE 2000"
    )


def triple(values: Any) -> tuple[float, float, float]:
    """The first three numbers of ``values`` (a colour, an array row) as a tuple of floats."""
    return float(values[0]), float(values[1]), float(values[2])


def hex_to_srgb(text: str) -> tuple[float, float, float]:
    """'#rrggbb' (or 'rrggbb') → sRGB floats; ValueError if malformed."""
    s = text.strip().lstrip("#")
    if len(s) != 6 or any(c not in "0123456789abcdefABCDEF" for c in s):
        raise ValueError(f"{text!r} is not a colour like '#1a2b3c'")
    return triple([int(s[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])
