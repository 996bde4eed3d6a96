"""Files in and out of the window: first launch offline, drag and drop, recent files, theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hybridstudio.testing import ARTIFACTS
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.studio import SAMPLE_IMAGE, first_run_recipe, shipped_recipes

pytestmark = pytest.mark.gui


def _drop(widget, paths) -> None:
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    ev = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        md,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(ev)


def test_first_launch_offline_shows_the_sample_and_a_working_recipe(qtbot):
    assert SAMPLE_IMAGE.is_file() and shipped_recipes()
    w = make_window(qtbot, first_run_sample=True)
    wait_idle(qtbot, w, timeout=60)
    assert w.model.source_path == SAMPLE_IMAGE
    assert len(w.doc) > 0 and w.doc.path == first_run_recipe()
    assert not any(__import__("hybridstudio.core.step").core.step.get_step(s.kind).ai for s in w.doc.steps)
    assert w.model.result is not None  # the shipped recipe ran on the sample, nothing downloaded
    assert w.menu_recipes.actions()


def test_drop_an_image_and_a_recipe_then_reopen_from_recent(qtbot, tmp_path):
    img = save_photo(tmp_path, "astronaut", size=256)
    w = make_window(qtbot)
    w.doc.add_step("greyscale")
    recipe = w.doc.save(tmp_path / "grey.toml")
    w.doc.new()
    _drop(w.canvas, [img, recipe])
    wait_idle(qtbot, w)
    assert w.model.source_path == img and [s.kind for s in w.doc.steps] == ["greyscale"]
    assert str(img.resolve()) in w.studio.recent_files() and str(recipe.resolve()) in w.studio.recent_files()
    titles = [a.text() for a in w.menu_recent.actions()]
    assert "astronaut.png" in titles
    # reopen from the menu
    w.model.source_path = None
    next(a for a in w.menu_recent.actions() if a.text() == "astronaut.png").trigger()
    wait_jobs(qtbot, w)
    assert w.model.source_path == img


def test_dark_palette_follows_the_system_scheme(qapp):
    from PySide6.QtGui import QPalette

    from hybridstudio.ui.theme import dark_palette, light_palette

    dark, light = dark_palette(), light_palette()
    assert dark.color(QPalette.ColorRole.Window).lightness() < 80
    assert light.color(QPalette.ColorRole.Window).lightness() > 180
    # text stays readable on both
    for p in (dark, light):
        diff = abs(
            p.color(QPalette.ColorRole.Window).lightness()
            - p.color(QPalette.ColorRole.WindowText).lightness()
        )
        assert diff > 120


def test_screenshot_script_runs_under_xvfb(tmp_path):
    """The real app on an X server (CI runs this; it needs the xvfb package)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if not shutil.which("xvfb-run"):
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    out = ARTIFACTS / "main_window.png"  # kept by CI as an artefact
    out.unlink(missing_ok=True)
    script = Path(__file__).with_name("screenshot_main_window.py")
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run(
        [sys.executable, str(script), "--out", str(out)], env=env, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stdout + r.stderr
    from PIL import Image

    with Image.open(out) as im:
        assert im.size == (1600, 1000)
