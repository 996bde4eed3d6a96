"""The characteristic (H&D) curve and the colour-negative / slide looks built on it.

Density against log10 exposure x, with a toe (soft start) and a shoulder (soft roll-off):

    D(x) = γ·t·log10(1 + 10^((x−x0)/t)) − γ·s·log10(1 + 10^((x−x0−Dmax/γ)/s))

(the parametric form used by spektrafilm): a straight line of slope γ between a toe of width t
and a shoulder of width s that levels off at Dmax. For a positive (print or slide) the density is
Dmax minus that, and the picture seen is the light it reflects or transmits, 10^(−D). The curve's
position x0 is solved so that 18 % grey lands on 18 % grey.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..core.params import lookup
from ..core.srgb import luminance, srgb_decode, srgb_encode, take_chunked, through_table, to_srgb


def density(
    x: np.ndarray, gamma: float, toe: float, shoulder: float, dmax: float, x0: float = 0.0
) -> np.ndarray:
    """Density of the negative at log exposure ``x`` (0 at no exposure, Dmax at saturation)."""
    x = np.asarray(x, dtype=np.float64)
    a = gamma * toe * np.logaddexp(0.0, (x - x0) / toe * np.log(10)) / np.log(10)
    b = gamma * shoulder * np.logaddexp(0.0, (x - x0 - dmax / gamma) / shoulder * np.log(10)) / np.log(10)
    return a - b


@lru_cache(maxsize=64)
def _curve_position(
    gamma: float, toe: float, shoulder: float, dmax: float, grey_in: float, grey_out: float
) -> float:
    """x0 that sends linear ``grey_in`` to reflectance ``grey_out`` (bisection: the output at grey
    falls as x0 grows)."""
    lo, hi = -8.0, 4.0
    xg = np.array([np.log10(grey_in)])
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if 10.0 ** (-(dmax - density(xg, gamma, toe, shoulder, dmax, mid)[0])) > grey_out:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def positive_response(
    linear: np.ndarray,
    gamma: float,
    toe: float,
    shoulder: float,
    dmax: float,
    grey_in: float = 0.18,
    grey_out: float = 0.18,
) -> np.ndarray:
    """Linear light reflected by a positive whose density is Dmax − D(x) at x = log10(exposure):
    deep blacks at 10^−Dmax, whites towards 1, ``grey_in`` sent to ``grey_out``."""
    x0 = _curve_position(gamma, toe, shoulder, dmax, grey_in, grey_out)
    x = np.log10(np.maximum(np.asarray(linear, dtype=np.float64), 1e-7))
    return 10.0 ** (-(dmax - density(x, gamma, toe, shoulder, dmax, x0)))


def positive_curve(
    gamma: float = 1.6,
    toe: float = 0.35,
    shoulder: float = 0.3,
    dmax: float = 2.2,
    grey_in: float = 0.18,
    grey_out: float = 0.18,
    n: int = 4096,
) -> np.ndarray:
    """:func:`positive_response` tabulated over n linear inputs 0..1 (float32)."""
    e = np.linspace(0.0, 1.0, n)
    return positive_response(e, gamma, toe, shoulder, dmax, grey_in, grey_out).astype(np.float32)


def apply_table(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Apply a table over 0..1 by linear interpolation (float32)."""
    n = table.shape[0]
    idx = np.clip(values, 0.0, 1.0) * np.float32(n - 1)
    i0 = idx.astype(np.int32)
    np.minimum(i0, n - 2, out=i0)
    f = idx - i0
    t0 = take_chunked(table, i0)
    i0 += 1
    t1 = take_chunked(table, i0)
    t1 -= t0
    t1 *= f
    t1 += t0
    return t1


@lru_cache(maxsize=32)
def _srgb_curve_table(
    gamma: float, toe: float, shoulder: float, dmax: float, exposure_ev: float, grey_in: float, encode: bool
) -> np.ndarray:
    """65536-entry table from 16-bit sRGB codes through the positive's curve (linear or sRGB out)."""
    lin = srgb_decode(np.arange(65536) / 65535.0) * 2.0**exposure_ev
    out = positive_response(lin, gamma, toe, shoulder, dmax, grey_in)
    return (srgb_encode(np.clip(out, 0, 1)) if encode else out).astype(np.float32)


def characteristic_curve(
    srgb: np.ndarray,
    gamma: float = 1.6,
    toe: float = 0.35,
    shoulder: float = 0.3,
    dmax: float = 2.2,
    exposure_ev: float = 0.0,
) -> np.ndarray:
    """Tone an sRGB image through a positive's H&D curve (same curve on every channel), computed
    in linear light; one 16-bit table lookup per pixel."""
    table = _srgb_curve_table(gamma, toe, shoulder, dmax, exposure_ev, 0.18, True)
    return through_table(table, srgb)


#: Per-channel (R, G, B) curve parameters and saturation of the film looks (look design values,
#: inspired by datasheet shapes, not measured): negatives print with a low, slightly uneven
#: contrast (warm highlights, cool shadows); slides have high contrast and deep blacks.
LOOKS: dict[str, dict] = {
    "colour-negative": {
        "gamma": (1.45, 1.5, 1.58),
        "toe": 0.45,
        "shoulder": 0.45,
        "dmax": 2.1,
        "saturation": 0.9,
        "shift": (0.02, 0.0, -0.03),
    },
    "slide": {
        "gamma": (2.0, 2.0, 2.05),
        "toe": 0.25,
        "shoulder": 0.2,
        "dmax": 3.2,
        "saturation": 1.2,
        "shift": (0.0, 0.0, 0.01),
    },
}


def film_look(
    srgb: np.ndarray, kind: str = "colour-negative", exposure_ev: float = 0.0, strength: float = 1.0
) -> np.ndarray:
    """Colour-negative (printed) or slide rendition of an sRGB image: one H&D curve per channel
    (in linear light), a small per-channel log-exposure shift (the cross-over of real stocks) and
    a saturation change. ``strength`` mixes with the original. sRGB out."""
    p = lookup(LOOKS, kind, "film look", error=ValueError, known="looks")
    out = np.empty(srgb.shape, np.float32)
    for c in range(3):
        table = _srgb_curve_table(
            p["gamma"][c],
            p["toe"],
            p["shoulder"],
            p["dmax"],
            float(exposure_ev),
            0.18 * 10 ** p["shift"][c],
            False,
        )
        out[..., c] = through_table(table, np.ascontiguousarray(srgb[..., c]))
    lum = luminance(out)[..., None]
    out -= lum
    out *= np.float32(p["saturation"])
    out += lum
    out = to_srgb(out)
    if strength != 1.0:
        out = srgb + (out - srgb) * np.float32(strength)
    return out
