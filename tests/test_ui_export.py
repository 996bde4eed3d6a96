"""Export from the app: the full-resolution result with its process record; films as PDF when
the films step is installed; remembered choices."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import make_window, save_photo, wait_jobs

from hybridstudio.core.settings import config_dir
from hybridstudio.ui.export_dialog import ExportDialog
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_export_an_image_with_its_process_record(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea")
    w = make_window(qtbot)
    w.set_live_preview(False)
    w.open_image(src)
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
    job = w.run_full(out_dir=out_dir)
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
