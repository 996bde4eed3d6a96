"""Raw raster files for the ``upscale`` command: samples kept in their own type (8 or 16 bit), the
embedded ICC profile carried over unchanged, alpha kept apart.

The recipe step works on the float32 sRGB working space of :mod:`hybridstudio.io.images`; this
module is the upscaler's direct path for big files, where a float32 copy of a ×4 result (2.3 GB for
12 MP) would not fit an 8 GB laptop: the output is assembled in 8 or 16 bit and written once.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np
from PIL import Image, ImageOps

from ..core.errors import InputError
from ..credentials import signed_output
from ..io.png import bit_depth as png_bit_depth
from ..io.png import write_png_bgr

if TYPE_CHECKING:
    from ..core.provenance import ProcessRecord

SUFFIXES = {".png": "png", ".tif": "tiff", ".tiff": "tiff", ".jpg": "jpeg", ".jpeg": "jpeg",
            ".webp": "webp"}


@dataclass
class Raster:
    rgb: np.ndarray  # HxWx3 uint8 or uint16
    alpha: np.ndarray | None  # HxW, same dtype
    icc: bytes | None
    dpi: float | None
    source: Path

    @property
    def bit_depth(self) -> int:
        return 16 if self.rgb.dtype == np.uint16 else 8


def _decode_png(path: Path) -> np.ndarray:
    """A PNG decoded by OpenCV, samples unchanged (BGR or BGRA order for colour)."""
    arr = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr is None:
        raise OSError("the PNG could not be decoded")
    return arr


def read_raster(path: str | Path, max_pixels: int = 400_000_000) -> Raster:
    """Read PNG/TIFF/JPEG/WebP keeping 8/16-bit samples, alpha, ICC profile and resolution."""
    from ..io.images import open_image

    path = Path(path)
    # the samples stay 8/16-bit: decoded RGBA plus one RGB copy, at most 16 bytes a pixel
    img = open_image(path, max_pixels, bytes_per_px=16)
    with img:
        icc = img.info.get("icc_profile") or None
        dpi = img.info.get("dpi")
        dpi = round(float(dpi[0]), 3) if dpi and float(dpi[0]) > 1 else None
        fmt = img.format
        try:
            if fmt == "TIFF":
                import tifffile

                arr = tifffile.imread(path)
                if arr.ndim == 3 and arr.shape[0] in (3, 4) and arr.shape[2] not in (3, 4):
                    arr = np.moveaxis(arr, 0, -1)
            elif fmt == "PNG" and img.mode.startswith("I"):
                arr = _decode_png(path)
                if arr.ndim == 3:
                    arr = arr[..., [2, 1, 0, 3]] if arr.shape[2] == 4 else arr[..., ::-1]
            elif fmt == "PNG" and img.mode in ("RGB", "RGBA") and png_bit_depth(path) == 16:
                arr = _decode_png(path)
                arr = arr[..., [2, 1, 0, 3]] if arr.shape[2] == 4 else arr[..., ::-1]
            else:
                img = ImageOps.exif_transpose(img)
                if img.mode in ("P", "PA"):
                    img = img.convert("RGBA" if ("transparency" in img.info or img.mode == "PA") else "RGB")
                elif img.mode not in ("RGB", "RGBA", "L", "LA"):
                    img = img.convert("RGB")
                arr = np.asarray(img)
        except (OSError, SyntaxError, ValueError, struct.error, zlib.error) as exc:
            raise InputError(path, f"the file is corrupt or truncated ({exc})") from exc
    if arr.dtype not in (np.uint8, np.uint16):
        if arr.dtype.kind == "f":
            arr = (np.clip(arr, 0, 1) * 65535 + 0.5).astype(np.uint16)
        else:
            raise InputError(path, f"unsupported sample type {arr.dtype}")
    if arr.ndim == 2:
        arr = arr[..., None]
    c = arr.shape[2]
    rgb = arr[..., :3] if c >= 3 else np.repeat(arr[..., :1], 3, axis=2)
    alpha = arr[..., 3] if c >= 4 else (arr[..., 1] if c == 2 else None)
    return Raster(np.ascontiguousarray(rgb), None if alpha is None else np.ascontiguousarray(alpha),
                  icc, dpi, path)


def write_raster(path: str | Path, rgb: np.ndarray, alpha: np.ndarray | None, icc: bytes | None,
                 dpi: float | None, xmp: bytes | None = None, consume: bool = False,
                 record: ProcessRecord | None = None) -> Path:
    """Write atomically, embedding ``icc`` unchanged, the resolution and the XMP process record.

    PNG and TIFF keep 16-bit samples; JPEG and WebP are 8-bit (16-bit data is rounded down to 8).
    ``consume=True`` lets the writer reorder the channels of ``rgb`` in place (no second copy of a
    big picture); the array must not be used afterwards. With ``record`` the file is signed
    (content credentials) before it is renamed into place.
    """
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, f"cannot write {path.suffix or 'files without an extension'}")
    if fmt == "png" and alpha is None and consume and rgb.flags.c_contiguous:
        cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR, dst=rgb)  # in place: OpenCV encodes BGR
        with signed_output(path, record) as tmp:
            write_png_bgr(tmp, rgb, icc, dpi, xmp)
        return path
    data = np.dstack([rgb, alpha]) if (alpha is not None and fmt != "jpeg") else rgb
    if fmt in ("jpeg", "webp") and data.dtype == np.uint16:
        data = (data.astype(np.uint32) * 255 + 32767) // 65535
        data = data.astype(np.uint8)
    with signed_output(path, record) as tmp:
        if fmt == "png":
            bgr = data[..., [2, 1, 0, 3]] if data.shape[2] == 4 else data[..., ::-1]
            write_png_bgr(tmp, np.ascontiguousarray(bgr), icc, dpi, xmp)
        elif fmt == "tiff":
            import tifffile

            tifffile.imwrite(tmp, data, photometric="rgb", compression="zlib", iccprofile=icc,
                             extrasamples=("unassalpha",) if data.shape[2] == 4 else None,
                             extratags=[(700, "B", len(xmp), xmp, True)] if xmp else [],
                             resolution=(dpi, dpi) if dpi else None,
                             resolutionunit="INCH" if dpi else None)
        else:
            kw: dict[str, object] = {"quality": 95}
            if icc:
                kw["icc_profile"] = icc
            if dpi:
                kw["dpi"] = (dpi, dpi)
            if xmp:
                kw["xmp"] = xmp
            mode = "RGBA" if data.shape[2] == 4 else "RGB"
            Image.fromarray(np.ascontiguousarray(data), mode).save(tmp, format=fmt.upper(), **kw)
    return path
