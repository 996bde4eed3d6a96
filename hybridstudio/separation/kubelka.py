"""Opaque and garment inks: the Kubelka–Munk two-flux model, fitted from a scanned drawdown.

A screen-print ink film of one hit over a background of reflectance ``Rg`` reflects (Kubelka 1948,
layer of unit thickness, absorption ``K`` and scattering ``S`` per linear-RGB channel)::

    a = 1 + K/S,   b = √(a² − 1),   c = b·coth(b·S)
    R = (1 − Rg·(a − c)) / (a − Rg + c)

so the same ink looks different over a black shirt, a red one or white paper, and a thin ink lets the
garment show through. A halftone tint of effective coverage ``f`` gives ``(1 − f)·under + f·R(under)``
(:func:`.composite.mix_linear`). Surface (Saunderson) reflection is not modelled: the fitted K and S
absorb it, which holds for the scans the fit came from.

**Drawdown scan** (what the print shop makes): one strip per ink, two rows of equal-width patches,
left to right at the nominal coverages ``steps`` (default 0, 10, … 100 %; the first patch of each
row is bare): the top row printed on the garment or substrate, the bottom row on white card (a
Leneta-style contrast drawdown). The solids over the two backgrounds give K and S per channel; the
tints over the garment give the press's dot gain.

**Calibration file**: a plain ink library (:mod:`.inks`) whose inks carry ``km_k`` and ``km_s``
(three numbers each, linear RGB) next to their colour, so it travels between schools like any
library and ``--library our-inks.toml`` uses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import InputError
from .colours import linear_to_srgb, srgb_to_linear
from .composite import tvi

DEFAULT_STEPS = tuple(range(0, 101, 10))
_MIN = 1e-6


def km_reflectance(k: np.ndarray, s: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Reflectance (linear RGB) of one unit-thick ink layer with ``k``, ``s`` (3,) over
    ``background`` (..., 3)."""
    k = np.maximum(np.asarray(k, dtype=np.float64), _MIN)
    s = np.maximum(np.asarray(s, dtype=np.float64), _MIN)
    a = 1.0 + k / s
    b = np.sqrt(a * a - 1.0)
    c = b / np.tanh(np.minimum(b * s, 50.0))
    rg = np.asarray(background, dtype=np.float64)
    return (1.0 - rg * (a - c)) / (a - rg + c)


@dataclass
class DrawdownFit:
    """An ink fitted from a drawdown: K, S per channel, the solid's colour on white, the dot gain,
    and how well the model reproduces the patches (RMS in linear light)."""

    k: np.ndarray
    s: np.ndarray
    dot_gain: float
    solid_on_white: np.ndarray  # sRGB
    substrate: np.ndarray  # sRGB of the bare garment
    rms: float

    def toml(self, name: str) -> str:
        """The ink as a ``[[inks]]`` table of an ink library."""
        hexc = "#" + "".join(f"{round(float(v) * 255):02x}" for v in np.clip(self.solid_on_white, 0, 1))
        k = ", ".join(f"{v:.5g}" for v in self.k)
        s = ", ".join(f"{v:.5g}" for v in self.s)
        sub = "#" + "".join(f"{round(float(v) * 255):02x}" for v in np.clip(self.substrate, 0, 1))
        return (
            f'\n[[inks]]\nname = "{name}"\nhex = "{hexc}"            # the solid over white card\n'
            f'opacity = "opaque"\nkm_k = [{k}]   # Kubelka–Munk absorption, linear R, G, B\n'
            f"km_s = [{s}]   # Kubelka–Munk scattering, linear R, G, B\n"
            f'note = "fitted from a drawdown on {sub}: dot gain {self.dot_gain:.3f} at 50 %, '
            f'model RMS {self.rms:.4f}"\n'
        )


def patch_colours(rgb: np.ndarray, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Median sRGB of the central half of each patch: (top row, bottom row), each (steps, 3)."""
    h, w, _ = rgb.shape
    rows = []
    for top in (0, h // 2):
        band = rgb[top + h // 8 : top + h // 2 - h // 8]
        cols = []
        for i in range(steps):
            x0, x1 = int(w * i / steps), int(w * (i + 1) / steps)
            q = (x1 - x0) // 4
            cols.append(np.median(band[:, x0 + q : x1 - q].reshape(-1, 3), axis=0))
        rows.append(np.array(cols))
    return rows[0], rows[1]


def fit_drawdown(
    rgb: np.ndarray, steps: tuple[float, ...] = DEFAULT_STEPS, source: Path | None = None
) -> DrawdownFit:
    """Fit K, S (per linear channel) and the dot gain from a drawdown scan (sRGB HxWx3, layout in
    the module docs). InputError when the scan cannot be a drawdown."""
    from scipy.optimize import least_squares  # lazy: loads scipy only when fit_drawdown() runs

    steps_f = np.asarray(steps, dtype=np.float64) / 100.0
    if len(steps_f) < 3 or steps_f[0] != 0.0 or steps_f[-1] != 1.0 or np.any(np.diff(steps_f) <= 0):
        raise InputError(source, "drawdown steps must rise from 0 to 100 % with at least 3 patches")
    if rgb.shape[0] < 16 or rgb.shape[1] < 4 * len(steps_f):
        raise InputError(
            source,
            f"the scan ({rgb.shape[1]}×{rgb.shape[0]} px) is too small for "
            f"{len(steps_f)} patches in two rows",
        )
    top, bottom = (srgb_to_linear(np.clip(r, 0, 1)) for r in patch_colours(rgb, len(steps_f)))
    garment, white = top[0], bottom[0]
    solid_g, solid_w = top[-1], bottom[-1]
    if float(np.mean(white - garment)) < 0.05:
        raise InputError(
            source,
            "the bottom row's bare patch is not lighter than the top row's: "
            "the bottom row is printed on white card, the top on the garment",
        )

    def resid(p: np.ndarray) -> np.ndarray:
        k, s = np.exp(p[:3]), np.exp(p[3:])
        return np.concatenate(
            [km_reflectance(k, s, garment) - solid_g, km_reflectance(k, s, white) - solid_w]
        )

    # the best of three starts (the first of equals)
    best = min(
        (
            least_squares(resid, np.log(np.r_[np.full(3, k0), np.full(3, s0)]), bounds=(-12, 8))
            for k0, s0 in ((0.5, 2.0), (2.0, 0.5), (0.1, 8.0))
        ),
        key=lambda res: res.cost,
    )
    k, s = np.exp(best.x[:3]), np.exp(best.x[3:])
    # dot gain from the tints over the garment: effective coverage per patch, weighted by contrast
    contrast = garment - solid_g
    wgt = np.abs(contrast)
    eff = ((garment - top) * np.sign(contrast) / np.maximum(wgt, 1e-6) * wgt).sum(-1) / max(wgt.sum(), 1e-6)
    a = steps_f
    basis = 4.0 * a * (1.0 - a)
    d50 = float(np.clip(((eff - a) * basis).sum() / max((basis * basis).sum(), 1e-9), 0.0, 0.25))
    f = a + d50 * basis
    model = (1.0 - f[:, None]) * garment + f[:, None] * km_reflectance(k, s, garment)
    rms = float(np.sqrt(np.mean(np.concatenate([(model - top).ravel(), resid(best.x)]) ** 2)))
    return DrawdownFit(
        k, s, round(d50, 4), linear_to_srgb(km_reflectance(k, s, white)), linear_to_srgb(garment), rms
    )


def render_drawdown(
    k: np.ndarray,
    s: np.ndarray,
    garment_srgb: np.ndarray,
    dot_gain: float,
    steps: tuple[float, ...] = DEFAULT_STEPS,
    patch: int = 40,
    white_srgb: np.ndarray = np.array([0.95, 0.95, 0.93]),
) -> np.ndarray:
    """What a drawdown of an ink with ``k``, ``s`` looks like (sRGB float32), for tests and to show
    users the layout."""
    g = srgb_to_linear(np.asarray(garment_srgb, dtype=np.float64))
    wc = srgb_to_linear(np.asarray(white_srgb, dtype=np.float64))
    a = tvi(np.asarray(steps, dtype=np.float64) / 100.0, dot_gain)[:, None]
    top = (1 - a) * g + a * km_reflectance(k, s, g)
    bottom = (1 - a) * wc + a * km_reflectance(k, s, wc)
    rows = [
        np.repeat(np.repeat(linear_to_srgb(r)[None], patch, axis=0), patch, axis=1) for r in (top, bottom)
    ]
    return np.concatenate(rows, axis=0).astype(np.float32)
