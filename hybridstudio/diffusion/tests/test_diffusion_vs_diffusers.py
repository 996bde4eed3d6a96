"""HybridStudio's ONNX pipeline against diffusers' own PyTorch pipelines, on a real diffusers
architecture (UNet2DConditionModel with cross-attention, AutoencoderKL, CLIPTextModel) with random
weights, exported to ONNX in both hub export generations by scripts/export_diffusers_tiny.py
(committed under hybridstudio/testing/data/diffusers-tiny, 5 MB), plus an LCM and an SDXL pipeline.

Both sides get the same random numbers: diffusers' ``randn_tensor`` is replaced by draws from
``numpy.random.default_rng(seed)`` in the order HybridStudio documents (VAE encoder sample, starting
noise, one draw per noisy step), so the images must agree to float rounding."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest
from hybridstudio.testing import ROOT, photo

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")

DATA = ROOT / "hybridstudio" / "testing" / "data" / "diffusers-tiny"
CLASSES = {
    "euler": "EulerDiscreteScheduler",
    "euler_a": "EulerAncestralDiscreteScheduler",
    "ddim": "DDIMScheduler",
    "dpmpp_2m": "DPMSolverMultistepScheduler",
}
PROMPT = "une linogravure d'un phare au crépuscule, encre noire sur papier crème"
NEGATIVE = "flou, photographie"


@pytest.fixture(scope="module")
def reference():
    torch.set_num_threads(1)  # tiny tensors: threads only add contention on a shared machine
    pipe = diffusers.StableDiffusionPipeline.from_pretrained(str(DATA / "torch"))
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="module")
def ours():
    return {g: DiffusionPipeline(DATA / f"onnx-optimum{g}") for g in (1, 2)}


class SeededDraws:
    """Stands in for diffusers' torch random draws with the numpy stream HybridStudio uses."""

    MODULES = (
        "diffusers.models.autoencoders.vae",
        "diffusers.pipelines.stable_diffusion.pipeline_stable_diffusion_img2img",
        "diffusers.pipelines.stable_diffusion.pipeline_stable_diffusion",
        "diffusers.pipelines.stable_diffusion_xl.pipeline_stable_diffusion_xl",
        "diffusers.pipelines.latent_consistency_models.pipeline_latent_consistency_text2img",
        "diffusers.schedulers.scheduling_euler_ancestral_discrete",
        "diffusers.schedulers.scheduling_lcm",
    )

    def __init__(self, seed: int, monkeypatch):
        import importlib

        self.rng = np.random.default_rng(seed)
        self.count = 0
        for name in self.MODULES:
            monkeypatch.setattr(importlib.import_module(name), "randn_tensor", self)

    def __call__(self, shape, generator=None, device=None, dtype=None, layout=None):
        self.count += 1
        return torch.from_numpy(self.rng.standard_normal(tuple(shape), dtype=np.float32))


def _set_scheduler(pipe, name):
    pipe.scheduler = getattr(diffusers, CLASSES[name]).from_config(pipe.scheduler.config)


@pytest.mark.parametrize(
    "generation,scheduler",
    [(1, "euler"), (1, "euler_a"), (2, "euler"), (2, "euler_a"), (2, "ddim"), (2, "dpmpp_2m")],
)
def test_txt2img_same_image_as_diffusers(reference, ours, monkeypatch, generation, scheduler):
    _set_scheduler(reference, scheduler)
    draws = SeededDraws(21, monkeypatch)
    theirs = reference(
        PROMPT,
        negative_prompt=NEGATIVE,
        height=64,
        width=64,
        num_inference_steps=6,
        guidance_scale=5.0,
        output_type="np",
    ).images[0]
    assert draws.count == (7 if scheduler == "euler_a" else 1)  # start noise (+ one per step)
    mine = ours[generation].generate(
        GenerationRequest(
            PROMPT,
            negative_prompt=NEGATIVE,
            seed=21,
            steps=6,
            guidance=5.0,
            scheduler=scheduler,
            width=64,
            height=64,
        )
    )
    np.testing.assert_allclose(mine.images[0], theirs, atol=2e-4)


@pytest.mark.parametrize("generation,scheduler", [(1, "euler"), (2, "ddim")])
def test_img2img_same_image_as_diffusers(reference, ours, monkeypatch, generation, scheduler):
    start = cv2.resize(photo("astronaut"), (64, 64), interpolation=cv2.INTER_AREA)
    img2img = diffusers.StableDiffusionImg2ImgPipeline(**reference.components)
    img2img.set_progress_bar_config(disable=True)
    _set_scheduler(img2img, scheduler)
    draws = SeededDraws(5, monkeypatch)
    theirs = img2img(
        PROMPT,
        image=start[None],
        strength=0.6,
        num_inference_steps=5,
        guidance_scale=4.0,
        negative_prompt=NEGATIVE,
        output_type="np",
    ).images[0]
    assert draws.count == 2  # the VAE's posterior sample, then the noise added to it
    mine = ours[generation].generate(
        GenerationRequest(
            PROMPT,
            negative_prompt=NEGATIVE,
            seed=5,
            steps=5,
            guidance=4.0,
            scheduler=scheduler,
            init_image=start,
            strength=0.6,
        )
    )
    assert mine.settings["steps_run"] == 3
    np.testing.assert_allclose(mine.images[0], theirs, atol=2e-4)


def test_lcm_same_image_as_diffusers(monkeypatch):
    """Latent consistency: guidance through timestep_cond, fresh noise between steps, the last
    step's denoised latents as the result (optimum 1.x export: int32 ids, int64 timestep [1])."""
    torch.set_num_threads(1)
    ref = diffusers.LatentConsistencyModelPipeline.from_pretrained(str(DATA / "torch-lcm"))
    ref.set_progress_bar_config(disable=True)
    draws = SeededDraws(8, monkeypatch)
    theirs = ref(
        PROMPT, num_inference_steps=4, guidance_scale=6.0, height=64, width=64, output_type="np"
    ).images[0]
    assert draws.count == 4  # start noise + three re-noisings (none after the last step)
    mine = DiffusionPipeline(DATA / "onnx-lcm").generate(
        GenerationRequest(PROMPT, seed=8, steps=4, guidance=6.0, width=64, height=64)
    )
    assert mine.settings["scheduler"]["name"] == "lcm"
    np.testing.assert_allclose(mine.images[0], theirs, atol=2e-4)


@pytest.mark.parametrize("negative", [None, NEGATIVE], ids=["zero-negative", "negative"])
def test_sdxl_same_image_as_diffusers(monkeypatch, negative):
    """SDXL: both text encoders' layer-before-last, pooled projection, time ids, zero negative
    embeddings when no negative prompt is given (optimum-onnx export)."""
    torch.set_num_threads(1)
    ref = diffusers.StableDiffusionXLPipeline.from_pretrained(str(DATA / "torch-sdxl"))
    ref.set_progress_bar_config(disable=True)
    draws = SeededDraws(13, monkeypatch)
    theirs = ref(
        PROMPT,
        negative_prompt=negative,
        num_inference_steps=3,
        guidance_scale=5.0,
        height=64,
        width=64,
        output_type="np",
    ).images[0]
    assert draws.count == 4  # start noise + one per Euler ancestral step
    mine = DiffusionPipeline(DATA / "onnx-sdxl").generate(
        GenerationRequest(
            PROMPT, negative_prompt=negative, seed=13, steps=3, guidance=5.0, width=64, height=64
        )
    )
    assert mine.settings["scheduler"]["name"] == "euler_a"
    np.testing.assert_allclose(mine.images[0], theirs, atol=2e-4)
