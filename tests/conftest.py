"""Shared test fixtures: real photos (scikit-image's data), the real ONNX models in ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shared_dir() -> Path:
    """../shared beside the checkout (HYBRIDSTUDIO_SHARED overrides)."""
    env = os.environ.get("HYBRIDSTUDIO_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_models() -> Path:
    path = shared_dir() / "models"
    if not (path / "esrgan-slim-x2.onnx").is_file():
        pytest.fail(f"the real ONNX models are missing: {path} (set HYBRIDSTUDIO_SHARED)")
    return path


def photo(name: str = "astronaut") -> np.ndarray:
    """A real photo shipped with scikit-image, as float32 sRGB HxWx3 in 0..1."""
    from skimage import data

    img = getattr(data, name)()
    if img.ndim == 2:
        img = np.stack([img] * 3, axis=-1)
    return (img[..., :3].astype(np.float32) / 255.0)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, caches and data go to temporary folders, never the developer's own."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("HYBRIDSTUDIO_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("HYBRIDSTUDIO_DATA_DIR", str(base / "data"))
    from hybridstudio.core.i18n import set_language

    set_language(None)  # a window switched to French in an earlier test does not carry over
    ui_i18n = sys.modules.get("hybridstudio.ui.i18n")
    if ui_i18n is not None and ui_i18n._INSTALLED:  # nor do its Qt translators and number locale
        ui_i18n.Translations().switch("en")
        set_language(None)
