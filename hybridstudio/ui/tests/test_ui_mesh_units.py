"""Mesh counts in the workshop's unit, in the app: a French workshop sees and types fils/cm in the
recipe form and reads the screening advice per centimetre; Settings can say per inch (or per cm
for an English-speaking workshop), and the form and the advice follow at once."""

from __future__ import annotations

import dataclasses

import pytest

from hybridstudio.paths import recipes_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs
from hybridstudio.ui.i18n import Translations

pytestmark = pytest.mark.gui


def _advice(qtbot, w) -> str:
    job = w.studio.run_full()
    qtbot.waitUntil(lambda: not job.active, timeout=240000)
    assert job.status == "done", job.error
    table = w.jobs_panel.table
    qtbot.wait(50)
    table.setCurrentIndex(table.model().index(0, 0))
    return w.jobs_panel.details.toPlainText()


@pytest.mark.parametrize(
    ("lang", "preference", "suffix", "advice"),
    [
        ("fr", "", "fils/cm", "tamis de 90,6 fils/cm"),
        ("fr", "in", "fils/pouce", "tamis de 230 fils/pouce"),
        ("en", "cm", "threads/cm", "a 90.6 threads/cm mesh"),
    ],
)
def test_mesh_unit_follows_language_and_settings(qtbot, tmp_path, lang, preference, suffix, advice):
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language(lang, save=False)
    qtbot.wait(50)
    try:
        w.studio.apply_settings(dataclasses.replace(w.model.settings, mesh_unit=preference))
        w.studio.open_image(save_photo(tmp_path, "coffee", size=300))
        wait_jobs(qtbot, w)
        assert w.studio.open_recipe(recipes_dir() / "riso-two-colour-films.toml")
        films = next(i for i, s in enumerate(w.doc.steps) if s.kind == "films")
        w.doc.set_param(films, "mesh", 230.0)  # kept per inch in the recipe
        w.doc.set_param(films, "lpi", 71.0)  # too fine for that mesh: the advisor says so
        wait_idle(qtbot, w, timeout=120)
        w.recipe_panel.list.setCurrentRow(films)
        qtbot.wait(20)
        mesh = w.recipe_panel.form.editor("mesh")
        assert mesh.suffix().strip() == suffix
        details = _advice(qtbot, w)
        assert advice in details, details
        other = {"fils/cm", "fils/pouce", "threads/cm", "threads/in"} - {suffix}
        assert not any(o in details for o in other), details
    finally:
        w.set_language("en", save=False)
        qtbot.wait(50)
