"""`hybridstudio generate` as a one-step recipe: its flags (every one it always had) come from the
generation options declared once, and what it writes is what the recipe step makes."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.executor import Executor
from hybridstudio.core.recipe import Recipe
from hybridstudio.core.settings import Settings
from hybridstudio.core.step import get_step
from hybridstudio.diffusion.options import GenerateOptions, Img2ImgOptions
from hybridstudio.diffusion.pipeline import MAX_GUIDANCE, MAX_SIDE, MAX_STEPS
from hybridstudio.parser import build_parser
from hybridstudio.testing.diffusion import tiny_model

OLD_FLAGS = [
    "-m",
    "m",
    "--negative",
    "fog",
    "--seed",
    "3",
    "--steps",
    "4",
    "--guidance",
    "2.5",
    "--scheduler",
    "euler",
    "--size",
    "64x48",
    "--batch",
    "2",
    "--init",
    "a.png",
    "--strength",
    "0.4",
    "--latents",
    "n.npy",
    "--device",
    "cpu",
    "--low-memory",
    "-o",
    "x.png",
    "--server",
    "http://127.0.0.1:1",
    "--token",
    "t",
    "--local-fallback",
]


def test_every_flag_it_always_had_still_parses():
    args = build_parser().parse_args(["generate", "a heron", *OLD_FLAGS])
    assert (args.prompt, args.model, args.negative, args.seed, args.steps, args.guidance) == (
        "a heron",
        "m",
        "fog",
        3,
        4,
        2.5,
    )
    assert (args.scheduler, args.size, args.batch, args.init, args.strength, args.latents) == (
        "euler",
        "64x48",
        2,
        "a.png",
        0.4,
        "n.npy",
    )
    assert args.device == "cpu" and args.low_memory and args.output == "x.png"
    defaults = build_parser().parse_args(["generate", "x", "-m", "m"])
    assert defaults.strength == 0.6 and defaults.batch == 1 and defaults.seed is None


def test_steps_derive_their_parameters_from_the_options():
    gen, i2i = get_step("generate"), get_step("img2img")
    assert gen.options == (GenerateOptions,) and i2i.options == (Img2ImgOptions,)
    p = {q.name: q for q in gen.params}
    # the pipeline's own limits, declared once
    assert (p["steps"].maximum, p["guidance"].maximum, p["width"].maximum) == (
        MAX_STEPS,
        MAX_GUIDANCE,
        MAX_SIDE,
    )
    assert [q.name for q in i2i.params][-1] == "strength" and "latents" not in {q.name for q in i2i.params}


def test_the_command_writes_what_the_recipe_step_makes(tmp_path, capsys):
    folder = tiny_model(tmp_path / "models", "sd15-optimum1")
    out = tmp_path / "cli.png"
    assert (
        main(
            [
                "generate",
                "a woodcut heron",
                "-m",
                str(folder),
                "--seed",
                "12",
                "--steps",
                "3",
                "--negative",
                "fog",
                "--size",
                "64x64",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "seed 12, 3 steps" in capsys.readouterr().out
    record = json.loads((tmp_path / "cli.png.hybridstudio.json").read_text(encoding="utf-8"))
    [step] = record["recipe"]["steps"]
    assert step["kind"] == "generate" and step["seed"] == 12 and step["negative"] == "fog"
    assert record["steps"][0]["ai"]["family"] == "sd15"
    recipe = Recipe.from_dict(
        {
            "hybridstudio_recipe": 1,
            "name": "r",
            "steps": [
                {
                    "kind": "generate",
                    "prompt": "a woodcut heron",
                    "model": str(folder),
                    "seed": 12,
                    "steps": 3,
                    "negative": "fog",
                    "width": 64,
                    "height": 64,
                }
            ],
        }
    )
    [res] = Executor(Settings()).run(recipe, None, tmp_path / "recipe", stem="r")
    assert np.array_equal(np.asarray(Image.open(out)), np.asarray(Image.open(res.outputs[0])))


def test_latents_for_several_images_are_refused_by_name(tmp_path, capsys):
    folder = tiny_model(tmp_path / "models", "sd-turbo-optimum2")
    lat = tmp_path / "two.npy"
    np.save(lat, np.zeros((2, 4, 8, 8), np.float32))
    rc = main(["generate", "x", "-m", str(folder), "--latents", str(lat), "-o", str(tmp_path / "x.png")])
    assert rc == 1
    err = capsys.readouterr().err
    assert "two.npy holds 2 starting latents" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    "flags,message",
    [
        (["--batch", "17"], "batch"),
        (["--init", "a.png", "--latents", "n.npy"], "for text-to-image"),
    ],
)
def test_bad_combinations(tmp_path, capsys, flags, message):
    assert main(["generate", "x", "-m", "m", *flags]) == 1
    assert message in capsys.readouterr().err
