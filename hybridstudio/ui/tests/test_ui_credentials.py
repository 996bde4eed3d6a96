"""The app shows content credentials: the image info panel (opened image, last export), the export
dialog's signing box and privacy choice, and File → Process card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from hybridstudio.core.context import StepRecord
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.provenance import ProcessRecord
from hybridstudio.core.settings import Settings, config_dir
from hybridstudio.credentials import read_credentials
from hybridstudio.io.images import save_image
from hybridstudio.testing import photo
from hybridstudio.testing.credentials import actions, c2pa_store
from hybridstudio.testing.ui import make_window, save_photo, wait_jobs
from hybridstudio.ui.credentials_view import process_card_dialog
from hybridstudio.ui.export_dialog import ExportDialog
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_export_then_info_panel_dialog_and_card(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea", size=120)
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    assert "no content credentials" in w.credentials_panel.label.text()  # a plain photo
    w.doc.add_step("greyscale")
    ui = QSettings(str(config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue("export/folder", str(tmp_path / "out"))
    dlg = ExportDialog(w, ui)
    qtbot.addWidget(dlg)
    assert "signed with this installation" in dlg.signing.signer.text()
    assert not dlg.signing.share_prompt.isChecked()  # private by default
    dlg.signing.share_prompt.setChecked(True)
    out_dir, extra = dlg.choices()
    assert Settings.load().share_prompt is True  # remembered for the signing code
    job = w.studio.run_full(out_dir=out_dir, extra_steps=extra)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    image = next(p for p in job.outputs if p.endswith(".png"))
    assert read_credentials(image).verdict == "valid"
    # the info panel now shows the exported file, and the next export dialog its verdict
    assert w.credentials_panel.path.name == image.rsplit("/", 1)[-1]
    assert "valid: the file is exactly as it was signed" in w.credentials_panel.label.text()
    dlg2 = ExportDialog(w, ui)
    qtbot.addWidget(dlg2)
    assert "valid" in dlg2.signing.last.text() and dlg2.signing.share_prompt.isChecked()
    # opening the exported file shows its credentials too
    w.studio.open_image(tmp_path / "out" / w.credentials_panel.path.name)
    wait_jobs(qtbot, w)
    assert "valid" in w.credentials_panel.label.text()
    assert w.act_card in w.menu_file.actions() and w.credentials_panel.card_button.isEnabled()
    card = process_card_dialog(w, w.credentials_panel.path, tmp_path / "card.pdf")
    assert card is not None and card.read_bytes().startswith(b"%PDF")
    w.set_language("fr")
    try:
        qtbot.waitUntil(
            lambda: "valide : le fichier est exactement tel" in w.credentials_panel.label.text(), timeout=3000
        )
        assert w.act_card.text() == "&Fiche de processus…"
    finally:
        w.set_language("en")


def test_export_of_an_opened_signed_file_declares_it_and_shows_the_new_verdict(qtbot, tmp_path):
    # a drawing signed by an earlier craft export, saved without a print resolution: the export
    # dialog makes the user choose one for the separations, so the app runs its in-memory copy
    # of the picture at that resolution
    craft = ProcessRecord(recipe={"name": "craft"}, steps=[StepRecord("greyscale", "Greyscale", False, {})])
    src = save_image(ImagePayload(photo("coffee")[:72, :96]), tmp_path / "drawing.png", record=craft)
    assert read_credentials(src).verdict == "valid"
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    w.doc.add_step("separate")  # separations: their print size needs a real resolution
    w.doc.set_param(0, "method", "spot")
    w.doc.set_param(0, "inks", 2)
    ui = w.ui_state
    ui.setValue("export/folder", str(tmp_path / "out"))
    seen: dict[str, str] = {}

    def accept_the_dialog() -> None:  # what the user reads, then Export
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, ExportDialog):
            QTimer.singleShot(20, accept_the_dialog)
            return
        seen["signer"] = dlg.signing.signer.text()
        seen["asks dpi"] = str(dlg.dpi_combo is not None)
        dlg.accept()

    QTimer.singleShot(0, accept_the_dialog)
    w.acts.export.trigger()  # File → Export…
    wait_jobs(qtbot, w)
    assert seen["asks dpi"] == "True", "the picture has no print resolution: the dialog asks for one"
    # the dialog said honestly that the files are signed once written and where to look
    assert "will be signed" in seen["signer"] and "shown in Image info once written" in seen["signer"]
    image = w.credentials_panel.path
    assert image is not None and image.parent == tmp_path / "out" and image.suffix in (".pdf", ".png", ".tif")
    # the export's verdict where the user is looking: the status bar and the Image info panel
    assert w.credentials_panel.path == image
    assert "valid: the file is exactly as it was signed" in w.credentials_panel.label.text()
    assert f"Content credentials of {image.name}: valid" in w.statusBar().currentMessage()
    assert not w.credentials_dock.isHidden()
    # read back with c2pa's own Reader: the opened file is the parent, with its credentials kept
    manifest, state = c2pa_store(image)
    assert state == "Valid"
    names = [a["action"] for a in actions(manifest)]
    assert names[0] == "c2pa.opened" and set(names[1:]) == {"c2pa.edited"}
    (parent,) = manifest["ingredients"]
    assert parent["relationship"] == "parentOf" and parent["title"] == src.name
    assert parent["format"] == "image/png"
    assert parent.get("active_manifest"), "the opened file's own credentials were dropped"
    failures = parent["validation_results"]["activeManifest"]["failure"]
    assert not [f for f in failures if f["code"] != "signingCredential.untrusted"], failures
    # the next export dialog shows this export as the previous one
    dlg = ExportDialog(w, ui)
    qtbot.addWidget(dlg)
    assert dlg.signing.last.text().startswith("Previous export: " + image.name)


def test_an_opened_file_changed_since_is_declared_by_name_and_hash_only(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea", size=96)
    w = make_window(qtbot)
    w.studio.set_live_preview(False)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    save_photo(tmp_path, "coffee", size=96)
    src.write_bytes((tmp_path / "coffee.png").read_bytes())  # another picture under that name
    w.doc.add_step("greyscale")
    job = w.studio.run_full(out_dir=tmp_path / "out", source_dpi=300.0)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    manifest, state = c2pa_store(next(p for p in map(Path, job.outputs) if p.suffix == ".png"))
    assert state == "Valid"
    (parent,) = manifest["ingredients"]
    # the file on disk is not what was opened: it is not read as the ingredient
    assert parent["title"] == src.name and not parent.get("active_manifest")
    assert parent["description"].startswith("sha256 ")


def test_films_from_a_signed_separations_folder_carry_each_separation(qtbot, tmp_path):
    import numpy as np

    from hybridstudio.separation.export import write_separation_folder
    from hybridstudio.separation.sets import Ink, Separation, SeparationSet

    rgb = photo("coffee")[:200, :300]
    lum = rgb @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    sepset = SeparationSet(
        [
            Separation(Ink("Red", (0.9, 0.2, 0.2)), np.clip(rgb[..., 0] - lum, 0, 1), 1),
            Separation(Ink("Black", (0.1, 0.1, 0.1)), np.clip(1 - lum, 0, 1), 2),
        ],
        substrate=Ink("Paper", (1.0, 1.0, 1.0)),
        dpi=150.0,
    )
    craft = ProcessRecord(recipe={"name": "seps"}, steps=[StepRecord("separate", "Separate", False, {})])
    written = write_separation_folder(sepset, tmp_path / "seps", record=craft)
    tiffs = sorted(p for p in written if p.suffix == ".tif")
    assert len(tiffs) == 2 and all(read_credentials(t).verdict == "valid" for t in tiffs)
    w = make_window(qtbot)
    job = w.studio.open_separations(tmp_path / "seps")
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    manifest = _export_films_from_window(qtbot, w, tmp_path)
    parts = manifest["ingredients"]
    assert sorted(p["title"] for p in parts) == [t.name for t in tiffs]
    for part in parts:
        assert part["relationship"] == "componentOf" and part["format"] == "image/tiff"
        assert part.get("active_manifest"), f"{part['title']}: its credentials were dropped"


def test_films_from_planes_made_elsewhere_carry_each_file(qtbot, tmp_path):
    """A print shop's greyscale PNG planes (one per ink) opened in the app: the films PDF declares
    every plane file it was made from."""
    import numpy as np
    from PIL import Image

    folder = tmp_path / "shop"
    folder.mkdir()
    lum = photo("coffee")[:200, :300] @ np.array([0.2126, 0.7152, 0.0722], np.float32)
    for name, cov in (("1-red.png", np.clip(0.8 - lum, 0, 1)), ("2-black.png", np.clip(1 - lum, 0, 1))):
        Image.fromarray(np.round((1 - cov) * 255).astype(np.uint8)).save(folder / name, dpi=(150, 150))
    w = make_window(qtbot)
    job = w.studio.open_separations(folder)
    wait_jobs(qtbot, w)
    assert job.status == DONE, job.error
    manifest = _export_films_from_window(qtbot, w, tmp_path)
    assert sorted(p["title"] for p in manifest["ingredients"]) == ["1-red.png", "2-black.png"]
    assert {p["relationship"] for p in manifest["ingredients"]} == {"componentOf"}


def _export_films_from_window(qtbot, w, tmp_path):
    """Export A4 films from the separations open in the window, through the Export dialog's
    choices; the signed films PDF's active manifest (checked valid)."""
    w.ui_state.setValue("export/folder", str(tmp_path / "films"))
    dlg = ExportDialog(w, w.ui_state)
    qtbot.addWidget(dlg)
    dlg.films_form.editor("page").setText("A4")
    dlg.films_form.editor("page").editingFinished.emit()
    out_dir, extra = dlg.choices()
    job = w.studio.run_full(out_dir=out_dir, extra_steps=extra)
    wait_jobs(qtbot, w, timeout=120)
    assert job.status == DONE, job.error
    pdf = next(Path(p) for p in job.outputs if p.endswith(".pdf"))
    manifest, state = c2pa_store(pdf)
    assert state == "Valid"
    return manifest
