"""Text-to-image and image-to-image generation with an ONNX diffusion model folder.

The loop, in plain words: the prompt becomes embeddings (text encoder); a latent picture of pure
noise (or the encoded start image with some noise added) is denoised step by step — at each step
the unet predicts the noise and the scheduler removes part of it; the VAE decoder turns the final
latents into pixels. With classifier-free guidance the unet also sees the negative prompt, and the
two predictions are pushed apart by the guidance scale.

Seeds: image ``i`` of a batch uses ``numpy.random.default_rng(seed + i)`` (PCG64) for everything
random about it, drawn in this order: the VAE encoder's sample (img2img), the starting noise, then
one draw per step for schedulers that add noise (Euler ancestral, LCM). So image ``i`` of a batch
is the same picture as a single image made with seed ``seed + i``, and the same seed, settings,
model and device give the same image.
"""

from __future__ import annotations

import contextlib
import copy
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ..core.errors import InputError, ModelError, ParamError
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.progress import Progress
from . import device_step
from .device_step import DecoderInput, DeviceStep
from .encoder_noise import NOISE_INPUT, seeded_encoder_path
from .graphs import Graph, PlainCpuFactory, SessionFactory
from .layout import ModelFolder, open_folder
from .preview import LatentPreview
from .schedulers import SCHEDULERS, Scheduler, make_scheduler, scheduler_name_for
from .tokenizer import ClipTokenizer

MAX_BATCH = 16
MAX_SIDE = 4096
MAX_STEPS = 500
MAX_GUIDANCE = 50.0


@dataclass
class GenerationRequest:
    """What to make. ``None`` means "the model's default" for steps, guidance and scheduler."""

    prompt: str
    negative_prompt: str | None = None
    seed: int | None = None
    steps: int | None = None
    guidance: float | None = None
    scheduler: str | None = None
    width: int | None = None
    height: int | None = None
    batch: int = 1
    init_image: np.ndarray | None = None  # sRGB float32 HxWx3 in 0..1: img2img
    strength: float = 0.6
    latents: np.ndarray | None = None  # explicit starting noise [B, C, h, w] (txt2img)


@dataclass
class Hooks:
    """How a generation talks to its caller besides progress; every hook is optional."""

    preview: Callable[[np.ndarray], None] | None = None
    notice: Callable[[str], None] | None = None
    measure: Callable[[str, str], ContextManager] | None = None
    device: Callable[[Any], None] | None = None  # a DeviceReport, or a line of text


@dataclass
class GenerationResult:
    """The images (sRGB float32 HxWx3, 0..1) and everything needed to make them again."""

    images: list[np.ndarray]
    seeds: list[int]
    settings: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    timings: dict[str, Any] = field(default_factory=dict)
    latents: np.ndarray | None = None  # the final latents, before the VAE decoder


def guidance_embedding(w: np.ndarray, dim: int) -> np.ndarray:
    """LCM's guidance-scale embedding (sinusoidal, like a timestep embedding of w·1000)."""
    w = np.asarray(w, dtype=np.float32) * 1000.0
    half = dim // 2
    freq = np.exp(np.arange(half, dtype=np.float32) * -(np.log(np.float32(10000.0)) / (half - 1)))
    emb = w[:, None] * freq[None, :]
    emb = np.concatenate([np.sin(emb), np.cos(emb)], axis=1)
    if dim % 2 == 1:
        emb = np.pad(emb, ((0, 0), (0, 1)))
    return emb.astype(np.float32)


def _to_rgb(chw: np.ndarray) -> np.ndarray:
    """A VAE output (3, H, W) in −1..1 as sRGB float32 (H, W, 3) in 0..1, in one pass."""
    planes = chw.astype(np.float32) * np.float32(0.5)
    planes += np.float32(0.5)
    np.clip(planes, 0.0, 1.0, out=planes)
    return cv2.merge([planes[0], planes[1], planes[2]])  # interleave contiguous planes: fast


def round_size(value: int, multiple: int) -> int:
    """Nearest multiple (at least one multiple)."""
    return max(multiple, int(round(value / multiple)) * multiple)


def _hidden_state_names(graph: Graph) -> list[str]:
    found = []
    for name in graph.outputs:
        m = re.fullmatch(r"hidden_states\.(\d+)", name)
        if m:
            found.append((int(m.group(1)), name))
    return [n for _, n in sorted(found)]


@dataclass
class Plan:
    """A request checked and completed with the model's defaults: what every stage reads."""

    steps: int
    guidance: float
    cfg: bool  # classifier-free guidance: the unet also sees the negative prompt
    sched: Scheduler
    start: int  # the first step run (img2img skips the noisiest ones)
    width: int
    height: int
    batch: int
    seed: int
    given: np.ndarray | None  # explicit starting latents
    img2img: bool
    rngs: list[np.random.Generator] = field(init=False)

    def __post_init__(self) -> None:
        self.rngs = [np.random.default_rng(s) for s in self.seeds]

    @property
    def seeds(self) -> list[int]:
        return [self.seed + i for i in range(self.batch)]

    @property
    def rows(self) -> int:
        """Rows the unet runs at each step (twice the batch with classifier-free guidance)."""
        return 2 * self.batch if self.cfg else self.batch

    @property
    def run_steps(self) -> int:
        return len(self.sched.timesteps) - self.start

    def noise(self, shape: tuple[int, ...]) -> np.ndarray:
        """One seeded draw per image of the batch."""
        return np.stack([r.standard_normal(tuple(shape[1:]), dtype=np.float32) for r in self.rngs])

    def settings(self, req: GenerationRequest, family: str) -> dict[str, Any]:
        """What the process record keeps to make the images again."""
        return {
            "prompt": req.prompt,
            "negative_prompt": req.negative_prompt or "",
            "seed": self.seed,
            "seeds": self.seeds,
            "seed_method": "numpy PCG64 default_rng(seed + image index)",
            "scheduler": self.sched.describe(),
            "steps": self.steps,
            "steps_run": self.run_steps,
            "guidance": self.guidance,
            "classifier_free_guidance": self.cfg,
            "width": self.width,
            "height": self.height,
            "batch": self.batch,
            "mode": "img2img" if self.img2img else "txt2img",
            "strength": req.strength if self.img2img else None,
            "starting_latents": "given" if self.given is not None else "seeded noise",
            "family": family,
        }


@dataclass
class Prompt:
    """The prompt's embeddings and the negative prompt's (the same without guidance)."""

    cond: np.ndarray
    pooled: np.ndarray | None
    uncond: np.ndarray
    uncond_pooled: np.ndarray | None


def _rows(uncond: np.ndarray, cond: np.ndarray, batch: int, cfg: bool) -> np.ndarray:
    """One row per unet row: the negative prompt's batch then the prompt's (with guidance)."""
    rows = np.repeat(cond, batch, 0)
    return np.concatenate([np.repeat(uncond, batch, 0), rows]) if cfg else rows


@dataclass
class Loop:
    """What both denoising loops share: the plan, the unet, and the per-step reporting."""

    plan: Plan
    unet: Graph
    preview: Callable[[np.ndarray], None] | None
    step_times: list[float]
    progress: Progress

    @property
    def out_name(self) -> str:
        outs = self.unet.outputs
        return "out_sample" if "out_sample" in outs else next(iter(outs))

    def stepped(self, index: int, started: float, denoised: Any) -> None:
        """Step ``index`` is done: its time, the preview of its clean estimate, the progress."""
        self.step_times.append(time.perf_counter() - started)
        if self.preview:
            self.preview(denoised if isinstance(denoised, np.ndarray) else denoised.numpy())
        k, n = index - self.plan.start + 1, self.plan.run_steps
        self.progress.set(
            k / n, Message("Progress", QT_TRANSLATE_NOOP("Progress", "step {k} of {n}"), k=k, n=n)
        )


class _Run:
    """One generation's hooks, notices and stage timings."""

    def __init__(self, pipe: DiffusionPipeline, hooks: Hooks):
        self.pipe, self.hooks = pipe, hooks
        self.notices: list[str] = []
        self.timings: dict[str, Any] = {"unet_steps_s": [], "vae_encoder_s": 0.0}
        self.t_start, self.c_start = time.perf_counter(), time.thread_time()

    def notice(self, msg: str) -> None:
        self.notices.append(msg)
        if self.hooks.notice:
            self.hooks.notice(msg)

    def measure(self, label: str, part: str) -> ContextManager:
        """The caller's cost meter around work on ``part`` (on that part's device)."""
        g = self.pipe._graphs.get(part)
        dev = g.device if g else "cpu"
        return self.hooks.measure(label, dev) if self.hooks.measure else contextlib.nullcontext()

    @contextlib.contextmanager
    def timed(self, key: str) -> Iterator[None]:
        t0 = time.perf_counter()
        yield
        self.timings[key] = time.perf_counter() - t0

    def result(
        self, settings: dict[str, Any], images: list[np.ndarray], final: np.ndarray
    ) -> GenerationResult:
        pipe = self.pipe
        total = time.perf_counter() - self.t_start
        ort = sum(g.ort_seconds for g in pipe._graphs.values()) + pipe._released_ort
        ort_cpu = sum(g.ort_thread_cpu for g in pipe._graphs.values()) + pipe._released_cpu
        # our own work: numpy, tokenizer, glue (not onnxruntime's runs nor its session loading)
        own_cpu = time.thread_time() - self.c_start - ort_cpu - pipe._loading_cpu
        timings = {
            **self.timings,
            "total_s": total,
            "onnxruntime_s": ort,
            "outside_onnxruntime_cpu_s": own_cpu,
            "loading_s": pipe._loading_s,
        }
        return GenerationResult(images, settings["seeds"], settings, self.notices, timings, final)


class DiffusionPipeline:
    """A model folder ready to generate. Sessions come from ``factory`` (the runtime's, normally);
    ``low_memory`` loads the text encoder(s), unet and VAE one at a time."""

    def __init__(
        self,
        folder: str | Path,
        factory: SessionFactory | None = None,
        low_memory: bool = False,
        defaults: dict[str, Any] | None = None,
    ):
        self.model: ModelFolder = open_folder(folder)
        self.overrides = dict(defaults or {})  # from the catalogue: steps, guidance, resolution
        self.factory = factory or PlainCpuFactory()
        self.low_memory = low_memory
        self.tokenizers = [ClipTokenizer(p) for p in self.model.tokenizers]
        self._graphs: dict[str, Graph] = {}
        self.lock = threading.Lock()  # one generation at a time per pipeline (app worker threads)
        self._opened_paths: dict[str, Path] = {}
        self._released_ort = self._released_cpu = 0.0
        # parts loaded during the current generation (low-memory mode loads each one in turn)
        self._loading_s = self._loading_cpu = 0.0
        self._preview: LatentPreview | None = None
        self.device_messages: list[str] = []
        self._device_steps: dict[tuple, tuple[Any, DeviceStep]] = {}

    # --- parts -----------------------------------------------------------------------------
    def graph(self, name: str, hooks: Hooks | None = None) -> Graph:
        """The loaded part ``name``, checked against what the pipeline needs."""
        if name in self._graphs:
            return self._graphs[name]
        if not self.model.has(name):
            raise ModelError(f"{self.model.root}: {name}/model.onnx is missing")
        path = self.model.part(name).onnx
        if name == "vae_encoder":
            path = seeded_encoder_path(path)
        t0, c0 = time.perf_counter(), time.thread_time()
        opened = self.factory.open(path, name.replace("_", " "))
        self._loading_s += time.perf_counter() - t0
        self._loading_cpu += time.thread_time() - c0
        g = Graph(name, self.model.part(name).onnx, opened)
        self._opened_paths[name] = path
        self._check(g)
        if opened.message and opened.message not in self.device_messages:
            self.device_messages.append(opened.message)
            if hooks and hooks.device:
                hooks.device(opened.report if opened.report is not None else opened.message)
        self._graphs[name] = g
        return g

    def _drop(self, name: str) -> None:
        """Let a part go (low-memory mode) so the next one can load."""
        if not self.low_memory:
            return
        g = self._graphs.pop(name, None)
        if g is not None:
            g.unpin()
            self._released_ort += g.ort_seconds
            self._released_cpu += g.ort_thread_cpu
            self.factory.release(self._opened_paths.pop(name))
            del g

    def close(self) -> None:
        """Release every loaded part."""
        for name in list(self._graphs):
            g = self._graphs.pop(name)
            g.unpin()
            self.factory.release(self._opened_paths.pop(name))

    def _check(self, g: Graph) -> None:
        """Names and shapes a part must have; the error names the part and what was expected."""
        where = f"{self.model.root / g.part}"
        m = self.model
        if g.part.startswith("text_encoder"):
            self._check_text_encoder(g, where)
        elif g.part == "unet":
            for need in ("sample", "timestep", "encoder_hidden_states"):
                if need not in g.inputs:
                    raise ModelError(f"{where}: expected an input {need!r} ({g.signature()})")
            known = {
                "sample",
                "timestep",
                "encoder_hidden_states",
                "text_embeds",
                "time_ids",
                "timestep_cond",
            }
            extra = [n for n in g.inputs if n not in known]
            if extra:
                raise ModelError(
                    f"{where}: unsupported architecture: the unet takes "
                    f"{', '.join(extra)} (HybridStudio runs {', '.join(sorted(known))})"
                )
            if "text_embeds" in g.inputs and not m.family.time_ids:
                raise ModelError(
                    f"{where}: this unet takes text_embeds and time_ids (an SDXL unet) "
                    "but the folder has no text_encoder_2/ and tokenizer_2/"
                )
            if m.family.time_ids and not {"text_embeds", "time_ids"} <= set(g.inputs):
                raise ModelError(
                    f"{where}: a {m.family.label} unet needs inputs text_embeds and "
                    f"time_ids ({g.signature()})"
                )
            ch = g.inputs["sample"].dim(1)
            cfg = m.latent_channels
            if ch is not None and cfg is not None and ch != cfg:
                raise ModelError(f"{where}: the unet takes {ch} latent channels but the configs say {cfg}")
            if ch == 9:
                raise ModelError(f"{where}: an inpainting unet (9 input channels) is not supported")
        elif g.part == "vae_decoder":
            if "latent_sample" not in g.inputs:
                raise ModelError(f"{where}: expected an input 'latent_sample' ({g.signature()})")
            ch = g.inputs["latent_sample"].dim(1)
            want = self.latent_channels()
            if ch is not None and ch != want:
                raise ModelError(
                    f"{where}: the VAE decoder takes {ch} latent channels, the unet "
                    f"makes {want}; the parts come from different models"
                )
        elif g.part == "vae_encoder" and (
            "sample" not in g.inputs or not ({"latent_sample", "latent_parameters"} & set(g.outputs))
        ):
            raise ModelError(
                f"{where}: expected input 'sample' and output 'latent_sample' or "
                f"'latent_parameters' ({g.signature()})"
            )

    def _check_text_encoder(self, g: Graph, where: str) -> None:
        """A text encoder has the outputs its family reads (last or penultimate layer, pooled)."""
        if "input_ids" not in g.inputs:
            raise ModelError(f"{where}: expected an input 'input_ids' ({g.signature()})")
        enc = self.model.family.encoder(g.part)
        if enc is None:
            return
        if enc.layer == "penultimate" and len(_hidden_state_names(g)) < 2:
            raise ModelError(
                f"{where}: a {self.model.family.label} text encoder must output "
                f"hidden_states.N (the layer before last is used) ({g.signature()})"
            )
        if enc.pooled and "text_embeds" not in g.outputs:
            raise ModelError(
                f"{where}: expected an output 'text_embeds' (pooled, projected "
                f"prompt embedding) ({g.signature()})"
            )
        if enc.layer == "last" and "last_hidden_state" not in g.outputs:
            raise ModelError(f"{where}: expected an output 'last_hidden_state' ({g.signature()})")

    def latent_channels(self) -> int:
        g = self._graphs.get("unet")
        channels = g.inputs["sample"].dim(1) if g is not None else None
        return int(channels) if channels else (self.model.latent_channels or 4)

    # --- defaults --------------------------------------------------------------------------
    def default_scheduler(self) -> tuple[str, str | None]:
        """Our scheduler for the model's scheduler_config.json, and a notice if we substitute."""
        name = scheduler_name_for(self.model.scheduler_config)
        if name:
            return name, None
        fallback = self.model.family.scheduler
        cls = self.model.scheduler_config.get("_class_name", "?")
        return fallback, (
            f"the model's {cls} is not available in HybridStudio; using "
            f"{SCHEDULERS[fallback].title} with the model's own noise schedule"
        )

    def defaults(self) -> dict[str, Any]:
        """Steps and guidance that suit the model's family (LCM: 4 steps; Turbo: 1 step, no
        guidance), its image size, and the catalogue's own values over them."""
        family = self.model.family
        base = {"steps": family.steps, "guidance": family.guidance, "resolution": self.model.native_size}
        base.update(self.overrides)
        return base

    # --- text ------------------------------------------------------------------------------
    def _encode(
        self, prompt: str, hooks: Hooks, notice: Callable[[str], None] | None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """(embeddings [1, 77, D], pooled [1, P] or None) for one prompt: each of the family's
        text encoders gives its last or penultimate layer; their widths are concatenated."""
        embeds, pooled = [], None
        for k, (enc, tok) in enumerate(zip(self.model.family.text_encoders, self.tokenizers, strict=True)):
            tokens = tok([prompt])
            if k == 0 and tokens.truncated[0] and notice:
                notice(tokens.truncated[0])
            g = self.graph(enc.part, hooks)
            seq = g.inputs["input_ids"].dim(1)
            ids = tokens.ids if seq in (None, tokens.ids.shape[1]) else tok([prompt], seq).ids
            layer = _hidden_state_names(g)[-2] if enc.layer == "penultimate" else "last_hidden_state"
            out = g.run({"input_ids": ids}, [layer] + (["text_embeds"] if enc.pooled else []))
            embeds.append(out[layer])
            if enc.pooled:
                pooled = out["text_embeds"]
        return np.concatenate(embeds, axis=-1), pooled

    # --- generation ------------------------------------------------------------------------
    def generate(
        self, req: GenerationRequest, hooks: Hooks | None = None, progress: Progress = Progress.none()
    ) -> GenerationResult:
        """Make ``req.batch`` images: prepare, encode, denoise, decode. Raises
        ParamError/InputError/ModelError on bad input, Cancelled when ``progress`` says so."""
        run = self._begin(hooks or Hooks())
        plan = self.prepare(req, run.notice)
        with run.timed("text_encoder_s"):
            prompt = self.encode(req, plan, run, progress.sub(0.0, 0.05))
        progress.check_cancelled()
        latents = self.start_latents(req, plan, run)
        final, final_on_device = self.denoise(plan, prompt, latents, run, progress.sub(0.05, 0.85))
        progress.check_cancelled()
        with run.timed("vae_decoder_s"):
            images = self.decode(final, final_on_device, plan, run, progress.sub(0.9, 0.1))
        progress.set(1.0, QT_TRANSLATE_NOOP("Progress", "done"))
        return run.result(plan.settings(req, self.model.family.id), images, final)

    def _begin(self, hooks: Hooks) -> _Run:
        """Start the time and onnxruntime counters of one generation."""
        self._released_ort = self._released_cpu = 0.0
        self._loading_s = self._loading_cpu = 0.0
        for g in self._graphs.values():
            g.ort_seconds = g.ort_thread_cpu = 0.0
        return _Run(self, hooks)

    # prepare: steps, guidance, scheduler, size, seeds
    def prepare(self, req: GenerationRequest, notice: Callable[[str], None]) -> Plan:
        """The request checked and completed with the model's defaults."""
        steps, guidance = self._steps_and_guidance(req, notice)
        sched = self._scheduler(req, notice)
        width, height, batch, given = self._size_and_batch(req, notice)
        seed = int(req.seed) if req.seed is not None else secrets.randbelow(2**31)
        if seed < 0:
            raise ParamError("seed", "a seed is a whole number ≥ 0")
        if req.init_image is not None:
            start = sched.img2img_start(steps, req.strength)
            if start >= len(sched.timesteps):
                raise ParamError(
                    "strength",
                    f"strength {req.strength:g} with {steps} steps runs no "
                    "step at all; raise the strength or the steps",
                )
        else:
            sched.set_timesteps(steps)
            start = 0
        embedded = self.model.family.guidance_embedding
        cfg = guidance > 1.0 and not embedded
        if req.negative_prompt and not cfg:
            notice(
                "the negative prompt is not used: "
                + (
                    f"{self.model.family.label} models steer with an embedded guidance scale"
                    if embedded
                    else f"guidance {guidance:g} ≤ 1 turns classifier-free guidance off"
                )
            )
        return Plan(
            steps, guidance, cfg, sched, start, width, height, batch, seed, given, req.init_image is not None
        )

    def _steps_and_guidance(self, req: GenerationRequest, notice: Callable[[str], None]) -> tuple[int, float]:
        m = self.model
        defaults = self.defaults()
        steps = int(req.steps if req.steps is not None else defaults["steps"])
        guidance = float(req.guidance if req.guidance is not None else defaults["guidance"])
        if steps < 1 or steps > MAX_STEPS:
            raise ParamError("steps", f"{steps} is outside 1..{MAX_STEPS}")
        if guidance < 0 or guidance > MAX_GUIDANCE:
            raise ParamError("guidance", f"{guidance} is outside 0..{MAX_GUIDANCE:g}")
        if req.init_image is None:
            return steps, guidance
        if not (0.0 < req.strength <= 1.0):
            raise ParamError("strength", f"{req.strength} is outside 0..1 (0 would keep the image as is)")
        if req.steps is None and m.family.img2img_stretch_steps:
            # img2img runs only the last strength × steps steps: keep the model's usual number run
            wanted = int(np.ceil(steps / req.strength - 1e-9))
            if wanted != steps:
                notice(
                    f"{wanted} steps scheduled so that {int(wanted * req.strength)} run at "
                    f"strength {req.strength:g}"
                )
                steps = wanted
        if req.latents is not None:
            raise ParamError(
                "latents",
                "explicit starting latents are for text-to-image; img2img starts from the encoded image",
            )
        if not m.has("vae_encoder"):
            raise ModelError(
                f"{m.root}: vae_encoder/model.onnx is missing: image-to-image needs the "
                "VAE encoder to turn the start image into latents"
            )
        return steps, guidance

    def _scheduler(self, req: GenerationRequest, notice: Callable[[str], None]) -> Scheduler:
        """The asked-for scheduler, else the model's own, on the model's noise schedule."""
        m = self.model
        name = req.scheduler
        if name is None:
            name, why = self.default_scheduler()
            if why:
                notice(why)
        config = {"prediction_type": m.family.prediction_type, **m.scheduler_config}
        return make_scheduler(name, config, source=str(m.root / "scheduler" / "scheduler_config.json"))

    def _size_and_batch(
        self, req: GenerationRequest, notice: Callable[[str], None]
    ) -> tuple[int, int, int, np.ndarray | None]:
        """(width, height, batch, explicit starting latents or None)."""
        factor, channels = self.model.vae_factor, self.latent_channels()
        batch = int(req.batch)
        lat = None
        if req.latents is None:
            width, height = self._size(req, factor, notice)
        else:
            lat = np.asarray(req.latents, dtype=np.float32)
            if lat.ndim == 3:
                lat = lat[None]
            if lat.ndim != 4:
                raise InputError(
                    None, f"starting latents must be [batch, {channels}, h, w], got shape {tuple(lat.shape)}"
                )
            if lat.shape[1] != channels:
                raise InputError(
                    None,
                    f"starting latents have {lat.shape[1]} channels; this model's latents have {channels}",
                )
            if batch not in (1, lat.shape[0]):
                raise ParamError(
                    "batch", f"{batch} images asked for but the starting latents hold {lat.shape[0]}"
                )
            batch = lat.shape[0]
            height, width = lat.shape[2] * factor, lat.shape[3] * factor
            if (req.width and req.width != width) or (req.height and req.height != height):
                raise ParamError(
                    "size", f"{req.width}x{req.height} does not match the starting latents ({width}x{height})"
                )
        if not 1 <= batch <= MAX_BATCH:
            raise ParamError("batch", f"{batch} is outside 1..{MAX_BATCH}")
        return width, height, batch, lat

    # encode: the prompt as embeddings
    def encode(self, req: GenerationRequest, plan: Plan, run: _Run, progress: Progress) -> Prompt:
        """The prompt, and with classifier-free guidance the negative prompt, as embeddings."""
        family = self.model.family
        progress.set(0.0, QT_TRANSLATE_NOOP("Progress", "reading the prompt"))
        with run.measure("text encoder", "text_encoder"):
            cond, pooled = self._encode(req.prompt, run.hooks, run.notice)
            prompt = Prompt(cond, pooled, cond, pooled)
            if plan.cfg:
                if (
                    family.zero_empty_negative
                    and not req.negative_prompt
                    and self.model.index.get("force_zeros_for_empty_prompt", True)
                ):
                    prompt.uncond = np.zeros_like(cond)
                    prompt.uncond_pooled = np.zeros_like(pooled) if pooled is not None else None
                else:
                    prompt.uncond, prompt.uncond_pooled = self._encode(
                        req.negative_prompt or "", run.hooks, None
                    )
        for enc in family.text_encoders:
            self._drop(enc.part)
        return prompt

    # prepare: the starting latents and what the unet reads besides them
    def start_latents(self, req: GenerationRequest, plan: Plan, run: _Run) -> np.ndarray:
        """Seeded noise (or the given latents), or the encoded start image with noise added."""
        if req.init_image is not None:
            with run.timed("vae_encoder_s"):
                with run.measure("vae encoder", "vae_encoder"):
                    init = self._encode_image(
                        req.init_image, plan.width, plan.height, plan.batch, plan.rngs, run.notice
                    )
                self._drop("vae_encoder")
            return plan.sched.add_noise(init, plan.noise(init.shape), plan.start)
        f = self.model.vae_factor
        shape = (plan.batch, self.latent_channels(), plan.height // f, plan.width // f)
        start_noise = plan.given if plan.given is not None else plan.noise(shape)
        return (start_noise * np.float32(plan.sched.init_noise_sigma)).astype(np.float32)

    def unet_inputs(self, unet: Graph, plan: Plan, prompt: Prompt) -> dict[str, np.ndarray]:
        """What the unet reads besides latents and timestep: the text embeddings, SDXL's pooled
        prompt and size (time ids), LCM's guidance-scale embedding; one row per unet row."""
        m = self.model
        ehs = _rows(prompt.uncond, prompt.cond, plan.batch, plan.cfg)
        spec = unet.inputs["encoder_hidden_states"]
        if spec.dim(2) is not None and spec.dim(2) != ehs.shape[-1]:
            raise ModelError(
                f"{m.root / 'unet'}: the unet expects text embeddings of width "
                f"{spec.dim(2)}, the text encoder gives {ehs.shape[-1]}; the parts come "
                "from different models"
            )
        conds = {"encoder_hidden_states": ehs}
        if m.family.time_ids:
            assert prompt.pooled is not None and prompt.uncond_pooled is not None
            conds["text_embeds"] = _rows(prompt.uncond_pooled, prompt.pooled, plan.batch, plan.cfg)
            ids = np.array([plan.height, plan.width, 0, 0, plan.height, plan.width], np.float32)
            conds["time_ids"] = np.tile(ids, (plan.rows, 1))
        if "timestep_cond" in unet.inputs:
            dim = (
                unet.inputs["timestep_cond"].dim(1)
                or m.part("unet").config.get("time_cond_proj_dim")
                or m.family.guidance_embedding_dim
            )
            if not dim:
                raise ModelError(
                    f"{m.root / 'unet'}: the size of timestep_cond is unknown (no fixed "
                    "shape and no time_cond_proj_dim in unet/config.json)"
                )
            w = guidance_embedding(np.array([plan.guidance - 1.0]), int(dim))
            conds["timestep_cond"] = np.repeat(w, plan.rows, 0)
        return conds

    # denoise: the loop
    def denoise(
        self, plan: Plan, prompt: Prompt, latents: np.ndarray, run: _Run, progress: Progress
    ) -> tuple[np.ndarray, Any]:
        """Step by step the unet predicts the noise and the scheduler removes part of it. Returns
        the final latents on the host and, after the device loop, on the device (else None)."""
        unet = self.graph("unet", run.hooks)
        conds = self.unet_inputs(unet, plan, prompt)
        # low-memory mode runs the guidance rows one at a time: half the unet's activations
        per_row = (unet.inputs["sample"].dim(0) == 1 or self.low_memory) and plan.rows > 1
        if not per_row:
            for name, value in conds.items():
                unet.pin(name, value)
        on_device = unet.binds and not per_row
        if on_device and not self._affine_ok(plan.sched, plan.start):
            on_device = False
            run.notice(
                f"the {plan.sched.title} scheduler's thresholding option is not a plain "
                "weighted sum: its steps run on the CPU, the latents travel to and from the "
                "device at every step"
            )
        preview = self._preview or LatentPreview(self.latent_channels())
        self._preview = preview
        show = run.hooks.preview
        loop = Loop(
            plan,
            unet,
            (lambda d: show(preview(d))) if show is not None else None,
            run.timings["unet_steps_s"],
            progress,
        )
        try:
            with run.measure("unet", "unet"):
                if on_device:
                    return self._denoise_on_device(loop, latents)
                return self._denoise_on_host(loop, latents, conds, per_row), None
        finally:
            unet.unpin()
            self._drop("unet")

    @staticmethod
    def _affine_ok(sched: Scheduler, start: int) -> bool:
        """Whether every step can run as a weighted sum (probed on a copy: stepping has state)."""
        probe = copy.deepcopy(sched)
        return all(probe.affine(i) is not None for i in range(start, len(sched.timesteps)))

    def _denoise_on_host(
        self, loop: Loop, latents: np.ndarray, conds: dict[str, np.ndarray], per_row: bool
    ) -> np.ndarray:
        """The loop with numpy schedulers: latents on the host between unet runs."""
        plan, sched = loop.plan, loop.plan.sched
        final = latents
        affine = self._affine_ok(sched, plan.start)
        h: np.ndarray | None = None
        for i in range(plan.start, len(sched.timesteps)):
            loop.progress.check_cancelled()
            ts0 = time.perf_counter()
            x_in = np.concatenate([latents, latents]) if plan.cfg else latents
            x_in = sched.scale_model_input(x_in, i)
            pred = self._unet(loop.unet, x_in, sched.timesteps[i], conds, per_row, loop.out_name)
            if plan.cfg:
                u, c = pred[: plan.batch], pred[plan.batch :]
                pred = u + np.float32(plan.guidance) * (c - u)
            co = sched.affine(i) if affine else None
            if co is not None:  # the same arithmetic as the device loop
                n = plan.noise(latents.shape) if co.noise else None
                latents, den = device_step.apply(co, latents, pred, n, h)
                h = den
            else:
                res = sched.step(pred, i, latents, plan.noise)
                latents, den = res.prev_sample, res.denoised
            final = den if sched.result_is_denoised else latents
            loop.stepped(i, ts0, den)
        return final

    def _denoise_on_device(self, loop: Loop, latents: np.ndarray) -> tuple[np.ndarray, Any]:
        """The loop with latents, unet output, guidance and scheduler step on the unet's device:
        only the timestep, the step's scalars and the seeded noise (drawn on the host, in the
        same order as the host loop) go in; the latents come back once, at the end (and the
        clean estimate at each step when a preview is shown). Returns the final latents on the
        host and on the device (an OrtValue for the VAE decoder)."""
        plan, sched, unet = loop.plan, loop.plan.sched, loop.unet
        dtype = unet.inputs["sample"].dtype
        key = (np.dtype(dtype).name, plan.cfg)
        session, step = self._device_steps.get(key, (None, None))
        if step is None or session is not unet.opened.session:  # reopened in low-memory mode
            step = DeviceStep(unet.opened.session, str(unet.opened.bind_device), dtype, plan.cfg)
            self._device_steps[key] = (unet.opened.session, step)
        x_in0 = np.concatenate([latents, latents]) if plan.cfg else latents
        model_in = step.upload(unet.cast("sample", sched.scale_model_input(x_in0, plan.start)))
        x = step.upload(latents.astype(np.float32))
        zeros = step.upload(np.zeros_like(latents, dtype=np.float32))
        h, den = zeros, x
        last = len(sched.timesteps) - 1
        for i in range(plan.start, len(sched.timesteps)):
            loop.progress.check_cancelled()
            ts0 = time.perf_counter()
            timestep = self._timestep(unet, sched.timesteps[i], plan.rows)
            pred = unet.run_on_device({"sample": model_in}, {"timestep": timestep}, [loop.out_name])[0]
            co = sched.affine(i)
            assert co is not None  # checked by _affine_ok before the loop
            n = step.upload(plan.noise(latents.shape)) if co.noise else zeros
            div = sched.input_divisor(i + 1) if i < last else np.float32(1.0)
            t1 = time.perf_counter()
            c1 = time.thread_time()
            x, den, model_in = step.run(x, pred, n, h, device_step.scalars(co, plan.guidance, div))
            unet.ort_seconds += time.perf_counter() - t1
            unet.ort_thread_cpu += time.thread_time() - c1
            h = den
            loop.stepped(i, ts0, den)
        result = den if sched.result_is_denoised else x
        return result.numpy(), result

    # decode: latents to pixels
    def decode(
        self, final: np.ndarray, final_on_device: Any, plan: Plan, run: _Run, progress: Progress
    ) -> list[np.ndarray]:
        """The final latents as sRGB pictures, through the VAE decoder (fed on the device when
        the latents are still there)."""
        vae = self.graph("vae_decoder", run.hooks)
        progress.set(0.2, QT_TRANSLATE_NOOP("Progress", "decoding the latents into pixels"))
        dec_in = self._decoder_on_device(vae, final_on_device)
        scale = np.float32(self.model.scaling_factor)
        decoded = []
        with run.measure("vae decoder", "vae_decoder"):
            for b in range(plan.batch):
                progress.check_cancelled()
                if dec_in is not None:
                    z_dev = dec_in.run(final_on_device, b, float(scale))
                    pixels = vae.run_on_device({"latent_sample": z_dev}, {}, ["sample"])[0].numpy()
                    decoded.append(pixels.astype(np.float32, copy=False))
                else:
                    decoded.append(vae.run({"latent_sample": final[b : b + 1] / scale}, ["sample"])["sample"])
        self._drop("vae_decoder")
        raw = np.concatenate(decoded)
        if raw.shape[1] != 3:
            raise ModelError(
                f"{self.model.root / 'vae_decoder'}: expected 3 colour channels, got {raw.shape[1]}"
            )
        if run.hooks.preview and self._preview is not None:  # refit only when someone watches
            self._preview.refit(final[:1], raw[:1])
        return [_to_rgb(img) for img in raw]

    def _decoder_on_device(self, vae: Graph, final_on_device: Any) -> DecoderInput | None:
        """The decoder's input on the device, when the latents still are there: not in
        low-memory mode, where the unet session that made them has been let go."""
        unet = self._graphs.get("unet")
        if (
            final_on_device is None
            or not vae.binds
            or self.low_memory
            or unet is None
            or vae.opened.bind_device != unet.opened.bind_device
        ):
            return None
        return DecoderInput(
            vae.opened.session, str(vae.opened.bind_device), vae.inputs["latent_sample"].dtype
        )

    def _unet(
        self,
        unet: Graph,
        x_in: np.ndarray,
        t: Any,
        conds: dict[str, np.ndarray],
        per_row: bool,
        out_name: str,
    ) -> np.ndarray:
        if not per_row:
            feeds = {"sample": x_in, "timestep": self._timestep(unet, t, x_in.shape[0])}
            return unet.run(feeds, [out_name])[out_name]
        outs = []
        for r in range(x_in.shape[0]):
            feeds = {"sample": x_in[r : r + 1], "timestep": self._timestep(unet, t, 1)}
            feeds.update({n: v[r : r + 1] for n, v in conds.items()})
            outs.append(unet.run(feeds, [out_name])[out_name])
        return np.concatenate(outs)

    @staticmethod
    def _timestep(unet: Graph, t: Any, rows: int) -> np.ndarray:
        """The timestep in the shape and type the unet declares: [], [1] or [batch]."""
        spec = unet.inputs["timestep"]
        value = np.asarray(t, dtype=np.float64)
        if len(spec.shape) == 0:
            arr: np.ndarray = value.reshape(())
        elif spec.dim(0) == 1:
            arr = value.reshape(1)
        else:
            arr = np.full((rows,), value)
        if np.issubdtype(spec.dtype, np.integer):
            arr = np.floor(arr)  # diffusers casts float timesteps to int by truncation
        return unet.cast("timestep", arr)

    def _size(self, req: GenerationRequest, factor: int, notice: Callable[[str], None]) -> tuple[int, int]:
        native = int(self.defaults()["resolution"])
        if req.width is None and req.height is None and req.init_image is not None:
            ih, iw = req.init_image.shape[:2]
            scale = min(1.0, native / np.sqrt(ih * iw)) if ih * iw > native * native else 1.0
            width, height = iw * scale, ih * scale
            w8, h8 = round_size(int(width), factor), round_size(int(height), factor)
            if (w8, h8) != (iw, ih):
                notice(
                    f"the start image ({iw}x{ih}) is worked at {w8}x{h8}: sides in multiples "
                    f"of {factor}, about {native}x{native} pixels for this model"
                )
            return w8, h8
        width = int(req.width or (req.height if req.height else native))
        height = int(req.height or width)
        for name, v in (("width", width), ("height", height)):
            if v < factor or v > MAX_SIDE:
                raise ParamError("size", f"{name} {v} px is outside {factor}..{MAX_SIDE}")
        w8, h8 = round_size(width, factor), round_size(height, factor)
        if (w8, h8) != (width, height):
            notice(
                f"{width}x{height} rounded to {w8}x{h8}: the model works in blocks of "
                f"{factor}x{factor} pixels"
            )
        return w8, h8

    def _encode_image(
        self,
        image: np.ndarray,
        width: int,
        height: int,
        batch: int,
        rngs: list[np.random.Generator],
        notice: Callable[[str], None],
    ) -> np.ndarray:
        """The start image as scaled latents [B, C, h, w], one seeded VAE sample per image."""
        img: np.ndarray = np.asarray(image, dtype=np.float32)
        if img.ndim != 3 or img.shape[2] != 3:
            raise InputError(None, f"the start image must be RGB (H×W×3), got shape {img.shape}")
        if img.shape[:2] != (height, width):
            shrink = width * height < img.shape[0] * img.shape[1]
            img = cv2.resize(
                img, (width, height), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC
            )
        x = (np.clip(img, 0, 1) * 2.0 - 1.0).transpose(2, 0, 1)[None].astype(np.float32)
        enc = self.graph("vae_encoder")
        f = self.model.vae_factor
        c = self.latent_channels()
        out = []
        for r in rngs:
            feeds = {"sample": x}
            noise_inputs = [n for n in enc.inputs if n.startswith(NOISE_INPUT.format(""))]
            for n in noise_inputs:  # older exports: the graph's own draw, now fed by our seed
                feeds[n] = r.standard_normal((1, c, height // f, width // f), dtype=np.float32)
            if "latent_parameters" in enc.outputs:
                params = enc.run(feeds, ["latent_parameters"])["latent_parameters"]
                mean, logvar = params[:, :c], np.clip(params[:, c:], -30.0, 20.0)
                sample = mean + np.exp(0.5 * logvar) * r.standard_normal(mean.shape, dtype=np.float32)
            else:
                sample = enc.run(feeds, ["latent_sample"])["latent_sample"]
            out.append(sample)
        latents = np.concatenate(out) * np.float32(self.model.scaling_factor)
        if latents.shape[1] != c:
            raise ModelError(
                f"{self.model.root / 'vae_encoder'}: the VAE encoder makes "
                f"{latents.shape[1]} latent channels, the unet takes {c}"
            )
        return latents.astype(np.float32)
