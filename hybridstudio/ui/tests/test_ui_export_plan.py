"""Export dialogs say exactly which files they will write, with sizes; the separations dialog
stops promising separations when it makes films; a picture without a real print resolution gets a
warning and a choice; looks get a format and a bit depth; human labels for every choice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings

from hybridstudio.core.settings import config_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.export_dialog import ExportDialog
from hybridstudio.ui.jobs import DONE
from hybridstudio.ui.sizes import CONDITIONAL_PREVIEWS

pytestmark = pytest.mark.gui


def _ui(tmp_path):
    ui = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue("export/folder", str(tmp_path / "out"))
    return ui


def _written_names(job, out: Path) -> set[str]:
    return {Path(p).relative_to(out).as_posix() for p in job.outputs if not p.endswith(".hybridstudio.json")}


def test_look_export_lists_its_file_and_honours_format_and_depth(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea", size=240)
    w = make_window(qtbot)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    w.doc.add_step("greyscale")
    wait_idle(qtbot, w)
    dlg = ExportDialog(w, _ui(tmp_path), w.model.result)
    qtbot.addWidget(dlg)
    assert dlg.minimumWidth() >= 600
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("tiff"))
    dlg.depth_combo.setCurrentIndex(dlg.depth_combo.findData(16))
    planned = dlg.planned_files()
    assert len(planned) == 1 and planned[0][0].endswith(".tiff") and "MB" in planned[0][1]
    assert planned[0][0] in dlg.files_label.text()
    out, extra = dlg.choices()
    fmt, depth, dpi = dlg.image_options()
    job = w.studio.run_full(out_dir=out, extra_steps=extra, image_format=fmt, bit_depth=depth, source_dpi=dpi)
    wait_jobs(qtbot, w, timeout=60)
    assert job.status == DONE, job.error
    assert _written_names(job, out) == {planned[0][0]}
    import tifffile

    tif = out / planned[0][0]
    with tifffile.TiffFile(tif) as t:
        assert t.pages[0].dtype.itemsize == 2  # 16 bit, as chosen
    bound = float(planned[0][1].split()[2].replace(",", "."))
    assert os.path.getsize(tif) / 1e6 <= bound + 0.1


def test_separations_export_says_films_only_when_films_are_made(qtbot, tmp_path):
    src = save_photo(tmp_path, "coffee", size=200)
    Image.open(src).save(tmp_path / "coffee96.jpg", dpi=(96, 96))  # a camera/screen resolution
    w = make_window(qtbot)
    w.studio.open_image(tmp_path / "coffee96.jpg")
    wait_jobs(qtbot, w)
    w.doc.add_step("separate")
    wait_idle(qtbot, w, timeout=60)
    dlg = ExportDialog(w, _ui(tmp_path), w.model.result)
    qtbot.addWidget(dlg)
    # 96 dpi is a screen's: warned, and a print resolution is offered first
    assert dlg.dpi_warning is not None and "96" in dlg.dpi_warning.text()
    assert dlg.dpi_combo.currentData() == 300.0
    dlg.films_box.setChecked(True)
    assert "not written" in dlg.what.text()
    films_plan = {n for n, _ in dlg.planned_files()}
    assert any(n.endswith(".pdf") for n in films_plan)
    assert not any("separations.json" in n for n in films_plan)
    dlg.films_box.setChecked(False)
    assert "separations.json" in dlg.files_label.text()
    seps_plan = {n for n, _ in dlg.planned_files()}
    conditional = {n for n in seps_plan if Path(n).stem in CONDITIONAL_PREVIEWS}
    out, extra = dlg.choices()
    _fmt, _depth, dpi = dlg.image_options()
    job = w.studio.run_full(out_dir=out, extra_steps=extra, source_dpi=dpi)
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == DONE, job.error
    written = _written_names(job, out)
    assert seps_plan - conditional <= written, (seps_plan, written)
    # the separations print at the size the chosen 300 dpi gives, not at 96 dpi
    tif = next(out / n for n in written if n.endswith(".tif"))
    src_w = w.model.source.width
    with Image.open(tif) as im:
        assert im.width / im.info["dpi"][0] == pytest.approx(src_w / 300.0, rel=0.02)


def test_film_choices_have_human_labels(qtbot):
    from hybridstudio.core.step import all_steps
    from hybridstudio.ui.param_form import ParamForm

    form = ParamForm()
    qtbot.addWidget(form)
    films = all_steps()["films"]
    form.build(films.params, {p.name: p.default for p in films.params}, "mm")
    method = form.editor("method")
    labels = [method.itemText(i) for i in range(method.count())]
    assert "am" not in labels and "fm" not in labels
    assert any("AM" in t for t in labels) and any("FM" in t for t in labels)
    texts = [lbl.text() for lbl in form.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)]
    assert "Fm dot" not in texts and "FM dot size" in texts  # the declared label
