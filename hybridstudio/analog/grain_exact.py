"""Exact Boolean-model grain renderer: the slow reference for small patches.

Every grain is drawn. The film gate is cut into square cells of fixed physical size; each cell's
grains come from a counter-based hash of (seed, cell column, cell row, grain number), so the grain
field is a deterministic function of the position on the film, whatever the pixel pitch: a render
at twice the resolution shows the same grains. Grains follow a Poisson process thinned from a fixed
maximum intensity to λ(u) at each grain's centre (u sampled from the image, piecewise constant per
pixel). Each pixel integrates the covered area over its square on an m×m sub-grid, after an
optional Gaussian (dye cloud / optical) blur. Cost grows with the number of grains: use it for
patches of a few hundred pixels, and :mod:`.grain_fast` for images.
"""

from __future__ import annotations

import cv2
import numpy as np
from scipy.spatial import cKDTree
from scipy.stats import poisson

from .grain_model import U_CAP, intensity, radius_nodes

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLD = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 arithmetic wraps, as intended)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def hash_uniform(seed: int, stream: int, *keys: np.ndarray) -> np.ndarray:
    """Uniform numbers in [0, 1) that depend only on the seed, the stream and the integer keys."""
    with np.errstate(over="ignore"):
        h = np.full(np.broadcast(*keys).shape, np.uint64((seed * 0x632BE59BD9B4E019 + stream) & (2**64 - 1)))
        for k in keys:
            h = _mix(h ^ (np.asarray(k).astype(np.int64).view(np.uint64) + _GOLD))
        h = _mix(h)
    return (h >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)


def draw_grains(
    x0: float, y0: float, x1: float, y1: float, u_at, radii: np.ndarray, seed: int, cell_um: float
) -> tuple[np.ndarray, np.ndarray]:
    """Grain centres (N×2, µm) and radii (N) covering the window [x0,x1)×[y0,y1) on the film.

    ``u_at(x, y)`` gives the grey level (coverage) at film positions. Candidates come at the fixed
    intensity λ(U_CAP) and are kept with probability λ(u)/λ(U_CAP): an exact inhomogeneous Poisson
    process whose candidates do not depend on the image or the resolution.
    """
    lam_max = float(intensity(U_CAP, radii))
    cx = np.arange(int(np.floor(x0 / cell_um)), int(np.floor(x1 / cell_um)) + 1)
    cy = np.arange(int(np.floor(y0 / cell_um)), int(np.floor(y1 / cell_um)) + 1)
    grid_x, grid_y = np.meshgrid(cx, cy)
    gx, gy = grid_x.ravel(), grid_y.ravel()
    counts = poisson.ppf(hash_uniform(seed, 0, gx, gy), lam_max * cell_um * cell_um)
    counts = np.clip(np.nan_to_num(counts, nan=0.0), 0, None).astype(np.int64)  # ppf(0) is -1
    cell = np.repeat(np.arange(gx.size), counts)
    k = np.arange(cell.size) - np.repeat(np.cumsum(counts) - counts, counts)
    ix, iy = gx[cell], gy[cell]
    px = (ix + hash_uniform(seed, 1, ix, iy, k)) * cell_um
    py = (iy + hash_uniform(seed, 2, ix, iy, k)) * cell_um
    mark = hash_uniform(seed, 3, ix, iy, k)
    cls = np.minimum((hash_uniform(seed, 4, ix, iy, k) * radii.size).astype(np.int64), radii.size - 1)
    keep = mark * lam_max < intensity(u_at(px, py), radii)
    return np.stack([px[keep], py[keep]], axis=1), radii[cls[keep]]


def render_exact(
    u: np.ndarray,
    pitch_um: float,
    radius_um: float,
    spread: float = 0.0,
    blur_um: float = 0.0,
    seed: int = 0,
    origin_um: tuple[float, float] = (0.0, 0.0),
    supersample: int | None = None,
) -> np.ndarray:
    """Render the Boolean model over a grey-level patch ``u`` (H×W, coverage 0..1).

    ``pitch_um`` is the pixel size on the film, ``origin_um`` the film position of the patch's
    top-left corner; ``supersample`` (default: automatic) is the number of coverage samples per
    pixel side. Returns the covered fraction of each pixel (float32 H×W).
    """
    u = np.asarray(u, dtype=np.float64)
    h, w = u.shape
    radii = radius_nodes(radius_um, spread)
    rmax = float(np.max(radii))
    ox, oy = origin_um
    margin = rmax + 4.0 * blur_um
    x0, y0 = ox - margin, oy - margin
    x1, y1 = ox + w * pitch_um + margin, oy + h * pitch_um + margin

    def u_at(px: np.ndarray, py: np.ndarray) -> np.ndarray:
        i = np.clip(((py - oy) / pitch_um).astype(np.int64), 0, h - 1)
        j = np.clip(((px - ox) / pitch_um).astype(np.int64), 0, w - 1)
        return np.minimum(u[i, j], U_CAP)

    cell = max(2.0 * rmax, 4.0 * float(np.mean(radii)))
    centres, r = draw_grains(x0, y0, x1, y1, u_at, radii, seed, cell)
    # sub-samples per pixel side: at least 8, and a spacing of at most a third of the mean radius
    m = int(supersample or min(64, max(8, int(np.ceil(3.0 * pitch_um / float(np.mean(radii)))))))
    step = pitch_um / m
    pad = int(np.ceil(4.0 * blur_um / step)) if blur_um > 0 else 0
    xs = ox + (np.arange(-pad, w * m + pad) + 0.5) * step
    ys = oy + (np.arange(-pad, h * m + pad) + 0.5) * step
    gx, gy = np.meshgrid(xs, ys)
    pts = np.stack([gx.ravel(), gy.ravel()], axis=1)
    covered: np.ndarray = np.zeros(pts.shape[0], dtype=bool)
    if centres.shape[0]:
        tree = cKDTree(centres)
        kk = 1 if radii.size == 1 else 16
        dist, idx = tree.query(pts, k=kk, distance_upper_bound=rmax)
        if kk == 1:
            covered = np.asarray(dist < rmax)
        else:
            valid = idx < centres.shape[0]
            rr = np.where(valid, r[np.minimum(idx, centres.shape[0] - 1)], 0.0)
            covered = np.any(dist < rr, axis=1)
    fine: np.ndarray = covered.reshape(gy.shape).astype(np.float32)
    if blur_um > 0:
        fine = cv2.GaussianBlur(fine, (0, 0), blur_um / step, borderType=cv2.BORDER_REFLECT)
        fine = fine[pad : pad + h * m, pad : pad + w * m]
    return fine.reshape(h, m, w, m).mean(axis=(1, 3)).astype(np.float32)
