"""Risograph specifics: 600 dpi masters (one greyscale file per drum), the 85 % ink limit, riso dot
gain in the preview (the library's ``dot_gain``, 0.25 by default) and a misregistration preview.

A riso drum lands within about ±0.5 mm of where it should; the preview shifts every drum after the
first by a reproducible random offset of up to that much and composites again, so a student sees
whether thin outlines and knock-outs survive. The report gives ΔE2000 between the registered and
misregistered predictions: small means forgiving.
"""

from __future__ import annotations

import numpy as np

from .composite import composite_of
from .sets import Separation, SeparationSet

RISO_DPI = 600.0
RISO_INK_LIMIT = 0.85


def shift_plane(plane: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Move a coverage plane by whole pixels; uncovered edges get no ink."""
    out = np.zeros_like(plane)
    h, w = plane.shape
    ys, yd = (slice(0, h - dy), slice(dy, h)) if dy >= 0 else (slice(-dy, h), slice(0, h + dy))
    xs, xd = (slice(0, w - dx), slice(dx, w)) if dx >= 0 else (slice(-dx, w), slice(0, w + dx))
    out[yd, xd] = plane[ys, xs]
    return out


def misregistered(
    sepset: SeparationSet,
    max_mm: float = 0.5,
    seed: int = 0,
) -> tuple[np.ndarray, list[dict]]:
    """The composite with every drum but the first shifted by up to ``max_mm`` (x and y)."""
    rng = np.random.default_rng(seed)
    px = max_mm / 25.4 * sepset.dpi
    shifted = []
    offsets = []
    for k, sep in enumerate(sorted(sepset.separations, key=lambda s: s.order)):
        dx, dy = (0, 0) if k == 0 else (int(round(v)) for v in rng.uniform(-px, px, 2))
        offsets.append(
            {
                "ink": sep.ink.name,
                "dx_mm": round(dx / sepset.dpi * 25.4, 3),
                "dy_mm": round(dy / sepset.dpi * 25.4, 3),
            }
        )
        shifted.append(
            Separation(sep.ink, shift_plane(sep.coverage, dx, dy), sep.order, sep.role, dict(sep.meta))
        )
    moved = SeparationSet(shifted, sepset.substrate, sepset.dpi, press=dict(sepset.press))
    return composite_of(moved), offsets
