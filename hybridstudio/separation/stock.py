"""Method 2 — best N inks from stock: choose the N inks of a library, and their coverages, that
minimise ΔE2000 between the original and the predicted print.

Search (on a 1 200-pixel sample of the image, so a library of 80 inks takes seconds):

1. score(set) = mean ΔE2000 between each sample pixel and the nearest mix of the set's inks on a
   coarse coverage grid (CIELAB k-d tree, see :mod:`.unmix`), inks printed light to dark;
2. two starting sets: greedy forward selection (add the ink that lowers the score most, N times;
   scored on the first 400 sample pixels), and the library inks nearest to a k-means palette;
3. swap descent from the better start: replace one chosen ink by the best alternative (screened on
   the small sample, confirmed on the whole sample) while the score drops.

The winner is then separated at full resolution with the refined solver. Scores are cached per set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..core.i18n import QT_TRANSLATE_NOOP, Message
from .colours import delta_e2000, srgb_to_lab
from .index import palette_colours
from .sets import Ink
from .spot import kmeans_lab
from .unmix import CandidateTable, InkModel, order_light_to_dark

SEARCH_SAMPLE = 1200
GREEDY_SAMPLE = 400
_SEARCH_LEVELS = {1: 33, 2: 17, 3: 9, 4: 6}


@dataclass
class StockChoice:
    """The chosen inks (print order), the search score and what the search did."""

    inks: list[Ink]
    sample_mean_de: float
    evaluated: int
    start: str
    history: list[dict] = field(default_factory=list)


class _Scorer:
    def __init__(
        self,
        candidates: list[Ink],
        substrate: Ink,
        dot_gain: float,
        target_lab: np.ndarray,
        mode: str = "mix",
        limit: float | None = None,
    ):
        self.limit = limit
        self.candidates = candidates
        self.substrate = substrate
        self.dot_gain = dot_gain
        self.target = target_lab
        self.mode = mode
        self.cache: dict[frozenset[int], float] = {}

    def inks(self, idx: frozenset[int] | tuple[int, ...]) -> list[Ink]:
        return order_light_to_dark([self.candidates[i] for i in idx])

    def __call__(self, idx: frozenset[int]) -> float:
        if idx in self.cache:
            return self.cache[idx]
        if self.mode == "palette":  # index separations: each pixel one solid ink or the substrate
            from scipy.spatial import cKDTree  # lazy: scipy loads on use, not with the CLI

            pal = srgb_to_lab(palette_colours(self.inks(idx), self.substrate))
            _, nearest = cKDTree(pal).query(self.target)
            lab = pal[nearest]
        else:
            model = InkModel(self.inks(idx), self.substrate, self.dot_gain)
            table = CandidateTable(model, _SEARCH_LEVELS.get(len(idx), 5), self.limit)
            _, lab = table.nearest(self.target)
        score = float(delta_e2000(self.target, lab).mean())
        self.cache[idx] = score
        return score


def best_inks(
    sample_rgb: np.ndarray,
    candidates: list[Ink],
    n: int,
    substrate: Ink,
    dot_gain: float,
    check: Callable[[], None] | None = None,
    progress: Callable[[float, str], None] | None = None,
    seed: int = 0,
    mode: str = "mix",
    required: list[Ink] | None = None,
    limit: float | None = None,
) -> StockChoice:
    """Choose ``n`` of ``candidates`` for the image sample (K, 3 sRGB). ``n`` ≤ len(candidates).
    ``mode`` "mix" scores halftone mixes of the inks; "palette" scores each pixel as one solid ink or
    bare substrate (for index separations). ``required`` inks (e.g. the black drum that is always
    in the machine) are part of every set tried. With a total-ink ``limit`` (riso 0.85), sets are
    scored only on mixes within it: a set whose colours need more ink than the press takes loses."""
    if n > len(candidates):
        raise ValueError(f"asked for {n} inks but the library offers {len(candidates)}")
    candidates = list(candidates)
    rng = np.random.default_rng(seed)
    sample = (
        sample_rgb
        if len(sample_rgb) <= SEARCH_SAMPLE
        else sample_rgb[rng.choice(len(sample_rgb), SEARCH_SAMPLE, replace=False)]
    )
    target = srgb_to_lab(sample)
    score = _Scorer(candidates, substrate, dot_gain, target, mode, limit)
    quick = _Scorer(candidates, substrate, dot_gain, target[:GREEDY_SAMPLE], mode, limit)
    m = len(candidates)
    history: list[dict] = []

    def tick(msg: str) -> None:
        if check is not None:
            check()
        if progress is not None:
            progress(min(0.95, len(score.cache) / max(1, m * n * 2)), msg)

    fixed: frozenset[int] = frozenset()
    for ink in required or []:
        if ink not in candidates:
            candidates.append(ink)  # a required ink outside the searchable list (e.g. deduplicated)
        fixed = fixed | {candidates.index(ink)}
    m = len(candidates)
    if len(fixed) > n:
        raise ValueError(f"{len(fixed)} required inks but only {n} asked for")
    # greedy forward selection
    chosen: frozenset[int] = fixed
    for step in range(len(fixed), n):
        tick(Message("Progress", QT_TRANSLATE_NOOP("Progress", "choosing ink {k} of {n}"), k=step + 1, n=n))
        best = min((i for i in range(m) if i not in chosen), key=lambda i: quick(chosen | {i}))
        chosen = chosen | {best}
    greedy = chosen
    # the library inks nearest to a k-means palette of the image
    centres, _ = kmeans_lab(target, n, seed)
    ink_lab = srgb_to_lab(np.array([c.srgb for c in candidates]))
    seeded: set[int] = set(fixed)
    for c in centres:
        if len(seeded) >= n:
            break
        order = np.argsort(delta_e2000(ink_lab, np.broadcast_to(c, ink_lab.shape)))
        seeded.add(int(next(i for i in order if int(i) not in seeded)))
    kmeans_start = frozenset(seeded)
    starts = {"greedy": greedy, "k-means nearest": kmeans_start}
    start_name, current = min(starts.items(), key=lambda kv: score(kv[1]))
    history.append(
        {"step": "start", "from": start_name, "scores": {k: round(score(v), 3) for k, v in starts.items()}}
    )
    # swap descent
    improved = True
    while improved:
        improved = False
        for out in sorted(current - fixed):
            tick(QT_TRANSLATE_NOOP("Progress", "trying ink swaps"))
            rest = current - {out}
            options = [i for i in range(m) if i not in current]
            if not options:
                break
            cand = min(options, key=lambda i: quick(rest | {i}))  # screened on the small sample
            if score(rest | {cand}) < score(current) - 1e-9:
                history.append(
                    {
                        "step": "swap",
                        "out": candidates[out].name,
                        "in": candidates[cand].name,
                        "score": round(score(rest | {cand}), 3),
                    }
                )
                current = rest | {cand}
                improved = True
                break
    return StockChoice(
        inks=score.inks(current),
        sample_mean_de=round(score(current), 3),
        evaluated=len(score.cache) + len(quick.cache),
        start=start_name,
        history=history,
    )
