"""Analog steps in recipes, previews, the shipped recipes and the `look` / `grainmeter` commands."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled, InputError
from hybridstudio.core.executor import Executor
from hybridstudio.core.params import validate_params
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.recipe import Recipe, RecipeStep
from hybridstudio.core.settings import Settings
from hybridstudio.core.step import all_steps
from hybridstudio.testing import photo

RECIPES = Path(__file__).resolve().parents[3] / "resources" / "recipes"
ANALOG_RECIPES = [
    "tri-x-darkroom",
    "cinestill-night",
    "slide-film",
    "cyanotype-print",
    "riso-two-colour-look",
]


def _analog_steps():
    return {k: v for k, v in all_steps().items() if v.category == "analog"}


def _executor() -> Executor:
    return Executor(Settings())


def test_every_analog_step_explains_itself_and_changes_a_photo():
    steps = _analog_steps()
    assert {
        "grain",
        "halation",
        "bloom",
        "vignette",
        "hd_curve",
        "film_look",
        "chromatic_aberration",
        "light_leak",
        "dust_scratches",
        "paper_texture",
        "cube_lut",
        "alt_process",
        "riso_look",
    } <= set(steps)
    img = ImagePayload(photo("coffee"))
    for sid, cls in steps.items():
        assert len(cls.how_it_works) > 80 and len(cls.craft) > 40, sid
        if sid == "cube_lut":
            continue
        params = validate_params(cls.params, {"amount": 3.0} if sid == "grain" else {})
        recipe = Recipe(name=sid, steps=[RecipeStep(sid, params)])
        out = _executor().run(recipe, [img])[0].payload
        assert out.pixels.shape == img.pixels.shape and out.pixels.dtype == np.float32
        assert out.pixels.min() >= 0.0 and out.pixels.max() <= 1.0
        assert np.abs(out.pixels - img.pixels).mean() > 1e-3, f"{sid} left the photo unchanged"


def test_preview_grain_is_the_same_film_at_bigger_pixels():
    flat = ImagePayload(np.full((800, 1200, 3), 0.45, np.float32))
    recipe = Recipe(
        name="g",
        steps=[RecipeStep("grain", validate_params(all_steps()["grain"].params, {"stock": "tri-x-400"}))],
    )
    full = _executor().run(recipe, [flat])[0].payload.pixels[..., 0] - 0.45
    prev = _executor().run(recipe, [flat], preview_scale=0.5)[0].payload.pixels[..., 0] - 0.45
    assert prev.shape == (400, 600)
    assert prev.std() == pytest.approx(full.reshape(400, 2, 600, 2).mean(axis=(1, 3)).std(), rel=0.08)


@pytest.mark.parametrize("name", ANALOG_RECIPES)
def test_shipped_analog_recipes_run_on_a_photo(tmp_path, name):
    src = tmp_path / "chelsea.png"
    Image.fromarray((photo("chelsea") * 255).astype(np.uint8)).save(src)
    recipe = Recipe.load(RECIPES / f"{name}.toml")
    result = _executor().run(recipe, [src], out_dir=tmp_path / "out")[0]
    image = next(p for p in result.outputs if p.suffix == ".png")
    with Image.open(image) as im:  # read back by Pillow, not by our own code
        back = np.asarray(im.convert("RGB"), np.float32) / 255
    assert back.shape == (300, 451, 3)
    assert np.abs(back - photo("chelsea")).mean() > 0.01
    sidecar = json.loads(Path(str(image) + ".hybridstudio.json").read_text())
    assert [s["step"] for s in sidecar["steps"]] == [s.kind for s in recipe.steps]
    assert sidecar["ai_used"] is False


def test_cube_step_reports_the_broken_file_and_line(tmp_path):
    bad = tmp_path / "grade.cube"
    bad.write_text("LUT_3D_SIZE 2\n" + "0 0 0\n" * 5 + "1 1\n" + "0 0 0\n" * 2)
    cls = all_steps()["cube_lut"]
    recipe = Recipe(
        name="lut", steps=[RecipeStep("cube_lut", validate_params(cls.params, {"path": str(bad)}))]
    )
    with pytest.raises(InputError, match=r"grade\.cube: line 7"):
        _executor().run(recipe, [ImagePayload(photo("coffee"))])


def test_cube_step_applies_a_lut(tmp_path):
    lut = tmp_path / "invert.cube"
    rows = [f"{1 - r} {1 - g} {1 - b}" for b in (0, 1) for g in (0, 1) for r in (0, 1)]
    lut.write_text("LUT_3D_SIZE 2\n" + "\n".join(rows) + "\n")
    cls = all_steps()["cube_lut"]
    recipe = Recipe(
        name="lut", steps=[RecipeStep("cube_lut", validate_params(cls.params, {"path": str(lut)}))]
    )
    img = photo("coffee")
    out = _executor().run(recipe, [ImagePayload(img)])[0].payload.pixels
    assert np.abs(out - (1 - img)).max() < 1e-5


def test_a_cancelled_job_stops():
    token = CancelToken()
    token.cancel()
    cls = all_steps()["grain"]
    recipe = Recipe(name="g", steps=[RecipeStep("grain", validate_params(cls.params, {}))])
    with pytest.raises(Cancelled):
        _executor().run(recipe, [ImagePayload(photo("coffee"))], cancel=token)


def test_look_command(tmp_path, capsys):
    src = tmp_path / "coffee.png"
    Image.fromarray((photo("coffee") * 255).astype(np.uint8)).save(src)
    before = src.read_bytes()
    rc = main(
        [
            "look",
            str(src),
            "-o",
            str(src),
            "--step",
            "grain",
            "stock=portra-400",
            "amount=3",
            "--step",
            "halation",
            "size_um=250",
            "--step",
            "riso_look",
            "inks=blue,yellow",
        ]
    )
    assert rc == 0 and src.read_bytes() == before  # never replaces its input
    out = tmp_path / "coffee-2.png"
    with Image.open(out) as im:
        assert im.size == (600, 400)
    assert main(["look", str(src), "-o", str(tmp_path / "x.png"), "--step", "grain", "stock=trix"]) == 1
    assert "tri-x-400" in capsys.readouterr().err
    assert (
        main(["look", str(src), "-o", str(tmp_path / "x.png"), "--step", "alt_process", "process=gum"]) == 1
    )
    assert "cyanotype" in capsys.readouterr().err


def test_grainmeter_command(capsys):
    assert main(["grainmeter", "--stock", "tri-x-400", "--stock", "portra-400"]) == 0
    out = capsys.readouterr().out
    assert "tri-x-400" in out and "gate ±10 %" in out
