"""The whole generation pipeline on tiny random-weight models in the real hub layouts (both optimum
export generations, fp16 graphs, LCM, SDXL-Turbo), checked against diffusers' own ONNX pipeline
where diffusers has one, and for determinism, seeds, progress, previews and cancelling."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled, ParamError
from hybridstudio.core.progress import Progress
from hybridstudio.diffusion.graphs import PlainCpuFactory
from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest, Hooks
from hybridstudio.testing import photo
from hybridstudio.testing.diffusion import tiny_model

VARIANTS = ("sd15-optimum1", "sd-turbo-optimum2", "sd-turbo-fp16", "lcm", "sdxl-turbo")


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("tiny-diffusion")


@pytest.fixture(scope="module")
def pipes(models):
    return {v: DiffusionPipeline(tiny_model(models, v)) for v in VARIANTS}


def _seed_noise(seed: int, shape=(4, 8, 8)) -> np.ndarray:
    """The documented seed mapping: image i uses default_rng(seed + i), first draw = start noise."""
    return np.random.default_rng(seed).standard_normal(shape, dtype=np.float32)


@pytest.mark.parametrize("scheduler", ["euler", "ddim", "dpmpp_2m"])
def test_same_image_as_diffusers_onnx_pipeline(models, pipes, scheduler):
    """Old layout (int32 ids, int64 timestep [1]) with classifier-free guidance and a negative
    prompt: our pipeline and diffusers' OnnxStableDiffusionPipeline give the same picture."""
    pytest.importorskip("torch")
    diffusers = pytest.importorskip("diffusers")
    folder = tiny_model(models, "sd15-optimum1")
    cls = {
        "euler": "EulerDiscreteScheduler",
        "ddim": "DDIMScheduler",
        "dpmpp_2m": "DPMSolverMultistepScheduler",
    }[scheduler]
    ref = diffusers.OnnxStableDiffusionPipeline.from_pretrained(
        str(folder),
        provider="CPUExecutionProvider",
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    base = orig = getattr(diffusers, cls)
    if isinstance(getattr(orig, "init_noise_sigma", None), property):
        # diffusers' ONNX pipeline multiplies numpy latents by init_noise_sigma, which newer
        # schedulers return as a torch tensor: hand it a float, as the pipeline expects
        class FloatSigma(base):
            @property
            def init_noise_sigma(self):
                return float(orig.init_noise_sigma.fget(self))

        base = FloatSigma
    ref.scheduler = base.from_config(ref.scheduler.config)
    ref.set_progress_bar_config(disable=True)
    latents = np.stack([_seed_noise(11), _seed_noise(12)])
    prompt, negative = "une linogravure d'un renard, encre noire", "flou, photo"
    theirs = ref(
        prompt,
        height=64,
        width=64,
        num_inference_steps=6,
        guidance_scale=6.0,
        negative_prompt=negative,
        latents=latents,
        num_images_per_prompt=2,
        output_type="np",
    ).images
    ours = pipes["sd15-optimum1"].generate(
        GenerationRequest(
            prompt, negative_prompt=negative, steps=6, guidance=6.0, scheduler=scheduler, latents=latents
        )
    )
    assert len(ours.images) == 2
    for a, b in zip(ours.images, theirs, strict=True):
        np.testing.assert_allclose(a, b, atol=2e-5)


@pytest.mark.parametrize("variant", VARIANTS)
def test_txt2img_and_img2img_run(pipes, variant):
    pipe = pipes[variant]
    r = pipe.generate(
        GenerationRequest("a riso print of a harbour", seed=5, steps=3, guidance=4.0, width=64, height=48)
    )
    img = r.images[0]
    assert img.shape == (48, 64, 3) and img.dtype == np.float32
    assert np.isfinite(img).all() and img.min() >= 0 and img.max() <= 1 and img.std() > 0.01
    start = photo("coffee")  # 400x600 real photo, worked at the model's scale
    r2 = pipe.generate(GenerationRequest("a riso print", seed=5, steps=4, init_image=start, strength=0.5))
    assert r2.settings["mode"] == "img2img"
    assert r2.images[0].shape[0] % 8 == 0 and r2.images[0].shape[1] % 8 == 0
    assert r2.settings["steps_run"] == (4 if variant == "lcm" else 2)
    assert any("worked at" in n for n in r2.notices)


def test_img2img_keeps_the_start_image(pipes):
    """A low strength keeps the start image's layout; a full strength does not. (The tiny VAE
    encodes 8x8 blocks linearly, so the structure survives only if the pipeline keeps it.)"""
    pipe = pipes["sd-turbo-optimum2"]
    start = photo("camera")[::8, ::8][:64, :64]
    low = pipe.generate(GenerationRequest("x", seed=1, steps=10, init_image=start, strength=0.1))
    high = pipe.generate(GenerationRequest("x", seed=1, steps=10, init_image=start, strength=1.0))
    lat_start = pipe._encode_image(start, 64, 64, 1, [np.random.default_rng(1)], lambda m: None)

    def corr(a, b):
        return float(np.corrcoef(a.ravel(), b.ravel())[0, 1])

    assert corr(low.latents, lat_start) > 0.9
    assert corr(high.latents, lat_start) < corr(low.latents, lat_start) - 0.3


@pytest.mark.parametrize("variant", ["sd15-optimum1", "lcm", "sdxl-turbo"])
def test_same_seed_same_image_other_seed_other_image(pipes, variant):
    pipe = pipes[variant]
    req = dict(prompt="a cyanotype of ferns", steps=3, guidance=3.0)
    a = pipe.generate(GenerationRequest(seed=42, **req)).images[0]
    b = pipe.generate(GenerationRequest(seed=42, **req)).images[0]
    c = pipe.generate(GenerationRequest(seed=43, **req)).images[0]
    assert np.array_equal(a, b)
    assert np.abs(a - c).mean() > 1e-3


def test_old_vae_encoder_sampling_is_seeded(pipes):
    """The optimum 1.x VAE encoder draws its sample inside the graph; ours feeds that draw from
    the job's seed, so img2img repeats exactly."""
    pipe = pipes["sd15-optimum1"]
    start = photo("chelsea")[:128, :128]
    req = dict(prompt="a cat", steps=4, init_image=start, strength=0.7)
    a = pipe.generate(GenerationRequest(seed=3, **req)).images[0]
    b = pipe.generate(GenerationRequest(seed=3, **req)).images[0]
    c = pipe.generate(GenerationRequest(seed=4, **req)).images[0]
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert any(n.startswith("hybridstudio_noise_") for n in pipe.graph("vae_encoder").inputs)


@pytest.mark.parametrize("variant", ["sd-turbo-optimum2", "sdxl-turbo"])
def test_batch_image_equals_single_run_with_next_seed(pipes, variant):
    pipe = pipes[variant]
    req = dict(prompt="a woodcut map", steps=3, guidance=2.5)
    batch = pipe.generate(GenerationRequest(seed=7, batch=3, **req))
    assert batch.seeds == [7, 8, 9]
    for i in range(3):
        single = pipe.generate(GenerationRequest(seed=7 + i, **req))
        np.testing.assert_allclose(batch.images[i], single.images[0], atol=1e-4)


def test_explicit_latents_reproduce_the_seeded_run(pipes):
    pipe = pipes["sd-turbo-optimum2"]
    seeded = pipe.generate(GenerationRequest("a gouache still life", seed=99, steps=2))
    given = pipe.generate(
        GenerationRequest("a gouache still life", seed=0, steps=2, latents=_seed_noise(99)[None])
    )
    assert np.array_equal(seeded.images[0], given.images[0])
    assert given.settings["starting_latents"] == "given"
    with pytest.raises(Exception, match="channels"):
        pipe.generate(GenerationRequest("x", latents=np.zeros((1, 3, 8, 8), np.float32)))


def test_fp16_graphs_match_fp32_graphs(pipes):
    """Same weights exported with float16 inputs/outputs and a float16 [batch] timestep."""
    req = dict(prompt="a charcoal portrait", seed=2, steps=3, guidance=3.0)
    a = pipes["sd-turbo-optimum2"].generate(GenerationRequest(**req)).images[0]
    b = pipes["sd-turbo-fp16"].generate(GenerationRequest(**req)).images[0]
    assert pipes["sd-turbo-fp16"].graph("unet").inputs["timestep"].dtype == np.float16
    np.testing.assert_allclose(a, b, atol=0.02)
    assert np.abs(a - b).max() > 0  # really went through float16


def test_guidance_and_negative_prompt_matter(pipes):
    sd = pipes["sd15-optimum1"]
    base = dict(prompt="a lighthouse", seed=1, steps=3)
    no_cfg = sd.generate(GenerationRequest(guidance=1.0, negative_prompt="fog", **base))
    assert not no_cfg.settings["classifier_free_guidance"]
    assert any("negative prompt is not used" in n for n in no_cfg.notices)
    neg1 = sd.generate(GenerationRequest(guidance=7.0, negative_prompt="fog", **base)).images[0]
    neg2 = sd.generate(GenerationRequest(guidance=7.0, negative_prompt="rain", **base)).images[0]
    assert np.abs(neg1 - neg2).mean() > 1e-4
    lcm = pipes["lcm"]
    g4 = lcm.generate(GenerationRequest(guidance=4.0, **base)).images[0]
    g8 = lcm.generate(GenerationRequest(guidance=8.0, **base)).images[0]
    assert np.abs(g4 - g8).mean() > 1e-4  # through timestep_cond, no second unet pass


def test_sdxl_empty_negative_gives_zero_embeddings(pipes):
    """SDXL's force_zeros_for_empty_prompt: no negative prompt means zero embeddings, which is not
    the same as encoding an empty string."""
    xl = pipes["sdxl-turbo"]
    base = dict(prompt="a poster", seed=1, steps=2, guidance=5.0)
    zero = xl.generate(GenerationRequest(**base)).images[0]
    space = xl.generate(GenerationRequest(negative_prompt=" ", **base)).images[0]
    assert np.abs(zero - space).mean() > 1e-5


def test_size_rounded_with_notice_and_long_prompt_truncated(pipes):
    pipe = pipes["sd-turbo-optimum2"]
    r = pipe.generate(GenerationRequest("risograph zine cover, " * 30 + "END", seed=1, width=70, height=61))
    assert r.images[0].shape == (64, 72, 3)
    assert any("rounded to 72x64" in n for n in r.notices)
    assert any("reads 75" in n and "END" in n for n in r.notices)


def test_progress_preview_and_cancel(pipes):
    pipe = pipes["lcm"]
    seen, previews = [], []
    r = pipe.generate(
        GenerationRequest("x", seed=1, steps=4),
        Hooks(preview=previews.append),
        Progress(lambda f, m: seen.append((f, m))),
    )
    assert len(previews) == 4 and previews[0].shape == (8, 8, 3)
    assert [m for _, m in seen if m.startswith("step")] == [f"step {k} of 4" for k in range(1, 5)]
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    # the preview matrix is refitted on what the VAE decoded: later previews track the decoder
    assert pipe._preview is not None and pipe._preview.fitted
    token = CancelToken()

    def cancel_after_two(f, m):
        if m == "step 2 of 4":
            token.cancel()

    steps_run = []
    with pytest.raises(Cancelled):
        pipe.generate(
            GenerationRequest("x", seed=1, steps=4),
            None,
            Progress(lambda f, m: (steps_run.append(m), cancel_after_two(f, m)), token),
        )
    assert "step 3 of 4" not in steps_run
    assert r.images  # the first run finished normally


class RecordingFactory(PlainCpuFactory):
    """Plain CPU sessions that note which models are open at once."""

    def __init__(self):
        super().__init__()
        self.open_now: set[str] = set()
        self.most_at_once = 0

    def open(self, path, purpose):
        self.open_now.add(str(path))
        self.most_at_once = max(self.most_at_once, len(self.open_now))
        return super().open(path, purpose)

    def release(self, path):
        self.open_now.discard(str(path))


def test_low_memory_mode_holds_one_model_at_a_time(models):
    folder = tiny_model(models, "sdxl-turbo")
    req = GenerationRequest("a screenprint", seed=8, steps=2, guidance=2.0)
    normal_f, low_f = RecordingFactory(), RecordingFactory()
    normal = DiffusionPipeline(folder, normal_f).generate(req)
    low = DiffusionPipeline(folder, low_f, low_memory=True).generate(req)
    # the same image: low memory runs the guidance rows one at a time, whose float sums round a
    # few ulps apart from the batched run's
    assert np.abs(normal.images[0] - low.images[0]).max() < 1e-5
    assert normal_f.most_at_once == 4  # two text encoders, unet, VAE decoder
    assert low_f.most_at_once == 2 and not low_f.open_now  # SDXL's two text encoders together


def test_timings_split_by_stage(pipes):
    r = pipes["sd-turbo-optimum2"].generate(GenerationRequest("x", seed=1, steps=3))
    t = r.timings
    assert len(t["unet_steps_s"]) == 3
    assert 0 < t["onnxruntime_s"] <= t["total_s"]


def test_bad_requests(pipes):
    pipe = pipes["sd-turbo-optimum2"]
    with pytest.raises(ParamError, match="strength"):
        pipe.generate(GenerationRequest("x", steps=2, init_image=photo()[:64, :64], strength=0.2))
    with pytest.raises(ParamError, match="steps"):
        pipe.generate(GenerationRequest("x", steps=0))
    with pytest.raises(ParamError, match="size"):
        pipe.generate(GenerationRequest("x", width=5000, height=64))


def test_turbo_img2img_schedules_enough_steps(pipes):
    """SD-Turbo's single default step at strength 0.5 would run nothing: two are scheduled, one
    runs (as the SD-Turbo model card does it)."""
    r = pipes["sd-turbo-optimum2"].generate(
        GenerationRequest("x", seed=1, init_image=photo("coffee")[:64, :64], strength=0.5)
    )
    assert (r.settings["steps"], r.settings["steps_run"]) == (2, 1)
    assert r.settings["guidance"] == 0.0 and not r.settings["classifier_free_guidance"]
    assert any("2 steps scheduled so that 1 run" in n for n in r.notices)


class BindingFactory(PlainCpuFactory):
    """Real CPU sessions run through onnxruntime's IOBinding, the path GPU sessions take."""

    def open(self, path, purpose):
        opened = super().open(path, purpose)
        opened.bind_device = "cpu"
        return opened


@pytest.mark.parametrize("variant", ["sd15-optimum1", "lcm", "sdxl-turbo", "sd-turbo-fp16"])
def test_iobinding_path_gives_the_same_image(models, pipes, variant):
    req = dict(prompt="a riso print", seed=4, steps=3, guidance=3.0)
    bound_pipe = DiffusionPipeline(tiny_model(models, variant), BindingFactory())
    bound = bound_pipe.generate(GenerationRequest(**req))
    assert bound_pipe.graph("unet").opened.bind_device == "cpu"
    plain = pipes[variant].generate(GenerationRequest(**req))
    np.testing.assert_allclose(bound.images[0], plain.images[0], atol=1e-6)
