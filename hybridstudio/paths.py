"""Where HybridStudio's shipped files live, from a source checkout and from the frozen app.

From source the files sit beside the package (``resources/``, ``models/``). In the frozen app
(PyInstaller, one folder or macOS .app) they are unpacked next to the program's libraries, in the
folder PyInstaller names ``sys._MEIPASS``. Packagers who put the files elsewhere (a Linux
distribution's ``/usr/share/hybridstudio``) point ``HYBRIDSTUDIO_RESOURCES_DIR`` and
``HYBRIDSTUDIO_MODELS_DIR`` at them.

The user's own data (settings, downloaded models, cache) is elsewhere: see ``core.settings``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside the packaged app (PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS``)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def install_root() -> Path:
    """The folder holding ``resources/`` and ``models/``: the bundle, or the source checkout."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """The shipped resources: recipes, inks, translations, icons, samples, presets."""
    env = os.environ.get("HYBRIDSTUDIO_RESOURCES_DIR")
    return Path(env) if env else install_root() / "resources"


def models_dir() -> Path:
    """The shipped model catalogue (``*.toml`` manifests) and the tiny self-test models.

    Downloaded model weights are not here: they live in the user's model cache.
    """
    env = os.environ.get("HYBRIDSTUDIO_MODELS_DIR")
    return Path(env) if env else install_root() / "models"


def recipes_dir() -> Path:
    """The recipes shipped with HybridStudio."""
    return resources_dir() / "recipes"


def translations_dir() -> Path:
    """Qt ``.ts``/``.qm`` translation files (the CLI reads the ``.ts`` files directly)."""
    return resources_dir() / "translations"
