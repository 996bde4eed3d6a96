"""HybridStudio's pipeline on graphs written by the real exporter (optimum-onnx, today's hub
contract: float32 timestep of rank 0, int64 ids, ``latent_parameters``) from real architectures
with random weights, against diffusers' own PyTorch images for the same starting latents.

The exports and reference images come from scripts/export_real_architectures.py, cached outside
the repository (keyed by the exporter's versions); the first run exports them (about a minute for
the small model, several for full-size SD 1.5)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from hybridstudio.diffusion.graphs import PlainCpuFactory
from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest
from hybridstudio.testing.diffusion import BindingFactory, script

TOLERANCE = 2 / 255


@cache
def exported(variant: str) -> tuple[Path, list[dict], dict[str, np.ndarray]]:
    folder = script("export_real_architectures").ensure(variant)
    cases = json.loads((folder / "cases.json").read_text())["cases"]
    with np.load(folder / "reference.npz") as ref:
        arrays = {k: ref[k] for k in ref.files}
    return folder / "onnx", cases, arrays


def _generate(pipe: DiffusionPipeline, case: dict, latents: np.ndarray) -> np.ndarray:
    return pipe.generate(
        GenerationRequest(
            case["prompt"],
            negative_prompt=case["negative"],
            seed=case["seed"],
            steps=case["steps"],
            guidance=case["guidance"],
            scheduler=case["scheduler"],
            width=case["size"],
            height=case["size"],
            latents=latents,
        )
    ).images[0]


def _check(variant: str, index: int, factory=None) -> float:
    folder, cases, ref = exported(variant)
    pipe = DiffusionPipeline(folder, factory=factory or PlainCpuFactory(threads=2))
    try:
        mine = _generate(pipe, cases[index], ref[f"latents{index}"])
    finally:
        pipe.close()
    theirs = ref[f"image{index}"]
    assert mine.shape == theirs.shape
    diff = float(np.abs(mine - theirs).max())
    assert diff <= TOLERANCE, f"{variant} case {index}: max difference {diff * 255:.2f}/255"
    return diff


def test_the_exporter_declares_a_rank0_float_timestep():
    """What the test below guards: today's exporter declares the unet timestep as a float32
    scalar, so feeding it with shape [1] breaks the time embedding."""
    folder, _, _ = exported("sd15-small")
    pipe = DiffusionPipeline(folder, factory=PlainCpuFactory(threads=1))
    spec = pipe.graph("unet").inputs["timestep"]
    assert spec.shape == () and spec.dtype == np.float32
    assert pipe.graph("text_encoder").inputs["input_ids"].dtype == np.int64
    assert "latent_parameters" in pipe.graph("vae_encoder").outputs
    pipe.close()


@pytest.mark.parametrize("index", [0, 1], ids=["guidance", "no-guidance"])
@pytest.mark.parametrize("binding", [False, True], ids=["host-loop", "device-loop"])
def test_small_sd_export_same_image_as_diffusers(index, binding):
    _check("sd15-small", index, BindingFactory(threads=2) if binding else None)


@pytest.mark.parametrize(
    ("variant", "index"),
    [
        ("lcm-small", 0),
        ("lcm-small", 1),  # timestep_cond; 4 steps with fresh noise, and 1 step
        ("sd21-v-small", 0),
        ("sd21-v-small", 1),  # v-prediction with Euler and DDIM
        ("sd-turbo-small", 0),
        ("sd-turbo-small", 1),  # trailing timesteps, no guidance
        ("sdxl-turbo-small", 0),
        ("sdxl-turbo-small", 1),  # two text encoders, text_embeds, time_ids
    ],
    ids=lambda v: str(v),
)
def test_other_architectures_same_image_as_diffusers(variant, index):
    """LCM, SD 2.1 (v-prediction), SD-Turbo and SDXL-Turbo, small configurations of the real
    classes exported by the real exporter, against diffusers' own pipelines."""
    _check(variant, index)


def test_exports_declare_what_each_architecture_needs():
    """What the comparisons above exercise: LCM's guidance embedding, SDXL's second encoder with
    its pooled output and the unet's micro-conditioning, v-prediction in the scheduler config."""
    lcm = DiffusionPipeline(exported("lcm-small")[0], factory=PlainCpuFactory(threads=1))
    assert lcm.model.family.id == "lcm" and "timestep_cond" in lcm.graph("unet").inputs
    xl = DiffusionPipeline(exported("sdxl-turbo-small")[0], factory=PlainCpuFactory(threads=1))
    assert xl.model.family.architecture == "sdxl"
    assert {"text_embeds", "time_ids"} <= set(xl.graph("unet").inputs)
    assert "text_embeds" in xl.graph("text_encoder_2").outputs
    v = DiffusionPipeline(exported("sd21-v-small")[0], factory=PlainCpuFactory(threads=1))
    assert v.model.scheduler_config["prediction_type"] == "v_prediction"
    for pipe in (lcm, xl, v):
        pipe.close()


@pytest.mark.parametrize("variant", ["sd15-small-optimum1", "sd15-small-weights-pb"])
def test_older_export_layouts_same_image_as_diffusers(variant):
    """The older contract: optimum 1.x's exporter (its own environment), and that export with
    every weight in one ``weights.pb`` beside each graph, as diffusers' legacy converter saved."""
    folder, _, _ = exported(variant)
    if variant.endswith("weights-pb"):
        for part in ("text_encoder", "unet", "vae_decoder", "vae_encoder"):
            assert (folder / part / "weights.pb").stat().st_size > 0
            assert not (folder / part / "model.onnx_data").exists()
    for index in (0, 1):
        _check(variant, index)


def test_full_size_sd15_same_image_as_diffusers():
    """Stable Diffusion 1.5 at full size (UNet 860 M parameters in model.onnx + model.onnx_data,
    CLIP ViT-L/14, the SD VAE), fp32, 64 px with classifier-free guidance."""
    folder, _, _ = exported("sd15")
    assert (folder / "unet" / "model.onnx_data").stat().st_size > 3_000_000_000
    _check("sd15", 0)
