"""Broken or mismatched model folders get an error that names the part and what was expected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from hybridstudio.core.errors import ModelError
from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest
from hybridstudio.diffusion.schedulers import SchedulerError
from hybridstudio.testing.diffusion import copy_model, tiny_model


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("tiny-broken")


def _edit_json(path: Path, **changes) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for k, v in changes.items():
        if v is None:
            data.pop(k, None)
        else:
            data[k] = v
    path.write_text(json.dumps(data), encoding="utf-8")


def _run(folder: Path, **kw):
    return DiffusionPipeline(folder).generate(GenerationRequest("a test print", seed=1, steps=2, **kw))


def test_missing_unet(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    (folder / "unet" / "model.onnx").unlink()
    with pytest.raises(ModelError, match=r"the unet is missing \(unet/model.onnx not found\)"):
        DiffusionPipeline(folder)


def test_not_a_model_folder(tmp_path):
    with pytest.raises(ModelError, match="model_index.json is missing"):
        DiffusionPipeline(tmp_path)
    with pytest.raises(ModelError, match="not a folder"):
        DiffusionPipeline(tmp_path / "nowhere")


def test_unsupported_architecture(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    _edit_json(folder / "model_index.json", _class_name="FluxPipeline")
    with pytest.raises(ModelError, match="unsupported architecture FluxPipeline"):
        DiffusionPipeline(folder)


def test_sdxl_without_second_text_encoder(models, tmp_path):
    folder = copy_model(tiny_model(models, "sdxl-turbo"), tmp_path / "m")
    shutil.rmtree(folder / "text_encoder_2")
    with pytest.raises(ModelError, match="text_encoder_2/model.onnx is missing: an SDXL unet"):
        DiffusionPipeline(folder)


def test_sdxl_unet_found_by_its_inputs(models, tmp_path):
    """Configs that do not say SDXL: the unet's own inputs give it away when it loads."""
    folder = copy_model(tiny_model(models, "sdxl-turbo"), tmp_path / "m")
    shutil.rmtree(folder / "text_encoder_2")
    shutil.rmtree(folder / "tokenizer_2")
    _edit_json(folder / "model_index.json", _class_name="StableDiffusionPipeline")
    _edit_json(folder / "unet" / "config.json", addition_embed_type=None)
    with pytest.raises(
        ModelError,
        match=r"unet: this unet takes text_embeds and time_ids \(an SDXL "
        r"unet\) but the folder has no text_encoder_2/",
    ):
        _run(folder)


def test_latent_channels_mismatch_from_configs(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    other = tiny_model(models, "sd-turbo-optimum2", latent_channels=16)
    shutil.rmtree(folder / "vae_decoder")
    shutil.copytree(other / "vae_decoder", folder / "vae_decoder")
    with pytest.raises(ModelError, match="the unet takes 4 latent channels but the VAE decoder .* makes 16"):
        DiffusionPipeline(folder)


def test_latent_channels_mismatch_from_graphs(models, tmp_path):
    """Without config.json files the graphs' declared shapes still catch it, naming the part."""
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    other = tiny_model(models, "sd-turbo-optimum2", latent_channels=16)
    shutil.copy(other / "vae_decoder" / "model.onnx", folder / "vae_decoder" / "model.onnx")
    for part in ("unet", "vae_decoder", "vae_encoder"):
        (folder / part / "config.json").unlink()
    with pytest.raises(
        ModelError,
        match=r"vae_decoder: the VAE decoder takes 16 latent channels, "
        r"the unet makes 4",
    ):
        _run(folder)


def test_text_width_mismatch(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    other = tiny_model(models, "sd-turbo-optimum2", dim=48)
    shutil.copy(other / "text_encoder" / "model.onnx", folder / "text_encoder" / "model.onnx")
    with pytest.raises(ModelError, match="expects text embeddings of width 32, the text encoder gives 48"):
        _run(folder)


def test_corrupt_graph_named(models, tmp_path):
    folder = copy_model(tiny_model(models, "lcm"), tmp_path / "m")
    (folder / "unet" / "model.onnx").write_bytes(b"\x08\x07not really a protobuf" * 10)
    with pytest.raises(ModelError, match=r"unet[/\\]model.onnx: not a usable ONNX model"):
        _run(folder)


def test_missing_tokenizer_files(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd15-optimum1"), tmp_path / "m")
    (folder / "tokenizer" / "vocab.json").unlink()
    with pytest.raises(ModelError, match=r"tokenizer[/\\]vocab.json: missing"):
        DiffusionPipeline(folder)
    shutil.rmtree(folder / "tokenizer")
    with pytest.raises(ModelError, match="tokenizer/ is missing"):
        DiffusionPipeline(folder)


def test_img2img_needs_vae_encoder(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    shutil.rmtree(folder / "vae_encoder")
    _run(folder)  # text-to-image still works
    with pytest.raises(ModelError, match="vae_encoder/model.onnx is missing: image-to-image"):
        _run(folder, init_image=np.full((64, 64, 3), 0.5, np.float32))


def test_unsupported_scheduler_option(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    _edit_json(folder / "scheduler" / "scheduler_config.json", use_exponential_sigmas=True)
    with pytest.raises(SchedulerError, match=r"scheduler_config.json: use_exponential_sigmas = True"):
        _run(folder)


def test_inpainting_unet_refused(models, tmp_path):
    folder = copy_model(tiny_model(models, "sd-turbo-optimum2"), tmp_path / "m")
    _edit_json(folder / "unet" / "config.json", in_channels=9)
    with pytest.raises(ModelError, match="inpainting unet"):
        DiffusionPipeline(folder)
