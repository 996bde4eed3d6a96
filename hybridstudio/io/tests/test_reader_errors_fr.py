"""The readers of user files (images, recipes, calibrations, .cube LUTs, ink libraries) say what is
wrong in the user's language: a corrupt file opened in the French app or the French command line
gets a French message that still names the file."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from hybridstudio.analog.cube import read_cube
from hybridstudio.cli import main
from hybridstudio.core.errors import InputError, RecipeError
from hybridstudio.core.i18n import say
from hybridstudio.core.recipe import Recipe
from hybridstudio.negative.calibration import Calibration
from hybridstudio.separation.inks import load_library
from hybridstudio.testing import photo


def _truncated_png(path):
    """A real PNG written by OpenCV, cut in the middle of its pixel data."""
    cv2.imwrite(str(path), (photo("coffee")[::2, ::2, ::-1] * 255).astype(np.uint8))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def test_french_command_line_reports_a_truncated_png_in_french(tmp_path, monkeypatch, capsys):
    bad = _truncated_png(tmp_path / "scan.png")
    assert main(["look", str(bad), "-o", str(tmp_path / "o.png"), "--step", "grain"]) == 1
    english = capsys.readouterr().err
    assert "corrupt or truncated" in english and "scan.png" in english
    monkeypatch.setenv("HYBRIDSTUDIO_LANG", "fr")
    assert main(["look", str(bad), "-o", str(tmp_path / "o.png"), "--step", "grain"]) == 1
    french = capsys.readouterr().err
    assert "corrompu ou tronqué" in french and "scan.png" in french and "Traceback" not in french


def test_every_reader_speaks_french(tmp_path, monkeypatch):
    monkeypatch.setenv("HYBRIDSTUDIO_LANG", "fr")
    (tmp_path / "r.toml").write_text("hybridstudio_recipe = 1\n[[steps]\n")
    with pytest.raises(RecipeError, match="TOML invalide"):
        Recipe.load(tmp_path / "r.toml")
    (tmp_path / "bad.cube").write_text("LUT_3D_SIZE 2\n0 0 zero\n")
    with pytest.raises(InputError, match="du texte là où des nombres sont attendus"):
        read_cube(tmp_path / "bad.cube")
    (tmp_path / "c.negcal.json").write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(InputError, match="ce n’est pas un étalonnage de négatif"):
        Calibration.load(tmp_path / "c.negcal.json")
    (tmp_path / "inks.toml").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(InputError, match="impossible de lire la bibliothèque d’encres"):
        load_library(tmp_path / "inks.toml")
    from hybridstudio.io.images import load_image

    with pytest.raises(InputError) as missing:  # English in the record, French where it is said
        load_image(tmp_path / "missing.png")
    assert "ce fichier n’existe pas" in say(missing.value.args[0], "fr")
    assert "missing.png" in say(missing.value.args[0], "fr")


@pytest.mark.gui
def test_french_app_shows_a_corrupt_image_and_recipe_in_french(qtbot, tmp_path):
    from hybridstudio.testing.ui import make_window, wait_jobs
    from hybridstudio.ui.i18n import Translations

    w = make_window(qtbot, translations=Translations())
    w.set_language("fr")
    w.studio.open_image(_truncated_png(tmp_path / "scan.png"))
    wait_jobs(qtbot, w)
    assert "corrompu ou tronqué" in w.last_error and "scan.png" in w.last_error
    (tmp_path / "r.toml").write_text("hybridstudio_recipe = 1\n[[steps]\n")
    assert not w.studio.open_recipe(tmp_path / "r.toml")
    assert "TOML invalide" in w.last_error
