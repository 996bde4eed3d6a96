"""Method 1 — spot colours: N solid inks, picked by the user or found by clustering in CIELAB.

Automatic palettes: k-means (OpenCV) on CIELAB of a pixel sample, with one cluster more than asked
for; the cluster nearest the substrate (within ΔE2000 20) is the bare paper and gets no ink. With
``n = 0`` the number of inks grows until the posterised image is within a target mean ΔE2000.

Coverage: *smooth* solves every colour for the best mix of the inks (halftone-ready tints and
overprints, :mod:`.unmix`); *hard* gives each pixel the nearest solid overprint or bare substrate.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from .colours import delta_e2000, lab_to_srgb, srgb_to_lab, triple
from .sets import Ink
from .unmix import InkModel, SolveOptions, hard_separate, separate_image

MAX_AUTO_INKS = 8
SAMPLE = 40_000


def pixel_sample(
    rgb: np.ndarray, mask: np.ndarray | None = None, count: int = SAMPLE, seed: int = 0
) -> np.ndarray:
    """A reproducible random sample of (visible) pixels, (K, 3)."""
    flat = rgb.reshape(-1, 3)
    if mask is not None:
        flat = flat[mask.reshape(-1)]
    if len(flat) <= count:
        return flat.astype(np.float64)
    idx = np.random.default_rng(seed).choice(len(flat), count, replace=False)
    return flat[idx].astype(np.float64)


def kmeans_lab(lab: np.ndarray, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """k-means in CIELAB (OpenCV, k-means++ start, 3 attempts): centres (k, 3), labels (K,)."""
    k = max(1, min(k, len(lab)))
    cv2.setRNGSeed(seed)
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 50, 0.1)
    _, labels, centres = cv2.kmeans(lab.astype(np.float32), k, None, criteria, 3, cv2.KMEANS_PP_CENTERS)
    return centres.astype(np.float64), labels.ravel()


def auto_palette(
    sample_rgb: np.ndarray, n: int, substrate: Ink, opacity: str = "transparent", seed: int = 0
) -> list[Ink]:
    """N ink colours clustered from the image, leaving out the cluster that is the bare substrate."""
    lab = srgb_to_lab(sample_rgb)
    centres, _ = kmeans_lab(lab, n + 1, seed)
    sub_lab = srgb_to_lab(np.array(substrate.srgb))
    de = delta_e2000(centres, np.broadcast_to(sub_lab, centres.shape))
    if de.min() < 20.0 and len(centres) > n:
        centres = np.delete(centres, int(de.argmin()), axis=0)
    else:
        centres, _ = kmeans_lab(lab, n, seed)
    centres = centres[np.argsort(-centres[:, 0])]  # light to dark: the print order
    inks = []
    for k, c in enumerate(centres, start=1):
        rgb = lab_to_srgb(c)
        hx = "#" + "".join(f"{round(v * 255):02x}" for v in rgb)
        inks.append(
            Ink(
                name=f"Spot {k} {hx}",
                srgb=triple(rgb),
                lab=triple([round(float(v), 2) for v in c]),
                opacity=opacity,
            )
        )
    return inks


def auto_count(
    sample_rgb: np.ndarray, target_de: float = 6.0, maximum: int = MAX_AUTO_INKS, seed: int = 0
) -> int:
    """Smallest N whose k-means posterisation (N colours + paper) has mean ΔE2000 ≤ ``target_de``."""
    lab = srgb_to_lab(sample_rgb[:8000])
    for n in range(1, maximum + 1):
        centres, labels = kmeans_lab(lab, n + 1, seed)
        if float(delta_e2000(lab, centres[labels]).mean()) <= target_de:
            return n
    return maximum


def spot_planes(
    rgb: np.ndarray,
    inks: list[Ink],
    substrate: Ink,
    dot_gain: float,
    edges: str = "smooth",
    check: Callable[[], None] | None = None,
    solve: SolveOptions | None = None,
) -> list[np.ndarray]:
    """Coverage planes for the inks (already in print order)."""
    model = InkModel(inks, substrate, dot_gain)
    if edges == "hard":
        return hard_separate(model, rgb, check)
    return separate_image(model, rgb, check=check, solve=solve)
