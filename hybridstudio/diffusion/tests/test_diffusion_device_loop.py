"""The denoising loop kept on the device (IOBinding): guidance and scheduler steps run as a small
ONNX graph next to the unet. Exercised with onnxruntime's IOBinding on the CPU ("cpu" bind
device), the same code a GPU session takes; compared with the plain host loop."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest, Hooks
from hybridstudio.diffusion.schedulers import SCHEDULERS
from hybridstudio.testing.diffusion import BindingFactory, tiny_model

Collection = ort.capi.onnxruntime_inference_collection


def _with_scheduler(models: Path, variant: str, name: str, **changes) -> Path:
    """A copy of a tiny model whose scheduler_config.json has ``changes``."""
    src = tiny_model(models, variant)
    dst = models / f"{variant}-{name}"
    if not dst.exists():
        shutil.copytree(src, dst)
        path = dst / "scheduler" / "scheduler_config.json"
        cfg = json.loads(path.read_text())
        cfg.update(changes)
        path.write_text(json.dumps(cfg))
    return dst


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("tiny-diffusion-device")


@pytest.fixture(scope="module")
def folders(models) -> dict[str, Path]:
    return {
        "sd15": tiny_model(models, "sd15-optimum1"),
        "fp16": tiny_model(models, "sd-turbo-fp16"),
        "lcm": tiny_model(models, "lcm"),
        "sdxl": tiny_model(models, "sdxl-turbo"),
        "vpred": _with_scheduler(
            models, "sd15-optimum1", "vpred", prediction_type="v_prediction", clip_sample=False
        ),
        "clip": _with_scheduler(models, "sd15-optimum1", "clip", clip_sample=True, clip_sample_range=0.5),
        "threshold": _with_scheduler(
            models, "sd15-optimum1", "threshold", thresholding=True, sample_max_value=1.5
        ),
    }


def _pair(folder: Path, **req) -> tuple:
    plain = DiffusionPipeline(folder).generate(GenerationRequest(**req))
    bound_pipe = DiffusionPipeline(folder, BindingFactory())
    bound = bound_pipe.generate(GenerationRequest(**req))
    assert bound_pipe.graph("unet").opened.bind_device == "cpu"
    return plain, bound


def _same(plain, bound) -> None:
    assert len(plain.images) == len(bound.images)
    for a, b in zip(plain.images, bound.images, strict=True):
        assert np.abs(a - b).max() <= 1e-5
    assert np.abs(plain.latents - bound.latents).max() <= 1e-5


@pytest.mark.parametrize("guidance", [3.0, 1.0], ids=["cfg", "no-cfg"])
@pytest.mark.parametrize("scheduler", list(SCHEDULERS))
def test_device_loop_gives_the_same_image(folders, scheduler, guidance):
    plain, bound = _pair(
        folders["sd15"],
        prompt="a woodcut of a heron",
        seed=7,
        steps=4,
        guidance=guidance,
        scheduler=scheduler,
        negative_prompt="blurry" if guidance > 1 else None,
    )
    assert plain.settings["classifier_free_guidance"] == (guidance > 1)
    _same(plain, bound)
    assert not any("thresholding" in n for n in bound.notices)


@pytest.mark.parametrize("scheduler", ["euler", "euler_a", "ddim", "lcm", "dpmpp_2m"])
def test_device_loop_v_prediction(folders, scheduler):
    plain, bound = _pair(
        folders["vpred"], prompt="a linocut", seed=3, steps=3, guidance=2.0, scheduler=scheduler
    )
    assert plain.settings["scheduler"]["prediction_type"] == "v_prediction"
    _same(plain, bound)


@pytest.mark.parametrize("key", ["fp16", "lcm", "sdxl"])
def test_device_loop_other_models(folders, key):
    """float16 unet (the step graph casts at its edges), LCM's embedded guidance, SDXL, a batch
    of two and img2img."""
    plain, bound = _pair(folders[key], prompt="a riso print", seed=4, steps=3, guidance=3.0, batch=2)
    _same(plain, bound)
    rng = np.random.default_rng(0)
    start = rng.random((64, 64, 3), dtype=np.float32)
    plain, bound = _pair(
        folders[key], prompt="a riso print", seed=4, steps=4, guidance=3.0, init_image=start, strength=0.7
    )
    _same(plain, bound)


def test_ddim_clip_sample_runs_on_the_device(folders):
    plain, bound = _pair(folders["clip"], prompt="a stencil", seed=5, steps=4, guidance=3.0, scheduler="ddim")
    _same(plain, bound)
    assert not any("thresholding" in n for n in bound.notices)


def test_thresholding_falls_back_to_the_host_with_a_notice(folders):
    plain, bound = _pair(
        folders["threshold"], prompt="a stencil", seed=5, steps=3, guidance=3.0, scheduler="ddim"
    )
    _same(plain, bound)
    assert any("thresholding" in n for n in bound.notices)


class _Spy:
    """Counts host copies of onnxruntime outputs and records what the unet's sample is bound to."""

    def __init__(self, monkeypatch):
        self.numpy_calls = 0
        self.copies = 0
        self.produced: set[int] = set()
        self.sample_binds: list[bool] = []  # True: an OrtValue a previous run left on the device
        self.decoder_binds: list[bool] = []  # the same for the VAE decoder's latent_sample
        numpy_fn = Collection.OrtValue.numpy
        copy_fn = Collection.IOBinding.copy_outputs_to_cpu
        outputs_fn = Collection.IOBinding.get_outputs
        bind_fn = Collection.IOBinding.bind_ortvalue_input
        spy = self

        def numpy(self):
            spy.numpy_calls += 1
            return numpy_fn(self)

        def copy_outputs_to_cpu(self):
            spy.copies += 1
            return copy_fn(self)

        def get_outputs(self):
            outs = outputs_fn(self)
            spy.produced.update(id(v) for v in outs)
            return outs

        def bind_ortvalue_input(self, name, value):
            if name == "sample":
                spy.sample_binds.append(id(value) in spy.produced)
            elif name == "latent_sample":
                spy.decoder_binds.append(id(value) in spy.produced)
            return bind_fn(self, name, value)

        monkeypatch.setattr(Collection.OrtValue, "numpy", numpy)
        monkeypatch.setattr(Collection.IOBinding, "copy_outputs_to_cpu", copy_outputs_to_cpu)
        monkeypatch.setattr(Collection.IOBinding, "get_outputs", get_outputs)
        monkeypatch.setattr(Collection.IOBinding, "bind_ortvalue_input", bind_ortvalue_input)


@pytest.mark.parametrize("scheduler", ["euler_a", "dpmpp_2m"])
def test_latents_stay_on_the_device_between_steps(folders, monkeypatch, scheduler):
    pipe = DiffusionPipeline(folders["sd15"], BindingFactory())
    counts = {}
    for steps in (2, 6):
        spy = _Spy(monkeypatch)
        pipe.generate(GenerationRequest("a heron", seed=1, steps=steps, guidance=3.0, scheduler=scheduler))
        counts[steps] = (spy.copies, spy.numpy_calls)
        # every unet run reads its sample from the device; from the second step on, it is the
        # very OrtValue the previous step graph left there
        assert len(spy.sample_binds) == steps
        assert spy.sample_binds[1:] == [True] * (steps - 1)
        # the final latents (part of the result) and the decoded image, once each
        assert spy.numpy_calls == 2
        assert spy.decoder_binds == [True]  # the decoder reads the latents left on the device
    assert counts[2] == counts[6]  # host copies do not grow with the number of steps


def test_preview_copies_the_clean_estimate_once_per_step(folders, monkeypatch):
    pipe = DiffusionPipeline(folders["sd15"], BindingFactory())
    shown = []
    spy = _Spy(monkeypatch)
    pipe.generate(GenerationRequest("a heron", seed=1, steps=3, guidance=3.0), Hooks(preview=shown.append))
    assert len(shown) == 3 and all(p.ndim == 3 and p.shape[2] == 3 for p in shown)
    assert spy.numpy_calls == 3 + 2


def test_low_memory_mode_reopens_the_step_graph_with_the_unet(folders):
    """In low-memory mode the unet session is let go after each run; the step graph follows it."""
    req = dict(prompt="a heron", seed=2, steps=3, guidance=3.0)
    pipe = DiffusionPipeline(folders["sd15"], BindingFactory(), low_memory=True)
    first = pipe.generate(GenerationRequest(**req))
    second = pipe.generate(GenerationRequest(**req))
    plain = DiffusionPipeline(folders["sd15"]).generate(GenerationRequest(**req))
    _same(plain, first)
    _same(plain, second)
