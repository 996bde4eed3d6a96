"""At 1366×768, in English and in French: no dock or dialog clips its text (a widget narrower or
lower than its text needs), and no English is left in the French UI."""

from __future__ import annotations

import pytest

from hybridstudio.paths import recipes_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.i18n import Translations
from hybridstudio.ui.tests.ui_audit import clipped, english_left, english_only_texts, point_decimals

pytestmark = pytest.mark.gui

SCREEN = (1366, 768)


@pytest.fixture(params=["en", "fr"])
def window(request, qtbot, tmp_path):
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language(request.param, save=False)
    w.resize(*SCREEN)
    src = save_photo(tmp_path, "coffee", size=300)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    assert w.studio.open_recipe(recipes_dir() / "riso-two-colour-films.toml")
    wait_idle(qtbot, w, timeout=90)
    qtbot.wait(100)
    yield w, request.param
    w.set_language("en", save=False)


def _dialogs(w):
    from hybridstudio.ui.export_dialog import ExportDialog
    from hybridstudio.ui.models_panel import ModelsDialog
    from hybridstudio.ui.settings_dialog import SettingsDialog

    dialogs = [
        ExportDialog(w, w.ui_state, w.model.result),
        ModelsDialog(w.model.settings, w.jobs, w),
        SettingsDialog(w.model.settings, w),
    ]
    # the export of separations, with its films settings: the tallest dialog
    if len(w.doc) > 1:
        w.doc.remove_step(1)
    dialogs.append(ExportDialog(w, w.ui_state, w.model.result))
    dialogs[-1].setObjectName("exportSeparationsDialog")
    return dialogs


def test_nothing_is_clipped_at_1366x768(window, qtbot):
    w, lang = window
    problems = [(lang, *c) for c in clipped(w)]
    for dlg in _dialogs(w):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.wait(50)
        assert dlg.width() <= SCREEN[0] and dlg.height() <= SCREEN[1], dlg.objectName()
        problems += [(lang, dlg.objectName(), *c) for c in clipped(dlg)]
        dlg.close()
    assert not problems, "\n".join(map(str, problems))


def test_no_english_left_in_french(window, qtbot):
    w, lang = window
    if lang != "fr":
        pytest.skip("French only")
    english = english_only_texts()
    left = english_left(w, english)
    for dlg in _dialogs(w):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.wait(50)
        left += [(dlg.objectName(), *x) for x in english_left(dlg, english)]
        dlg.close()
    assert not left, "\n".join(map(str, left))
    # one number format: decimal commas in French, in fields, labels and tooltips alike
    w.recipe_panel.list.setCurrentRow(1)  # the films step: dpi, lpi, mesh …
    qtbot.wait(50)
    points = point_decimals(w)
    assert not points, "\n".join(map(str, points))


def test_toolbar_stays_put_and_jobs_show_several_rows(window, qtbot):
    w, _lang = window
    fit = w.toolbar.widgetForAction(w.acts.fit)
    x0 = fit.mapTo(w, fit.rect().topLeft()).x()
    w.doc.add_step("greyscale")  # the undo text becomes “Undo Add step …”
    qtbot.wait(50)
    assert w.acts.undo.text() != w.acts.undo.iconText()
    assert fit.mapTo(w, fit.rect().topLeft()).x() == x0
    table = w.jobs_panel.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 3, rows
