"""The shipped negative recipes load and run through the executor on a real photo."""

from __future__ import annotations

import pytest
import tifffile

from hybridstudio.core.executor import Executor
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.settings import Settings
from hybridstudio.negative.tone import srgb_to_lstar
from hybridstudio.testing import ROOT, photo

RECIPES = ROOT / "resources" / "recipes"


@pytest.mark.parametrize("name", ["cyanotype-negative", "platinum-palladium-negative"])
def test_negative_recipes_run(tmp_path, name):
    recipe = Recipe.load(RECIPES / f"{name}.toml")
    neg = next(s for s in recipe.steps if s.kind == "negative")
    neg.params["dpi"] = 360.0  # keep the test quick; the shipped recipes print at 1440 dpi
    image = ImagePayload(photo("chelsea"), source="chelsea.png")
    [res] = Executor(Settings()).run(recipe, [image], tmp_path)
    tif = next(p for p in res.outputs if p.suffix == ".tif")
    assert any(p.suffix == ".pdf" for p in res.outputs)
    with tifffile.TiffFile(tif) as tf:
        page = tf.pages[0]
        assert page.bitspersample == 16
        x_res = page.tags["XResolution"].value
        assert x_res[0] / x_res[1] == pytest.approx(360.0)
    assert res.record.steps[-1].step_id == "negative"
    assert not res.record.ai_roles


def test_print_preview_recipe(tmp_path):
    recipe = Recipe.load(RECIPES / "cyanotype-print-preview.toml")
    image = ImagePayload(photo("camera"), source="camera.png")
    [res] = Executor(Settings()).run(recipe, [image], None)
    out = res.payload.pixels
    assert out.shape == image.pixels.shape
    assert out[..., 2].mean() > out[..., 0].mean()  # blue
    # darker in the image → darker in the print
    src_l, out_l = srgb_to_lstar(image.pixels).ravel(), srgb_to_lstar(out).ravel()
    assert out_l[src_l < 20].mean() < out_l[src_l > 80].mean() - 30


def test_rendering_the_negative_counts_in_the_job_cost(tmp_path):
    import json

    recipe = Recipe.load(RECIPES / "platinum-palladium-negative.toml")
    recipe.steps[0].params["dpi"] = 360.0
    [res] = Executor(Settings()).run(recipe, [ImagePayload(photo("chelsea"), source="c.png")], tmp_path)
    labels = [e["label"] for e in res.record.cost["entries"]]
    assert "negative: render and write" in labels and "step negative" in labels
    side = next(p for p in res.outputs if p.name.endswith(".tif.hybridstudio.json"))
    cost = json.loads(side.read_text())["cost"]
    assert cost["wall_s"] >= res.record.cost["wall_s"] - 1e-6 and cost["energy_wh"] > 0
