"""Recipes that know their inputs: a films recipe on a photo says in words what is missing, offers
the separation step in one click, and never ends in a Python error; the CLI says the same."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hybridstudio.core.errors import RecipeInputError
from hybridstudio.core.recipe import Recipe
from hybridstudio.paths import recipes_dir
from hybridstudio.testing.ui import make_window, save_photo, wait_idle, wait_jobs

pytestmark = pytest.mark.gui

FILMS_RECIPES = ("films-screenprint-garment.toml", "films-riso-masters.toml")


@pytest.mark.parametrize("name", FILMS_RECIPES)
def test_loader_explains_what_a_films_recipe_needs(name):
    recipe = Recipe.load(recipes_dir() / name)
    recipe.check_source("separations")  # fits a separations folder
    with pytest.raises(RecipeInputError) as err:
        recipe.check_source("image")
    assert "separation step" in err.value.problem and "separations folder" in err.value.problem
    assert err.value.fix_step == "separate"
    with pytest.raises(RecipeInputError) as err:
        recipe.check_source("image", lang="fr")
    assert "séparation" in err.value.problem


@pytest.mark.parametrize("name", FILMS_RECIPES)
def test_films_recipe_on_a_photo_offers_the_separation_step(qtbot, tmp_path, name):
    src = save_photo(tmp_path, "astronaut", size=200)
    w = make_window(qtbot)
    w.studio.open_image(src)
    wait_jobs(qtbot, w)
    assert w.studio.open_recipe(recipes_dir() / name)
    wait_idle(qtbot, w)
    panel = w.recipe_panel
    assert panel.chain_error.isVisible()
    assert "add a separation step" in panel.chain_error.text()
    assert "Error" not in panel.chain_error.text() and "Attribute" not in panel.chain_error.text()
    assert panel.fix_step_btn.isVisible() and panel.fix_open_btn.isVisible()
    assert not getattr(w, "last_error", "")  # no job failed behind the user's back
    # the canvas shows the photo itself, not a stale result
    assert w.model.result is w.model.source
    qtbot.mouseClick(panel.fix_step_btn, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert w.doc.steps[0].kind == "separate"
    assert not panel.chain_error.isVisible()
    wait_idle(qtbot, w, timeout=90)
    assert getattr(w.model.result, "kind", "") == "films"
    w.doc.undo_stack.undo()  # one undo removes the fix
    assert w.doc.steps[0].kind == "films"


def test_cli_run_of_a_films_recipe_on_a_photo_is_one_clear_line(tmp_path):
    src = save_photo(tmp_path, "astronaut", size=100)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "hybridstudio",
            "run",
            "films-riso-masters",
            "-i",
            str(src),
            "-o",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"hybridstudio: error: {src}: This recipe makes films from separations: add a "
        "separation step, or open a separations folder."
    ]
