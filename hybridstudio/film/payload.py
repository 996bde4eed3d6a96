"""The "films" payload: a planned film job. Films are rendered only when saved, band by band, so
the payload itself holds the 16-bit source planes and the plan, never a film."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import cv2
import numpy as np

from .job import FilmJob
from .marks import registration_patches, stamp
from .pages import plan_layout
from .writer import save_films

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord

PREVIEW_DPI = 60.0


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

    def preview_rgb(self, film: int = 0) -> np.ndarray:
        """A small picture of one film's page: its tones (unscreened), the marks, in grey."""
        job = self.job
        f = job.films[film]
        src = f.screener.src
        lay = plan_layout((src.shape[1], src.shape[0]), job.sepset.dpi, PREVIEW_DPI,
                          job.options.page, job.options.orientation, job.source)
        pw, ph = lay.page_px
        ink = np.zeros((ph, pw), np.float32)
        iw, ih = lay.image_px
        ix, iy = lay.image_xy
        tone = cv2.resize(src, (iw, ih), interpolation=cv2.INTER_AREA).astype(np.float32) / 65535.0
        ink[iy:iy + ih, ix:ix + iw] = tone
        marks = np.zeros((ph, pw), bool)
        stamp(marks, 0, registration_patches(lay))
        ink[marks] = 1.0
        if job.options.mirror:
            ink = ink[:, ::-1]
        if job.options.negative:
            ink = 1.0 - ink
        grey = 1.0 - ink
        return np.repeat(grey[:, :, None], 3, axis=2).astype(np.float32)
