"""One generation job as the recipe step and the CLI run it: find the model (catalogue id or
folder) through :mod:`hybridstudio.models`, open its sessions through :mod:`hybridstudio.runtime`,
report progress, previews, device and cost through the step context, and fill the process record.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..core.context import StepContext
from ..core.errors import ModelError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.payloads import ImagePayload
from ..core.settings import Settings
from ..models import integrity, resolve
from ..runtime.probe import probe_device
from .estimate import learn
from .graphs import RuntimeFactory
from .layout import WEIGHT_FILES
from .options import DEFAULT_MODEL
from .pipeline import DiffusionPipeline, GenerationRequest, GenerationResult, Hooks

_LOCK = threading.Lock()
_CACHE: dict[tuple, DiffusionPipeline] = {}


@dataclass
class LoadedModel:
    """A resolved diffusion model: its folder, its catalogue entry and its provenance record."""

    spec: str
    folder: Path
    record: dict[str, Any]
    defaults: dict[str, Any]
    providers: tuple[str, ...]


def model_files(folder: Path) -> list[Path]:
    """Every file that decides what the model computes: graphs, weights, configs, tokenizers."""
    files = [folder / "model_index.json"]
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        for name in (
            "model.onnx",
            *WEIGHT_FILES,
            "config.json",
            "scheduler_config.json",
            "vocab.json",
            "merges.txt",
            "special_tokens_map.json",
            "tokenizer_config.json",
            "tokenizer.json",
        ):
            if (sub / name).is_file():
                files.append(sub / name)
    return [f for f in files if f.is_file()]


def folder_digest(folder: Path, check=None) -> tuple[str, dict[str, str]]:
    """sha256 over the sorted ``relative path: file sha256`` lines of :func:`model_files`, and the
    per-file hashes (remembered between runs by size and date, so only the first use reads
    gigabytes)."""
    per_file = {}
    for f in model_files(folder):
        if check:
            check()
        per_file[f.relative_to(folder).as_posix()] = integrity.sha256_of(f)
    lines = "".join(f"{k}: {v}\n" for k, v in sorted(per_file.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest(), per_file


def load_model(spec: str | Path, settings: Settings, check=None) -> LoadedModel:
    """A catalogue id (downloaded) or a local model folder, with its licence and hashes."""
    resolved = resolve(spec, settings)
    manifest = resolved.manifest
    if manifest.kind != "diffusion":
        raise ModelError(
            f"{spec}: this is {'an' if manifest.kind[0] in 'aeiou' else 'a'} "
            f"{manifest.kind} model, not a diffusion model"
        )
    folder = Path(resolved.path)
    if manifest.entry and not (folder / "model_index.json").is_file():
        folder = folder / manifest.entry
    digest, per_file = folder_digest(folder, check)
    record = resolved.record()
    record["sha256"] = digest
    record["sha256_method"] = "sha256 of the sorted 'path: sha256' lines of the model's files"
    record["files_sha256"] = {k: v for k, v in per_file.items() if k.endswith((".onnx", *WEIGHT_FILES))}
    record["path"] = str(folder)
    defaults: dict[str, Any] = {
        k: manifest.diffusion[k] for k in ("steps", "guidance", "resolution") if k in manifest.diffusion
    }
    return LoadedModel(str(spec), folder, record, defaults, tuple(manifest.providers))


def _check_device(model: LoadedModel, settings: Settings) -> None:
    """Models whose graphs only run on some devices (Olive fp16: CUDA) fail early and clearly."""
    if not model.providers:
        return

    # the device that really runs (the GPU wheel lists CUDA on computers without an NVIDIA GPU)
    found = probe_device(settings)
    device = found.device if found.report is not None else "cpu"
    if device not in model.providers:
        raise ModelError(
            f"{model.spec}: this export runs only on {', '.join(model.providers)} "
            f"(its graphs use fused GPU operators) and this machine would run it on "
            f"{device}; use {DEFAULT_MODEL} instead, which runs on any device"
        )


def pipeline_for(model: LoadedModel, settings: Settings) -> DiffusionPipeline:
    """A pipeline for ``model``, kept between jobs (the app re-runs recipes often); one at a time."""
    low = settings.memory_mode == "low"
    key = (
        str(model.folder),
        settings.device,
        settings.threads,
        settings.memory_mode,
        settings.cuda_mem_limit_gb,
    )
    with _LOCK:
        pipe = _CACHE.get(key)
        if pipe is None:
            for old in _CACHE.values():
                old.close()
            _CACHE.clear()
            pipe = DiffusionPipeline(
                model.folder, RuntimeFactory(settings), low_memory=low, defaults=model.defaults
            )
            _CACHE[key] = pipe
        return pipe


def release_pipelines() -> None:
    """Drop the kept pipeline and its sessions."""
    with _LOCK:
        for pipe in _CACHE.values():
            pipe.close()
        _CACHE.clear()


def hooks_for(ctx: StepContext) -> Hooks:
    """Wire a pipeline's hooks to a step context."""
    return Hooks(
        preview=ctx.preview_image if ctx.on_preview is not None else None,
        notice=ctx.warn,
        measure=ctx.cost.measure,
        device=ctx.note_device,
    )


def run_job(
    model_spec: str | Path, request: GenerationRequest, ctx: StepContext
) -> tuple[list[ImagePayload], GenerationResult]:
    """Generate, fill ``ctx.record.ai``, and return the images as payloads."""
    settings = ctx.settings
    ctx.progress(0.0, QT_TRANSLATE_NOOP("Progress", "checking the model files"))
    model = load_model(model_spec, settings, ctx.check_cancelled)
    _check_device(model, settings)
    pipe = pipeline_for(model, settings)
    with pipe.lock:
        result = pipe.generate(request, hooks_for(ctx), ctx.as_progress())
    s = result.settings
    with contextlib.suppress(Exception):  # the estimate's memory of this machine's speed only
        learn(
            model.folder,
            settings,
            width=s["width"],
            height=s["height"],
            guidance=s["guidance"],
            batch=s["batch"],
            unet_steps_s=list(result.timings.get("unet_steps_s") or []),
        )
    ctx.record.ai = {
        "model": model.record,
        "task": "image generation from text"
        if s["mode"] == "txt2img"
        else "image-to-image generation (start image + text)",
        "prompt": s["prompt"],
        "negative_prompt": s["negative_prompt"],
        "seed": s["seed"],
        "seeds": s["seeds"],
        "seed_method": s["seed_method"],
        "scheduler": s["scheduler"],
        "steps": s["steps"],
        "steps_run": s["steps_run"],
        "guidance": s["guidance"],
        "classifier_free_guidance": s["classifier_free_guidance"],
        "width": s["width"],
        "height": s["height"],
        "mode": s["mode"],
        "strength": s["strength"],
        "starting_latents": s["starting_latents"],
        "family": s["family"],
        "devices": list(pipe.device_messages),
    }
    ctx.record.notes.append(
        f"{s['mode']}: {s['width']}×{s['height']} px, {s['steps_run']} steps of "
        f"{s['scheduler']['name']}, guidance {s['guidance']:g}, seed {s['seed']}"
    )
    images = [
        ImagePayload(
            np.ascontiguousarray(img),
            source=f"{Path(str(model_spec)).name}-{seed}",
            meta={"seed": seed, "prompt": s["prompt"]},
        )
        for img, seed in zip(result.images, result.seeds, strict=True)
    ]
    return images, result
