"""What the app's films view shows: the screened film itself, a crop at a time.

A crop is made by :meth:`FilmJob.page_rows`, the very code the export writes films with, for the
requested page region only (an A3 film at 1200 dpi is 278 megapixels; a screen shows about two).
At one film pixel per screen pixel or closer the crop is the 1-bit film; further out each screen
pixel is the exact average of the ``step`` × ``step`` film pixels under it (a box filter), so no
moiré appears that is not on the film. :func:`resolves_dots` says when the zoom is too far out for
single dots to be seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .job import Film, FilmJob

CHUNK_ROWS = 256  # film rows screened at a time for a reduced crop
DOT_SCREEN_PX = 4.0  # screen pixels a halftone cell needs for its dot shape to be seen


@dataclass(frozen=True)
class Crop:
    """A page region in film pixels: columns x0..x1, rows y0..y1, ``step`` film pixels per output
    pixel (1: the film itself)."""

    x0: int
    y0: int
    x1: int
    y1: int
    step: int = 1

    def clipped(self, page_px: tuple[int, int]) -> Crop:
        """The region inside the page, its corners on multiples of ``step``."""
        s = max(1, int(self.step))
        pw, ph = page_px
        x0, y0 = max(0, self.x0 // s * s), max(0, self.y0 // s * s)
        x1, y1 = min(pw, -(-self.x1 // s) * s), min(ph, -(-self.y1 // s) * s)
        return Crop(x0, y0, max(x0, x1), max(y0, y1), s)

    @property
    def out_size(self) -> tuple[int, int]:
        """(width, height) of the rendered crop (partial blocks at the page edge count whole)."""
        s = self.step
        return -(-(self.x1 - self.x0) // s), -(-(self.y1 - self.y0) // s)


def step_for_zoom(zoom: float) -> int:
    """Film pixels per output pixel for a zoom (screen pixels per film pixel): 1 at 100 % and
    above, else the whole number of film pixels a screen pixel covers."""
    return 1 if zoom >= 1.0 else max(1, int(math.floor(1.0 / zoom + 1e-9)))


def dot_period_px(film: Film) -> float:
    """Film pixels across the smallest feature a viewer must resolve: the halftone cell (AM) or
    the dot / square (FM, index, error diffusion)."""
    g = film.screener.geometry
    return math.sqrt(g.cell_px) if g is not None else float(film.screener.cell)


def dots_zoom(job: FilmJob) -> float:
    """The smallest zoom (screen pixels per film pixel) at which the view shows single dots
    truthfully: AM cells at least :data:`DOT_SCREEN_PX` screen pixels wide, FM / diffused dots
    at least one screen pixel."""
    need = DOT_SCREEN_PX if job.spec.method == "am" else 1.0
    return max(need / dot_period_px(f) for f in job.films)


def film_ink(
    job: FilmJob, index: int, crop: Crop, as_film: bool = True, patches: list | None = None
) -> np.ndarray:
    """The 1-bit film (True = black) of page region ``crop`` (its ``step`` ignored)."""
    film = job.films[index]
    patches = job.patches(film) if patches is None else patches
    out = np.zeros((crop.y1 - crop.y0, crop.x1 - crop.x0), bool)
    band = job.band_rows(film)
    for start in job.band_starts(film, crop.y0, crop.y1):
        a, b = max(start, crop.y0), min(start + band, crop.y1)
        out[a - crop.y0 : b - crop.y0] = job.page_rows(film, a, b, patches, crop.x0, crop.x1, as_film=as_film)
    return out


def film_coverage(
    job: FilmJob, index: int, crop: Crop, as_film: bool = True, check: Callable[[], None] | None = None
) -> np.ndarray:
    """float32 ink coverage (0..1) of ``crop``: the film at step 1, else each output pixel the
    mean of the step × step film pixels under it, computed a few rows at a time."""
    crop = crop.clipped(job.layout.page_px)
    s = crop.step
    ow, oh = crop.out_size
    patches = job.patches(job.films[index])
    if s == 1:
        return film_ink(job, index, crop, as_film, patches).astype(np.float32)
    out = np.empty((oh, ow), np.float32)
    chunk = s * max(1, CHUNK_ROWS // s)
    for y in range(crop.y0, crop.y1, chunk):
        if check is not None:
            check()
        part = Crop(crop.x0, y, crop.x1, min(y + chunk, crop.y1))
        ink = film_ink(job, index, part, as_film, patches)
        h, w = ink.shape
        padded = np.zeros((-(-h // s) * s, ow * s), bool)  # beyond the page edge: no ink
        padded[:h, :w] = ink
        sums = padded.reshape(-1, s, ow, s).sum(axis=(1, 3), dtype=np.uint32)
        r = (y - crop.y0) // s
        out[r : r + sums.shape[0]] = sums / np.float32(s * s)
    return out


def film_picture(job: FilmJob, index: int, crop: Crop, check: Callable[[], None] | None = None) -> np.ndarray:
    """sRGB float32 HxWx3 of one film as it is (black ink on clear film, mirrored / negative as
    it will be output)."""
    clear = 1.0 - film_coverage(job, index, crop, True, check)
    return np.repeat(clear[..., None], 3, axis=2)


def composite_picture(job: FilmJob, crop: Crop, check: Callable[[], None] | None = None) -> np.ndarray:
    """sRGB float32 HxWx3 of every screened film overprinted in its ink, in print order, on the
    substrate (right-reading, positive): where moiré between separations shows."""
    sub = np.asarray(job.sepset.substrate.srgb, np.float32)
    ow, oh = crop.clipped(job.layout.page_px).out_size
    out = np.empty((oh, ow, 3), np.float32)
    out[:] = sub
    for i, film in enumerate(job.films):
        cov = film_coverage(job, i, crop, False, check)[..., None]
        ink = np.asarray(film.srgb, np.float32)
        if film.opaque:  # opaque ink covers what is under it
            out = out * (1.0 - cov) + ink * cov
        else:  # transparent ink filters it
            out *= 1.0 - cov + cov * ink
    return out
