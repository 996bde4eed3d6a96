"""What HybridStudio's tests share: the checkout's root, ../shared (the real ONNX models), real
photos (scikit-image's data). The fixtures are in :mod:`hybridstudio.testing.fixtures`."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
#: where tests and screenshot scripts leave files for people to look at (kept by CI)
ARTIFACTS = ROOT / "build" / "test-artifacts"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shared_dir() -> Path:
    """../shared beside the checkout (HYBRIDSTUDIO_SHARED overrides)."""
    env = os.environ.get("HYBRIDSTUDIO_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def photo(name: str = "astronaut") -> np.ndarray:
    """A real photo shipped with scikit-image, as float32 sRGB HxWx3 in 0..1."""
    from skimage import data

    img = getattr(data, name)()
    if img.ndim == 2:
        img = np.stack([img] * 3, axis=-1)
    return img[..., :3].astype(np.float32) / 255.0
