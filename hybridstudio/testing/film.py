"""Separation sets for the film tests, made from real photos with a plain CMY + K split (the
separation engine is not under test here), and outside tools to read the films back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from hybridstudio.separation.sets import Ink, Separation, SeparationSet
from hybridstudio.testing import photo

INKS = {
    "Cyan": (0.0, 0.6, 0.9),
    "Magenta": (0.9, 0.0, 0.5),
    "Yellow": (1.0, 0.9, 0.0),
    "Black": (0.0, 0.0, 0.0),
}


def cmyk_set(name: str = "astronaut", dpi: float = 150.0) -> SeparationSet:
    img = photo(name)
    k = 1.0 - img.max(axis=2)
    planes = [1.0 - img[..., 0] - k, 1.0 - img[..., 1] - k, 1.0 - img[..., 2] - k, k]
    seps = [
        Separation(Ink(n, INKS[n]), np.clip(p, 0, 1).astype(np.float32), i)
        for i, (n, p) in enumerate(zip(INKS, planes, strict=True), start=1)
    ]
    return SeparationSet(seps, Ink("paper", (1.0, 1.0, 1.0)), dpi, source=f"{name}.png")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt: poppler-utils / libtiff-tools / libimage-exiftool-perl)")
    return path


def run(*args: str) -> str:
    return subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, check=True).stdout


def read_film(path: Path) -> np.ndarray:
    """A film TIFF as bool ink (True = black), read by Pillow."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None  # our own films: an A4 film at 1200 dpi is 139 megapixels
    with Image.open(path) as img:
        img.load()
        assert img.mode == "1"
        return ~np.asarray(img)
