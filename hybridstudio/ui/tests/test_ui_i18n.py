"""English and French through Qt's translator: the whole window switches live, engine step texts
included, and the CLI reads the same catalogue."""

from __future__ import annotations

import pytest

from hybridstudio.core.i18n import TRANSLATIONS_DIR, translate
from hybridstudio.testing.ui import make_window
from hybridstudio.ui.i18n import Translations

pytestmark = pytest.mark.gui


def test_switch_language_live(qtbot):
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.doc.add_step("levels")
    assert w.menu_file.title() == "&File"
    assert w.recipe_panel.run_btn.text() == "Run at full resolution"
    w.set_language("fr")
    qtbot.wait(50)  # LanguageChange events are delivered through the event loop
    try:
        assert tr.language == "fr"
        assert w.menu_file.title() == "&Fichier"
        assert w.menu_edit.title() == "&Édition"
        assert w.recipe_panel.run_btn.text() == "Lancer en pleine résolution"
        assert w.recipe_dock.windowTitle() == "Recette"
        # engine text of the step (marked QT_TRANSLATE_NOOP("steps", …)) and its form labels
        assert w.recipe_panel.step_title.text() == "Niveaux"
        assert "Comment ça marche" in w.recipe_panel.explain.text()
        assert "point noir" in w.recipe_panel.explain.text()
        labels = [lbl.text() for lbl in w.recipe_panel.form.findChildren(type(w.recipe_panel.name_label))]
        assert "Noir" in labels and "Blanc" in labels
        assert (
            w.jobs_panel.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            == "Travail"
        )
        assert w.acts.languages["fr"].isChecked()
    finally:
        w.set_language("en")
        qtbot.wait(50)
    assert w.menu_file.title() == "&File"
    assert w.recipe_panel.step_title.text() == "Levels"


def test_every_french_message_is_translated_and_compiled(qapp):
    import xml.etree.ElementTree as ET

    root = ET.parse(TRANSLATIONS_DIR / "hybridstudio_fr.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert not unfinished, unfinished[:10]
    # the compiled catalogue matches its source: every message translates as in the .ts
    from PySide6.QtCore import QTranslator

    qm = QTranslator()
    assert qm.load(str(TRANSLATIONS_DIR / "hybridstudio_fr.qm"))
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            assert qm.translate(name, m.findtext("source")) == m.findtext("translation"), m.findtext("source")
    # the CLI reads the same file without Qt
    assert translate("steps", "Greyscale", "fr") == "Noir et blanc"
