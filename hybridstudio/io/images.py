"""Images in and out: PNG, JPEG, TIFF (8/16 bit), WebP.

Reading applies the EXIF orientation, keeps alpha, converts embedded ICC profiles to the sRGB
working space with LittleCMS, works in float32 (16-bit input keeps its precision), and refuses
decompression bombs and corrupt or truncated files with an error naming the file.

Writing is atomic, embeds the sRGB profile, the resolution and the process record (XMP: PNG iTXt,
TIFF tag 700, JPEG APP1, WebP XMP chunk) and always writes the sidecar JSON.
"""

from __future__ import annotations

import mmap
import struct
import warnings
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import cv2
import numpy as np
from PIL import Image, ImageOps

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.jsonfiles import read_json_object
from ..core.memory import HINT_CLOSE, RGB_F32, check_fits, check_pixels
from ..core.provenance import ProcessRecord, record_from_xmp
from ..credentials import signed_output
from .colour_profiles import (
    convert_8bit_to_srgb,
    convert_float_to_srgb,
    is_srgb,
    profile_description,
    srgb_profile_bytes,
)
from .png import bit_depth as png_bit_depth
from .png import write_png_bgr

if TYPE_CHECKING:
    from ..core.context import StepContext

READ_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")
WRITE_FORMATS = {
    ".png": "png",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".webp": "webp",
}
DEFAULT_MAX_PIXELS = 400_000_000

# EXIF orientation → operations on an HxWxC array (after decoding, before anything else).
_ORIENT = {
    2: lambda a: a[:, ::-1],
    3: lambda a: a[::-1, ::-1],
    4: lambda a: a[::-1],
    5: lambda a: np.swapaxes(a, 0, 1),
    6: lambda a: np.swapaxes(a, 0, 1)[:, ::-1],
    7: lambda a: np.swapaxes(a, 0, 1)[::-1, ::-1],
    8: lambda a: np.swapaxes(a, 0, 1)[::-1],
}


@dataclass
class ImagePayload:
    """An image in the working space: sRGB-encoded float32 RGB in 0..1, HxWx3.

    ``alpha`` (HxW float32 0..1) is kept apart so steps work on colour only. ``dpi`` is the print
    resolution if known. ``bit_depth`` (8 or 16) is the source precision, used to choose the output
    depth. ``source_icc_description`` names the profile the pixels were converted from.

    An image read by :func:`load_samples` instead keeps the file's own samples: ``pixels`` and
    ``alpha`` are uint8/uint16 in the colour space of ``icc``, the embedded profile, which is written
    back unchanged (the upscaler's path for big scans: no float32 copy, no colour conversion).
    """

    kind: ClassVar[str] = "image"
    pixels: np.ndarray
    alpha: np.ndarray | None = None
    dpi: float | None = None
    bit_depth: int = 8
    source: str | None = None
    source_icc_description: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: The profile of the file's own samples (:func:`load_samples`); None: the sRGB working space.
    icc: bytes | None = None

    def __post_init__(self) -> None:
        if self.pixels.ndim != 3 or self.pixels.shape[2] != 3:
            raise ValueError(f"ImagePayload needs HxWx3 pixels, got {self.pixels.shape}")
        if self.pixels.dtype not in (np.float32, *SAMPLE_TYPES):
            self.pixels = self.pixels.astype(np.float32)
        if self.alpha is not None and self.alpha.shape != self.pixels.shape[:2]:
            raise ValueError("alpha must match the image size")

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    def with_pixels(self, pixels: np.ndarray, **changes: Any) -> ImagePayload:
        """A copy with new pixels (and other fields changed), keeping the rest."""
        return replace(self, pixels=pixels, **changes)

    def nbytes(self) -> int:
        return int(self.pixels.nbytes + (self.alpha.nbytes if self.alpha is not None else 0))

    def save(self, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext) -> list[Path]:
        fmt = ctx.settings.image_format if ctx is not None else "png"
        depth = (ctx.settings.image_bit_depth or None) if ctx is not None else None
        path = save_image(self, Path(out_dir) / f"{stem}.{fmt}", record=record, bit_depth=depth)
        return [path, record.sidecar_path(path)]

    @property
    def samples(self) -> bool:
        """True when the pixels are the file's own 8/16-bit samples (see :func:`load_samples`)."""
        return self.pixels.dtype in SAMPLE_TYPES

    def preview_rgb(self) -> np.ndarray:
        if self.samples:
            return self.pixels.astype(np.float32) / np.iinfo(self.pixels.dtype).max
        return self.pixels


#: Sample types an image keeps as read (:func:`load_samples`).
SAMPLE_TYPES = (np.dtype(np.uint8), np.dtype(np.uint16))


def is_image_file(path: Path) -> bool:
    return path.suffix.lower() in READ_SUFFIXES


# ---- reading ---------------------------------------------------------------------------------
#: Formats every command reads (decided once, here, from the file's header, not its name).
READ_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG", "TIFF": "TIFF", "WEBP": "WebP"}
#: Peak bytes per pixel of decoding into the float32 working space: the decoded samples (up to
#: 16-bit RGBA), the float32 RGB result, the alpha plane and one float32 temporary.
DECODE_BYTES_PER_PX = 8 + RGB_F32 + 4 + RGB_F32


def open_image(
    path: str | Path, max_pixels: int = DEFAULT_MAX_PIXELS, bytes_per_px: float = DECODE_BYTES_PER_PX
) -> Image.Image:
    """Open an image for reading, checked on its header before anything is decoded: a supported
    format, at least one pixel, under the decoded-pixel limit (inclusive), a readable ICC profile,
    and a decode that fits the memory budget. The one gate every command reads images through."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, _said(QT_TRANSLATE_NOOP("InputErrors", "no such file")))
    if path.is_dir():
        raise InputError(path, _said(QT_TRANSLATE_NOOP("InputErrors", "is a folder, not an image")))
    if not path.is_file():
        raise InputError(path, _said(QT_TRANSLATE_NOOP("InputErrors", "is not a regular file")))
    if path.stat().st_size == 0:
        raise InputError(path, _said(QT_TRANSLATE_NOOP("InputErrors", "the file is empty")))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = None  # we check the size ourselves, from the header
            img = Image.open(path)
    except (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, Image.UnidentifiedImageError):
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP(
                        "InputErrors", "not a readable image: open a PNG, JPEG, TIFF or WebP file"
                    )
                ),
            ) from exc
        raise InputError(
            path, _said(QT_TRANSLATE_NOOP("InputErrors", "not a readable image ({detail})"), detail=str(exc))
        ) from exc
    try:
        fmt = (img.format or "").upper()
        if fmt not in READ_FORMATS:
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP(
                        "InputErrors", "{format} images are not supported; use PNG, JPEG, TIFF or WebP"
                    ),
                    format=img.format or "?",
                ),
            )
        if fmt in ("PNG", "WEBP") and getattr(img, "is_animated", False):
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP("InputErrors", "an animated image: export the frame you want as a PNG")
                ),
            )
        w, h = img.size
        problem = check_pixels(w, h, max_pixels)
        if problem:
            raise InputError(path, problem)
        icc = img.info.get("icc_profile")
        if icc and profile_description(icc) == "unreadable profile":
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP(
                        "InputErrors",
                        "the embedded ICC colour profile is corrupt; "
                        "re-save the image with a valid profile "
                        "(or none)",
                    )
                ),
            )
        check_fits(f"{path}", w, h, w * h * bytes_per_px, HINT_CLOSE)
    except BaseException:
        img.close()
        raise
    return img


def load_image(path: str | Path, max_pixels: int = DEFAULT_MAX_PIXELS) -> ImagePayload:
    """Read an image file into the float32 sRGB working space."""
    path = Path(path)
    img = open_image(path, max_pixels)
    with img:
        fmt = (img.format or "").upper()
        icc = img.info.get("icc_profile") or None
        dpi = _dpi_of(img)
        orientation = _orientation_of(img)
        try:
            if fmt == "TIFF" or (fmt == "PNG" and png_bit_depth(path) == 16):
                rgb, alpha, depth = _read_deep(path, fmt)
                if fmt == "TIFF" and depth == 8 and img.mode == "CMYK":
                    img.load()
                    rgb, alpha, depth = _read_pillow(img, icc)
                    icc = None  # already converted
                elif icc and not is_srgb(icc):
                    rgb = convert_float_to_srgb(rgb, icc)
            else:
                img.load()
                rgb, alpha, depth = _read_pillow(img, icc)
        except InputError:
            raise
        except (OSError, SyntaxError, ValueError, struct.error, zlib.error) as exc:
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP("InputErrors", "the file is corrupt or truncated ({detail})"),
                    detail=str(exc),
                ),
            ) from exc
    if orientation in _ORIENT:
        rgb = np.ascontiguousarray(_ORIENT[orientation](rgb))
        if alpha is not None:
            alpha = np.ascontiguousarray(_ORIENT[orientation](alpha))
    return ImagePayload(
        pixels=rgb,
        alpha=alpha,
        dpi=dpi,
        bit_depth=depth,
        source=str(path),
        source_icc_description=profile_description(img.info["icc_profile"])
        if img.info.get("icc_profile")
        else None,
    )


def _orientation_of(img: Image.Image) -> int:
    try:
        return int(img.getexif().get(0x0112, 1))
    except Exception:  # noqa: BLE001 - a broken EXIF block must not stop the image
        return 1


def _dpi_of(img: Image.Image) -> float | None:
    dpi = img.info.get("dpi")
    if dpi and float(dpi[0]) > 1:
        return round(float(dpi[0]), 3)
    return None


def _read_pillow(img: Image.Image, icc: bytes | None) -> tuple[np.ndarray, np.ndarray | None, int]:
    """8-bit path: exact LittleCMS conversion on the 8-bit data."""
    alpha = None
    if img.mode in ("P", "PA"):
        img = img.convert("RGBA" if ("transparency" in img.info or img.mode == "PA") else "RGB")
    if img.mode in ("RGBA", "LA", "La", "RGBa"):
        alpha = np.asarray(img.getchannel("A"), dtype=np.float32) / 255.0
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float32) / (65535.0 if img.mode.startswith("I;16") else 1.0)
        return np.repeat(arr[..., None], 3, axis=2), None, 16
    if img.mode == "F":
        arr = np.clip(np.asarray(img, dtype=np.float32), 0, 1)
        return np.repeat(arr[..., None], 3, axis=2), None, 16
    if img.mode == "1":
        img = img.convert("L")
    if icc and img.mode in ("RGB", "RGBA", "CMYK") and not is_srgb(icc):
        base = img.convert("RGB") if img.mode == "RGBA" else img
        img = convert_8bit_to_srgb(base, icc)
    rgb = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    return rgb, alpha, 8


def _decode_deep(path: Path, fmt: str) -> np.ndarray:
    """The samples of a TIFF (tifffile) or 16-bit PNG (OpenCV) as stored, RGB(A) order, HxW(xC)."""
    if fmt == "TIFF":
        import tifffile  # lazy: loads tifffile only when _decode_deep() runs

        try:
            arr = tifffile.imread(path)
        except Exception as exc:  # noqa: BLE001 - tifffile raises many types on bad files
            raise InputError(
                path,
                _said(
                    QT_TRANSLATE_NOOP("InputErrors", "the TIFF is corrupt or unsupported ({detail})"),
                    detail=str(exc),
                ),
            ) from exc
        if arr.ndim == 3 and arr.shape[0] in (3, 4) and arr.shape[2] not in (3, 4):
            arr = np.moveaxis(arr, 0, -1)  # planar
        if arr.ndim == 4:  # several pages: the first one
            arr = arr[0]
        return arr
    with open(path, "rb") as fh:
        data = np.frombuffer(fh.read(), np.uint8)
    decoded = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if decoded is None:
        raise InputError(path, _said(QT_TRANSLATE_NOOP("InputErrors", "the PNG is corrupt or truncated")))
    arr = decoded
    if arr.ndim == 3:
        arr = arr[..., [2, 1, 0, 3]] if arr.shape[2] == 4 else arr[..., ::-1]
    return arr


def _split_channels(arr: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(HxWx3 colour, HxW alpha or None) of grey, grey+alpha, RGB or RGBA samples."""
    if arr.ndim == 2:
        return np.repeat(arr[..., None], 3, axis=2), None
    if arr.shape[2] == 1:
        return np.repeat(arr, 3, axis=2), None
    if arr.shape[2] == 2:
        return np.repeat(arr[..., :1], 3, axis=2), arr[..., 1]
    return arr[..., :3], (arr[..., 3] if arr.shape[2] >= 4 else None)


def _read_deep(path: Path, fmt: str) -> tuple[np.ndarray, np.ndarray | None, int]:
    """16-bit (and float) path: tifffile for TIFF, OpenCV for 16-bit PNG."""
    arr = _decode_deep(path, fmt)
    if arr.dtype == np.uint16:
        scale, depth = 65535.0, 16
    elif arr.dtype == np.uint8:
        scale, depth = 255.0, 8
    elif arr.dtype.kind == "f":
        scale, depth = 1.0, 16
    elif arr.dtype == bool:
        scale, depth = 1.0, 8
    else:
        raise InputError(path, f"unsupported sample type {arr.dtype}")
    rgb, alpha = _split_channels(arr.astype(np.float32) / scale)
    return np.ascontiguousarray(np.clip(rgb, 0, 1)), alpha, depth


def load_samples(path: str | Path, max_pixels: int = DEFAULT_MAX_PIXELS) -> ImagePayload:
    """Read PNG/TIFF/JPEG/WebP keeping the file's own 8/16-bit samples, alpha, embedded ICC profile
    (unconverted, in :attr:`ImagePayload.icc`) and resolution: for steps that only resample
    (upscaling), so that a big 16-bit scan is never held as float32 and its colours are untouched."""
    path = Path(path)
    # the samples stay 8/16-bit: decoded RGBA plus one RGB copy, at most 16 bytes a pixel
    img = open_image(path, max_pixels, bytes_per_px=16)
    with img:
        icc = img.info.get("icc_profile") or None
        dpi = _dpi_of(img)
        fmt = (img.format or "").upper()
        try:
            if fmt == "TIFF" or (fmt == "PNG" and (img.mode.startswith("I") or png_bit_depth(path) == 16)):
                arr = _decode_deep(path, fmt)
            else:
                img = ImageOps.exif_transpose(img)
                if img.mode in ("P", "PA"):
                    img = img.convert("RGBA" if ("transparency" in img.info or img.mode == "PA") else "RGB")
                elif img.mode not in ("RGB", "RGBA", "L", "LA"):
                    img = img.convert("RGB")
                arr = np.asarray(img)
        except InputError:
            raise
        except (OSError, SyntaxError, ValueError, struct.error, zlib.error) as exc:
            raise InputError(path, f"the file is corrupt or truncated ({exc})") from exc
    if arr.dtype == bool:
        arr = arr.astype(np.uint8) * 255
    elif arr.dtype.kind == "f":
        arr = (np.clip(arr, 0, 1) * 65535 + 0.5).astype(np.uint16)
    elif arr.dtype not in SAMPLE_TYPES:
        raise InputError(path, f"unsupported sample type {arr.dtype}")
    rgb, alpha = _split_channels(arr)
    return ImagePayload(
        np.ascontiguousarray(rgb),
        None if alpha is None else np.ascontiguousarray(alpha),
        dpi,
        16 if rgb.dtype == np.uint16 else 8,
        str(path),
        profile_description(icc) if icc else None,
        icc=icc,
    )


# ---- writing ---------------------------------------------------------------------------------
def save_image(
    payload: ImagePayload,
    path: str | Path,
    record: ProcessRecord | None = None,
    bit_depth: int | None = None,
    quality: int = 95,
) -> Path:
    """Write ``payload`` to ``path`` atomically (format from the suffix) with its process record.

    16-bit sources stay 16-bit in PNG and TIFF; JPEG and WebP are 8-bit. The sidecar JSON is
    written next to the file when ``record`` is given.
    """
    path = Path(path)
    fmt = WRITE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            path,
            f"cannot write {path.suffix or 'files without an extension'}; use "
            + ", ".join(sorted(WRITE_FORMATS)),
        )
    depth = bit_depth or payload.bit_depth
    if fmt in ("jpeg", "webp"):
        depth = 8
    depth = 16 if depth > 8 else 8
    xmp = record.xmp_packet() if record is not None else None
    alpha = payload.alpha if fmt != "jpeg" else None
    if payload.samples:  # the file's own samples and profile, written back unchanged
        icc = payload.icc
        data = np.dstack([payload.pixels, alpha]) if alpha is not None else payload.pixels
        data = _sample_depth(data, depth)
    else:
        icc = srgb_profile_bytes()
        rgb = np.clip(payload.pixels, 0, 1)
        chans = np.dstack([rgb, alpha]) if alpha is not None else rgb
        maxv = 65535.0 if depth == 16 else 255.0
        data = (chans * maxv + 0.5).astype(np.uint16 if depth == 16 else np.uint8)
    with signed_output(path, record) as tmp:
        if fmt == "png":
            _write_png(tmp, data, icc, payload.dpi, xmp)
        elif fmt == "tiff":
            _write_tiff(tmp, data, icc, payload.dpi, xmp)
        else:
            mode = "RGBA" if data.shape[2] == 4 else "RGB"
            kw: dict[str, Any] = {"quality": quality}
            if icc:
                kw["icc_profile"] = icc
            if payload.dpi:
                kw["dpi"] = (payload.dpi, payload.dpi)
            if xmp:
                kw["xmp"] = xmp
            Image.fromarray(np.ascontiguousarray(data), mode).save(tmp, format=fmt.upper(), **kw)
    if record is not None:
        record.write_sidecar(path)
    return path


def _sample_depth(data: np.ndarray, depth: int) -> np.ndarray:
    """8/16-bit samples at ``depth`` bits (rounded; unchanged, not copied, when already there)."""
    if depth == 16 and data.dtype == np.uint8:
        return data.astype(np.uint16) * 257
    if depth == 8 and data.dtype == np.uint16:
        return ((data.astype(np.uint32) * 255 + 32767) // 65535).astype(np.uint8)
    return data


def _write_png(tmp: Path, data: np.ndarray, icc: bytes | None, dpi: float | None, xmp: bytes | None) -> None:
    bgr = data[..., [2, 1, 0, 3]] if data.shape[2] == 4 else data[..., ::-1]
    write_png_bgr(tmp, np.ascontiguousarray(bgr), icc, dpi, xmp)


def _write_tiff(tmp: Path, data: np.ndarray, icc: bytes | None, dpi: float | None, xmp: bytes | None) -> None:
    import tifffile  # lazy: loads tifffile only when _write_tiff() runs

    extratags = [(700, "B", len(xmp), xmp, True)] if xmp else []
    tifffile.imwrite(
        tmp,
        data,
        photometric="rgb",
        compression="zlib",
        iccprofile=icc,
        extrasamples=("unassalpha",) if data.shape[2] == 4 else None,
        extratags=extratags,
        resolution=(dpi, dpi) if dpi else None,
        resolutionunit="INCH" if dpi else None,
    )


# ---- reading the record back -----------------------------------------------------------------
def read_xmp(path: str | Path) -> bytes | None:
    """The first XMP packet found in a file (PNG, TIFF, JPEG, WebP, PDF with plain metadata)."""
    path = Path(path)
    with open(path, "rb") as fh:
        if path.stat().st_size == 0:
            return None
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            start = mm.find(b"<x:xmpmeta")
            if start < 0:
                return None
            end = mm.find(b"</x:xmpmeta>", start)
            if end < 0:
                return None
            return bytes(mm[start : end + len(b"</x:xmpmeta>")])


def exif_transpose_pillow(img: Image.Image) -> Image.Image:
    """Pillow's own EXIF transposition (used to cross-check ours in tests)."""
    return ImageOps.exif_transpose(img)


#: A process record larger than this is not one of ours (records are a few kB).
MAX_RECORD_BYTES = 16 * 1024 * 1024


def read_record(path: Path) -> dict | None:
    """The process record of an output: the sidecar JSON, else the XMP embedded in the file.
    A sidecar that is not a JSON object (a list, a deeply nested or huge file) is refused."""
    sidecar = ProcessRecord.sidecar_path(path)
    if sidecar.is_file():
        return read_json_object(sidecar, "process record", MAX_RECORD_BYTES)
    xmp = read_xmp(path)
    try:
        rec = record_from_xmp(xmp) if xmp else None
    except RecursionError as exc:
        raise InputError(path, "the embedded record is nested too deeply") from exc
    return rec if isinstance(rec, dict) else None


def _said(text: str, **values: object) -> Message:
    """An error text that the app and the CLI say in the user's language."""
    return Message("InputErrors", text, **values)
