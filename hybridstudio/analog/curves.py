"""The characteristic (H&D) curve and the colour-negative / slide looks built on it.

Density against log10 exposure x, with a toe (soft start) and a shoulder (soft roll-off):

    D(x) = γ·t·log10(1 + 10^((x−x0)/t)) − γ·s·log10(1 + 10^((x−x0−Dmax/γ)/s))

(the parametric form used by spektrafilm): a straight line of slope γ between a toe of width t
and a shoulder of width s that levels off at Dmax. For a positive (print or slide) the density is
Dmax minus that, and the picture seen is the light it reflects or transmits, 10^(−D). The curve's
position x0 is solved so that 18 % grey lands on 18 % grey.
"""

from __future__ import annotations

import numpy as np

from .linear import luminance


def density(x: np.ndarray, gamma: float, toe: float, shoulder: float, dmax: float, x0: float = 0.0) -> np.ndarray:
    """Density of the negative at log exposure ``x`` (0 at no exposure, Dmax at saturation)."""
    x = np.asarray(x, dtype=np.float64)
    a = gamma * toe * np.logaddexp(0.0, (x - x0) / toe * np.log(10)) / np.log(10)
    b = gamma * shoulder * np.logaddexp(0.0, (x - x0 - dmax / gamma) / shoulder * np.log(10)) / np.log(10)
    return a - b


def positive_curve(gamma: float = 1.6, toe: float = 0.35, shoulder: float = 0.3, dmax: float = 2.2,
                   grey_in: float = 0.18, grey_out: float = 0.18, n: int = 4096) -> np.ndarray:
    """Table (n entries over linear input 0..1) of the linear light reflected by a positive whose
    density is Dmax − D(x): deep blacks at 10^−Dmax, whites at 1, 18 % grey kept."""
    e = np.linspace(0.0, 1.0, n)
    x = np.log10(np.maximum(e, 1e-6))

    def out_at(x0: float, xs: np.ndarray) -> np.ndarray:
        return 10.0 ** (-(dmax - density(xs, gamma, toe, shoulder, dmax, x0)))

    lo, hi = -8.0, 4.0  # output at grey falls as x0 grows: bisect
    xg = np.array([np.log10(grey_in)])
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if out_at(mid, xg)[0] > grey_out:
            lo = mid
        else:
            hi = mid
    return out_at(0.5 * (lo + hi), x).astype(np.float32)


def apply_table(linear: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Apply a table over linear 0..1 by linear interpolation (float32)."""
    n = table.shape[0]
    idx = np.clip(linear, 0.0, 1.0) * np.float32(n - 1)
    i0 = idx.astype(np.int32)
    np.minimum(i0, n - 2, out=i0)
    f = idx - i0
    t0 = np.take(table, i0)
    t1 = np.take(table, i0 + 1)
    return t0 + (t1 - t0) * f


def characteristic_curve(linear: np.ndarray, gamma: float = 1.6, toe: float = 0.35, shoulder: float = 0.3,
                         dmax: float = 2.2, exposure_ev: float = 0.0) -> np.ndarray:
    """Tone a linear RGB image through a positive's H&D curve (same curve on every channel)."""
    table = positive_curve(gamma, toe, shoulder, dmax)
    return apply_table(linear * np.float32(2.0 ** exposure_ev), table)


#: Per-channel (R, G, B) curve parameters and saturation of the film looks (look design values,
#: inspired by datasheet shapes, not measured): negatives print with a low, slightly uneven
#: contrast (warm highlights, cool shadows); slides have high contrast and deep blacks.
LOOKS: dict[str, dict] = {
    "colour-negative": {"gamma": (1.45, 1.5, 1.58), "toe": 0.45, "shoulder": 0.45, "dmax": 2.1,
                        "saturation": 0.9, "shift": (0.02, 0.0, -0.03)},
    "slide": {"gamma": (2.0, 2.0, 2.05), "toe": 0.25, "shoulder": 0.2, "dmax": 3.2,
              "saturation": 1.2, "shift": (0.0, 0.0, 0.01)},
}


def film_look(linear: np.ndarray, kind: str = "colour-negative", exposure_ev: float = 0.0,
              strength: float = 1.0) -> np.ndarray:
    """Colour-negative (printed) or slide rendition of a linear RGB image: one H&D curve per
    channel, a small per-channel log-exposure shift (the cross-over of real stocks) and a
    saturation change. ``strength`` mixes with the original."""
    if kind not in LOOKS:
        raise ValueError(f"unknown film look {kind!r}; known looks: {', '.join(LOOKS)}")
    p = LOOKS[kind]
    e = linear * np.float32(2.0 ** exposure_ev)
    out = np.empty_like(linear)
    for c in range(3):
        table = positive_curve(p["gamma"][c], p["toe"], p["shoulder"], p["dmax"],
                               grey_in=0.18 * 10 ** p["shift"][c])
        out[..., c] = apply_table(np.ascontiguousarray(e[..., c]), table)
    lum = luminance(out)[..., None]
    out = lum + (out - lum) * np.float32(p["saturation"])
    np.clip(out, 0.0, 1.0, out=out)
    if strength != 1.0:
        out = linear + (out - linear) * np.float32(strength)
    return out
