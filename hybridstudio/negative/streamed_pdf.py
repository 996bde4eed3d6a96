"""A one-page PDF holding one 16-bit RGB image, written to disk row strip by row strip.

A 2880 dpi A4 negative is 4.7 GB of pixels and still about 1.2 GB once compressed, so neither the
image nor its compressed stream may sit in memory. img2pdf needs the whole encoded image in
memory, and pikepdf (qpdf) buffers every stream whole while it saves (re-saving a 308 MB negative
PDF peaks at 628 MB), so this module writes the few PDF objects itself and pours the compressed
pixels straight into the file: memory stays at a few strips, whatever the size of the negative.

The image is a Flate-compressed (zlib) XObject with PNG "Up" prediction per row
(``/DecodeParms << /Predictor 15 … >>``, PDF 32000-1 §7.4.4.4): lossless, 16 bits per component,
``/DeviceRGB`` (negatives are printed with colour management off). It is drawn at an exact size in
points, centred on the page.
"""

from __future__ import annotations

import hashlib
import zlib
from datetime import datetime, timezone
from typing import BinaryIO

import numpy as np

# object numbers, in the order written: the image first (streamed), the rest at close()
# (the metadata last: without it, the numbers have no gap)
_IMAGE, _LENGTH, _CONTENT, _PAGE, _PAGES, _CATALOG, _INFO, _METADATA = range(1, 9)


def _num(v: float) -> str:
    """A PDF real: six decimals (a micro-point), no trailing zeros."""
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _text(s: str) -> str:
    """A PDF literal string (ASCII; anything else is replaced)."""
    s = s.encode("ascii", "replace").decode("ascii")
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class PNGUpRows:
    """Row strips of 16-bit RGB → PNG "Up"-filtered rows, zlib-compressed incrementally."""

    def __init__(self, width: int, level: int = 1):
        self.width = width
        self._z = zlib.compressobj(level)
        self._prev = np.zeros(width * 6, np.uint8)

    def compress(self, rows: np.ndarray) -> bytes:
        """Filter and compress ``rows`` (h×width×3 uint16); returns what zlib has ready."""
        if rows.shape[1:] != (self.width, 3):
            raise ValueError(f"rows of shape {rows.shape}, expected (h, {self.width}, 3)")
        raw = rows.astype(">u2").reshape(rows.shape[0], -1).view(np.uint8)
        out = np.empty((raw.shape[0], raw.shape[1] + 1), np.uint8)
        out[:, 0] = 2  # filter type 2: Up
        np.subtract(raw[:1], self._prev[None], out=out[:1, 1:])  # wraps modulo 256, as PNG wants
        np.subtract(raw[1:], raw[:-1], out=out[1:, 1:])
        self._prev = raw[-1].copy()
        return self._z.compress(out.data)

    def flush(self) -> bytes:
        return self._z.flush()


class StreamedImagePDF:
    """Write a one-page PDF of a ``width`` × ``height`` 16-bit RGB image to ``fh``.

    ``page_pt``: page (width, height) in points; ``image_pt``: the image's drawn (width, height)
    in points, centred on the page. Call :meth:`write` with successive row strips, top to bottom,
    then :meth:`close` (which writes the page, the XMP ``xmp`` and the document information).
    """

    def __init__(
        self,
        fh: BinaryIO,
        width: int,
        height: int,
        page_pt: tuple[float, float],
        image_pt: tuple[float, float],
        xmp: bytes | None = None,
        title: str = "",
        producer: str = "",
        level: int = 1,
    ):
        self.fh, self.width, self.height = fh, width, height
        self.page_pt, self.image_pt = page_pt, image_pt
        self.xmp, self.title, self.producer = xmp, title, producer
        self._offsets: dict[int, int] = {}
        self._rows = 0
        self._length = 0
        self._digest = hashlib.md5(usedforsecurity=False)
        self._encoder = PNGUpRows(width, level)
        self._start = fh.tell()
        self._put(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        self._begin(_IMAGE)
        self._put(
            (
                f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
                f"/ColorSpace /DeviceRGB /BitsPerComponent 16 /Filter /FlateDecode "
                f"/DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 16 "
                f"/Columns {width} >> /Length {_LENGTH} 0 R >>\nstream\n"
            ).encode()
        )

    def _put(self, data: bytes) -> None:
        self.fh.write(data)

    def _begin(self, num: int) -> None:
        self._offsets[num] = self.fh.tell() - self._start
        self._put(f"{num} 0 obj\n".encode())

    def _object(self, num: int, body: str) -> None:
        self._begin(num)
        self._put(body.encode() + b"\nendobj\n")

    def _stream(self, num: int, head: str, data: bytes) -> None:
        self._begin(num)
        self._put(f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream\nendobj\n")

    def _image_data(self, data: bytes) -> None:
        if data:
            self._put(data)
            self._length += len(data)
            self._digest.update(data)

    def write(self, rows: np.ndarray) -> None:
        """Append the next row strip (h × width × 3, uint16)."""
        if self._rows + rows.shape[0] > self.height:
            raise ValueError(f"more than the {self.height} rows announced")
        self._image_data(self._encoder.compress(rows))
        self._rows += rows.shape[0]

    def close(self) -> None:
        """Finish the image and write the rest of the document; the file is then complete."""
        if self._rows != self.height:
            raise ValueError(f"{self._rows} rows written of {self.height}")
        self._image_data(self._encoder.flush())
        self._put(b"\nendstream\nendobj\n")
        self._object(_LENGTH, str(self._length))
        (pw, ph), (iw, ih) = self.page_pt, self.image_pt
        draw = f"q\n{_num(iw)} 0 0 {_num(ih)} {_num((pw - iw) / 2)} {_num((ph - ih) / 2)} cm\n/Im0 Do\nQ\n"
        self._stream(_CONTENT, "", draw.encode())
        self._object(
            _PAGE,
            f"<< /Type /Page /Parent {_PAGES} 0 R "
            f"/MediaBox [0 0 {_num(pw)} {_num(ph)}] "
            f"/Resources << /XObject << /Im0 {_IMAGE} 0 R >> >> "
            f"/Contents {_CONTENT} 0 R >>",
        )
        self._object(_PAGES, f"<< /Type /Pages /Kids [{_PAGE} 0 R] /Count 1 >>")
        meta = f" /Metadata {_METADATA} 0 R" if self.xmp else ""
        self._object(_CATALOG, f"<< /Type /Catalog /Pages {_PAGES} 0 R{meta} >>")
        now = datetime.now(timezone.utc).strftime("D:%Y%m%d%H%M%SZ")
        info = f"/CreationDate {_text(now)} /ModDate {_text(now)}"
        if self.title:
            info += f" /Title {_text(self.title)}"
        if self.producer:
            info += f" /Producer {_text(self.producer)}"
        self._object(_INFO, f"<< {info} >>")
        if self.xmp:
            self._stream(_METADATA, "/Type /Metadata /Subtype /XML", self.xmp)
        xref = self.fh.tell() - self._start
        size = max(self._offsets) + 1
        lines = [f"xref\n0 {size}\n", "0000000000 65535 f \n"]
        lines += [f"{self._offsets[num]:010d} 00000 n \n" for num in range(1, size)]
        ident = self._digest.hexdigest()
        lines.append(
            f"trailer\n<< /Size {size} /Root {_CATALOG} 0 R /Info {_INFO} 0 R "
            f"/ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n"
        )
        self._put("".join(lines).encode())
