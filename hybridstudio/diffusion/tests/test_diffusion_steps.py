"""The generation steps in recipes and the `hybridstudio generate` command, on tiny models: the
shipped recipes run end to end (model swapped for a tiny one), outputs carry their provenance."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.executor import Executor
from hybridstudio.core.provenance import COMPOSITE, TRAINED, record_from_xmp
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.settings import Settings
from hybridstudio.core.step import AI_GENERATES, AI_MODIFIES, get_step
from hybridstudio.diffusion.job import folder_digest, release_pipelines
from hybridstudio.testing import ROOT, photo
from hybridstudio.testing.diffusion import tiny_model

RECIPES = ROOT / "resources" / "recipes"


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("tiny-steps")


@pytest.fixture(autouse=True)
def _fresh_pipelines():
    yield
    release_pipelines()


def _with_model(recipe: Recipe, folder: Path) -> Recipe:
    """The shipped recipe, its catalogue model swapped for a tiny local one (no download here)."""
    text = recipe.dumps().replace('"lcm-dreamshaper-v7"', json.dumps(str(folder)))
    text = text.replace("width = 512", "width = 64").replace("height = 512", "height = 64")
    return Recipe.loads(text)


def test_step_kinds_declared():
    gen, i2i = get_step("generate"), get_step("img2img")
    assert (gen.consumes, gen.produces, gen.ai) == ("nothing", "image", AI_GENERATES)
    assert (i2i.consumes, i2i.produces, i2i.ai) == ("image", "image", AI_MODIFIES)
    for cls in (gen, i2i):
        assert cls.how_it_works and cls.craft and cls.category == "ai"
        assert cls.param("scheduler").choices[0] == "model"


def test_prompt_to_print_recipe_runs(models, tmp_path):
    folder = tiny_model(models, "lcm")
    recipe = _with_model(Recipe.load(RECIPES / "prompt-to-print.toml"), folder)
    results = Executor(Settings()).run(recipe, None, tmp_path)
    res = results[0]
    png = next(p for p in res.outputs if p.suffix == ".png")
    with Image.open(png) as im:  # read back by Pillow: 150 mm at 300 dpi = 1772 px
        assert im.size == (1772, 1772)
        xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    record = json.loads(png.with_name(png.name + ".hybridstudio.json").read_text(encoding="utf-8"))
    assert record["digital_source_type"] == TRAINED
    ai = record["steps"][0]["ai"]
    assert ai["prompt"].startswith("a linocut of a fox")
    assert ai["seed"] == 1871 and ai["steps"] == 4 and ai["scheduler"]["name"] == "lcm"
    assert ai["model"]["sha256"] == folder_digest(folder)[0]
    assert ai["model"]["licence"]["name"].startswith("unknown")
    assert [s["step"] for s in record["steps"]] == ["generate", "greyscale", "levels", "print_size"]
    assert record_from_xmp(xmp)["steps"][0]["ai"]["seed"] == 1871
    # same recipe, same seed, same device: the same picture
    again = Executor(Settings()).run(recipe, None, None)[0].payload
    assert np.array_equal(again.pixels, res.payload.pixels)


def test_sketch_rework_recipe_runs(models, tmp_path):
    folder = tiny_model(models, "sd-turbo-optimum2")
    recipe = _with_model(Recipe.load(RECIPES / "sketch-rework.toml"), folder)
    scan = photo("camera")  # a real greyscale photograph standing in for a scanned drawing
    from hybridstudio.core.payloads import ImagePayload

    res = Executor(Settings()).run(recipe, [ImagePayload(scan, source="scan", dpi=600)], tmp_path)[0]
    assert res.record.digital_source_type() == COMPOSITE
    ai = res.record.steps[0].ai
    assert ai["mode"] == "img2img" and ai["strength"] == 0.45 and ai["seed"] == 42
    assert res.payload.dpi == 150.0
    assert any("worked at" in w for w in res.warnings)


def test_cli_generate_and_reproduce_with_latents(models, tmp_path, capsys):
    folder = tiny_model(models, "sd-turbo-optimum2")
    out = tmp_path / "a.png"
    rc = main(
        [
            "generate",
            "un phare au crépuscule",
            "-m",
            str(folder),
            "--seed",
            "9",
            "--steps",
            "2",
            "--size",
            "64x48",
            "-o",
            str(out),
        ]
    )
    assert rc == 0 and out.is_file()
    text = capsys.readouterr().out
    assert "wrote" in text and "seed 9" in text and "check before sharing" in text
    lat = tmp_path / "noise.npy"
    np.save(lat, np.random.default_rng(9).standard_normal((1, 4, 6, 8), dtype=np.float32))
    out2 = tmp_path / "b.png"
    assert (
        main(
            [
                "generate",
                "un phare au crépuscule",
                "-m",
                str(folder),
                "--steps",
                "2",
                "--latents",
                str(lat),
                "-o",
                str(out2),
            ]
        )
        == 0
    )
    a, b = np.asarray(Image.open(out)), np.asarray(Image.open(out2))
    assert a.shape == (48, 64, 3) and np.array_equal(a, b)


def test_cli_img2img_batch_and_never_overwrites(models, tmp_path, capsys):
    folder = tiny_model(models, "sdxl-turbo")
    start = tmp_path / "start.png"
    Image.fromarray((photo("astronaut")[::4, ::4] * 255).astype(np.uint8)).save(start)
    out = tmp_path / "rework.png"
    out.write_bytes(b"keep me")
    rc = main(
        [
            "generate",
            "a poster",
            "-m",
            str(folder),
            "--init",
            str(start),
            "--strength",
            "0.5",
            "--batch",
            "2",
            "--seed",
            "3",
            "--steps",
            "2",
            "-o",
            str(out),
        ]
    )
    assert rc == 0
    assert out.read_bytes() == b"keep me"
    assert (tmp_path / "rework-3.png").is_file() and (tmp_path / "rework-4.png").is_file()
    rec = json.loads((tmp_path / "rework-4.png.hybridstudio.json").read_text(encoding="utf-8"))
    assert rec["digital_source_type"] == COMPOSITE and rec["inputs"][0]["path"] == str(start)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--size", "big"], "is not WIDTHxHEIGHT"),
        (["--steps", "0"], "steps"),
        (["--latents", "missing.npy"], "missing.npy: no such file"),
    ],
)
def test_cli_bad_input(models, tmp_path, capsys, args, message):
    folder = tiny_model(models, "sd-turbo-optimum2")
    rc = main(["generate", "x", "-m", str(folder), "-o", str(tmp_path / "x.png"), *args])
    assert rc == 1
    assert message in capsys.readouterr().err


def test_cli_unknown_model(tmp_path, capsys):
    rc = main(["generate", "x", "-m", "no-such-model", "-o", str(tmp_path / "x.png")])
    assert rc == 1
    assert "no-such-model" in capsys.readouterr().err


def test_cuda_only_model_refused_on_cpu(monkeypatch):
    """SD-Turbo's Olive fp16 export only runs on CUDA: a clear error before anything loads."""
    from hybridstudio.core.errors import ModelError
    from hybridstudio.diffusion.job import LoadedModel, _check_device

    model = LoadedModel("sd-turbo", Path("."), {}, {}, ("cuda",))
    settings = Settings(device="cpu")
    with pytest.raises(ModelError, match="runs only on cuda .* on cpu; use lcm-dreamshaper-v7"):
        _check_device(model, settings)
