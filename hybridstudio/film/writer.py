"""Saving a film job: one G4 TIFF per film, one PDF with every film, a JSON report, the record."""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.atomic import atomic_write_bytes
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_fits
from ..core.progress import Progress
from ..separation.export import ink_slug
from .job import FilmJob
from .output import g4_tiff_bytes, pdf_bytes, write_signed

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord

REPORT_SUFFIX = ".films.json"


def film_paths(pdf_path: Path, job: FilmJob) -> list[Path]:
    """``NAME-01-ink.tif`` … beside ``NAME.pdf``."""
    stem = pdf_path.with_suffix("")
    return [stem.with_name(f"{stem.name}-{f.order:02d}-{ink_slug(f.ink)}.tif") for f in job.films]


def save_films(
    job: FilmJob, pdf_path: str | Path, record: ProcessRecord, ctx: StepContext | None = None
) -> list[Path]:
    """Render every film band by band and write the TIFFs, the PDF, the report and the sidecar.
    Returns the files written (PDF first)."""
    pdf_path = Path(pdf_path)
    xmp = record.xmp_packet()
    recipe = str((record.recipe or {}).get("name", "") or "")
    when = (record.created or "")[:10] or date.today().isoformat()
    disclosure = record.ai_disclosure()
    tiffs = film_paths(pdf_path, job)
    n = len(job.films)
    pw, ph = job.layout.page_px
    # one film at a time: the packed 1-bit page, Pillow's copy and the G4 encoding of it
    check_fits(QT_TRANSLATE_NOOP("memory", "a film page"), pw, ph, pw * ph / 8 * 3 + 64 * 2**20)
    progress = ctx.as_progress() if ctx is not None else Progress.none()
    films_part = progress.sub(0.0, n / (n + 0.5))  # the PDF takes about half a film's time
    done: list[Path] = []
    try:
        for film, path, part in zip(job.films, tiffs, films_part.steps(n), strict=True):
            packed = job.render(film, recipe, when, disclosure, progress=part.sub(0.0, 0.9))
            # the G4 encoder never returns to Python on a big page: Ctrl-C is heard meanwhile
            data = progress.wait_for(
                functools.partial(g4_tiff_bytes, packed, job.layout.page_px[0], job.layout.dpi, xmp)
            )
            write_signed(path, data, record)
            done.append(path)
            del packed
        progress.check_cancelled()
        progress.set(n / (n + 0.5), QT_TRANSLATE_NOOP("Progress", "writing the PDF"))
        title = f"Films: {recipe}" if recipe else "Films"
        subject = "; ".join(f"{f.order} {f.ink}" for f in job.films)
        write_signed(pdf_path, progress.wait_for(lambda: pdf_bytes(tiffs, xmp, title, subject)), record)
    except BaseException:
        for path in done:  # a cancelled or failed job leaves no partial set of films
            path.unlink(missing_ok=True)
        raise
    report = job.report()
    report["files"] = {"pdf": pdf_path.name, "tiffs": [p.name for p in tiffs]}
    report_path = pdf_path.with_name(pdf_path.stem + REPORT_SUFFIX)
    atomic_write_bytes(report_path, json.dumps(report, indent=2, ensure_ascii=False).encode("utf-8"))
    sidecar = record.write_sidecar(pdf_path)
    progress.set(1.0, QT_TRANSLATE_NOOP("Progress", "films written"))
    return [pdf_path, *tiffs, report_path, sidecar]
