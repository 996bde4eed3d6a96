"""Model families: each folder is matched to its family, and what a family declares (steps,
guidance, classifier-free guidance or an embedded guidance scale, text encoders, size
conditioning, img2img schedule, fallback scheduler) is what the pipeline does, on the tiny models
of every family and on the real SD 1.5 architecture's export."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from hybridstudio.core.progress import Progress
from hybridstudio.diffusion import family as families
from hybridstudio.diffusion.family import FAMILIES, by_id
from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest, Hooks
from hybridstudio.models.catalogue import all_manifests
from hybridstudio.testing import photo
from hybridstudio.testing.diffusion import copy_model, script, tiny_model

EXPECTED = {
    "sd15-optimum1": "sd15",
    "sd-turbo-optimum2": "sd-turbo",
    "sd-turbo-fp16": "sd-turbo",
    "lcm": "lcm",
    "sdxl-turbo": "sdxl-turbo",
}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    return tmp_path_factory.mktemp("family-models")


def _edit_json(path, **changes):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("variant", sorted(EXPECTED))
def test_each_tiny_model_is_matched_to_its_family(models, variant):
    pipe = DiffusionPipeline(tiny_model(models, variant))
    family = pipe.model.family
    assert family.id == EXPECTED[variant]
    assert [t.name for t in pipe.model.tokenizers] == list(family.tokenizers)
    r = pipe.generate(GenerationRequest("a woodcut harbour", seed=2))
    # the family's own steps and guidance when the request leaves them out
    assert (r.settings["steps"], r.settings["guidance"]) == (family.steps, family.guidance)
    assert r.settings["family"] == family.id
    assert r.settings["classifier_free_guidance"] == (family.guidance > 1 and not family.guidance_embedding)


def test_sd15_and_lcm_steer_differently(models):
    """SD 1.5 pushes two unet predictions apart (the negative prompt counts); LCM feeds the
    guidance scale into the unet (the negative prompt is ignored, the scale still counts)."""
    sd = DiffusionPipeline(tiny_model(models, "sd15-optimum1"))
    lcm = DiffusionPipeline(tiny_model(models, "lcm"))
    assert not sd.model.family.guidance_embedding and lcm.model.family.guidance_embedding
    base = {"prompt": "a riso poster", "seed": 4, "steps": 2, "guidance": 6.0}
    a = sd.generate(GenerationRequest(negative_prompt="fog", **base))
    b = sd.generate(GenerationRequest(negative_prompt="rain", **base))
    assert a.settings["classifier_free_guidance"] and not np.array_equal(a.images[0], b.images[0])
    c = lcm.generate(GenerationRequest(negative_prompt="fog", **base))
    d = lcm.generate(GenerationRequest(negative_prompt="rain", **base))
    assert not c.settings["classifier_free_guidance"]
    assert np.array_equal(c.images[0], d.images[0])
    assert any(
        "Latent Consistency Model models steer with an embedded guidance scale" in n for n in c.notices
    )
    e = lcm.generate(GenerationRequest(**{**base, "guidance": 2.0}))
    assert not np.array_equal(c.images[0], e.images[0])


def test_unet_inputs_follow_the_family(models):
    """SDXL: pooled prompt and size conditioning (time ids); LCM: the guidance embedding as wide
    as the unet declares; SD 1.5: text embeddings only."""
    seen = {}
    for variant in ("sd15-optimum1", "lcm", "sdxl-turbo"):
        pipe = DiffusionPipeline(tiny_model(models, variant))
        req = GenerationRequest("a linocut fox", seed=1, steps=1, guidance=3.0, width=64, height=48)
        plan = pipe.prepare(req, lambda msg: None)
        run = pipe._begin(Hooks())
        prompt = pipe.encode(req, plan, run, Progress.none())
        seen[variant] = pipe.unet_inputs(pipe.graph("unet"), plan, prompt), plan
    sd, _ = seen["sd15-optimum1"]
    assert set(sd) == {"encoder_hidden_states"} and sd["encoder_hidden_states"].shape[0] == 2
    lcm, plan = seen["lcm"]
    assert set(lcm) == {"encoder_hidden_states", "timestep_cond"} and plan.rows == 1
    assert lcm["timestep_cond"].shape == (1, 32)  # the tiny unet's time_cond_proj_dim
    xl, plan = seen["sdxl-turbo"]
    assert set(xl) == {"encoder_hidden_states", "text_embeds", "time_ids"} and plan.rows == 2
    assert xl["time_ids"].tolist() == [[48, 64, 0, 0, 48, 64]] * 2
    # two text encoders side by side: the unet reads both widths
    assert xl["encoder_hidden_states"].shape[-1] == 2 * sd["encoder_hidden_states"].shape[-1]


def test_img2img_schedule_follows_the_family(models):
    """Turbo stretches the schedule so its usual step count runs; LCM runs its own steps over
    the part of the schedule the strength leaves."""
    start = photo("coffee")[:64, :64]
    turbo = DiffusionPipeline(tiny_model(models, "sd-turbo-optimum2"))
    lcm = DiffusionPipeline(tiny_model(models, "lcm"))
    assert turbo.model.family.img2img_stretch_steps and not lcm.model.family.img2img_stretch_steps
    r = turbo.generate(GenerationRequest("x", seed=1, init_image=start, strength=0.5))
    assert (r.settings["steps"], r.settings["steps_run"]) == (2, 1)
    r = lcm.generate(GenerationRequest("x", seed=1, init_image=start, strength=0.5))
    assert (r.settings["steps"], r.settings["steps_run"]) == (4, 4)  # all 4 within the strength


@pytest.mark.parametrize("variant,fallback", [("sd15-optimum1", "euler"), ("lcm", "lcm")])
def test_unknown_scheduler_falls_back_to_the_familys(models, tmp_path, variant, fallback):
    folder = copy_model(tiny_model(models, variant), tmp_path / "m")
    _edit_json(folder / "scheduler" / "scheduler_config.json", _class_name="UniPCMultistepScheduler")
    r = DiffusionPipeline(folder).generate(GenerationRequest("x", seed=1, steps=2))
    assert r.settings["scheduler"]["name"] == fallback
    assert any("UniPCMultistepScheduler is not available" in n for n in r.notices)


def test_a_new_family_is_one_entry(models, tmp_path, monkeypatch):
    """A family added to FAMILIES is found from its pipeline class and its settings used, with
    no other change."""
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "sketchy")
    _edit_json(folder / "model_index.json", _class_name="SketchDiffusionPipeline")
    with pytest.raises(Exception, match="unsupported architecture SketchDiffusionPipeline"):
        DiffusionPipeline(folder)
    new = dataclasses.replace(
        by_id("sd15"),
        id="sketch",
        label="Sketch model",
        pipelines=("SketchDiffusionPipeline",),
        steps=3,
        guidance=1.0,
    )
    monkeypatch.setattr(families, "FAMILIES", (*FAMILIES, new))
    r = DiffusionPipeline(folder).generate(GenerationRequest("x", seed=1))
    assert (r.settings["family"], r.settings["steps"], r.settings["guidance"]) == ("sketch", 3, 1.0)
    assert not r.settings["classifier_free_guidance"]


def test_catalogue_manifests_name_known_architectures():
    archs = {f.architecture for f in FAMILIES}
    named = {
        m.id: m.diffusion.get("family")
        for m in all_manifests().values()
        if m.kind == "diffusion" and m.diffusion.get("role") != "vae"
    }
    assert named and all(a in archs for a in named.values()), named


def test_the_real_sd15_architecture_is_an_sd15():
    """The export of SD 1.5's real architecture (scripts/export_real_architectures.py, cached;
    skipped when that cache is absent) is read as SD 1.5 with its latent scale and size."""
    folder = script("export_real_architectures").variant_dir("sd15") / "onnx"
    if not (folder / "model_index.json").is_file():
        pytest.skip("the real SD 1.5 export is not cached (scripts/export_real_architectures.py)")
    pipe = DiffusionPipeline(folder)
    assert pipe.model.family.id == "sd15"
    assert pipe.model.scaling_factor == pytest.approx(0.18215)
    assert pipe.model.native_size == 512
    assert pipe.defaults()["steps"] == 25 and pipe.defaults()["guidance"] == 7.5
