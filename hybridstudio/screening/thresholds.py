"""Threshold "bricks": the repeating tile of thresholds a screen compares the ink coverage with.

A rotated halftone screen with an integer cell vector repeats on the device grid with a Holladay
brick: a ``height`` × ``width`` block of thresholds, each band of ``height`` rows being the band
above shifted right by ``shift`` pixels. The brick stays small (a few hundred pixels) whatever the
angle, so a film of hundreds of megapixels is screened row band by row band.

Thresholds are 16-bit: a pixel is black when its coverage (0..65535) is greater than its threshold.
Within each cell the pixels are ranked by the dot shape's spot function; a supercell of m×m cells
adds a dispersed (Bayer) order between the cells, so a tint can fall between two cell levels and
gradients get ``m² × cell`` levels instead of ``cell`` levels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .geometry import ScreenGeometry
from .spots import spot_values

FULL = 65536  # coverage scale: 0 = no ink, 65535 = solid


@dataclass(frozen=True)
class Brick:
    """T(x, y) = thresholds[y mod height, (x − (y // height)·shift) mod width]."""

    thresholds: np.ndarray  # uint16, height × width
    shift: int
    levels: int  # distinct thresholds
    _wide: dict[int, np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    @property
    def height(self) -> int:
        return int(self.thresholds.shape[0])

    @property
    def width(self) -> int:
        return int(self.thresholds.shape[1])

    def rows(self, y0: int, y1: int, x0: int, width: int, out: np.ndarray | None = None) -> np.ndarray:
        """The thresholds of rows y0..y1 and columns x0..x0+width, as a uint16 array."""
        h, w = self.height, self.width
        ext = self._extended(width)
        if out is None:
            out = np.empty((y1 - y0, width), np.uint16)
        for k, y in enumerate(range(y0, y1)):
            q, r = divmod(y, h)
            off = (x0 - q * self.shift) % w
            out[k] = ext[r, off : off + width]
        return out[: y1 - y0]

    def _extended(self, width: int) -> np.ndarray:
        """The brick repeated sideways so any ``width`` columns can be sliced from any offset."""
        ext = self._wide.get(width)
        if ext is None:
            reps = -(-(width + self.width) // self.width)
            ext = np.tile(self.thresholds, (1, reps))
            self._wide.clear()  # one film width at a time
            self._wide[width] = ext
        return ext


def bayer(m: int) -> np.ndarray:
    """The m×m Bayer dispersed-dot order (m a power of two), values 0..m²−1."""
    b = np.zeros((1, 1), np.int64)
    while b.shape[0] < m:
        b = np.block([[4 * b, 4 * b + 2], [4 * b + 3, 4 * b + 1]])
    return b


def _ranks_to_thresholds(rank: np.ndarray, levels: int) -> np.ndarray:
    return np.floor((rank.astype(np.float64) + 0.5) * FULL / levels).astype(np.uint16)


def supercell_factor(cell_px: int, target_levels: int = 1024, largest: int = 8) -> int:
    """The smallest power of two m with m² · cell ≥ target_levels (at most ``largest``)."""
    m = 1
    while m * m * cell_px < target_levels and m < largest:
        m *= 2
    return m


@lru_cache(maxsize=64)
def am_brick(geom: ScreenGeometry, shape: str, supercell: int | None = None) -> Brick:
    """The clustered-dot (AM) brick for a device-grid screen and a dot shape."""
    x, y = geom.x, geom.y
    n = geom.cell_px
    m = supercell if supercell is not None else supercell_factor(n)
    ax, ay = x, -y  # cell vector in pixel coordinates (y down)
    bx, by = y, x  # the perpendicular one
    g = math.gcd(abs(x), abs(y))
    height = m * g
    width = m * n // g
    mn = m * n
    shift = next(
        vx for vx in range(width) if (vx * ax + height * ay) % mn == 0 and (vx * bx + height * by) % mn == 0
    )
    px = np.arange(width, dtype=np.int64)[None, :]
    py = np.arange(height, dtype=np.int64)[:, None]
    a2 = (2 * px + 1) * ax + (2 * py + 1) * ay  # 2n × the cell coordinate along a
    b2 = (2 * px + 1) * bx + (2 * py + 1) * by
    i = np.floor_divide(a2 + n, 2 * n)
    j = np.floor_divide(b2 + n, 2 * n)
    u = (a2 - 2 * n * i) / n  # in [−1, 1)
    v = (b2 - 2 * n * j) / n
    spot = spot_values(shape, u, v)
    cell_order = bayer(m)[np.mod(i, m), np.mod(j, m)]
    order = np.lexsort((cell_order.ravel(), v.ravel(), u.ravel(), np.round(spot, 12).ravel()))
    rank = np.empty(order.size, np.int64)
    rank[order] = np.arange(order.size)
    levels = m * m * n
    return Brick(_ranks_to_thresholds(rank.reshape(height, width), levels), shift % width, levels)


@lru_cache(maxsize=4)
def blue_noise_ranks(size: int = 64, sigma: float = 1.5, seed: int = 7) -> np.ndarray:
    """A size×size blue-noise rank matrix (0..size²−1) by Ulichney's void-and-cluster method."""
    rng = np.random.default_rng(seed)
    d = np.minimum(np.arange(size), size - np.arange(size)).astype(np.float64)
    kernel = np.exp(-(d[:, None] ** 2 + d[None, :] ** 2) / (2.0 * sigma * sigma))

    def splat(energy: np.ndarray, pos: int, sign: float) -> None:
        r, c = divmod(pos, size)
        energy += sign * np.roll(np.roll(kernel, r, 0), c, 1)

    def energy_of(pattern: np.ndarray) -> np.ndarray:
        return np.real(np.fft.ifft2(np.fft.fft2(pattern) * np.fft.fft2(kernel)))

    total = size * size
    pattern = np.zeros((size, size), bool)
    pattern.flat[rng.choice(total, total // 10, replace=False)] = True
    energy = energy_of(pattern.astype(np.float64))
    for _ in range(4 * total):  # move points from the tightest cluster to the largest void
        cluster = int(np.argmax(np.where(pattern, energy, -np.inf)))
        pattern.flat[cluster] = False
        splat(energy, cluster, -1.0)
        void = int(np.argmin(np.where(pattern, np.inf, energy)))
        pattern.flat[void] = True
        splat(energy, void, 1.0)
        if void == cluster:
            break
    ranks = np.zeros(total, np.int64)
    ones = int(pattern.sum())
    work, e = pattern.copy(), energy.copy()
    for r in range(ones - 1, -1, -1):  # phase 1: peel the initial points off, densest first
        cluster = int(np.argmax(np.where(work, e, -np.inf)))
        work.flat[cluster] = False
        splat(e, cluster, -1.0)
        ranks[cluster] = r
    work, e = pattern.copy(), energy.copy()
    for r in range(ones, total):  # phases 2–3: fill the largest voids
        void = int(np.argmin(np.where(work, np.inf, e)))
        work.flat[void] = True
        splat(e, void, 1.0)
        ranks[void] = r
    return ranks.reshape(size, size)


@lru_cache(maxsize=16)
def fm_brick(dot_px: int, size: int = 64) -> Brick:
    """A stochastic (FM) brick: blue-noise order, each "dot" a dot_px × dot_px square."""
    ranks = blue_noise_ranks(size)
    t = _ranks_to_thresholds(ranks, size * size)
    t = np.repeat(np.repeat(t, dot_px, axis=0), dot_px, axis=1)
    return Brick(np.ascontiguousarray(t), 0, size * size)
