"""Helpers shared by the app's tests (pytest-qt, offscreen)."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image

from hybridstudio.testing import photo


def save_photo(tmp_path: Path, name: str = "astronaut", size: int | None = None) -> Path:
    """A real photo written as PNG (optionally resized to ``size`` on the long side)."""
    rgb = (photo(name) * 255 + 0.5).astype(np.uint8)
    img = Image.fromarray(rgb)
    if size:
        img = img.resize((size, round(size * img.height / img.width)), Image.Resampling.LANCZOS)
    path = tmp_path / f"{name}.png"
    img.save(path)
    return path


def make_window(qtbot, **kw):
    from hybridstudio.ui.main_window import MainWindow

    kw.setdefault("first_run_sample", False)
    kw.setdefault("recover", "no")
    w = MainWindow(**kw)
    w.ask_before_close = False
    w.quiet_errors = True
    qtbot.addWidget(w)
    w.show()
    return w


def wait_jobs(qtbot, window, timeout: float = 30.0) -> None:
    """Wait until no job (previews included) is queued or running."""
    qtbot.waitUntil(lambda: not window.jobs.active_jobs(), timeout=int(timeout * 1000))


def wait_idle(qtbot, window, timeout: float = 30.0) -> None:
    """Wait until the pending timers have fired and every job finished."""
    end = time.time() + timeout
    while time.time() < end:
        qtbot.wait(50)
        if not window.jobs.active_jobs() and not window.studio.preview_timer.isActive():
            return
    raise AssertionError("jobs still running")
