"""Coverages of a given set of inks that reproduce target colours best (in CIELAB).

The forward model is :mod:`.composite`. Inverting it per colour:

1. a table of candidate coverage combinations (a regular grid over every ink when N ≤ 4, else
   over every trio of inks), each composited and converted to CIELAB;
2. for each target, the nearest candidate in CIELAB (a k-d tree) is the starting point;
3. a few damped Gauss–Newton (Levenberg–Marquardt) steps in CIELAB refine it inside [0, 1], with a
   small penalty on ink so that, where several mixes give the same colour, the leaner one wins.

Images are solved once per distinct (quantised) colour, not per pixel, so a film-sized image costs
little more than a small one.
Work is in *effective* coverage; nominal coverage is recovered through the inverse dot-gain curve.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .colours import delta_e2000, linear_to_srgb, srgb_to_lab
from .composite import ink_linear, inverse_tvi, mix_linear, tvi
from .sets import Ink

_TILE = 1 << 19
MAX_DISTINCT = 250_000
SOLVERS = ("perceptual", "least-squares")


@dataclass
class SolveOptions:
    """Which solver turns colours into coverages, and its ink rules. ``limit``: the most total
    nominal ink (sum of coverages, 0.85 = 85 %) the perceptual solve may lay; ``tolerance``: the
    ΔE2000 it may give up to save ink; ``stats`` (a dict) receives what the solve reports;
    ``smooth``: the ΔE2000 a colour may give up to follow its neighbours (no banding between
    mixes)."""

    solver: str = "perceptual"
    limit: float | None = None
    tolerance: float = 0.5
    stats: dict | None = None
    smooth: float = 0.15  # ΔE00 a colour may give up so its coverages follow its neighbours'


@dataclass
class InkModel:
    """A set of inks in print order on a substrate, with a dot gain: the forward print model."""

    inks: list[Ink]
    substrate: Ink
    dot_gain: float = 0.0

    def __post_init__(self) -> None:
        self.inks_lin = np.stack([ink_linear(i) for i in self.inks]) if self.inks else np.zeros((0, 3))
        self.opaque = np.array([i.hiding_power for i in self.inks], dtype=np.float64)
        self.sub_lin = ink_linear(self.substrate)

    @property
    def n(self) -> int:
        return len(self.inks)

    def srgb_effective(self, eff: np.ndarray) -> np.ndarray:
        """sRGB of effective coverages (..., N)."""
        return linear_to_srgb(
            mix_linear(eff, self.inks_lin, self.opaque, self.sub_lin, [i.km for i in self.inks])
        )

    def lab_effective(self, eff: np.ndarray) -> np.ndarray:
        """CIELAB D50 of effective coverages (..., N)."""
        return srgb_to_lab(self.srgb_effective(eff))

    def lab_nominal(self, nominal: np.ndarray) -> np.ndarray:
        return self.lab_effective(tvi(nominal, self.dot_gain))


def candidate_grid(n: int, levels: int | None = None) -> np.ndarray:
    """Coverage combinations to start from: a full grid for N ≤ 4, else all ink trios."""
    if n == 0:
        return np.zeros((1, 0))
    if levels is None:
        levels = {1: 65, 2: 33, 3: 13, 4: 8}.get(n, 6)
    steps = np.linspace(0.0, 1.0, levels)
    if n <= 4:
        return np.stack(np.meshgrid(*[steps] * n, indexing="ij"), axis=-1).reshape(-1, n)
    trio = np.stack(np.meshgrid(steps, steps, steps, indexing="ij"), axis=-1).reshape(-1, 3)
    out = []
    for idx in itertools.combinations(range(n), 3):
        block = np.zeros((len(trio), n))
        block[:, idx] = trio
        out.append(block)
    return np.unique(np.concatenate(out), axis=0)


class CandidateTable:
    """The candidate combinations of a model with their CIELAB, searchable by nearest colour."""

    def __init__(self, model: InkModel, levels: int | None = None, limit: float | None = None):
        self.eff = candidate_grid(model.n, levels)
        if limit is not None:  # only mixes whose total nominal ink stays within the limit
            self.eff = self.eff[inverse_tvi(self.eff, model.dot_gain).sum(-1) <= limit + 1e-9]
        self.lab = model.lab_effective(self.eff)
        from scipy.spatial import cKDTree  # lazy: scipy loads when a table is built, not with the CLI

        self.tree = cKDTree(self.lab)

    def nearest(self, target_lab: np.ndarray, k: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Effective coverages of the nearest candidates and their CIELAB: the nearest in CIELAB,
        or with ``k`` > 1 the one of smallest CIEDE2000 among the ``k`` nearest in CIELAB."""
        k = min(k, len(self.lab))
        if k <= 1:
            _, idx = self.tree.query(target_lab, k=1)
        else:
            near = np.asarray(self.tree.query(target_lab, k=k)[1])
            de = delta_e2000(np.repeat(target_lab[:, None], k, 1), self.lab[near])
            idx = near[np.arange(len(near)), de.argmin(1)]
        return self.eff[idx], self.lab[idx]


def refine(
    model: InkModel,
    target_lab: np.ndarray,
    eff: np.ndarray,
    iterations: int = 8,
    ink_penalty: float = 1.0,
    fixed: np.ndarray | None = None,
) -> np.ndarray:
    """Levenberg–Marquardt in CIELAB from ``eff`` (K, N), kept inside [0, 1]. ``fixed`` (N,) bool
    marks inks held at their starting value (e.g. black fixed by black generation)."""
    k, n = eff.shape
    if n == 0 or k == 0:
        return eff
    free = np.ones(n, dtype=bool) if fixed is None else ~fixed
    eff = eff.copy()
    mu = np.full(k, 1.0)
    h = 1e-3
    w = float(ink_penalty)

    def cost(e: np.ndarray, lab: np.ndarray) -> np.ndarray:
        return ((lab - target_lab) ** 2).sum(-1) + w * (e**2).sum(-1)

    lab = model.lab_effective(eff)
    c = cost(eff, lab)
    for _ in range(iterations):
        # forward differences, stepping inward at the upper bound
        jac = np.empty((k, 3, n))
        for i in range(n):
            if not free[i]:
                jac[:, :, i] = 0.0
                continue
            step = np.where(eff[:, i] > 1.0 - h, -h, h)
            e2 = eff.copy()
            e2[:, i] += step
            jac[:, :, i] = (model.lab_effective(e2) - lab) / step[:, None]
        r = lab - target_lab
        jtj = np.einsum("kci,kcj->kij", jac, jac) + w * np.eye(n)
        g = np.einsum("kci,kc->ki", jac, r) + w * eff
        g[:, ~free] = 0.0
        a = jtj + mu[:, None, None] * np.eye(n) * (np.einsum("kii->ki", jtj)[:, :, None] + 1e-6)
        delta = -np.linalg.solve(a, g[..., None])[..., 0]
        delta[:, ~free] = 0.0
        trial = np.clip(eff + delta, 0.0, 1.0)
        lab_t = model.lab_effective(trial)
        c_t = cost(trial, lab_t)
        better = c_t < c
        eff[better], lab[better], c[better] = trial[better], lab_t[better], c_t[better]
        mu = np.where(better, mu * 0.3, mu * 4.0)
    return eff


def solve_colours(
    model: InkModel,
    target_lab: np.ndarray,
    table: CandidateTable | None = None,
    iterations: int = 8,
    preset: np.ndarray | None = None,
) -> np.ndarray:
    """Effective coverages (K, N) that best reproduce ``target_lab`` (K, 3). ``preset`` (K, N) holds
    coverages decided beforehand (e.g. highlight white), NaN where the solver is free; preset
    columns must be preset for every row."""
    table = table or CandidateTable(model)
    start, _ = table.nearest(target_lab)
    fixed = None
    if preset is not None:
        fixed = ~np.isnan(preset).any(axis=0)
        start = np.where(np.isnan(preset), start, preset)
    return refine(model, target_lab, start, iterations=iterations, fixed=fixed)


def drop_hidden(model: InkModel, eff: np.ndarray, visible_below: float = 0.03) -> np.ndarray:
    """Remove ink that opaque inks printed later hide almost entirely (in place): where less than
    ``visible_below`` of an ink can still be seen, it only wastes ink and drying time."""
    n = model.n
    visible = np.ones(len(eff))
    for i in range(n - 1, -1, -1):
        if i < n - 1:
            h = float(model.opaque[i + 1])
            visible = visible * (1.0 - h * eff[:, i + 1])
        eff[visible < visible_below, i] = 0.0
    return eff


def _keys(rgb: np.ndarray, bits: int) -> np.ndarray:
    q = np.round(np.clip(rgb, 0.0, 1.0) * ((1 << bits) - 1)).astype(np.int32)
    return (q[..., 0] << (2 * bits)) | (q[..., 1] << bits) | q[..., 2]


def separate_image(
    model: InkModel,
    rgb: np.ndarray,
    bits: int | None = None,
    check: Callable[[], None] | None = None,
    preset: Callable[[np.ndarray], np.ndarray] | None = None,
    solve: SolveOptions | None = None,
) -> list[np.ndarray]:
    """Nominal coverage planes (float32 HxW, print order) reproducing ``rgb`` with ``model``.

    Every distinct colour of the image, quantised to ``bits`` per channel (7; 6 when there are more
    than ``MAX_DISTINCT`` such colours: at most ~1 ΔE from the exact colour), is solved once, then
    mapped back in row tiles. ``preset`` maps sRGB colours (K, 3) to fixed effective coverages
    (K, N), NaN = free. ``solve`` picks the solver (least squares in CIELAB, or the perceptual
    solve of :mod:`.perceptual` with its ink limit); its ``stats`` receive the ΔE price of the
    limit."""
    h, w, _ = rgb.shape
    rows = max(1, _TILE // max(w, 1))

    def distinct(b: int) -> np.ndarray:
        return np.unique(np.concatenate([np.unique(_keys(rgb[y : y + rows], b)) for y in range(0, h, rows)]))

    uniq = distinct(bits or 7)
    if bits is None:
        bits = 7
        if len(uniq) > MAX_DISTINCT:  # a very colourful, large image: 6 bits keep it to seconds
            bits = 6
            uniq = distinct(6)
    mask = (1 << bits) - 1
    colours = np.stack([(uniq >> (2 * bits)) & mask, (uniq >> bits) & mask, uniq & mask], -1) / mask
    solve = solve or SolveOptions()
    table = CandidateTable(model)
    eff = np.empty((len(uniq), model.n), dtype=np.float32)
    nominal = np.empty((len(uniq), model.n), dtype=np.float32)
    price = np.full(len(uniq), -1.0)  # ΔE paid to the ink limit; -1 where it is not reached
    best_de = np.full(len(uniq), np.nan)  # perceptual: each colour's ΔE00 before smoothing
    for s in range(0, len(uniq), 16384):
        if check is not None:
            check()
        chunk = colours[s : s + 16384]
        fixed = preset(chunk) if preset is not None else None
        target = srgb_to_lab(chunk)
        start = solve_colours(model, target, table, preset=fixed)
        if solve.solver == "perceptual" and fixed is None:
            # lazy: import cycle (separation.perceptual → separation.unmix)
            from .perceptual import limit_price, solve_perceptual

            res = solve_perceptual(model, target, start, solve.limit, solve.tolerance)
            nominal[s : s + 16384] = res.nominal
            best_de[s : s + 16384] = res.delta_e
            if solve.limit is not None:
                price[s : s + 16384] = limit_price(model, target, res, solve.limit)
        else:
            eff[s : s + 16384] = start
            drop_hidden(model, eff[s : s + 16384])
            nominal[s : s + 16384] = inverse_tvi(eff[s : s + 16384], model.dot_gain)
    if solve.solver == "perceptual" and preset is None and solve.smooth > 0 and len(uniq) > 1:
        # lazy: import cycle (separation.perceptual → separation.unmix)
        from .perceptual import smooth_solutions

        nominal[:] = smooth_solutions(
            model, srgb_to_lab(colours), nominal.astype(np.float64), best_de, solve.limit, solve.smooth
        )
    planes = [np.empty((h, w), dtype=np.float32) for _ in range(model.n)]
    counts = np.zeros(len(uniq))
    for y in range(0, h, rows):
        idx = np.searchsorted(uniq, _keys(rgb[y : y + rows], bits))
        counts += np.bincount(idx.ravel(), minlength=len(uniq))
        vals = nominal[idx]
        for i in range(model.n):
            planes[i][y : y + rows] = vals[..., i]
    if solve.stats is not None:
        solve.stats.update(
            {"solver": solve.solver, "colours_solved": int(len(uniq)), "quantisation_bits": bits}
        )
        if solve.solver == "perceptual" and solve.limit is not None:
            total = max(float(counts.sum()), 1.0)
            solve.stats["ink_limit"] = {
                "limit_percent": round(solve.limit * 100, 1),
                "pixels_at_limit_percent": round(float(counts[price >= 0].sum() / total) * 100, 2),
                "delta_e2000_price_mean": round(float((counts * np.maximum(price, 0)).sum() / total), 4),
            }
    return planes


def solid_combinations(n: int) -> np.ndarray:
    """All 2ᴺ solid overprints (0/1 coverages), the bare substrate first."""
    return np.array(list(itertools.product((0.0, 1.0), repeat=n))) if n else np.zeros((1, 0))


def hard_separate(
    model: InkModel,
    rgb: np.ndarray,
    check: Callable[[], None] | None = None,
) -> list[np.ndarray]:
    """Hard-edged planes: each pixel gets the nearest solid overprint (or bare substrate), 0 or 1."""
    combos = solid_combinations(model.n)
    from scipy.spatial import cKDTree  # lazy: scipy loads when hard_separate() runs, not with the CLI

    tree = cKDTree(model.lab_effective(combos))
    h, w, _ = rgb.shape
    out = np.empty((h * w, model.n), dtype=np.float32)
    flat = rgb.reshape(-1, 3)
    for s in range(0, h * w, _TILE):
        if check is not None:
            check()
        _, idx = tree.query(srgb_to_lab(flat[s : s + _TILE]))
        out[s : s + _TILE] = combos[idx]
    return [out[:, i].reshape(h, w) for i in range(model.n)]


@lru_cache(maxsize=4096)
def _lightness(srgb: tuple[float, float, float]) -> float:
    return float(srgb_to_lab(np.array(srgb))[0])


def order_light_to_dark(inks: Sequence[Ink]) -> list[Ink]:
    """Print order: lightest first (opaque inks cover, so the darkest lands on top)."""
    return sorted(inks, key=lambda i: -_lightness(tuple(i.srgb)))
