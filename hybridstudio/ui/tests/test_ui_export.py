"""Export from the app: the full-resolution result with its process record; films as PDF when
the films step is installed; remembered choices."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from hybridstudio.core.settings import config_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_jobs
from hybridstudio.ui.export_dialog import ExportDialog
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_export_an_image_with_its_process_record(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea")
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    w.doc.add_step("greyscale")
    w.doc.add_step("print_size")
    w.doc.set_param(1, "width_mm", 50.0)
    ui = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue("export/folder", str(tmp_path / "out"))
    dlg = ExportDialog(w, ui)
    qtbot.addWidget(dlg)
    assert dlg.folder.text() == str(tmp_path / "out")  # remembered
    out_dir, extra = dlg.choices()
    assert extra == []  # an image recipe makes no films
    job = w.studio.run_full(out_dir=out_dir)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    images = [p for p in job.outputs if p.endswith(".png")]
    sidecars = [p for p in job.outputs if p.endswith(".hybridstudio.json")]
    assert len(images) == 1 and len(sidecars) == 1
    with open(sidecars[0], encoding="utf-8") as fh:
        record = json.load(fh)
    assert record["ai_used"] is False
    assert [s["step"] for s in record["steps"]] == ["greyscale", "print_size"]
    from PIL import Image

    with Image.open(images[0]) as im:
        assert im.width == round(50 / 25.4 * 300)
        assert round(im.info["dpi"][0]) == 300
    assert src.read_bytes()  # the input is untouched


def _two_ink_separations(folder):
    """Separations of a real photo, written by the separation engine's own writer."""
    import numpy as np

    from hybridstudio.separation.export import write_separation_folder
    from hybridstudio.separation.sets import Ink, Separation, SeparationSet
    from hybridstudio.testing import photo

    rgb = photo("coffee")
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    black = Separation(Ink("Black", (0.1, 0.1, 0.1)), np.clip(1 - lum, 0, 1), 2)
    red = Separation(Ink("Red", (0.9, 0.2, 0.2)), np.clip(rgb[..., 0] - lum, 0, 1), 1)
    sepset = SeparationSet([red, black], substrate=Ink("Paper", (1.0, 1.0, 1.0)), dpi=150.0)
    write_separation_folder(sepset, folder)
    return folder


def _window_with_separations(qtbot, folder):
    """A main window that opened ``folder`` as separations, with the print, plate and film views."""
    w = make_window(qtbot)
    job = w.studio.open_separations(folder)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    keys = [v.key for v in w.model.views]
    assert keys[0] == "print" and "sep:1" in keys and "film:0" in keys
    return w


def test_export_films_pdf_from_a_separations_folder(qtbot, tmp_path):
    import subprocess

    folder = _two_ink_separations(tmp_path / "seps")
    w = _window_with_separations(qtbot, folder)
    ui = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue("export/folder", str(tmp_path / "films"))
    dlg = ExportDialog(w, ui)
    qtbot.addWidget(dlg)
    assert dlg.films_box is not None and dlg.films_box.isChecked()
    dlg.films_form.editor("page").setText("A4")
    dlg.films_form.editor("page").editingFinished.emit()
    dlg.films_form.editor("lpi").setValue(45.0)
    out_dir, extra = dlg.choices()
    assert [s.kind for s in extra] == ["films"] and extra[0].params["page"] == "A4"
    job = w.studio.run_full(out_dir=out_dir, extra_steps=extra)
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == DONE, job.error
    pdfs = [p for p in job.outputs if p.endswith(".pdf")]
    assert len(pdfs) == 1
    info = subprocess.run(["pdfinfo", pdfs[0]], capture_output=True, text=True, check=True).stdout
    import re

    assert re.search(r"^Pages:\s+2$", info, re.M), info
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    assert "595.2" in size and "841.8" in size  # A4 in points, read by poppler
    # the canvas now shows one film page per ink, then all of them overprinted
    assert [v.key for v in w.model.views] == ["page:0", "page:1", "overprint"]
    # choices are remembered for the next export
    dlg2 = ExportDialog(w, ui)
    qtbot.addWidget(dlg2)
    assert dlg2.film_values["page"] == "A4" and dlg2.film_values["lpi"] == 45.0


def test_riso_masters_from_the_separation_step(qtbot, tmp_path):
    """Image → separate into two riso inks → export: one greyscale TIFF per drum at 600 dpi."""
    from PIL import Image

    from hybridstudio.testing.ui import wait_idle

    src = save_photo(tmp_path, "coffee", size=300)
    w = make_window(qtbot)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    w.doc.add_step("separate")
    for name, value in (("method", "spot"), ("inks", 2), ("library", "riso"), ("width_mm", 40.0)):
        w.doc.set_param(0, name, value)
    wait_idle(qtbot, w, timeout=120)
    keys = [v.key for v in w.model.views]
    assert keys[0] == "print" and {"sep:0", "sep:1", "film:0", "film:1"} <= set(keys)
    w.view_combo.setCurrentIndex(w.view_combo.findData("sep:1"))
    wait_jobs(qtbot, w)
    assert w.model.view_key == "sep:1"
    job = w.studio.run_full(out_dir=tmp_path / "masters")
    wait_jobs(qtbot, w, timeout=180)
    assert job.status == DONE, job.error
    tiffs = sorted(p for p in job.outputs if p.endswith(".tif"))
    assert len(tiffs) == 2
    for t in tiffs:
        with Image.open(t) as im:
            assert im.mode == "L" and round(im.info["dpi"][0]) == 600
            assert im.width == round(40 / 25.4 * 600)
    assert any(p.endswith("separations.json") for p in job.outputs)


def test_the_films_view_opens_greyscale_files_made_elsewhere(qtbot, tmp_path):
    """A print shop's folder of plain greyscale PNGs (one ink per file, named after the ink) opens
    as separations in the app, with the inks read from the file names."""
    import numpy as np
    from PIL import Image

    from hybridstudio.testing import photo

    folder = tmp_path / "shop"
    folder.mkdir()
    rgb = photo("coffee")
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    for name, cov in (
        ("1-yellow.png", np.clip(rgb[..., 0] - rgb[..., 2], 0, 1)),
        ("2-black.png", np.clip(1 - lum, 0, 1)),
    ):
        Image.fromarray(np.round((1 - cov) * 255).astype(np.uint8)).save(folder / name, dpi=(150, 150))
    w = _window_with_separations(qtbot, folder)
    assert [s.ink.name for s in w.model.source.separations] == ["Yellow", "Black"]
