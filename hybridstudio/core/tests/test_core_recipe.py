"""Recipe loading: every kind of validation error names the file, the step and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridstudio.core.errors import RecipeError
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.step import all_steps

RECIPES = Path(__file__).resolve().parents[3] / "resources" / "recipes"

GOOD = """
hybridstudio_recipe = 1
name = "Test"

[[steps]]
kind = "greyscale"
filter = "red"

[[steps]]
kind = "levels"
black = 5
white = 95.5
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "school-recipe.toml"
    p.write_text(text, encoding="utf-8")
    return p


def load_error(tmp_path: Path, text: str) -> RecipeError:
    with pytest.raises(RecipeError) as info:
        Recipe.load(write(tmp_path, text))
    return info.value


def test_good_recipe_loads_with_defaults_and_types(tmp_path):
    r = Recipe.load(write(tmp_path, GOOD))
    assert [s.kind for s in r.steps] == ["greyscale", "levels"]
    assert r.steps[1].params == {"black": 5.0, "white": 95.5, "gamma": 1.0}
    assert isinstance(r.steps[1].params["black"], float)


def test_unknown_step_suggests_the_close_one(tmp_path):
    err = load_error(tmp_path, GOOD.replace('kind = "levels"', 'kind = "levles"'))
    assert err.step == 2 and err.field == "kind"
    assert "school-recipe.toml" in str(err) and "step 2" in str(err)
    assert "did you mean 'levels'" in str(err)


def test_unknown_parameter_suggests_the_close_one(tmp_path):
    err = load_error(tmp_path, GOOD.replace("black = 5", "blak = 5"))
    assert (err.step, err.field) == (2, "blak")
    assert "did you mean 'black'" in str(err)


def test_unknown_top_level_key(tmp_path):
    err = load_error(tmp_path, GOOD.replace('name = "Test"', 'nmae = "Test"'))
    assert err.field == "nmae" and "did you mean 'name'" in str(err)


def test_wrong_type(tmp_path):
    err = load_error(tmp_path, GOOD.replace("black = 5", 'black = "dark"'))
    assert (err.step, err.field) == (2, "black") and "expected a number" in str(err)


def test_value_out_of_range_names_the_limit_and_unit(tmp_path):
    err = load_error(tmp_path, GOOD.replace("white = 95.5", "white = 150"))
    assert (err.step, err.field) == (2, "white")
    assert "above the maximum 100.0 %" in str(err)


def test_bad_choice_lists_the_choices(tmp_path):
    err = load_error(tmp_path, GOOD.replace('filter = "red"', 'filter = "rde"'))
    assert (err.step, err.field) == (1, "filter")
    assert "did you mean 'red'" in str(err) and "orange" in str(err)


def test_wrong_and_missing_version(tmp_path):
    err = load_error(tmp_path, GOOD.replace("hybridstudio_recipe = 1", "hybridstudio_recipe = 7"))
    assert err.field == "hybridstudio_recipe" and "newer HybridStudio" in str(err)
    err = load_error(tmp_path, GOOD.replace("hybridstudio_recipe = 1", ""))
    assert err.field == "hybridstudio_recipe"


def test_not_toml_and_missing_file(tmp_path):
    err = load_error(tmp_path, "[[steps]\nkind = ")
    assert "not valid TOML" in str(err)
    with pytest.raises(RecipeError, match="no such recipe file"):
        Recipe.load(tmp_path / "absent.toml")


def test_step_without_kind(tmp_path):
    err = load_error(tmp_path, GOOD.replace('kind = "greyscale"\n', ""))
    assert (err.step, err.field) == (1, "kind")


def test_recipe_text_is_never_evaluated(tmp_path):
    marker = tmp_path / "pwned"
    text = GOOD.replace('name = "Test"', f"name = \"__import__('os').system('touch {marker}')\"")
    r = Recipe.load(write(tmp_path, text))
    assert r.name.startswith("__import__") and not marker.exists()


def test_dumps_round_trip_is_equal(tmp_path):
    r = Recipe.load(write(tmp_path, GOOD))
    again = Recipe.loads(r.dumps())
    assert [(s.kind, s.params) for s in again.steps] == [(s.kind, s.params) for s in r.steps]
    assert r.dumps().startswith("# HybridStudio recipe")


@pytest.mark.parametrize("path", sorted(RECIPES.glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_recipes_load(path):
    recipe = Recipe.load(path)
    assert recipe.steps and recipe.description


def test_every_step_declares_itself():
    steps = all_steps()
    assert {"greyscale", "levels", "print_size"} <= set(steps)
    for cls in steps.values():
        assert cls.title and cls.description and cls.how_it_works and cls.craft, cls.id
        for p in cls.params:
            assert p.validate(p.default) == p.default or p.default is None, (cls.id, p.name)
