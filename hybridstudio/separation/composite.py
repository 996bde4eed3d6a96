"""The composite model: what the print will look like.

Print order matters. Starting from the substrate colour, each separation is laid down in order:

- a **transparent** ink filters what is under it. With effective coverage ``a`` and its colour
  printed solid on white paper ``c`` (linear light, so ``c`` is its transmittance), a pixel's
  expected colour becomes ``under · (1 − a + a·c)``. Over several transparent inks this is exactly
  the Neugebauer equation with Demichel weights (each overlap ``S`` weighted by
  ``Π_{i∈S} aᵢ · Π_{i∉S} (1 − aᵢ)``, its colour the product of the inks' transmittances over the
  substrate): the sum factorises into one factor per ink, so it costs O(N), not O(2ᴺ).
- an ink with **Kubelka–Munk** parameters (fitted from a drawdown, :mod:`.kubelka`) lays a film
  whose colour depends on what is under it: ``under · (1 − a) + a · R_KM(under)``: plastisol on a
  dark garment, where a thin white is grey;
- an **opaque** ink covers: ``under · (1 − a) + c · a`` (underbase white, highlight white,
  simulated-process inks on a dark garment). An ink that hides only a share ``h`` of what is under it
  (``Ink.hiding``: plastisol on a dark shirt without underbase) gives
  ``under · (1 − a) + a · c · (h + (1 − h) · under)``: h = 1 is opaque, h = 0 is transparent.

Nominal coverages become effective ones through a dot-gain (tone value increase) curve
``f(a) = a + 4·Δ₅₀·a·(1 − a)``: Δ₅₀ is the gain at a nominal 50 % (riso ≈ 0.25 at ~71 lpi, so 50 %
prints ~75 %; screen printing 0.20 by default, garments 0.20–0.30). Multiplying in linear light
approximates the ink layers' spectral filtering per RGB channel; it is the "multiply" model of peer
riso simulators.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .colours import lab_to_srgb, linear_to_srgb, srgb_to_linear

if TYPE_CHECKING:
    from .sets import Ink, SeparationSet

#: Default tone value increase at 50 % by process (see docs/print notes).
DEFAULT_DOT_GAIN = {"riso": 0.25, "screen": 0.20, "digital": 0.0}
_TILE_PIXELS = 1 << 20


def tvi(a: np.ndarray, d50: float) -> np.ndarray:
    """Dot gain: nominal coverage → effective coverage, ``a + 4·Δ₅₀·a·(1 − a)`` (Δ₅₀ ≤ 0.25 keeps it
    monotone)."""
    d = float(min(max(d50, 0.0), 0.25))
    return a + 4.0 * d * a * (1.0 - a)


def inverse_tvi(f: np.ndarray, d50: float) -> np.ndarray:
    """Effective coverage wanted → nominal coverage to put on the master (inverse of :func:`tvi`)."""
    d = float(min(max(d50, 0.0), 0.25))
    f = np.clip(f, 0.0, 1.0)
    if d < 1e-6:
        return f
    b = 1.0 + 4.0 * d
    return np.clip((b - np.sqrt(np.maximum(b * b - 16.0 * d * f, 0.0))) / (8.0 * d), 0.0, 1.0)


def ink_srgb(ink: Ink) -> np.ndarray:
    """The ink's sRGB colour (from its measured Lab when given, else its sRGB)."""
    if ink.lab is not None:
        return lab_to_srgb(np.array(ink.lab, dtype=np.float64))
    return np.array(ink.srgb, dtype=np.float64)


def ink_linear(ink: Ink) -> np.ndarray:
    """The ink's colour in linear light (its transmittance when transparent)."""
    return srgb_to_linear(ink_srgb(ink))


def mix_linear(
    effective: np.ndarray,
    inks_lin: np.ndarray,
    hiding: np.ndarray,
    substrate_lin: np.ndarray,
    km: Sequence | None = None,
) -> np.ndarray:
    """Composite in linear light. ``effective``: (..., N) effective coverages in print order;
    ``inks_lin``: (N, 3); ``hiding``: (N,) 0 (transparent) .. 1 (opaque), or bools;
    ``substrate_lin``: (3,) or (..., 3); ``km``: per ink None or its Kubelka–Munk (K, S), which
    then decides what the ink's film looks like over what is under it."""
    shape = effective.shape[:-1] + (3,)
    out = np.broadcast_to(np.asarray(substrate_lin, dtype=np.float64), shape).copy()
    hiding = np.asarray(hiding, dtype=np.float64)
    for i in range(effective.shape[-1]):
        a = effective[..., i : i + 1]
        h = float(hiding[i])
        if km is not None and km[i] is not None:
            # lazy: Kubelka-Munk only for measured inks; keeps it out of --help
            from .kubelka import km_reflectance

            out = out * (1.0 - a) + a * km_reflectance(km[i][0], km[i][1], out)
        elif h >= 1.0:
            out *= 1.0 - a
            out += a * inks_lin[i]
        elif h <= 0.0:
            out *= 1.0 - a * (1.0 - inks_lin[i])
        else:
            out = out * (1.0 - a) + a * inks_lin[i] * (h + (1.0 - h) * out)
    return out


def composite_planes(
    coverages: Sequence[np.ndarray],
    inks: Sequence[Ink],
    substrate: Ink,
    dot_gain: float | Sequence[float] = 0.0,
) -> np.ndarray:
    """Predicted print (sRGB float32 HxWx3) of nominal coverage planes in print order, in row tiles
    so film-sized sets stay within memory."""
    if not coverages:
        raise ValueError("no separations to composite")
    h, w = coverages[0].shape
    gains = np.broadcast_to(np.asarray(dot_gain, dtype=np.float64), (len(inks),)).tolist()
    inks_lin = np.stack([ink_linear(i) for i in inks])
    opaque = np.array([i.hiding_power for i in inks])
    sub_lin = ink_linear(substrate)
    out = np.empty((h, w, 3), dtype=np.float32)
    rows = max(1, _TILE_PIXELS // max(w, 1))
    for y in range(0, h, rows):
        eff = np.stack(
            [tvi(c[y : y + rows].astype(np.float64), g) for c, g in zip(coverages, gains, strict=True)],
            axis=-1,
        )
        out[y : y + rows] = linear_to_srgb(mix_linear(eff, inks_lin, opaque, sub_lin, [i.km for i in inks]))
    return out


def composite_of(sepset: SeparationSet) -> np.ndarray:
    """The predicted print of a separation set (sRGB float32 HxWx3), with the set's dot gain
    (``sepset.press["dot_gain"]``, else none). An empty set prints the bare substrate."""
    seps = sorted(sepset.separations, key=lambda s: s.order)
    if not seps:
        h, w = sepset.shape
        return np.broadcast_to(ink_srgb(sepset.substrate).astype(np.float32), (h, w, 3)).copy()
    gain = float(getattr(sepset, "press", {}).get("dot_gain", 0.0))
    gains = [float(s.meta.get("dot_gain", gain)) for s in seps]
    return composite_planes([s.coverage for s in seps], [s.ink for s in seps], sepset.substrate, gains)
