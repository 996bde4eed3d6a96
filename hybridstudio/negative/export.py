"""Writing negatives at exact physical size: 16-bit RGB TIFF with resolution tags (streamed strip
by strip, BigTIFF when needed) and PDF at an exact page size through img2pdf (from a streamed
16-bit PNG, embedded without re-encoding), both carrying the process record as XMP."""

from __future__ import annotations

import io
import struct
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import img2pdf
import numpy as np
import pikepdf
import tifffile
from PIL import Image

from .. import __version__
from ..core.atomic import atomic_path
from ..core.errors import HybridStudioError
from .make import PAGE_SIZES_MM
from .render import MM_PER_INCH, Sheet

ROWS_PER_STRIP = 128
BIGTIFF_BYTES = 3_900_000_000  # classic TIFF offsets stop at 4 GiB
PT_PER_MM = 72.0 / MM_PER_INCH
ProgressFn = Callable[[float, str], None]


def _chunk(fh: BinaryIO, kind: bytes, data: bytes) -> None:
    fh.write(struct.pack(">I", len(data)) + kind + data)
    fh.write(struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


class PNG16Writer:
    """A 16-bit RGB PNG written row strip by row strip ("Up" filter, zlib), with its resolution.

    No installed library streams 16-bit RGB PNG (Pillow has no 16-bit RGB mode; OpenCV needs the
    whole image in memory), and a 2880 dpi negative does not fit in memory.
    """

    def __init__(self, fh: BinaryIO, width: int, height: int, dpi: float, level: int = 1):
        self.fh, self.width = fh, width
        fh.write(b"\x89PNG\r\n\x1a\n")
        _chunk(fh, b"IHDR", struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0))
        ppm = round(dpi / 0.0254)
        _chunk(fh, b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
        self.z = zlib.compressobj(level)
        self.prev = np.zeros(width * 6, np.uint8)

    def write(self, rows: np.ndarray) -> None:
        raw = rows.astype(">u2").reshape(rows.shape[0], -1).view(np.uint8)
        prev = np.vstack([self.prev[None], raw[:-1]])
        out = np.empty((raw.shape[0], raw.shape[1] + 1), np.uint8)
        out[:, 0] = 2  # Up filter
        np.subtract(raw, prev, out=out[:, 1:])  # wraps modulo 256, as PNG wants
        self.prev = raw[-1].copy()
        data = self.z.compress(out.tobytes())
        if data:
            _chunk(self.fh, b"IDAT", data)

    def close(self) -> None:
        _chunk(self.fh, b"IDAT", self.z.flush())
        _chunk(self.fh, b"IEND", b"")


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
        raise HybridStudioError(f"the negative ({w:.1f} × {h:.1f} mm) does not fit on {page} "
                                f"({pw:g} × {ph:g} mm): choose a larger page or 'fit'")
    return pw, ph


def export_sheet(sheet: Sheet, tiff: Path | None = None, pdf: Path | None = None, page: str = "fit",
                 xmp: bytes | None = None, progress: ProgressFn | None = None,
                 check_cancelled: Callable[[], None] | None = None,
                 compress: bool = False) -> list[Path]:
    """Write the negative as a 16-bit TIFF and/or a PDF in one pass over its rows.

    ``compress``: Deflate with horizontal differencing (lossless, much smaller, read by Photoshop,
    GIMP, libtiff and most print software); off by default for the widest compatibility.
    """
    if tiff is None and pdf is None:
        raise ValueError("nothing to write")
    if pdf is not None:
        page_mm = page_size_mm(page, sheet)
    w, h = sheet.width_px, sheet.height_px
    png_tmp = None
    png_writer = None
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hs-negative-",
                                     dir=str((pdf or tiff).parent) if (pdf or tiff) else None) as tmp:
        if pdf is not None:
            png_tmp = Path(tmp) / "negative.png"
            png_fh = open(png_tmp, "wb")  # noqa: SIM115 - closed below
            png_writer = PNG16Writer(png_fh, w, h, sheet.dpi)

        def strips():
            for y0 in range(0, h, ROWS_PER_STRIP):
                if check_cancelled is not None:
                    check_cancelled()
                rows = sheet.rgb_rows(y0, min(y0 + ROWS_PER_STRIP, h))
                if png_writer is not None:
                    png_writer.write(rows)
                if progress is not None:
                    progress(min(y0 + ROWS_PER_STRIP, h) / h * 0.95, "writing the negative")
                yield rows

        try:
            if tiff is not None:
                big = w * h * 6 > BIGTIFF_BYTES
                extratags = [(700, "B", len(xmp), xmp, True)] if xmp else []
                with atomic_path(tiff) as tmp_tiff:
                    data = (_deflate_strip(s) for s in strips()) if compress else (
                        s.tobytes() for s in strips())
                    tifffile.imwrite(tmp_tiff, data=data, shape=(h, w, 3),
                                     compression="zlib" if compress else None,
                                     predictor=2 if compress else None,
                                     dtype="uint16", photometric="rgb", planarconfig="contig",
                                     rowsperstrip=ROWS_PER_STRIP, bigtiff=big,
                                     resolution=(sheet.dpi, sheet.dpi), resolutionunit="INCH",
                                     software=f"HybridStudio {__version__}", metadata=None,
                                     extratags=extratags)
                written.append(Path(tiff))
            else:
                for _ in strips():
                    pass
        finally:
            if png_writer is not None:
                png_writer.close()
                png_fh.close()
        if pdf is not None and png_tmp is not None:
            pw, ph = page_mm
            iw, ih = sheet.size_mm
            layout = img2pdf.get_layout_fun(pagesize=(pw * PT_PER_MM, ph * PT_PER_MM),
                                            imgsize=((img2pdf.ImgSize.abs, iw * PT_PER_MM),
                                                     (img2pdf.ImgSize.abs, ih * PT_PER_MM)),
                                            fit=img2pdf.FitMode.exact)
            bomb_limit = Image.MAX_IMAGE_PIXELS
            Image.MAX_IMAGE_PIXELS = None  # our own PNG: img2pdf only reads its header through Pillow
            try:
                data = img2pdf.convert(png_tmp.read_bytes(), layout_fun=layout,
                                       producer=f"HybridStudio {__version__}",
                                       title="HybridStudio digital negative")
            finally:
                Image.MAX_IMAGE_PIXELS = bomb_limit
            with atomic_path(pdf) as tmp_pdf:
                if xmp:
                    # the process record as the PDF's XMP metadata stream (img2pdf writes XMP only
                    # for PDF/A)
                    with pikepdf.open(io.BytesIO(data)) as doc:
                        meta = doc.make_stream(xmp)
                        meta.Type = pikepdf.Name.Metadata
                        meta.Subtype = pikepdf.Name.XML
                        doc.Root.Metadata = meta
                        doc.save(tmp_pdf, fix_metadata_version=False)
                else:
                    Path(tmp_pdf).write_bytes(data)
            written.append(Path(pdf))
    if progress is not None:
        progress(1.0, "negative written")
    return written
