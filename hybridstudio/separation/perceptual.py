"""The perceptual solve: coverages that minimise CIEDE2000 of the predicted print, under a total-ink
limit, with as little ink as a tolerance allows.

Today's least-squares solve (:func:`.unmix.solve_colours`, Euclidean CIELAB) is the starting point.
From there a projected Levenberg–Marquardt works on *nominal* coverages (what goes on the master or
film) through the whole forward model (dot gain, then the composite):

- residuals: CIEDE2000 written as a 3-vector ``r`` with ``‖r‖ = ΔE00`` (the lightness, chroma and
  hue terms, the rotation term folded in by a 2×2 Cholesky factor), so Gauss–Newton applies;
- constraint: every coverage in 0..1 and, with a limit, ``Σ nominal ≤ limit`` (riso: 85 %), kept by
  Euclidean projection onto that polytope after each step: the limit is part of the solve, as GCR
  is in CMYK, not a warning after it;
- fewest ink: the cost is ``ΔE00² + w·Σ nominal``. An L1 term drives unneeded inks exactly to zero
  and, where several mixes give the same colour, the leaner one wins. The term is continuous in the
  target colour, so neighbouring colours keep neighbouring coverages (no banding or speckle); a
  colour whose lean solution is more than ``tolerance`` ΔE00 worse than its best keeps the best.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from .composite import inverse_tvi, tvi
from .unmix import CandidateTable, InkModel

#: Default tolerance (ΔE00) an ink-saving solution may cost over the best one.
INK_TOLERANCE = 0.5
#: Default weight of total ink in the cost, ΔE00² per 100 % of ink.
INK_WEIGHT = 0.25
#: Under a limit, the second start is the best of the allowed mixes on this grid (levels per ink,
#: by ink count; denser than the least-squares table): the start decides which corner of the
#: allowed mixes the descent ends in (`bench_separation_solver.py --bounds` measures how close).
LIMIT_START_LEVELS = {1: 129, 2: 65, 3: 33, 4: 13}
#: The second start is chosen by CIEDE2000 among this many nearest mixes in CIELAB.
LIMIT_START_CANDIDATES = 32
#: The second descent replaces the first where it is better by this much ΔE00, plus this share of
#: the first's ΔE00.
ALT_MARGIN = 1.0
ALT_MARGIN_RELATIVE = 0.2
_25_7 = 25.0**7


def _hue(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    h = np.arctan2(b, a)
    return np.where(h < 0, h + 2 * np.pi, h)


def de2000_residuals(lab: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """CIEDE2000 (Sharma, Wu & Dalal 2005) of ``lab`` against ``ref`` as residuals (..., 3) whose
    Euclidean norm is ΔE00: ``(ΔL'/S_L, ΔC'/S_C + R_T/2·ΔH'/S_H, √(1 − R_T²/4)·ΔH'/S_H)``."""
    l1, a1, b1 = ref[..., 0], ref[..., 1], ref[..., 2]
    l2, a2, b2 = lab[..., 0], lab[..., 1], lab[..., 2]
    cbar = 0.5 * (np.hypot(a1, b1) + np.hypot(a2, b2))
    c7 = cbar**7
    g = 0.5 * (1.0 - np.sqrt(c7 / (c7 + _25_7)))
    a1p, a2p = (1.0 + g) * a1, (1.0 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p, h2p = _hue(a1p, b1), _hue(a2p, b2)
    cc = c1p * c2p
    dh = h2p - h1p
    dh = np.where(dh > np.pi, dh - 2 * np.pi, np.where(dh < -np.pi, dh + 2 * np.pi, dh))
    dh = np.where(cc == 0, 0.0, dh)
    d_l = l2 - l1
    d_c = c2p - c1p
    d_h = 2.0 * np.sqrt(cc) * np.sin(dh / 2.0)
    lbar = 0.5 * (l1 + l2)
    cbarp = 0.5 * (c1p + c2p)
    hsum = h1p + h2p
    hbar = np.where(
        np.abs(h1p - h2p) <= np.pi,
        hsum / 2.0,
        np.where(hsum < 2 * np.pi, (hsum + 2 * np.pi) / 2.0, (hsum - 2 * np.pi) / 2.0),
    )
    hbar = np.where(cc == 0, hsum, hbar)
    t = (
        1.0
        - 0.17 * np.cos(hbar - np.radians(30))
        + 0.24 * np.cos(2 * hbar)
        + 0.32 * np.cos(3 * hbar + np.radians(6))
        - 0.20 * np.cos(4 * hbar - np.radians(63))
    )
    dtheta = np.radians(30) * np.exp(-(((np.degrees(hbar) - 275.0) / 25.0) ** 2))
    c7p = cbarp**7
    rt = -np.sin(2 * dtheta) * 2.0 * np.sqrt(c7p / (c7p + _25_7))
    l50 = (lbar - 50.0) ** 2
    e_l = d_l / (1.0 + 0.015 * l50 / np.sqrt(20.0 + l50))
    e_c = d_c / (1.0 + 0.045 * cbarp)
    e_h = d_h / (1.0 + 0.015 * cbarp * t)
    return np.stack(
        [e_l, e_c + 0.5 * rt * e_h, np.sqrt(np.maximum(1.0 - 0.25 * rt * rt, 0.0)) * e_h], axis=-1
    )


def project_limit(x: np.ndarray, limit: float | None) -> np.ndarray:
    """Euclidean projection of coverages (K, N) onto {0 ≤ xᵢ ≤ 1, Σ xᵢ ≤ limit}: clip, then where
    the sum is over, ``clip(x − λ)`` with the λ (bisection) that brings the sum to the limit."""
    out = np.clip(x, 0.0, 1.0)
    if limit is None or out.shape[-1] == 0:
        return out
    over = out.sum(-1) > limit
    if not over.any():
        return out
    v = x[over]
    lo = np.zeros(len(v))
    hi = np.maximum(v.max(-1), 0.0)
    for _ in range(40):
        mid = 0.5 * (lo + hi)
        s = np.clip(v - mid[:, None], 0.0, 1.0).sum(-1)
        big = s > limit
        lo = np.where(big, mid, lo)
        hi = np.where(big, hi, mid)
    out[over] = np.clip(v - hi[:, None], 0.0, 1.0)
    return out


def cap_total(planes: list[np.ndarray], limit: float, rows: int = 512) -> int:
    """Scale the coverages of every pixel whose ink sum is over ``limit`` down to it, in place, all
    inks by the same factor (the mix keeps its hue). Resampling the solved planes to the output
    resolution (bicubic, which overshoots at edges) is the one stage after the solve that adds ink;
    this brings the sheet back within the limit. Returns the number of pixels scaled."""
    if not planes:
        return 0
    scaled = 0
    for y in range(0, planes[0].shape[0], rows):
        band = [p[y : y + rows] for p in planes]
        total = np.add.reduce(band, dtype=np.float64)
        over = total > limit
        if over.any():
            factor = np.where(over, limit / np.maximum(total, 1e-12), 1.0).astype(np.float32)
            for b in band:
                b *= factor
            scaled += int(over.sum())
    return scaled


@dataclass
class PerceptualResult:
    """Nominal coverages (K, N) and their ΔE00 to the targets."""

    nominal: np.ndarray
    delta_e: np.ndarray


def _lab(model: InkModel, x: np.ndarray) -> np.ndarray:
    return model.lab_effective(tvi(x, model.dot_gain))


def _lm(
    model: InkModel, target: np.ndarray, x: np.ndarray, limit: float | None, weight: float, iterations: int
) -> np.ndarray:
    """Projected Levenberg–Marquardt on ``‖r‖² + weight·Σx`` from nominal ``x`` (K, N)."""
    k, n = x.shape
    h = 1e-3
    eye = np.eye(n)
    mu = np.full(k, 0.01)
    lab = _lab(model, x)
    r = de2000_residuals(lab, target)
    cost = (r * r).sum(-1) + weight * x.sum(-1)
    for _ in range(iterations):
        jac = np.empty((k, 3, n))
        for i in range(n):
            step = np.where(x[:, i] > 1.0 - h, -h, h)
            x2 = x.copy()
            x2[:, i] += step
            jac[:, :, i] = (de2000_residuals(_lab(model, x2), target) - r) / step[:, None]
        g = np.einsum("kci,kc->ki", jac, r) + 0.5 * weight
        # inks held at a bound that the gradient pushes against stay there (active set)
        held = ((x <= 0.0) & (g > 0)) | ((x >= 1.0) & (g < 0))
        jtj = np.einsum("kci,kcj->kij", jac, jac)
        a = jtj + mu[:, None, None] * (np.einsum("kii->ki", jtj)[:, :, None] * eye + 1e-4 * eye)
        a[held] = 0.0
        a += held[:, :, None] * eye
        g = np.where(held, 0.0, g)
        delta = -np.linalg.solve(a, g[..., None])[..., 0]
        trial = project_limit(x + delta, limit)
        lab_t = _lab(model, trial)
        r_t = de2000_residuals(lab_t, target)
        cost_t = (r_t * r_t).sum(-1) + weight * trial.sum(-1)
        better = cost_t < cost
        x[better], r[better], cost[better] = trial[better], r_t[better], cost_t[better]
        mu = np.where(better, mu * 0.3, mu * 5.0)
    return x


def solve_perceptual(
    model: InkModel,
    target_lab: np.ndarray,
    start_eff: np.ndarray,
    limit: float | None = None,
    tolerance: float = INK_TOLERANCE,
    ink_weight: float = INK_WEIGHT,
    iterations: int = 10,
) -> PerceptualResult:
    """Nominal coverages (K, N) minimising ΔE00 to ``target_lab`` (K, 3) from effective coverages
    ``start_eff`` (today's least-squares solution), with ``Σ nominal ≤ limit`` when given. With
    ``tolerance`` > 0, the solution that spends less ink (L1 weight ``ink_weight``) is kept where it
    costs at most ``tolerance`` ΔE00 more than the best."""
    x0 = project_limit(inverse_tvi(start_eff, model.dot_gain), limit)
    best = _lm(model, target_lab, x0, limit, 0.0, iterations)
    de_best = np.linalg.norm(de2000_residuals(_lab(model, best), target_lab), axis=-1)
    if limit is not None and model.n:
        # a second descent from the best mix within the limit: where the limit cuts deep, the
        # projected least-squares start can sit in the wrong corner of the allowed mixes
        table = CandidateTable(model, LIMIT_START_LEVELS.get(model.n), limit)
        eff_alt, _ = table.nearest(target_lab, k=LIMIT_START_CANDIDATES)
        alt = _lm(
            model,
            target_lab,
            project_limit(inverse_tvi(eff_alt, model.dot_gain), limit),
            limit,
            0.0,
            iterations,
        )
        de_alt = np.linalg.norm(de2000_residuals(_lab(model, alt), target_lab), axis=-1)
        # the other corner only where it is clearly better: neighbouring colours that both corners
        # serve about as well keep the same one, so they do not alternate (banding)
        take = de_alt < de_best - (ALT_MARGIN + ALT_MARGIN_RELATIVE * de_best)
        best = np.where(take[:, None], alt, best)
        de_best = np.where(take, de_alt, de_best)
    if tolerance <= 0 or ink_weight <= 0 or model.n < 2:
        return PerceptualResult(best, de_best)
    lean = _lm(model, target_lab, best.copy(), limit, ink_weight, max(3, iterations // 2))
    de_lean = np.linalg.norm(de2000_residuals(_lab(model, lean), target_lab), axis=-1)
    keep = (de_lean <= de_best + tolerance)[:, None]
    return PerceptualResult(np.where(keep, lean, best), np.where(keep[:, 0], de_lean, de_best))


def limit_price(
    model: InkModel, target_lab: np.ndarray, result: PerceptualResult, limit: float, iterations: int = 8
) -> np.ndarray:
    """ΔE00 each colour pays to the ink limit (K,): the constrained ΔE minus the ΔE of the same
    solve without the limit, for colours whose ink sum reached it; -1 for the others."""
    out = np.full(len(target_lab), -1.0)
    at = result.nominal.sum(-1) >= limit - 1e-3
    if not at.any():
        return out
    free = _lm(model, target_lab[at], result.nominal[at].astype(np.float64), None, 0.0, iterations)
    de_free = np.linalg.norm(de2000_residuals(_lab(model, free), target_lab[at]), axis=-1)
    out[at] = np.maximum(result.delta_e[at] - de_free, 0.0)
    return out


def smooth_solutions(
    model: InkModel,
    target_lab: np.ndarray,
    nominal: np.ndarray,
    best_de: np.ndarray,
    limit: float | None,
    budget: float = 0.3,
    neighbours: int = 12,
    rounds: int = 8,
    relative: float = 0.3,
) -> np.ndarray:
    """Smooth the coverages over colour space: each colour takes the mean coverages of itself and
    its nearest colours (CIELAB) wherever that costs at most ``budget`` ΔE00 plus ``relative`` times
    its own best ΔE00 (colours the ink limit keeps far from their target switch mixes with big
    jumps; they may give up a share of their error to follow their neighbours). Where
    two mixes reach neighbouring colours (a saturated red into black: red + blue, or black alone),
    their mean reaches about the same colour, so the switch from one mix to the other is spread
    over several colours instead of a jump (banding)."""
    k = min(neighbours + 1, len(nominal))
    _, nb = cKDTree(target_lab).query(target_lab, k=k)
    x = nominal.copy()
    for _ in range(rounds):
        avg = project_limit(x[nb].mean(axis=1), limit)
        de = np.linalg.norm(de2000_residuals(_lab(model, avg), target_lab), axis=-1)
        ok = de <= best_de * (1.0 + relative) + budget
        x[ok] = avg[ok]
    return x
