"""The "films" payload: a planned film job. Films are rendered only when saved, band by band, so
the payload itself holds the 16-bit source planes and the plan, never a film. Its views (one per
film, and all films overprinted) are screened crops at the film resolution, see :mod:`.view`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import cv2
import numpy as np

from ..core.i18n import QT_TRANSLATE_NOOP, Message, term
from ..core.payloads import View
from .job import FilmJob
from .marks import registration_patches, stamp
from .pages import plan_layout
from .view import Crop, composite_picture, dots_zoom, film_picture, step_for_zoom
from .writer import save_films

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord

PREVIEW_DPI = 60.0
OVERPRINT = "overprint"


@dataclass(frozen=True)
class ViewCrop:
    """A rendered crop of a films view: the picture, the page region it covers (film pixels),
    and whether single dots are shown truthfully at the zoom asked (else the smallest zoom that
    shows them)."""

    rgb: np.ndarray
    crop: Crop
    resolves_dots: bool
    dots_zoom: float


@dataclass
class FilmsPayload:
    kind: ClassVar[str] = "films"
    job: FilmJob

    @property
    def source(self) -> str | None:
        return self.job.source

    def nbytes(self) -> int:
        return int(sum(f.screener.src.nbytes for f in self.job.films))

    def save(self, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext) -> list[Path]:
        """``stem.pdf`` (every film), ``stem-NN-ink.tif`` (G4), ``stem.films.json``, sidecar."""
        return save_films(self.job, Path(out_dir) / f"{stem}.pdf", record, ctx)

    # -- views -----------------------------------------------------------------------------------
    def views(self) -> list[View]:
        """One view per film, then every film overprinted in its ink; all zoomable to the dots."""
        films = [
            View(
                f"page:{i}",
                QT_TRANSLATE_NOOP("Views", "Film"),
                Message("", "{order} · {ink}", order=f.order, ink=term("Inks", f.ink)),
                True,
            )
            for i, f in enumerate(self.job.films)
        ]
        return films + [
            View(OVERPRINT, QT_TRANSLATE_NOOP("Views", "Films overprinted in their inks"), "", True)
        ]

    def page_size(self) -> tuple[int, int]:
        """(width, height) of a film page in film pixels."""
        return self.job.layout.page_px

    def render_view(self, key: str) -> np.ndarray:
        """A quick overview of a view, the size of the page at :data:`PREVIEW_DPI` (unscreened
        tones: the screened film comes from :meth:`render_crop`)."""
        if key == OVERPRINT:
            sub = np.asarray(self.job.sepset.substrate.srgb, np.float32)
            out = np.empty((*self._preview_ink(0, False).shape, 3), np.float32)
            out[:] = sub
            for i, f in enumerate(self.job.films):
                cov = self._preview_ink(i, False)[..., None]
                ink = np.asarray(f.srgb, np.float32)
                out = out * (1.0 - cov) + ink * cov if f.opaque else out * (1.0 - cov + cov * ink)
            return out
        return self.preview_rgb(int(key.split(":")[1]))

    def render_crop(
        self,
        key: str,
        x0: int,
        y0: int,
        x1: int,
        y1: int,
        zoom: float,
        check: Callable[[], None] | None = None,
    ) -> ViewCrop:
        """The screened page region x0..x1 × y0..y1 (film pixels) of view ``key`` for a screen
        showing ``zoom`` screen pixels per film pixel: the 1-bit film itself at 100 % and closer,
        else box-averaged over whole film pixels. Only that region is screened."""
        crop = Crop(x0, y0, x1, y1, step_for_zoom(zoom)).clipped(self.page_size())
        if key == OVERPRINT:
            rgb = composite_picture(self.job, crop, check)
        else:
            rgb = film_picture(self.job, int(key.split(":")[1]), crop, check)
        need = dots_zoom(self.job)
        return ViewCrop(rgb, crop, zoom >= need - 1e-9, need)

    def _preview_ink(self, film: int, as_film: bool = True) -> np.ndarray:
        """A small plane of one film's page: its tones (unscreened) and the marks, 1 = ink."""
        job = self.job
        f = job.films[film]
        src = f.screener.src
        lay = plan_layout(
            (src.shape[1], src.shape[0]),
            job.sepset.dpi,
            PREVIEW_DPI,
            job.options.page,
            job.options.orientation,
            job.source,
        )
        pw, ph = lay.page_px
        ink = np.zeros((ph, pw), np.float32)
        iw, ih = lay.image_px
        ix, iy = lay.image_xy
        tone = cv2.resize(src, (iw, ih), interpolation=cv2.INTER_AREA).astype(np.float32) / 65535.0
        ink[iy : iy + ih, ix : ix + iw] = tone
        marks = np.zeros((ph, pw), bool)
        stamp(marks, 0, registration_patches(lay))
        ink[marks] = 1.0
        if as_film and job.options.mirror:
            ink = ink[:, ::-1]
        if as_film and job.options.negative:
            ink = 1.0 - ink
        return ink

    def preview_rgb(self, film: int = 0) -> np.ndarray:
        """A small picture of one film's page: its tones (unscreened), the marks, in grey."""
        grey = 1.0 - self._preview_ink(film)
        return np.repeat(grey[:, :, None], 3, axis=2).astype(np.float32)
