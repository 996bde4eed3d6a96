"""The app shows content credentials: the image info panel (opened image, last export), the export
dialog's signing box and privacy choice, and File → Process card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import make_window, save_photo, wait_jobs

from hybridstudio.core.settings import Settings, config_dir
from hybridstudio.credentials import read_credentials
from hybridstudio.ui.credentials_view import process_card_dialog
from hybridstudio.ui.export_dialog import ExportDialog
from hybridstudio.ui.jobs import DONE

pytestmark = pytest.mark.gui


def test_export_then_info_panel_dialog_and_card(qtbot, tmp_path):
    src = save_photo(tmp_path, "chelsea", size=120)
    w = make_window(qtbot)
    w.set_live_preview(False)
    w.open_image(src)
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
    job = w.run_full(out_dir=out_dir, extra_steps=extra)
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
    w.open_image(tmp_path / "out" / w.credentials_panel.path.name)
    wait_jobs(qtbot, w)
    assert "valid" in w.credentials_panel.label.text()
    assert w.act_card in w.menu_file.actions() and w.credentials_panel.card_button.isEnabled()
    card = process_card_dialog(w, w.credentials_panel.path, tmp_path / "card.pdf")
    assert card is not None and card.read_bytes().startswith(b"%PDF")
    w.set_language("fr")
    try:
        qtbot.waitUntil(lambda: "valide : le fichier est exactement tel" in w.credentials_panel.label.text(),
                        timeout=3000)
        assert w.act_card.text() == "&Fiche de processus…"
    finally:
        w.set_language("en")
