"""White noise tied to positions on the film, integrated over each pixel's area.

The grain's random source is one white-noise field W on the film plane, the same for every render
of a negative. It is held on a pyramid of square lattices of 6·2^k µm cells (k = −8 … 9, from
0.023 µm to 3 mm; 6 µm is the pixel of a 6000-pixel 135 frame, so that common export reads the
lattice directly): the value of a cell is ∫W over it, normalised to unit variance. The 3 mm
cells of the top level are drawn
from generators seeded by (seed, stream, level, tile); each finer level splits every cell into four
children with three more seeded values (Haar synthesis): child = parent/2 + detail, where the
details sum to zero, so a cell is always exactly the sum of its children and a coarse lattice is
the same noise as a fine one, seen through bigger cells.

A pixel of pitch Δ gets ∫W over its own square: the finest level with 6·2^k ≤ Δ is drawn over the
pixels' area, and a cell that a pixel edge cuts is split between the two pixels by the exact
conditional law of white noise (the part of a cell value X over a fraction f of the cell is
f·X + √(f(1−f))·ξ, ξ a further seeded value). The result is independent unit Gaussian noise per
pixel — the same statistics as before — but a function of the film: a preview, a crop rendered
alone, a strip of the image and the full-resolution export all integrate the same W, so they show
the same grains.
"""

from __future__ import annotations

import math
from functools import lru_cache

import cv2
import numpy as np

BASE_UM = 6.0  # cells of level k are BASE_UM·2^k µm
TOP_LEVEL = 9  # cells of 3.07 mm: the level drawn directly
FINEST_LEVEL = -8  # cells of 0.023 µm: finer pixels reuse this level
TILE = 128  # lattice cells per side of one seeded generator's tile
_OFFSET = 1 << 40  # keeps tile indices (negative beyond the frame's edges) non-negative in the counter


@lru_cache(maxsize=1)
def gaussian_table() -> np.ndarray:
    """256 quantiles of N(0, 1), rescaled to unit variance: byte noise → Gaussian noise."""
    # lazy: loads scipy only when gaussian_table() runs
    from scipy.special import ndtri  # scipy loads on first use, not at start-up

    q = ndtri((np.arange(256) + 0.5) / 256.0)
    q = (q - q.mean()) / q.std()
    return q.astype(np.float32).reshape(256, 1)


def _key(seed: int, stream: int, kind: int, level: int) -> tuple[int, int]:
    """The 128-bit Philox key of one family of values: (seed, stream) and (kind, level)."""
    return ((int(seed) & 0xFFFFFFFF) << 32 | (int(stream) & 0xFFFFFFFF), (kind << 16) | (level + 64))


def tiled_bytes(i0: int, i1: int, j0: int, j1: int, key: tuple[int, int], planes: int = 1) -> np.ndarray:
    """``planes`` × H × W random bytes for lattice cells [i0, i1) × [j0, j1). Each TILE×TILE tile
    is drawn by the Philox counter-based generator from ``key`` and the tile's indices (in the
    counter), so any region gets the values a larger region would have at the same cells."""
    h, w = i1 - i0, j1 - j0
    raw = np.empty((planes, h, w), np.uint8)
    for ti in range(i0 // TILE, (i1 - 1) // TILE + 1):
        a0, a1 = max(i0, ti * TILE), min(i1, (ti + 1) * TILE)
        for tj in range(j0 // TILE, (j1 - 1) // TILE + 1):
            b0, b1 = max(j0, tj * TILE), min(j1, (tj + 1) * TILE)
            gen = np.random.Philox(key=key, counter=[0, 0, ti + _OFFSET, tj + _OFFSET])
            tile = gen.random_raw(planes * TILE * TILE // 8).view(np.uint8).reshape(planes, TILE, TILE)
            raw[:, a0 - i0 : a1 - i0, b0 - j0 : b1 - j0] = tile[
                :, a0 - ti * TILE : a1 - ti * TILE, b0 - tj * TILE : b1 - tj * TILE
            ]
    return raw


def gaussian(raw: np.ndarray) -> np.ndarray:
    """Random bytes (2-D) → unit Gaussian values (float32) through the quantile table."""
    raw = np.ascontiguousarray(raw)
    return cv2.LUT(raw, gaussian_table(), dst=np.empty(raw.shape, np.float32))


def tiled_noise(
    i0: int, i1: int, j0: int, j1: int, key: tuple[int, int], planes: int = 1
) -> list[np.ndarray]:
    """``planes`` arrays of unit Gaussian noise (float32) for lattice cells [i0, i1) × [j0, j1),
    reproducible per tile (:func:`tiled_bytes`)."""
    raw = tiled_bytes(i0, i1, j0, j1, key, planes)
    return [gaussian(raw[p]) for p in range(planes)]


def lattice(level: int, i0: int, i1: int, j0: int, j1: int, seed: int, stream: int) -> np.ndarray:
    """Unit-variance cell values of the film's white noise on the BASE_UM·2^level µm lattice, for cells
    [i0, i1) × [j0, j1) (indices counted from the frame's top-left corner; negative allowed)."""
    if level >= TOP_LEVEL:
        return tiled_noise(i0, i1, j0, j1, _key(seed, stream, 0, TOP_LEVEL))[0]
    p0, p1, q0, q1 = i0 >> 1, (i1 + 1) >> 1, j0 >> 1, (j1 + 1) >> 1  # parent cells (floor division)
    parent = lattice(level + 1, p0, p1, q0, q1, seed, stream)
    e1, e2, e3 = tiled_noise(p0, p1, q0, q1, _key(seed, stream, 1, level), planes=3)
    half = np.float32(0.5)
    parent *= half
    e1 *= half
    e2 *= half
    e3 *= half
    # Haar synthesis: the three detail patterns (top−bottom, left−right, diagonal) sum to zero
    a = parent + e1  # top row
    b = parent - e1  # bottom row
    c = e2 + e3
    d = e2 - e3
    child = np.empty((2 * (p1 - p0), 2 * (q1 - q0)), np.float32)
    np.add(a, c, out=child[0::2, 0::2])
    np.subtract(a, c, out=child[0::2, 1::2])
    np.add(b, d, out=child[1::2, 0::2])
    np.subtract(b, d, out=child[1::2, 1::2])
    return child[i0 - 2 * p0 : i1 - 2 * p0, j0 - 2 * q0 : j1 - 2 * q0]


def level_for_pitch(pitch_um: float) -> int:
    """The finest lattice level whose cells (BASE_UM·2^k µm) are not bigger than a pixel."""
    k = math.floor(math.log2(float(pitch_um) / BASE_UM) + 1e-9)
    return int(min(TOP_LEVEL, max(FINEST_LEVEL, k)))


def _edges(n0: int, count: int, ratio: float, c0: int) -> tuple[np.ndarray, ...]:
    """Pixel edges n0..n0+count along one axis, in cells: index of the cell each edge cuts
    (relative to c0), the fraction f of that cell before the edge, f's weight on the cell's
    half-difference detail (1 − |1 − 2f|) and the conditional std of what the halves leave open."""
    edges = np.arange(n0, n0 + count + 1, dtype=np.float64) * ratio
    cell = np.floor(edges + 1e-9)
    f = np.clip(edges - cell, 0.0, 1.0)
    f[f < 1e-9] = 0.0
    t = 2.0 * f - np.floor(2.0 * f)
    tent = 1.0 - np.abs(1.0 - 2.0 * f)
    open_sd = np.sqrt(t * (1.0 - t) / 2.0)
    as32 = [a.astype(np.float32) for a in (f, tent, open_sd)]
    return (cell.astype(np.int64) - c0, *as32)


def _between_edges(a: np.ndarray, idx: np.ndarray, partial: np.ndarray, axis: int) -> np.ndarray:
    """Integrals between consecutive pixel edges along ``axis``: the whole cells from the cell
    each edge cuts up to the next edge's cell, plus the next edge's cut part, minus this edge's
    (``partial``, one slice per edge). Each pixel adds the same few cells in the same order
    whatever the block, so strips and crops give bit-identical values."""
    start = idx[:-1]
    gap = np.diff(idx)
    out = np.take(a, start, axis=axis)
    shape = [1, 1]
    shape[axis] = -1
    for m in range(1, int(gap.max(initial=1))):
        more = np.take(a, np.minimum(start + m, a.shape[axis] - 1), axis=axis)
        out += np.where((gap > m).reshape(shape), more, np.float32(0.0))
    lo = [slice(None), slice(None)]
    hi = [slice(None), slice(None)]
    lo[axis], hi[axis] = slice(None, -1), slice(1, None)
    out += partial[tuple(hi)]
    out -= partial[tuple(lo)]
    return out


def pixel_noise(
    height: int, width: int, pitch_um: float, seed: int, stream: int, row0: int = 0, col0: int = 0
) -> np.ndarray:
    """Unit Gaussian noise (float32, independent per pixel) for the pixels [row0, row0+height) ×
    [col0, col0+width) of an image of ``pitch_um`` pixels whose pixel (0, 0) starts at the frame's
    corner: each value is the film's white noise integrated over that pixel's square."""
    level = level_for_pitch(pitch_um)
    ratio = float(pitch_um) / (BASE_UM * 2.0**level)  # pixel width in cells, 1 ≤ ratio < 2 (except extremes)
    if abs(ratio - 1.0) < 1e-9:
        return np.ascontiguousarray(lattice(level, row0, row0 + height, col0, col0 + width, seed, stream))
    i0 = math.floor(row0 * ratio + 1e-9)
    i1 = math.floor((row0 + height) * ratio + 1e-9) + 1
    j0 = math.floor(col0 * ratio + 1e-9)
    j1 = math.floor((col0 + width) * ratio + 1e-9) + 1
    x = lattice(level, i0, i1, j0, j1, seed, stream)
    # the Haar details of the next finer level (the values a finer render draws): e1 splits a cell
    # top/bottom, e2 left/right, e3 diagonally; xi1, xi2: what even the halves leave open
    det = tiled_bytes(i0, i1, j0, j1, _key(seed, stream, 1, level - 1), planes=3)
    e2 = gaussian(det[1])

    # along y: for each cell column, S = ∫W over [pixel row] × [cell column], and D, half the
    # difference between its left and right halves (independent of S)
    idy, g, tent, sd = _edges(row0, height, ratio, i0)
    rows = (slice(None), None)
    s_cut = g[rows] * x[idy]
    s_cut += (tent * 0.5)[rows] * gaussian(det[0][idy])
    d_cut = (g * 0.5)[rows] * e2[idy]
    d_cut += (tent * 0.25)[rows] * gaussian(det[2][idy])
    if np.any(sd > 0):
        xi = tiled_bytes(i0, i1, j0, j1, _key(seed, stream, 2, level), planes=2)
        s_cut += sd[rows] * gaussian(xi[0][idy])
        d_cut += (sd * 0.5)[rows] * gaussian(xi[1][idy])
    y = _between_edges(x, idy, s_cut, 0)
    e2 *= np.float32(0.5)
    d = _between_edges(e2, idy, d_cut, 0)

    # along x: the part of each S left of a pixel column edge, from its halves S/2 ± D
    idx, f, tent_x, sd_x = _edges(col0, width, ratio, j0)
    cut = f * np.take(y, idx, axis=1)
    cut += tent_x * np.take(d, idx, axis=1)
    if np.any(sd_x > 0):
        xi3 = tiled_bytes(row0, row0 + height, j0, j1, _key(seed, stream, 3, level))[0]
        cut += (sd_x * np.float32(math.sqrt(ratio))) * gaussian(np.take(xi3, idx, axis=1))
    out = _between_edges(y, idx, cut, 1)
    out *= np.float32(1.0 / ratio)
    return out
