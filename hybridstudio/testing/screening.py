"""Measurements made on 1-bit film pixels, independent of how they were made."""

from __future__ import annotations

import math

import numpy as np


def black_share(ink: np.ndarray) -> float:
    """Share of black pixels, in percent."""
    return float(np.count_nonzero(ink)) / ink.size * 100.0


def fft_screen(ink: np.ndarray, dpi: float) -> tuple[float, float]:
    """Ruling (lpi) and angle (degrees, counter-clockwise on the film, modulo 90) of the strongest
    periodic component of a 1-bit patch, from the peak of its windowed 2-D spectrum."""
    a = ink.astype(np.float64)
    a -= a.mean()
    h, w = a.shape
    win = np.outer(np.hanning(h), np.hanning(w))
    spec = np.abs(np.fft.fft2(a * win))
    spec[:4, :4] = spec[:4, -4:] = spec[-4:, :4] = spec[-4:, -4:] = 0.0  # around DC
    ky, kx = np.unravel_index(int(np.argmax(spec)), spec.shape)

    def refine(k: int, axis: int) -> float:
        n = spec.shape[axis]
        get = (lambda j: spec[j % n, kx]) if axis == 0 else (lambda j: spec[ky, j % n])
        lm, l0, lp = (math.log(get(k + d) + 1e-12) for d in (-1, 0, 1))
        den = lm - 2 * l0 + lp
        return k + (0.5 * (lm - lp) / den if den != 0 else 0.0)

    fy = refine(ky, 0)
    fx = refine(kx, 1)
    fy = (fy if fy < h / 2 else fy - h) / h
    fx = (fx if fx < w / 2 else fx - w) / w
    lpi = dpi * math.hypot(fx, fy)
    angle = math.degrees(math.atan2(-fy, fx)) % 90.0
    return lpi, angle


def angle_diff(a: float, b: float, period: float = 90.0) -> float:
    d = (a - b) % period
    return min(d, period - d)
