"""Monotone tone curves: control points joined by a monotone cubic (PCHIP), their 16-bit tables,
and the fit of a process response from measured patches (isotonic regression, then ~16 knots).

Conventions used across the negative engine:

* ``p`` — the wanted print tone, 0 = the process's maximum black, 1 = paper white (linear in L*).
* ``n`` — ink on the negative, 0 = clear film, 1 = the full ink amount of the negative colour.
* ``q`` — the print's measured tone, normalised like ``p`` (0 = clear-film patch, 1 = paper-white
  patch), in L*.

The process response is ``q = R(n)``; the calibration (correction) curve is ``n = C(p)`` with
``R(C(p)) ≈ p``, so that the print is linear in L*.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LUT_SIZE = 65536


@dataclass(frozen=True)
class ToneCurve:
    """A monotone increasing curve on 0..1 through control points, joined by PCHIP."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.x) != len(self.y) or len(self.x) < 2:
            raise ValueError("a tone curve needs at least two (x, y) points")
        xs = np.asarray(self.x)
        if np.any(np.diff(xs) <= 0):
            raise ValueError("tone curve x values must increase strictly")
        if np.any(np.diff(np.asarray(self.y)) < -1e-9):
            raise ValueError("tone curve y values must not decrease (the curve must be monotone)")

    @classmethod
    def identity(cls) -> ToneCurve:
        return cls((0.0, 1.0), (0.0, 1.0))

    @classmethod
    def from_points(cls, points: list[list[float]] | list[tuple[float, float]]) -> ToneCurve:
        """From ``[[x, y], …]`` pairs (as stored in calibration and preset files)."""
        pts = sorted((float(a), float(b)) for a, b in points)
        return cls(tuple(p[0] for p in pts), tuple(p[1] for p in pts))

    def as_points(self, digits: int = 5) -> list[list[float]]:
        return [[round(a, digits), round(b, digits)] for a, b in zip(self.x, self.y, strict=True)]

    @property
    def is_identity(self) -> bool:
        return np.allclose(self(np.linspace(0, 1, 11)), np.linspace(0, 1, 11), atol=1e-6)

    def __call__(self, v: np.ndarray | float) -> np.ndarray:
        v = np.clip(np.asarray(v, dtype=np.float64), self.x[0], self.x[-1])
        if len(self.x) == 2:
            out = np.interp(v, self.x, self.y)
        else:
            from scipy.interpolate import PchipInterpolator  # lazy: scipy loads when a curve is applied

            out = PchipInterpolator(self.x, self.y, extrapolate=False)(v)
        return np.clip(out, 0.0, 1.0)

    def lut16(self) -> np.ndarray:
        """The curve as a 65536-entry uint16 table (16-bit in, 16-bit out)."""
        grid = np.arange(LUT_SIZE, dtype=np.float64) / (LUT_SIZE - 1)
        return np.round(self(grid) * (LUT_SIZE - 1)).astype(np.uint16)

    def then(self, other: ToneCurve, points: int = 65) -> ToneCurve:
        """``other(self(x))`` sampled at ``points`` points."""
        xs = np.linspace(0.0, 1.0, points)
        ys = np.maximum.accumulate(other(self(xs)))
        return ToneCurve(tuple(xs), tuple(float(v) for v in ys))


@dataclass
class ResponseFit:
    """A fitted process response and the correction curve that linearises it."""

    response: ToneCurve  # q = R(n)
    correction: ToneCurve  # n = C(p)
    q_black: float  # print tone of the darkest reachable step (0 when the clear film blacks out)
    q_white: float
    blocks: int  # isotonic blocks: distinct monotone levels seen in the data


def _isotonic_blocks(n: np.ndarray, q: np.ndarray, w: np.ndarray):
    """Isotonic (non-decreasing) fit of q against n; returns per-block (n_min, n_centre, n_max, q)."""
    order = np.lexsort((q, n))
    n, q, w = n[order], q[order], w[order]
    from scipy.optimize import isotonic_regression  # lazy: scipy loads when a curve is fitted

    fitted = isotonic_regression(q, weights=w, increasing=True).x
    # A new block starts wherever the fitted value changes.
    starts = np.flatnonzero(np.r_[True, np.abs(np.diff(fitted)) > 1e-12])
    ends = np.r_[starts[1:], len(n)]
    blocks = []
    for s, e in zip(starts, ends, strict=True):
        ww = w[s:e]
        blocks.append((n[s:e].min(), float(np.average(n[s:e], weights=ww)), n[s:e].max(), fitted[s]))
    return blocks


def _smoothed_inverse(levels: np.ndarray, bq: np.ndarray, bn: np.ndarray, smooth: float) -> np.ndarray:
    """Ink at each tone level from the isotonic block points, averaged over ±``smooth`` (a
    fraction of the tone range, Gaussian σ) so that readings' scatter is not copied into the
    curve. The two ends stay where the data put them."""
    if smooth <= 0:
        return np.interp(levels, bq, bn)
    q0, q1 = bq[0], bq[-1]
    grid = np.linspace(q0, q1, 2001)
    dense = np.interp(grid, bq, bn)
    sigma = smooth * 2000.0
    from scipy.ndimage import gaussian_filter1d  # lazy: scipy loads when a curve is smoothed

    smoothed = gaussian_filter1d(dense, sigma, mode="nearest")
    # fade the smoothing out towards the ends, where the curve is pinned to the references
    fade = np.clip(np.minimum(grid - q0, q1 - grid) / max(3 * smooth * (q1 - q0), 1e-9), 0, 1)
    blended = fade * smoothed + (1 - fade) * dense
    return np.interp(levels, grid, np.maximum.accumulate(blended))


def fit_response(
    n: np.ndarray, q: np.ndarray, weights: np.ndarray | None = None, knots: int = 16, smooth: float = 0.01
) -> ResponseFit:
    """Fit a smooth monotone response ``q = R(n)`` to measured patches and invert it.

    Isotonic regression pools readings that contradict monotony (noise, dust); the pooled levels
    are joined linearly between block centres, lightly averaged (Gaussian, σ = ``smooth`` of the
    tone range) so the readings' scatter is not copied into the curve, resampled at ``knots``
    print tones (denser towards both ends) and joined by PCHIP — about ``knots`` effective
    points, as Easy Digital Negatives recommends. At the ends, blocked-up steps (several inks
    printing the same black or the same paper white) use the inner edge of their block: the
    least ink that still reaches paper white, the most ink that still prints full black.
    """
    n = np.asarray(n, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    w = np.ones_like(n) if weights is None else np.asarray(weights, dtype=np.float64)
    ok = np.isfinite(n) & np.isfinite(q)
    n, q, w = n[ok], q[ok], w[ok]
    if len(n) < 3:
        raise ValueError("at least three measured patches are needed to fit a curve")
    blocks = _isotonic_blocks(n, q, w)
    if len(blocks) < 2:
        raise ValueError(
            "every patch printed the same tone: the print shows no tonal scale "
            "(check the exposure and that the scan is of the exposed print)"
        )
    bn = [blocks[0][2]] + [b[1] for b in blocks[1:-1]] + [blocks[-1][0]]
    bq = [b[3] for b in blocks]
    bn_arr = np.maximum.accumulate(np.asarray(bn))
    bq_arr = np.asarray(bq)
    # strictly increasing n for interpolation (block centres can coincide with the edges)
    bn_arr = bn_arr + np.arange(len(bn_arr)) * 1e-9
    q_black, q_white = float(bq_arr[0]), float(bq_arr[-1])
    # knots denser towards black and paper white (Chebyshev spacing), where toe and shoulder bend
    # the inverse most
    levels = q_black + (q_white - q_black) * (1 - np.cos(np.linspace(0, np.pi, knots))) / 2
    n_at = _smoothed_inverse(levels, bq_arr, bn_arr, smooth)
    n_at = np.clip(np.maximum.accumulate(n_at), 0.0, 1.0)
    # knots too close in n (a steep response) are merged so PCHIP stays well behaved
    keep = np.r_[True, np.diff(n_at) > 1e-6]
    keep[-1] = True
    if not keep[-2] and len(keep) > 2:
        keep[-2] = False
    n_k, l_k = n_at[keep], levels[keep]
    if np.any(np.diff(n_k) <= 0):
        n_k = n_k + np.arange(len(n_k)) * 1e-7
    p_k = (l_k - q_black) / max(q_white - q_black, 1e-9)
    correction = ToneCurve(tuple(float(v) for v in p_k), tuple(float(v) for v in np.clip(n_k, 0, 1)))
    rx = np.r_[0.0, n_k, 1.0]
    ry = np.r_[q_black, l_k, q_white]
    rx, idx = np.unique(rx, return_index=True)  # keeps the first of equal n
    ry = np.clip(np.maximum.accumulate(ry[idx]), 0.0, 1.0)
    response = ToneCurve(tuple(float(v) for v in rx), tuple(float(v) for v in ry))
    return ResponseFit(response, correction, q_black, q_white, len(blocks))
