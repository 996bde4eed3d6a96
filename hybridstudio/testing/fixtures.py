"""The fixtures every test gets (registered by the root conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ..core.colour_lib import load_colour
from . import shared_dir

# colour-science once, cleanly, before any test module imports it or diffusers: a direct
# `import colour` without matplotlib leaves a spec-less stand-in that breaks diffusers' import
load_colour()


@pytest.fixture(scope="session")
def shared_models() -> Path:
    path = shared_dir() / "models"
    if not (path / "esrgan-slim-x2.onnx").is_file():
        pytest.fail(f"the real ONNX models are missing: {path} (set HYBRIDSTUDIO_SHARED)")
    return path


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
