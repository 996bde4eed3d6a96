"""No English in the French app, found in general rather than string by string: the French window
is driven through its main views (the shipped sample, a recipe that makes films with screening
advice, every result view, the Models dialog on every model, a file that cannot be read, the
settings) and every text a person can read there — labels, buttons, lists, table cells,
tooltips, text panes, the status bar — is checked against the English catalogue and read by a
word heuristic that knows English sentences from French ones. A new untranslated text fails it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from hybridstudio.paths import recipes_dir, resources_dir
from hybridstudio.testing.ui import make_window, wait_idle, wait_jobs
from hybridstudio.ui.i18n import Translations
from hybridstudio.ui.tests.ui_audit import (
    english_in_french,
    english_only_texts,
    looks_english,
    readable_texts,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qtbot):
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr", save=False)
    w.resize(1366, 768)
    qtbot.wait(50)
    yield w
    w.set_language("en", save=False)
    qtbot.wait(50)


def test_the_heuristic_reads_english_and_french():
    assert looks_english("The films are ready for the darkroom.")
    assert looks_english("Cyan: 70.2 lpi is too fine for a 230 threads/in mesh")
    assert not looks_english("Cyan : 70,2 lpi est trop fin pour un tamis de 90 fils/cm")
    assert not looks_english("Noir et blanc")
    assert not looks_english("Real-ESRGAN x4plus (BSD-3-Clause)")  # names are not sentences
    assert not looks_english("/tmp/coffee.png")


def test_french_app_through_its_main_views(french, qtbot, tmp_path):
    w = french
    english = english_only_texts()
    seen: list[tuple[str, str, str]] = []

    def audit(where: str, top=None) -> None:
        seen.extend((where, *x) for x in english_in_french(top or w, english))

    # the shipped sample, then a recipe that separates into riso inks and makes films; a mesh
    # and a ruling that the screening advisor warns about
    w.studio.open_image(resources_dir() / "samples" / "coffee.png")
    wait_jobs(qtbot, w, timeout=60)
    audit("sample opened")
    assert w.studio.open_recipe(recipes_dir() / "riso-two-colour-films.toml")
    films = next(i for i, s in enumerate(w.doc.steps) if s.kind == "films")
    w.doc.set_param(films, "mesh", 230.0)
    w.doc.set_param(films, "lpi", 71.0)
    wait_idle(qtbot, w, timeout=120)
    job = w.studio.run_full()
    assert job is not None
    qtbot.waitUntil(lambda: not job.active, timeout=240000)
    assert job.status == "done", job.error
    assert job.warnings, "the advisor had something to say"
    table = w.jobs_panel.table
    model = table.model()
    qtbot.wait(50)
    table.setCurrentIndex(model.index(0, 0))  # the newest job first
    details = w.jobs_panel.details.toPlainText()
    assert "fils/cm" in details and "threads" not in details, details  # the advice, per cm
    audit("films made")
    for i in range(w.view_combo.count()):  # every view: predicted print, each separation, film
        w.view_combo.setCurrentIndex(i)
        qtbot.wait(20)
    names = [w.view_combo.itemText(i) for i in range(w.view_combo.count())]
    assert not any(n.endswith((" Black", " Blue", " Yellow", " Red")) for n in names), names
    for row in range(w.recipe_panel.list.count()):  # every step's form
        w.recipe_panel.list.setCurrentRow(row)
        qtbot.wait(20)
        audit(f"step {row + 1}")

    # the Models dialog on every model
    from hybridstudio.ui.models_panel import ModelsDialog

    dlg = ModelsDialog(w.model.settings, w.jobs, w)
    qtbot.addWidget(dlg)
    dlg.resize(1100, 700)
    dlg.show()
    for st in list(dlg.panel.statuses):
        assert dlg.panel.select(st.manifest.id)
        qtbot.wait(10)
        seen.extend((f"Models: {st.manifest.id}", *x) for x in english_in_french(dlg, english))
    assert len(dlg.panel.statuses) > 5
    dlg.close()

    # the settings, and a file that cannot be read
    from hybridstudio.ui.settings_dialog import SettingsDialog

    sdlg = SettingsDialog(w.model.settings, w)
    qtbot.addWidget(sdlg)
    sdlg.show()
    seen.extend(("Settings", *x) for x in english_in_french(sdlg, english))
    sdlg.close()
    bad = tmp_path / "pas-une-image.png"
    bad.write_bytes(b"not a picture")
    w.studio.open_image(bad)
    wait_jobs(qtbot, w)
    assert "pas-une-image.png" in w.statusBar().currentMessage()
    audit("unreadable file")
    assert not seen, "\n".join(map(str, seen))


def test_an_untranslated_new_text_fails_the_audit(french, qtbot):
    """The audit is not blind: English that no catalogue knows is found, in a label, a tooltip
    and the status bar."""
    w = french
    english = english_only_texts()
    assert not [x for x in english_in_french(w.recipe_panel, english)]
    label = QLabel("Expose the screen for 90 seconds with the lamp at 60 cm.")
    w.recipe_panel.layout().addWidget(label)
    w.recipe_panel.run_btn.setToolTip("Run all the steps of this recipe at full size")
    w.statusBar().showMessage("The export is done and the films are in your folder.")
    qtbot.wait(20)
    found = {text for _where, text in english_in_french(w, english)}
    assert "Expose the screen for 90 seconds with the lamp at 60 cm." in found
    assert "Run all the steps of this recipe at full size" in found
    assert "The export is done and the films are in your folder." in found
    assert ("statusBar", "The export is done and the films are in your folder.") in readable_texts(w)
