"""ICC colour management with LittleCMS (Pillow's ImageCms): embedded profiles → sRGB working space."""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np
from PIL import Image, ImageCms

INTENT = ImageCms.Intent.RELATIVE_COLORIMETRIC
FLAGS = ImageCms.Flags.BLACKPOINTCOMPENSATION
_LATTICE_STEP = 15  # 18 nodes per axis, each exactly representable in 8 bit


@lru_cache(maxsize=1)
def srgb_profile_bytes() -> bytes:
    """The sRGB ICC profile embedded in HybridStudio's outputs (their pixels are sRGB)."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def profile_description(icc: bytes) -> str:
    try:
        prof = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.getProfileDescription(prof).strip()
    except (OSError, ImageCms.PyCMSError):
        return "unreadable profile"


def is_srgb(icc: bytes) -> bool:
    """True when the embedded profile is an sRGB profile (no conversion needed)."""
    return "srgb" in profile_description(icc).lower().replace(" ", "")


def _transform(icc: bytes, mode: str) -> ImageCms.ImageCmsTransform:
    src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    dst = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return ImageCms.buildTransform(src, dst, mode, "RGB", renderingIntent=INTENT, flags=FLAGS)


def convert_8bit_to_srgb(img: Image.Image, icc: bytes) -> Image.Image:
    """Convert an 8-bit RGB or CMYK Pillow image from its embedded profile to sRGB (exact LittleCMS)."""
    out = ImageCms.applyTransform(img, _transform(icc, img.mode))
    assert out is not None  # None only for an in-place transform
    return out


def convert_float_to_srgb(rgb: np.ndarray, icc: bytes) -> np.ndarray:
    """Convert float RGB (0..1, e.g. from a 16-bit file) from ``icc`` to sRGB, keeping precision.

    LittleCMS through Pillow works on 8-bit images, so the transform is sampled on an 18³ lattice of
    exactly representable 8-bit values and applied with tetrahedral interpolation (colour-science).
    """
    # lazy: core.colour_lib loads colour; only when convert_float_to_srgb() runs
    from ..core.colour_lib import colour

    levels = np.arange(0, 256, _LATTICE_STEP, dtype=np.uint8)
    n = len(levels)
    r, g, b = np.meshgrid(levels, levels, levels, indexing="ij")
    lattice = np.stack([r, g, b], axis=-1).reshape(n * n, n, 3)
    out = ImageCms.applyTransform(Image.fromarray(lattice, "RGB"), _transform(icc, "RGB"))
    table = np.asarray(out, dtype=np.float32).reshape(n, n, n, 3) / 255.0
    lut = colour.LUT3D(table=table, domain=np.array([[0, 0, 0], [1, 1, 1]]))
    res = lut.apply(np.clip(rgb, 0, 1), interpolator=colour.algebra.table_interpolation_tetrahedral)
    return np.asarray(res, dtype=np.float32)
