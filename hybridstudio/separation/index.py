"""Method 3 — index separations: N colours, every output pixel exactly one of them (or the bare
substrate), dithered at the output resolution. Each colour becomes a separation of square, same-size
"dots" (0 or 100 %), which hold detail with little moiré and little dot gain.

Dithers:

- ``diffusion``: Floyd–Steinberg error diffusion by Pillow's quantiser (C, fast) to the palette;
- ``blue-noise``: ordered dithering with a blue-noise threshold tile (void-and-cluster, 64×64,
  generated once): each pixel is offset in CIELAB by the tile's threshold scaled to the palette's
  spacing, then mapped to the nearest palette colour. No error travels, so tiles of a film-sized
  image are independent.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from PIL import Image

from .colours import delta_e2000, srgb_to_lab
from .composite import ink_linear, ink_srgb, linear_to_srgb
from .sets import Ink

DITHERS = ("diffusion", "blue-noise", "none")
_TILE_ROWS = 512


@lru_cache(maxsize=2)
def blue_noise_tile(size: int = 64, sigma: float = 1.5, seed: int = 0) -> np.ndarray:
    """A (size, size) blue-noise threshold map in (0, 1) by Ulichney's void-and-cluster method."""
    rng = np.random.default_rng(seed)
    n = size * size

    def energy(pattern: np.ndarray) -> np.ndarray:
        from scipy.ndimage import gaussian_filter  # lazy: scipy loads on use, not with the CLI

        return gaussian_filter(pattern.astype(np.float64), sigma, mode="wrap")

    pattern = np.zeros((size, size), dtype=bool)
    pattern.flat[rng.choice(n, n // 10, replace=False)] = True
    while True:  # spread the initial points: move the tightest cluster's point into the largest void
        e = energy(pattern)
        cluster = np.unravel_index(np.where(pattern, e, -np.inf).argmax(), pattern.shape)
        pattern[cluster] = False
        e = energy(pattern)
        void = np.unravel_index(np.where(pattern, np.inf, e).argmin(), pattern.shape)
        if void == cluster:
            pattern[cluster] = True
            break
        pattern[void] = True
    rank = np.zeros((size, size), dtype=np.int64)
    ones = int(pattern.sum())
    p = pattern.copy()
    for r in range(ones - 1, -1, -1):  # remove cluster points, ranking them downwards
        e = energy(p)
        c = np.unravel_index(np.where(p, e, -np.inf).argmax(), p.shape)
        p[c] = False
        rank[c] = r
    p = pattern.copy()
    for r in range(ones, n):  # fill voids, ranking upwards
        e = energy(p)
        v = np.unravel_index(np.where(p, np.inf, e).argmin(), p.shape)
        p[v] = True
        rank[v] = r
    return ((rank + 0.5) / n).astype(np.float32)


def palette_colours(inks: list[Ink], substrate: Ink) -> np.ndarray:
    """(N+1, 3) sRGB: the substrate first (no ink), then each ink printed solid on it (opaque inks
    show their own colour, transparent ones multiply over the substrate)."""
    sub_lin = ink_linear(substrate)
    cols = [ink_srgb(substrate)]
    for ink in inks:
        lin = ink_linear(ink) if ink.opacity == "opaque" else ink_linear(ink) * sub_lin
        cols.append(linear_to_srgb(lin))
    return np.array(cols, dtype=np.float64)


def index_labels(
    rgb: np.ndarray, palette: np.ndarray, dither: str = "diffusion", check: Callable[[], None] | None = None
) -> np.ndarray:
    """Per-pixel palette index (uint8 HxW) for an sRGB image at output resolution."""
    if dither not in DITHERS:
        raise ValueError(f"dither must be one of {', '.join(DITHERS)}")
    h, w, _ = rgb.shape
    if dither == "diffusion":
        pal_img = Image.new("P", (1, 1))
        flat = np.round(palette * 255).astype(np.uint8).ravel().tolist()
        pal_img.putpalette(flat + flat[:3] * (256 - len(palette)))
        src = Image.fromarray(np.round(np.clip(rgb, 0, 1) * 255).astype(np.uint8))
        out = np.asarray(src.quantize(palette=pal_img, dither=Image.Dither.FLOYDSTEINBERG))
        out = out.astype(np.uint8)
        out[out >= len(palette)] = 0  # padding entries repeat the substrate
        return out
    pal_lab = srgb_to_lab(palette)
    from scipy.spatial import cKDTree  # lazy: scipy loads on use, not with the CLI

    tree = cKDTree(pal_lab)
    labels = np.empty((h, w), dtype=np.uint8)
    if dither == "blue-noise":
        d = np.sqrt(((pal_lab[:, None] - pal_lab[None]) ** 2).sum(-1))
        d[d == 0] = np.inf
        spread = float(np.median(d.min(axis=1)))
        tile = blue_noise_tile()
        ts = tile.shape[0]
    for y in range(0, h, _TILE_ROWS):
        if check is not None:
            check()
        lab = srgb_to_lab(rgb[y : y + _TILE_ROWS])
        if dither == "blue-noise":
            rows = lab.shape[0]
            t = np.tile(tile, (rows // ts + 2, w // ts + 1))
            off = y % ts
            thr = t[off : off + rows, :w] - 0.5
            lab = lab + thr[..., None] * spread * np.array([1.0, 1.0, 1.0])
        _, idx = tree.query(lab.reshape(-1, 3))
        labels[y : y + _TILE_ROWS] = idx.reshape(lab.shape[:2]).astype(np.uint8)
    return labels


def index_planes(labels: np.ndarray, n_inks: int) -> list[np.ndarray]:
    """One 0/1 plane per ink from palette indices (index 0 is the bare substrate)."""
    return [(labels == k + 1).astype(np.float32) for k in range(n_inks)]


def palette_error(sample_rgb: np.ndarray, palette: np.ndarray) -> float:
    """Mean ΔE2000 of the sample to its nearest palette colour (no dither): how well N colours fit."""
    lab = srgb_to_lab(sample_rgb)
    pal = srgb_to_lab(palette)
    from scipy.spatial import cKDTree  # lazy: scipy loads on use, not with the CLI

    _, idx = cKDTree(pal).query(lab)
    return float(delta_e2000(lab, pal[idx]).mean())
