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
import re
import secrets
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import InputError, ModelError, ParamError
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
    """How a generation talks to its caller; every hook is optional."""

    progress: Callable[[float, str], None] | None = None
    preview: Callable[[np.ndarray], None] | None = None
    check_cancelled: Callable[[], None] | None = None
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
    import cv2

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


class DiffusionPipeline:
    """A model folder ready to generate. Sessions come from ``factory`` (the runtime's, normally);
    ``low_memory`` loads the text encoder(s), unet and VAE one at a time."""

    def __init__(self, folder: str | Path, factory: SessionFactory | None = None,
                 low_memory: bool = False, defaults: dict[str, Any] | None = None):
        self.model: ModelFolder = open_folder(folder)
        self.overrides = dict(defaults or {})  # from the catalogue: steps, guidance, resolution
        self.factory = factory or PlainCpuFactory()
        self.low_memory = low_memory
        self.tokenizers = [ClipTokenizer(p) for p in self.model.tokenizers]
        self._graphs: dict[str, Graph] = {}
        self.lock = threading.Lock()  # one generation at a time per pipeline (app worker threads)
        self._opened_paths: dict[str, Path] = {}
        self._released_ort = self._released_cpu = 0.0
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
        opened = self.factory.open(path, name.replace("_", " "))
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
            if "input_ids" not in g.inputs:
                raise ModelError(f"{where}: expected an input 'input_ids' ({g.signature()})")
            if m.family == "sdxl" and not _hidden_state_names(g):
                raise ModelError(f"{where}: an SDXL text encoder must output hidden_states.N "
                                 f"(the layer before last is used) ({g.signature()})")
            if g.part == "text_encoder_2" and "text_embeds" not in g.outputs:
                raise ModelError(f"{where}: expected an output 'text_embeds' (pooled, projected "
                                 f"prompt embedding) ({g.signature()})")
            if m.family != "sdxl" and "last_hidden_state" not in g.outputs:
                raise ModelError(f"{where}: expected an output 'last_hidden_state' ({g.signature()})")
        elif g.part == "unet":
            for need in ("sample", "timestep", "encoder_hidden_states"):
                if need not in g.inputs:
                    raise ModelError(f"{where}: expected an input {need!r} ({g.signature()})")
            known = {"sample", "timestep", "encoder_hidden_states", "text_embeds", "time_ids",
                     "timestep_cond"}
            extra = [n for n in g.inputs if n not in known]
            if extra:
                raise ModelError(f"{where}: unsupported architecture: the unet takes "
                                 f"{', '.join(extra)} (HybridStudio runs {', '.join(sorted(known))})")
            if "text_embeds" in g.inputs and m.family != "sdxl":
                raise ModelError(f"{where}: this unet takes text_embeds and time_ids (an SDXL unet) "
                                 "but the folder has no text_encoder_2/ and tokenizer_2/")
            if m.family == "sdxl" and not {"text_embeds", "time_ids"} <= set(g.inputs):
                raise ModelError(f"{where}: an SDXL unet needs inputs text_embeds and time_ids "
                                 f"({g.signature()})")
            ch = g.inputs["sample"].dim(1)
            cfg = m.latent_channels
            if ch is not None and cfg is not None and ch != cfg:
                raise ModelError(f"{where}: the unet takes {ch} latent channels but the configs say "
                                 f"{cfg}")
            if ch == 9:
                raise ModelError(f"{where}: an inpainting unet (9 input channels) is not supported")
        elif g.part == "vae_decoder":
            if "latent_sample" not in g.inputs:
                raise ModelError(f"{where}: expected an input 'latent_sample' ({g.signature()})")
            ch = g.inputs["latent_sample"].dim(1)
            want = self.latent_channels()
            if ch is not None and ch != want:
                raise ModelError(f"{where}: the VAE decoder takes {ch} latent channels, the unet "
                                 f"makes {want}; the parts come from different models")
        elif g.part == "vae_encoder" and (
                "sample" not in g.inputs
                or not ({"latent_sample", "latent_parameters"} & set(g.outputs))):
            raise ModelError(f"{where}: expected input 'sample' and output 'latent_sample' or "
                             f"'latent_parameters' ({g.signature()})")

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
        fallback = "lcm" if self.model.family == "lcm" else "euler"
        cls = self.model.scheduler_config.get("_class_name", "?")
        return fallback, (f"the model's {cls} is not available in HybridStudio; using "
                          f"{SCHEDULERS[fallback].title} with the model's own noise schedule")

    def defaults(self) -> dict[str, Any]:
        """Steps and guidance that suit the model (LCM: 4 steps; Turbo: 1 step, no guidance)."""
        if self.model.family == "lcm":
            base = {"steps": 4, "guidance": 8.0}
        elif self.model.is_turbo:
            base = {"steps": 1, "guidance": 0.0}
        else:
            base = {"steps": 25, "guidance": 7.5}
        base["resolution"] = self.model.native_size
        base.update(self.overrides)
        return base

    # --- text ------------------------------------------------------------------------------
    def _encode(self, prompt: str, hooks: Hooks,
                notice: Callable[[str], None] | None) -> tuple[np.ndarray, np.ndarray | None]:
        """(embeddings [1, 77, D], pooled [1, P] or None) for one prompt."""
        parts = ["text_encoder"] + (["text_encoder_2"] if self.model.family == "sdxl" else [])
        embeds, pooled = [], None
        for k, (part, tok) in enumerate(zip(parts, self.tokenizers, strict=False)):
            tokens = tok([prompt])
            if k == 0 and tokens.truncated[0] and notice:
                notice(tokens.truncated[0])
            g = self.graph(part, hooks)
            seq = g.inputs["input_ids"].dim(1)
            ids = tokens.ids if seq in (None, tokens.ids.shape[1]) else tok([prompt], seq).ids
            if self.model.family == "sdxl":
                hidden = _hidden_state_names(g)
                wanted = [hidden[-2]] + (["text_embeds"] if part == "text_encoder_2" else [])
                out = g.run({"input_ids": ids}, wanted)
                embeds.append(out[hidden[-2]])
                if part == "text_encoder_2":
                    pooled = out["text_embeds"]
            else:
                embeds.append(g.run({"input_ids": ids}, ["last_hidden_state"])["last_hidden_state"])
        return np.concatenate(embeds, axis=-1), pooled

    # --- generation ------------------------------------------------------------------------
    def generate(self, req: GenerationRequest, hooks: Hooks | None = None) -> GenerationResult:
        """Make ``req.batch`` images. Raises ParamError/InputError/ModelError on bad input,
        Cancelled when ``hooks.check_cancelled`` says so."""
        hooks = hooks or Hooks()
        t_start = time.perf_counter()
        c_start = time.thread_time()
        self._released_ort = self._released_cpu = 0.0
        for g in self._graphs.values():
            g.ort_seconds = g.ort_thread_cpu = 0.0
        notices: list[str] = []

        def notice(msg: str) -> None:
            notices.append(msg)
            if hooks.notice:
                hooks.notice(msg)

        def progress(f: float, msg: str) -> None:
            if hooks.progress:
                hooks.progress(f, msg)

        def cancelled() -> None:
            if hooks.check_cancelled:
                hooks.check_cancelled()

        def measure(label: str, part: str) -> ContextManager:
            g = self._graphs.get(part)
            dev = g.device if g else "cpu"
            return hooks.measure(label, dev) if hooks.measure else contextlib.nullcontext()

        m = self.model
        defaults = self.defaults()
        steps = int(req.steps if req.steps is not None else defaults["steps"])
        guidance = float(req.guidance if req.guidance is not None else defaults["guidance"])
        if steps < 1 or steps > 500:
            raise ParamError("steps", f"{steps} is outside 1..500")
        if guidance < 0 or guidance > 50:
            raise ParamError("guidance", f"{guidance} is outside 0..50")
        img2img = req.init_image is not None
        if img2img and not (0.0 < req.strength <= 1.0):
            raise ParamError("strength", f"{req.strength} is outside 0..1 (0 would keep the image as is)")
        if img2img and req.steps is None and m.family != "lcm":
            # img2img runs only the last strength × steps steps: keep the model's usual number run
            wanted = int(np.ceil(steps / req.strength - 1e-9))
            if wanted != steps:
                notice(f"{wanted} steps scheduled so that {int(wanted * req.strength)} run at "
                       f"strength {req.strength:g}")
                steps = wanted
        if img2img and req.latents is not None:
            raise ParamError("latents", "explicit starting latents are for text-to-image; img2img "
                                        "starts from the encoded image")
        if img2img and not m.has("vae_encoder"):
            raise ModelError(f"{m.root}: vae_encoder/model.onnx is missing: image-to-image needs the "
                             "VAE encoder to turn the start image into latents")
        sched_name = req.scheduler
        if sched_name is None:
            sched_name, why = self.default_scheduler()
            if why:
                notice(why)
        sched: Scheduler = make_scheduler(sched_name, m.scheduler_config,
                                          source=str(m.root / "scheduler" / "scheduler_config.json"))
        factor = m.vae_factor
        channels = self.latent_channels()

        # size and batch
        batch = int(req.batch)
        if req.latents is not None:
            lat = np.asarray(req.latents, dtype=np.float32)
            if lat.ndim == 3:
                lat = lat[None]
            if lat.ndim != 4:
                raise InputError(None, f"starting latents must be [batch, {channels}, h, w], got "
                                       f"shape {tuple(lat.shape)}")
            if lat.shape[1] != channels:
                raise InputError(None, f"starting latents have {lat.shape[1]} channels; this model's "
                                       f"latents have {channels}")
            if batch not in (1, lat.shape[0]):
                raise ParamError("batch", f"{batch} images asked for but the starting latents hold "
                                          f"{lat.shape[0]}")
            batch = lat.shape[0]
            height, width = lat.shape[2] * factor, lat.shape[3] * factor
            if (req.width and req.width != width) or (req.height and req.height != height):
                raise ParamError("size", f"{req.width}x{req.height} does not match the starting "
                                         f"latents ({width}x{height})")
        else:
            lat = None
            width, height = self._size(req, factor, notice)
        if not 1 <= batch <= MAX_BATCH:
            raise ParamError("batch", f"{batch} is outside 1..{MAX_BATCH}")
        h, w = height // factor, width // factor

        seed = int(req.seed) if req.seed is not None else secrets.randbelow(2**31)
        if seed < 0:
            raise ParamError("seed", "a seed is a whole number ≥ 0")
        seeds = [seed + i for i in range(batch)]
        rngs = [np.random.default_rng(s) for s in seeds]

        def noise(shape: tuple[int, ...]) -> np.ndarray:
            return np.stack([r.standard_normal(tuple(shape[1:]), dtype=np.float32) for r in rngs])

        # schedule
        if img2img:
            start = sched.img2img_start(steps, req.strength)
            if start >= len(sched.timesteps):
                raise ParamError("strength", f"strength {req.strength:g} with {steps} steps runs no "
                                             "step at all; raise the strength or the steps")
        else:
            sched.set_timesteps(steps)
            start = 0
        run_steps = len(sched.timesteps) - start

        # prompt embeddings
        uses_lcm_embedding = m.family == "lcm"
        cfg = guidance > 1.0 and not uses_lcm_embedding
        if req.negative_prompt and not cfg:
            notice("the negative prompt is not used: "
                   + ("LCM models steer with an embedded guidance scale" if uses_lcm_embedding
                      else f"guidance {guidance:g} ≤ 1 turns classifier-free guidance off"))
        progress(0.0, "reading the prompt")
        t0 = time.perf_counter()
        with measure("text encoder", "text_encoder"):
            cond, pooled = self._encode(req.prompt, hooks, notice)
            uncond, uncond_pooled = cond, pooled
            if cfg:
                zeros = (m.family == "sdxl" and not req.negative_prompt
                         and m.index.get("force_zeros_for_empty_prompt", True))
                if zeros:
                    uncond = np.zeros_like(cond)
                    uncond_pooled = np.zeros_like(pooled) if pooled is not None else None
                else:
                    uncond, uncond_pooled = self._encode(req.negative_prompt or "", hooks, None)
        for part in ("text_encoder", "text_encoder_2"):
            self._drop(part)
        t_text = time.perf_counter() - t0
        cancelled()

        # starting latents
        t0 = time.perf_counter()
        t_vae_enc = 0.0
        if req.init_image is not None:  # img2img
            with measure("vae encoder", "vae_encoder"):
                init = self._encode_image(req.init_image, width, height, batch, rngs, notice)
            self._drop("vae_encoder")
            t_vae_enc = time.perf_counter() - t0
            latents = sched.add_noise(init, noise(init.shape), start)
        else:
            start_noise = lat if lat is not None else noise((batch, channels, h, w))
            latents = (start_noise * np.float32(sched.init_noise_sigma)).astype(np.float32)

        # the denoising loop
        unet = self.graph("unet", hooks)
        rows = 2 * batch if cfg else batch
        conds: dict[str, np.ndarray] = {}
        ehs = np.concatenate([np.repeat(uncond, batch, 0), np.repeat(cond, batch, 0)]) if cfg \
            else np.repeat(cond, batch, 0)
        spec = unet.inputs["encoder_hidden_states"]
        if spec.dim(2) is not None and spec.dim(2) != ehs.shape[-1]:
            raise ModelError(f"{m.root / 'unet'}: the unet expects text embeddings of width "
                             f"{spec.dim(2)}, the text encoder gives {ehs.shape[-1]}; the parts come "
                             "from different models")
        conds["encoder_hidden_states"] = ehs
        if "text_embeds" in unet.inputs:
            assert pooled is not None and uncond_pooled is not None
            conds["text_embeds"] = np.concatenate(
                [np.repeat(uncond_pooled, batch, 0), np.repeat(pooled, batch, 0)]) if cfg \
                else np.repeat(pooled, batch, 0)
            ids = np.array([height, width, 0, 0, height, width], dtype=np.float32)
            conds["time_ids"] = np.tile(ids, (rows, 1))
        if "timestep_cond" in unet.inputs:
            dim = unet.inputs["timestep_cond"].dim(1) or m.part("unet").config.get("time_cond_proj_dim")
            if not dim:
                raise ModelError(f"{m.root / 'unet'}: the size of timestep_cond is unknown (no fixed "
                                 "shape and no time_cond_proj_dim in unet/config.json)")
            conds["timestep_cond"] = np.repeat(guidance_embedding(np.array([guidance - 1.0]), int(dim)),
                                               rows, 0)
        per_row = unet.inputs["sample"].dim(0) == 1 and rows > 1
        if not per_row:
            for name, value in conds.items():
                unet.pin(name, value)
        preview = self._preview or LatentPreview(channels)
        self._preview = preview
        step_times: list[float] = []
        out_name = "out_sample" if "out_sample" in unet.outputs else next(iter(unet.outputs))
        on_device = unet.binds and not per_row
        if on_device and not self._affine_ok(sched, start):
            on_device = False
            notice(f"the {sched.title} scheduler's thresholding option is not a plain weighted "
                   "sum: its steps run on the CPU, the latents travel to and from the device at "
                   "every step")
        loop: dict[str, Any]  # the arguments both denoising loops take
        loop = dict(unet=unet, sched=sched, start=start, latents=latents, cfg=cfg, batch=batch,
                    guidance=guidance, conds=conds, out_name=out_name, noise=noise,
                    preview=(lambda d: hooks.preview(preview(d))) if hooks.preview else None,
                    step_times=step_times, cancelled=cancelled,
                    progress=lambda k: progress(0.05 + 0.85 * (k + 1) / run_steps,
                                                f"step {k + 1} of {run_steps}"))
        try:
            with measure("unet", "unet"):
                final_on_device = None
                if on_device:
                    final, final_on_device = self._denoise_on_device(**loop)
                else:
                    final = self._denoise_on_host(per_row=per_row, **loop)
        finally:
            unet.unpin()
        self._drop("unet")
        cancelled()

        # pixels
        t0 = time.perf_counter()
        vae = self.graph("vae_decoder", hooks)
        progress(0.92, "decoding the latents into pixels")
        decoded = []
        # the latents still on the device feed a decoder bound there (not in low-memory mode,
        # where the unet session that made them has been let go)
        vae_on_device = (final_on_device is not None and vae.binds and not self.low_memory
                         and vae.opened.bind_device == unet.opened.bind_device)
        dec_in = None
        if vae_on_device:
            dec_in = DecoderInput(vae.opened.session, str(vae.opened.bind_device),
                                  vae.inputs["latent_sample"].dtype)
        with measure("vae decoder", "vae_decoder"):
            for b in range(batch):
                cancelled()
                if dec_in is not None:
                    z_dev = dec_in.run(final_on_device, b, float(np.float32(m.scaling_factor)))
                    pixels = vae.run_on_device({"latent_sample": z_dev}, {}, ["sample"])[0].numpy()
                    decoded.append(pixels.astype(np.float32, copy=False))
                    continue
                z = final[b:b + 1] / np.float32(m.scaling_factor)
                decoded.append(vae.run({"latent_sample": z}, ["sample"])["sample"])
        self._drop("vae_decoder")
        t_vae = time.perf_counter() - t0
        raw = np.concatenate(decoded)
        if raw.shape[1] != 3:
            raise ModelError(f"{m.root / 'vae_decoder'}: expected 3 colour channels, got {raw.shape[1]}")
        if hooks.preview:  # only worth refitting when someone watches the previews
            preview.refit(final[:1], raw[:1])
        images = [_to_rgb(img) for img in raw]
        progress(1.0, "done")
        total = time.perf_counter() - t_start
        ort = sum(g.ort_seconds for g in self._graphs.values()) + self._released_ort
        ort_cpu = sum(g.ort_thread_cpu for g in self._graphs.values()) + self._released_cpu
        own_cpu = time.thread_time() - c_start - ort_cpu  # our own work: numpy, tokenizer, glue
        settings = {
            "prompt": req.prompt, "negative_prompt": req.negative_prompt or "",
            "seed": seed, "seeds": seeds, "seed_method": "numpy PCG64 default_rng(seed + image index)",
            "scheduler": sched.describe(), "steps": steps, "steps_run": run_steps,
            "guidance": guidance, "classifier_free_guidance": cfg,
            "width": width, "height": height, "batch": batch,
            "mode": "img2img" if img2img else "txt2img",
            "strength": req.strength if img2img else None,
            "starting_latents": "given" if lat is not None else "seeded noise",
            "family": m.family,
        }
        timings = {"text_encoder_s": t_text, "vae_encoder_s": t_vae_enc,
                   "unet_steps_s": step_times, "vae_decoder_s": t_vae, "total_s": total,
                   "onnxruntime_s": ort, "outside_onnxruntime_cpu_s": own_cpu}
        return GenerationResult(images, seeds, settings, notices, timings, final)

    @staticmethod
    def _affine_ok(sched: Scheduler, start: int) -> bool:
        """Whether every step can run as a weighted sum (probed on a copy: stepping has state)."""
        import copy

        probe = copy.deepcopy(sched)
        return all(probe.affine(i) is not None for i in range(start, len(sched.timesteps)))

    def _denoise_on_host(self, unet: Graph, sched: Scheduler, start: int, latents: np.ndarray,
                         cfg: bool, batch: int, guidance: float, conds: dict[str, np.ndarray],
                         out_name: str, noise: Callable, preview: Callable | None,
                         step_times: list[float], cancelled: Callable, progress: Callable,
                         per_row: bool) -> np.ndarray:
        """The loop with numpy schedulers: latents on the host between unet runs."""
        final = latents
        affine = self._affine_ok(sched, start)
        h: np.ndarray | None = None
        for k, i in enumerate(range(start, len(sched.timesteps))):
            cancelled()
            ts0 = time.perf_counter()
            t = sched.timesteps[i]
            x_in = np.concatenate([latents, latents]) if cfg else latents
            x_in = sched.scale_model_input(x_in, i)
            pred = self._unet(unet, x_in, t, conds, per_row, out_name)
            if cfg:
                u, c = pred[:batch], pred[batch:]
                pred = u + np.float32(guidance) * (c - u)
            co = sched.affine(i) if affine else None
            if co is not None:  # the same arithmetic as the device loop
                n = noise(latents.shape) if co.noise else None
                latents, den = device_step.apply(co, latents, pred, n, h)
                h = den
            else:
                res = sched.step(pred, i, latents, noise)
                latents, den = res.prev_sample, res.denoised
            final = den if sched.name == "lcm" else latents
            step_times.append(time.perf_counter() - ts0)
            if preview:
                preview(den)
            progress(k)
        return final

    def _denoise_on_device(self, unet: Graph, sched: Scheduler, start: int, latents: np.ndarray,
                           cfg: bool, batch: int, guidance: float, conds: dict[str, np.ndarray],
                           out_name: str, noise: Callable, preview: Callable | None,
                           step_times: list[float], cancelled: Callable,
                           progress: Callable) -> tuple[np.ndarray, Any]:
        """The loop with latents, unet output, guidance and scheduler step on the unet's device:
        only the timestep, the step's scalars and the seeded noise (drawn on the host, in the
        same order as the host loop) go in; the latents come back once, at the end (and the
        clean estimate at each step when a preview is shown). Returns the final latents on the
        host and on the device (an OrtValue for the VAE decoder)."""
        dtype = unet.inputs["sample"].dtype
        key = (np.dtype(dtype).name, cfg)
        session, step = self._device_steps.get(key, (None, None))
        if step is None or session is not unet.opened.session:  # reopened in low-memory mode
            step = DeviceStep(unet.opened.session, str(unet.opened.bind_device), dtype, cfg)
            self._device_steps[key] = (unet.opened.session, step)
        x_in0 = np.concatenate([latents, latents]) if cfg else latents
        model_in = step.upload(unet.cast("sample", sched.scale_model_input(x_in0, start)))
        x = step.upload(latents.astype(np.float32))
        zeros = step.upload(np.zeros_like(latents, dtype=np.float32))
        h = zeros
        last = len(sched.timesteps) - 1
        den = x
        for k, i in enumerate(range(start, len(sched.timesteps))):
            cancelled()
            ts0 = time.perf_counter()
            t = sched.timesteps[i]
            rows = 2 * batch if cfg else batch
            pred = unet.run_on_device({"sample": model_in},
                                      {"timestep": self._timestep(unet, t, rows)}, [out_name])[0]
            co = sched.affine(i)
            assert co is not None  # checked by _affine_ok before the loop
            n = step.upload(noise(latents.shape)) if co.noise else zeros
            div = sched.input_divisor(i + 1) if i < last else np.float32(1.0)
            t1 = time.perf_counter()
            c1 = time.thread_time()
            x, den, model_in = step.run(x, pred, n, h, device_step.scalars(co, guidance, div))
            unet.ort_seconds += time.perf_counter() - t1
            unet.ort_thread_cpu += time.thread_time() - c1
            h = den
            step_times.append(time.perf_counter() - ts0)
            if preview:
                preview(den.numpy())
            progress(k)
        result = den if sched.name == "lcm" else x
        return result.numpy(), result

    def _unet(self, unet: Graph, x_in: np.ndarray, t: Any, conds: dict[str, np.ndarray],
              per_row: bool, out_name: str) -> np.ndarray:
        if not per_row:
            feeds = {"sample": x_in, "timestep": self._timestep(unet, t, x_in.shape[0])}
            return unet.run(feeds, [out_name])[out_name]
        outs = []
        for r in range(x_in.shape[0]):
            feeds = {"sample": x_in[r:r + 1], "timestep": self._timestep(unet, t, 1)}
            feeds.update({n: v[r:r + 1] for n, v in conds.items()})
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
                notice(f"the start image ({iw}x{ih}) is worked at {w8}x{h8}: sides in multiples "
                       f"of {factor}, about {native}x{native} pixels for this model")
            return w8, h8
        width = int(req.width or (req.height if req.height else native))
        height = int(req.height or width)
        for name, v in (("width", width), ("height", height)):
            if v < factor or v > MAX_SIDE:
                raise ParamError("size", f"{name} {v} px is outside {factor}..{MAX_SIDE}")
        w8, h8 = round_size(width, factor), round_size(height, factor)
        if (w8, h8) != (width, height):
            notice(f"{width}x{height} rounded to {w8}x{h8}: the model works in blocks of "
                   f"{factor}x{factor} pixels")
        return w8, h8

    def _encode_image(self, image: np.ndarray, width: int, height: int, batch: int,
                      rngs: list[np.random.Generator], notice: Callable[[str], None]) -> np.ndarray:
        """The start image as scaled latents [B, C, h, w], one seeded VAE sample per image."""
        import cv2

        img: np.ndarray = np.asarray(image, dtype=np.float32)
        if img.ndim != 3 or img.shape[2] != 3:
            raise InputError(None, f"the start image must be RGB (H×W×3), got shape {img.shape}")
        if img.shape[:2] != (height, width):
            shrink = width * height < img.shape[0] * img.shape[1]
            img = cv2.resize(img, (width, height),
                             interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC)
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
            raise ModelError(f"{self.model.root / 'vae_encoder'}: the VAE encoder makes "
                             f"{latents.shape[1]} latent channels, the unet takes {c}")
        return latents.astype(np.float32)
