"""Writing negatives at exact physical size: 16-bit RGB TIFF with resolution tags (BigTIFF when
needed) and a PDF at an exact page size (:mod:`.streamed_pdf`), both streamed strip by strip in one
pass over the rows and both carrying the process record as XMP."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import tifffile

from .. import __version__
from ..core.errors import HybridStudioError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..credentials import signed_output
from .make import PAGE_SIZES_MM
from .render import MM_PER_INCH, Sheet
from .streamed_pdf import PNGUpRows, StreamedImagePDF

if TYPE_CHECKING:
    from ..core.provenance import ProcessRecord

ROWS_PER_STRIP = 128
BIGTIFF_BYTES = 3_900_000_000  # classic TIFF offsets stop at 4 GiB
PT_PER_MM = 72.0 / MM_PER_INCH
ProgressFn = Callable[[float, str], None]


def _deflate_strip(rows: np.ndarray) -> bytes:
    """A strip as TIFF Deflate with predictor 2 (differences along each row, per channel)."""
    diff = rows.copy()
    diff[:, 1:] -= rows[:, :-1]  # uint16 wraps modulo 65536, as the predictor expects
    return zlib.compress(diff.tobytes(), 1)


def page_size_mm(page: str, sheet: Sheet) -> tuple[float, float]:
    """The PDF page: a named size (turned to landscape if the sheet is wider) or ``fit``."""
    w, h = sheet.size_mm
    if page == "fit":
        return w, h
    if page not in PAGE_SIZES_MM:
        raise HybridStudioError(f"unknown page size {page!r}; use fit or {', '.join(PAGE_SIZES_MM)}")
    pw, ph = PAGE_SIZES_MM[page]
    if (w > h) != (pw > ph):
        pw, ph = ph, pw
    if w > pw + 0.01 or h > ph + 0.01:
        raise HybridStudioError(
            f"the negative ({w:.1f} × {h:.1f} mm) does not fit on {page} "
            f"({pw:g} × {ph:g} mm): choose a larger page or 'fit'"
        )
    return pw, ph


def export_sheet(
    sheet: Sheet,
    tiff: Path | None = None,
    pdf: Path | None = None,
    page: str = "fit",
    xmp: bytes | None = None,
    progress: ProgressFn | None = None,
    check_cancelled: Callable[[], None] | None = None,
    compress: bool = False,
    record: ProcessRecord | None = None,
) -> list[Path]:
    """Write the negative as a 16-bit TIFF and/or a PDF in one pass over its rows, both streamed
    (memory: a few strips) and written atomically: a cancel or an error leaves neither file.

    ``compress``: Deflate with horizontal differencing (lossless, much smaller, read by Photoshop,
    GIMP, libtiff and most print software); off by default for the widest compatibility.
    With ``record`` both files are signed (content credentials) before they are renamed into place.
    """
    if tiff is None and pdf is None:
        raise ValueError("nothing to write")
    w, h = sheet.width_px, sheet.height_px
    written: list[Path] = []
    with ExitStack() as stack:
        pdf_writer = None
        if pdf is not None:
            pw, ph = page_size_mm(page, sheet)
            iw, ih = sheet.size_mm
            tmp_pdf = stack.enter_context(signed_output(pdf, record, progress))
            pdf_fh = stack.enter_context(open(tmp_pdf, "wb"))
            pdf_writer = StreamedImagePDF(
                pdf_fh,
                w,
                h,
                (pw * PT_PER_MM, ph * PT_PER_MM),
                (iw * PT_PER_MM, ih * PT_PER_MM),
                xmp=xmp,
                title="HybridStudio digital negative",
                producer=f"HybridStudio {__version__}",
            )

        def strips():
            for y0 in range(0, h, ROWS_PER_STRIP):
                if check_cancelled is not None:
                    check_cancelled()
                rows = sheet.rgb_rows(y0, min(y0 + ROWS_PER_STRIP, h))
                if pdf_writer is not None:
                    pdf_writer.write(rows)
                if progress is not None:
                    progress(
                        min(y0 + ROWS_PER_STRIP, h) / h * 0.99,
                        QT_TRANSLATE_NOOP("Progress", "writing the negative"),
                    )
                yield rows

        if tiff is not None:
            big = w * h * 6 > BIGTIFF_BYTES
            extratags = [(700, "B", len(xmp), xmp, True)] if xmp else []
            tmp_tiff = stack.enter_context(signed_output(tiff, record, progress))
            data = (_deflate_strip(s) for s in strips()) if compress else (s.tobytes() for s in strips())
            tifffile.imwrite(
                tmp_tiff,
                data=data,
                shape=(h, w, 3),
                compression="zlib" if compress else None,
                predictor=2 if compress else None,
                dtype="uint16",
                photometric="rgb",
                planarconfig="contig",
                rowsperstrip=ROWS_PER_STRIP,
                bigtiff=big,
                resolution=(sheet.dpi, sheet.dpi),
                resolutionunit="INCH",
                software=f"HybridStudio {__version__}",
                metadata=None,
                extratags=extratags,
            )
            written.append(Path(tiff))
        else:
            for _ in strips():
                pass
        if pdf is not None and pdf_writer is not None:
            pdf_writer.close()
            written.append(Path(pdf))
    # leaving the stack closed the PDF file, then renamed both files into place (or, on an error
    # or a cancel, removed both temporary files)
    if progress is not None:
        progress(1.0, QT_TRANSLATE_NOOP("Progress", "negative written"))
    return written


def estimate_export(
    sheet: Sheet, export_dpi: float | None = None, pdf: bool = True, samples: int = 8
) -> dict[str, float]:
    """What exporting ``sheet`` at ``export_dpi`` (default: its own) will write, before writing:
    the sheet's physical size, its pixels, and the TIFF and PDF sizes in bytes, estimated by
    compressing ``samples`` row strips spread over the sheet with the exporters' own codecs and
    scaling by the pixel count. Costs a few strips of work, not the whole negative."""
    dpi = export_dpi or sheet.dpi
    w_mm, h_mm = sheet.size_mm
    w = max(1, round(w_mm / MM_PER_INCH * dpi))
    h = max(1, round(h_mm / MM_PER_INCH * dpi))
    rows = min(32, sheet.height_px)
    starts = np.linspace(0, max(0, sheet.height_px - rows), min(samples, sheet.height_px)).astype(int)
    raw = tiff_z = pdf_z = 0
    for y0 in sorted(set(starts.tolist())):
        strip = sheet.rgb_rows(y0, y0 + rows)
        raw += strip.nbytes
        tiff_z += len(_deflate_strip(strip))
        enc = PNGUpRows(sheet.width_px)
        pdf_z += len(enc.compress(strip)) + len(enc.flush())
    full = w * h * 6  # 16-bit RGB
    out = {
        "width_mm": w_mm,
        "height_mm": h_mm,
        "width_px": w,
        "height_px": h,
        "dpi": dpi,
        "tiff_bytes": full * tiff_z / raw + 4096,
    }
    if pdf:
        out["pdf_bytes"] = full * pdf_z / raw + 4096
    return out
