"""French, complete: shipped recipe names and descriptions, mesh in fils/cm with both units
accepted (app, recipes, CLI), a proper word for the seed, numbers with a decimal comma."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hybridstudio.core.recipe import Recipe
from hybridstudio.paths import recipes_dir
from hybridstudio.testing import ARTIFACTS
from hybridstudio.testing.ui import make_window
from hybridstudio.ui.i18n import Translations

pytestmark = pytest.mark.gui


def test_every_shipped_recipe_has_french():
    for p in recipes_dir().glob("*.toml"):
        r = Recipe.load(p)
        name, desc = r.localized("fr")
        assert name != r.name and desc != r.description, p.name
        assert r.localized("en") == (r.name, r.description)
        # saving keeps both languages
        assert Recipe.loads(r.dumps()).localized("fr") == (name, desc)


def test_french_window_shows_french_recipe_names_and_mesh_per_cm(qtbot):
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr")
    qtbot.wait(50)  # LanguageChange events go through the event loop
    try:
        menu = [a.text() for a in w.menu_recipes.actions()]
        assert "Masters riso" in menu and "Riso masters" not in menu
        assert w.studio.open_recipe(recipes_dir() / "films-screenprint-garment.toml")
        assert w.recipe_panel.name_label.text() == "Typons de sérigraphie textile"
        assert "Typons de sérigraphie textile" in w.windowTitle()
        w.doc.set_param(0, "mesh", 90 * 2.54)  # 90 threads per centimetre, stored per inch
        w.recipe_panel.list.setCurrentRow(0)
        qtbot.wait(20)
        mesh = w.recipe_panel.form.editor("mesh")
        assert mesh.suffix().strip() == "fils/cm"
        assert mesh.text().startswith("90,0")
        mesh.setValue(120.0)  # typed per centimetre …
        mesh.editingFinished.emit()
        qtbot.wait(20)
        assert w.doc.steps[0].params["mesh"] == pytest.approx(120 * 2.54, rel=1e-4)  # … kept per inch
        seed_labels = [lbl.text() for lbl in w.generate_panel.findChildren(type(w.size_label))]
        assert not any("Graine" in t for t in seed_labels)
    finally:
        w.set_language("en")
        qtbot.wait(50)
    assert [a.text() for a in w.menu_recipes.actions()].count("Riso masters") == 1


def test_mesh_in_both_units_in_recipes_and_cli(tmp_path):
    r = Recipe.loads('hybridstudio_recipe = 1\nname = "x"\n[[steps]]\nkind = "films"\nmesh = "90/cm"\n')
    assert r.steps[0].params["mesh"] == pytest.approx(228.6)
    out = subprocess.run(
        [sys.executable, "-m", "hybridstudio", "films", "--help"], capture_output=True, text=True, timeout=60
    )
    assert "90/cm" in out.stdout


def test_model_descriptions_in_french(qtbot):
    from hybridstudio.core.settings import Settings
    from hybridstudio.models import list_models

    statuses = list_models(Settings())
    assert statuses and all(st.manifest.description_fr for st in statuses)
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr")
    qtbot.wait(50)
    try:
        from hybridstudio.ui.models_panel import ModelsPanel

        panel = ModelsPanel(w.model.settings, w.jobs)
        qtbot.addWidget(panel)
        assert panel.select("taesd")
        assert "décode les latents" in panel.info.toPlainText()
        assert "Entraîné à imiter l’encodeur" in panel.info.toPlainText()  # [training] data_fr
    finally:
        w.set_language("en")
        qtbot.wait(50)


def test_french_screenshots_under_xvfb(tmp_path):
    """The five French screenshots of the done-when list, on an X server (CI keeps them)."""
    import shutil
    from pathlib import Path

    if not shutil.which("xvfb-run"):
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    out = ARTIFACTS
    script = Path(__file__).with_name("screenshot_french_views.py")
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run(
        [sys.executable, str(script), "--out-dir", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    from PIL import Image

    for name in ("main", "films", "negative", "models-failed", "export"):
        with Image.open(out / f"fr-{name}.png") as im:
            assert im.size == (1366, 768)  # the whole screen, as the student sees it
            assert len(im.convert("RGB").resize((64, 36)).getcolors(64 * 36)) > 50


def test_job_progress_names_the_step_in_french(qtbot, tmp_path):
    from hybridstudio.testing.ui import save_photo, wait_jobs

    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr")
    qtbot.wait(50)
    try:
        w.studio.set_live_preview(False)
        w.studio.open_image(save_photo(tmp_path, "coffee", size=200))
        wait_jobs(qtbot, w)
        w.doc.add_step("greyscale")
        seen: list[str] = []
        w.jobs.jobChanged.connect(lambda i: seen.append(w.jobs.jobs[i].message))
        w.studio.run_full()
        wait_jobs(qtbot, w)
        assert any(m.startswith("Noir et blanc") for m in seen), seen
        assert not any(m.startswith("Greyscale") for m in seen), seen
    finally:
        w.set_language("en")
        qtbot.wait(50)


def test_same_choice_id_named_for_its_parameter(qtbot):
    from hybridstudio.core.step import all_steps
    from hybridstudio.ui.param_form import ParamForm

    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr")
    qtbot.wait(50)
    try:
        form = ParamForm()
        qtbot.addWidget(form)
        sep = all_steps()["separate"]
        form.build(sep.params, {p.name: p.default for p in sep.params}, "mm")
        method = form.editor("method")
        text = method.itemText(method.findData("stock"))
        assert text == "Meilleures encres de votre stock"  # inks from the library, not a film stock
    finally:
        w.set_language("en")
        qtbot.wait(50)
