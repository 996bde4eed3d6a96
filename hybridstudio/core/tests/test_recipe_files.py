"""Files named inside a recipe (calibrations, ICC profiles, .cube LUTs, ink libraries, model files)
stay in the recipe's folder or the user's own HybridStudio folders: a recipe shared between schools
cannot read /etc/… or climb out with ../../, and the error names the recipe, the step and the path."""

from __future__ import annotations

import os

import cv2
import numpy as np
import pytest

from hybridstudio.cli import main
from hybridstudio.core.colour_lib import colour
from hybridstudio.core.errors import RecipeError
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.settings import data_dir
from hybridstudio.testing import photo

HEAD = 'hybridstudio_recipe = 1\nname = "shared"\n\n[[steps]]\nkind = "levels"\n\n'


def _recipe(folder, step: str, name: str = "shared.toml"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEAD + step)
    return path


def _cube(path):
    """A real .cube written by colour-science (a warm grade)."""
    t = colour.LUT3D.linear_table(9) ** np.array([0.9, 1.0, 1.2])
    colour.io.write_LUT(colour.LUT3D(t), str(path))
    return path


HOSTILE = [
    ('[[steps]]\nkind = "cube_lut"\npath = "/etc/passwd"\n', "path", "/etc/passwd"),
    ('[[steps]]\nkind = "cube_lut"\npath = "../../secret.cube"\n', "path", "../../secret.cube"),
    ('[[steps]]\nkind = "cube_lut"\npath = "luts/../../secret.cube"\n', "path", "luts/../../secret.cube"),
    ('[[steps]]\nkind = "negative"\ncalibration = "/etc/shadow"\n', "calibration", "/etc/shadow"),
    (
        '[[steps]]\nkind = "separate"\nicc = "../../../usr/share/color/icc/x.icc"\n',
        "icc",
        "../../../usr/share/color/icc/x.icc",
    ),
    (
        '[[steps]]\nkind = "separate"\nlibrary = "../other-school/inks.toml"\n',
        "library",
        "../other-school/inks.toml",
    ),
    ('[[steps]]\nkind = "upscale"\nmodel = "/home/someone/evil.onnx"\n', "model", "/home/someone/evil.onnx"),
    ('[[steps]]\nkind = "cube_lut"\npath = "C:\\\\Windows\\\\win.ini"\n', "path", "C:\\Windows\\win.ini"),
]


@pytest.mark.parametrize(("step", "field", "value"), HOSTILE)
def test_hostile_recipe_paths_are_refused_naming_recipe_step_and_path(tmp_path, step, field, value):
    path = _recipe(tmp_path / "school" / "recipes", step)
    with pytest.raises(RecipeError) as err:
        Recipe.load(path)
    msg = str(err.value)
    assert str(path) in msg and "step 2" in msg and f"'{field}'" in msg and repr(value) in msg
    assert "outside the recipe's folder" in msg


def test_a_link_beside_the_recipe_pointing_out_is_refused(tmp_path):
    secret = _cube(tmp_path / "secret.cube")
    folder = tmp_path / "recipes"
    folder.mkdir()
    os.symlink(secret, folder / "grade.cube")
    path = _recipe(folder, '[[steps]]\nkind = "cube_lut"\npath = "grade.cube"\n')
    with pytest.raises(RecipeError, match="grade.cube"):
        Recipe.load(path)


def test_files_beside_the_recipe_and_in_the_users_folders_are_used(tmp_path, monkeypatch):
    folder = tmp_path / "recipes"
    (folder / "luts").mkdir(parents=True)
    _cube(folder / "luts" / "warm.cube")
    path = _recipe(folder, '[[steps]]\nkind = "cube_lut"\npath = "luts/warm.cube"\n')
    recipe = Recipe.load(path)
    assert recipe.steps[1].params["path"] == str(folder / "luts" / "warm.cube")
    # the user's own library, by absolute path, and the shipped names stay usable
    (data_dir() / "inks").mkdir(parents=True)
    own = data_dir() / "inks" / "ours.toml"
    own.write_text('name = "ours"\n')
    lib = _recipe(folder, f'[[steps]]\nkind = "separate"\nlibrary = "{own}"\n', "lib.toml")
    assert Recipe.load(lib).steps[1].params["library"] == str(own)
    named = _recipe(folder, '[[steps]]\nkind = "separate"\nlibrary = "riso"\n', "named.toml")
    assert Recipe.load(named).steps[1].params["library"] == "riso"
    # saved again elsewhere in the folder: the file stays relative, so both travel together
    recipe.save(folder / "copy.toml")
    assert 'path = "luts/warm.cube"' in (folder / "copy.toml").read_text()
    # and it runs from any working folder: the LUT is found beside the recipe
    img = tmp_path / "in.png"
    cv2.imwrite(str(img), (photo("coffee")[::8, ::8, ::-1] * 255).astype(np.uint8))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert main(["run", str(folder / "copy.toml"), "-i", str(img), "-o", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").glob("*.png"))) == 1


def test_cli_gives_one_line_without_traceback_in_english_and_french(tmp_path, capsys, monkeypatch):
    path = _recipe(tmp_path / "r", '[[steps]]\nkind = "negative"\ncalibration = "/etc/passwd"\n')
    img = tmp_path / "in.png"
    cv2.imwrite(str(img), (photo("coffee")[::8, ::8, ::-1] * 255).astype(np.uint8))
    assert main(["run", str(path), "-i", str(img), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "step 2" in err and "/etc/passwd" in err
    assert not (tmp_path / "out").exists()
    monkeypatch.setenv("HYBRIDSTUDIO_LANG", "fr")
    assert main(["run", str(path), "-i", str(img), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "hors du dossier de la recette" in err and "/etc/passwd" in err
