"""Writing films: 1-bit CCITT Group 4 TIFFs and one multi-page PDF at exact physical size.

The TIFF is written as a single G4 strip so img2pdf can lift the compressed data into the PDF
unchanged (PDF's CCITTFaxDecode takes one stream per image): no second encoding, no loss. The PDF
page is the image at its resolution, so its size in points is the film's physical size. The
process record goes in as the PDF's XMP metadata stream (read by exiftool, pdfinfo -meta).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import img2pdf
import numpy as np
import pikepdf
from PIL import Image

from ..credentials import signed_output

if TYPE_CHECKING:
    from ..core.provenance import ProcessRecord

_XMP_TAG = 700


def packed_to_image(packed: np.ndarray, width: int) -> Image.Image:
    """Packed rows (np.packbits, 1 = ink) → a Pillow mode-"1" image (black = ink)."""
    height = packed.shape[0]
    return Image.frombuffer("1", (width, height), packed, "raw", "1;I", 0, 1)


def g4_tiff_bytes(packed: np.ndarray, width: int, dpi: float, xmp: bytes | None = None) -> bytes:
    """A 1-bit CCITT G4 TIFF (one strip) of packed ink rows at ``dpi``."""
    img = packed_to_image(packed, width)
    buf = io.BytesIO()
    info = {_XMP_TAG: xmp} if xmp else {}
    strip = packed.shape[0] * ((width + 7) // 8) + 1
    img.save(buf, format="TIFF", compression="group4", dpi=(dpi, dpi), strip_size=strip, tiffinfo=info)
    return buf.getvalue()


def write_signed(path: Path, data: bytes, record: ProcessRecord | None = None) -> Path:
    """Write ``data`` (a film TIFF or the films PDF) atomically, signed with ``record``'s content
    credentials."""
    with signed_output(path, record) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def pdf_bytes(tiffs: list[Path], xmp: bytes, title: str, subject: str) -> bytes:
    """The films PDF in memory: the TIFFs' G4 data lifted unchanged, one page each at its
    physical size, ``xmp`` as the document metadata."""
    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # our own films: an A3 film at 2400 dpi is over a gigapixel
    try:
        raw = img2pdf.convert(
            [str(p) for p in tiffs],
            title=title,
            subject=subject,
            creator="HybridStudio",
            producer="HybridStudio (img2pdf, pikepdf)",
        )
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        meta = pdf.make_stream(xmp)
        meta.Type = pikepdf.Name.Metadata
        meta.Subtype = pikepdf.Name.XML
        pdf.Root.Metadata = meta
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False)
    return out.getvalue()
