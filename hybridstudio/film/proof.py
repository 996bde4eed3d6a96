"""`films --proof`: what the app's films view shows of a page region, written as PNG files: every
screened film overprinted in its ink, then each film, at the film resolution (or box-averaged)."""

from __future__ import annotations

from pathlib import Path

from ..core.payloads import ImagePayload
from ..core.provenance import ProcessRecord
from ..io.images import save_image
from ..separation.export import ink_slug
from .pages import mm_to_px
from .payload import OVERPRINT, FilmsPayload

DEFAULT_PROOF_MM = 25.0  # side of the default proof square, at the image centre


def proof_region_px(
    payload: FilmsPayload, region_mm: tuple[float, float, float, float] | None
) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) film pixels of a page region given in mm from the page's top-left
    (default: a 25 mm square at the centre of the image)."""
    lay = payload.job.layout
    if region_mm is None:
        ix, iy = lay.image_xy
        iw, ih = lay.image_px
        half = mm_to_px(DEFAULT_PROOF_MM / 2.0, lay.dpi)
        cx, cy = ix + iw // 2, iy + ih // 2
        return cx - half, cy - half, cx + half, cy + half
    x, y, w, h = (mm_to_px(v, lay.dpi) for v in region_mm)
    return x, y, x + w, y + h


def proof_paths(payload: FilmsPayload, png: Path) -> list[tuple[str, Path]]:
    """(view key, file) of each proof: the overprint as ``png``, then ``png-NN-ink.png``."""
    return [(OVERPRINT, png)] + [
        (f"page:{i}", png.with_name(f"{png.stem}-{f.order:02d}-{ink_slug(f.ink)}{png.suffix}"))
        for i, f in enumerate(payload.job.films)
    ]


def write_proofs(
    payload: FilmsPayload,
    png: Path,
    region_mm: tuple[float, float, float, float] | None,
    zoom: float,
    record: ProcessRecord,
) -> list[Path]:
    """``png`` (the films overprinted) and ``png-NN-ink.png`` per film; returns the paths."""
    x0, y0, x1, y1 = proof_region_px(payload, region_mm)
    job = payload.job
    written: list[Path] = []
    for key, path in proof_paths(payload, png):
        view = payload.render_crop(key, x0, y0, x1, y1, zoom)
        image = ImagePayload(view.rgb, dpi=job.spec.dpi / view.crop.step, source=job.source)
        written += [save_image(image, path, record=record), record.sidecar_path(path)]
    return written
