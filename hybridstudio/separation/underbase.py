"""Underbase, choke, highlight white and trapping (screen printing on dark garments and papers).

- **Underbase**: an opaque white printed (and flashed) first, so colours stay bright on a dark
  substrate. Here it is one of the inks the solver sees, so it gets exactly the coverage the colours
  above need (halftoned where they are dark).
- **Choke**: the underbase is shrunk (grey-level erosion, a disc of the choke radius) so it never
  peeks out around the colours; ~1 pt (0.35 mm) is the usual figure.
- **Highlight white**: an opaque white printed last, where the original is lighter than L* 80
  (ramping to solid at L* 95): it lifts the brightest highlights the colours over the underbase
  dull.
- **Trapping**: where a lighter ink meets a darker one printed later, the lighter one is spread
  under the darker by the trap width (grey dilation, kept inside the darker ink), so that press
  misregistration shows no gap of substrate. The darker ink's outline is unchanged.
"""

from __future__ import annotations

import cv2
import numpy as np

from .colours import srgb_to_lab
from .sets import Separation

POINT_MM = 25.4 / 72.0


def mm_to_px(mm: float, dpi: float) -> int:
    """A length in mm as a whole number of pixels at ``dpi`` (at least 0)."""
    return max(0, int(round(mm / 25.4 * dpi)))


def points_to_mm(points: float) -> float:
    """Typographic points (1/72 inch) to millimetres."""
    return points * POINT_MM


def _disc(radius: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))


def choke(coverage: np.ndarray, radius_px: int) -> np.ndarray:
    """Shrink a plane by ``radius_px`` (grey erosion with a disc)."""
    if radius_px <= 0:
        return coverage
    return cv2.erode(coverage.astype(np.float32), _disc(radius_px), borderType=cv2.BORDER_REPLICATE)


def spread(coverage: np.ndarray, radius_px: int) -> np.ndarray:
    """Grow a plane by ``radius_px`` (grey dilation with a disc)."""
    if radius_px <= 0:
        return coverage
    return cv2.dilate(coverage.astype(np.float32), _disc(radius_px), borderType=cv2.BORDER_REPLICATE)


def highlight_white(rgb: np.ndarray, start_l: float = 80.0, full_l: float = 95.0) -> np.ndarray:
    """Highlight-white coverage from the original's lightness: 0 below ``start_l``, 1 above ``full_l``."""
    lightness = srgb_to_lab(rgb)[..., 0]
    return np.clip((lightness - start_l) / (full_l - start_l), 0.0, 1.0).astype(np.float32)


def trap(separations: list[Separation], radius_px: int) -> list[str]:
    """Spread each lighter ink under the darker inks printed after it, in place. Returns notes."""
    if radius_px <= 0:
        return []
    seps = sorted(separations, key=lambda s: s.order)
    notes = []
    colour = [s for s in seps if s.role not in ("underbase", "highlight")]
    light = {id(s): float(srgb_to_lab(np.array(s.ink.srgb))[0]) for s in colour}
    for i, sep in enumerate(colour):
        darker_later = [t for t in colour[i + 1 :] if light[id(t)] < light[id(sep)]]
        if not darker_later:
            continue
        over = np.maximum.reduce([t.coverage for t in darker_later])
        grown = np.minimum(spread(sep.coverage, radius_px), over)
        sep.coverage = np.maximum(sep.coverage, grown).astype(np.float32)
        names = ", ".join(t.ink.name for t in darker_later)
        notes.append(f"{sep.ink.name} spread {radius_px} px under {names}")
    return notes
