"""Real diffusion architectures with random weights, exported by the real exporter (optimum-onnx),
with diffusers' own PyTorch images as the reference.

Development and test tool. The hub's Stable Diffusion ONNX repos are made by ``optimum-cli export
onnx``; this script makes the same thing from the published architecture configs (UNet, CLIP text
encoder, VAE) filled with random weights (fixed seeds), so that HybridStudio's pipeline can be
checked against graphs it did not write, at full size, without downloading gigabytes of weights:

1. the exporter's own virtual environment is created once (the exporter pins transformers < 4.58,
   which the project's test environment does not use), cached outside the repository;
2. inside it, each variant is built with diffusers/transformers classes, run through diffusers'
   pipeline for the cases of ``CASES`` with known starting latents (the reference images), and
   exported with optimum-onnx's ``onnx_export_from_model`` (what ``optimum-cli export onnx``
   calls): fp32, external data ``model.onnx_data`` for the parts over 2 GB;
3. the folder ``<cache>/real-<key>/<variant>/`` then holds ``onnx/`` (the diffusers-ONNX folder)
   and ``reference.npz`` + ``cases.json``. The key covers the exporter's pinned versions and the
   variant's configuration, so a version bump or a config change exports again.

The CLIP tokenizer files are the small real BPE of scripts/make_tiny_diffusion.py (the real
vocabulary cannot be downloaded here); the text encoders keep CLIP's real 49408-token embedding.

Usage: ``python scripts/export_real_architectures.py VARIANT [...]`` prints each variant's folder
(exporting it first when missing). Cache root: ``$HYBRIDSTUDIO_TEST_CACHE`` or
``~/.cache/hybridstudio-tests``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: the exporter's environment: optimum-onnx 0.1.0 needs optimum 2.1 and transformers < 4.58, and
#: transformers 4.57 needs huggingface_hub < 1, hence diffusers 0.39 (0.42 wants hub ≥ 1.32).
PINS = (
    "torch==2.13.0",
    "optimum-onnx==0.1.0",
    "optimum==2.1.0",
    "transformers==4.57.6",
    "diffusers==0.39.0",
    "huggingface_hub==0.36.2",
    "onnx==1.23.2",
    "onnxruntime==1.32.0",
    "numpy<2.5",
)
#: the older contract: optimum 1.x's exporter (``optimum.exporters.onnx``, before the exporters
#: moved to optimum-onnx), which wrote the hub's ONNX repos made before 2025; its own environment
PINS_OPTIMUM1 = (
    "torch==2.13.0",
    "optimum==1.23.3",
    "transformers==4.46.3",
    "diffusers==0.31.0",
    "huggingface_hub==0.26.5",
    "onnx==1.17.0",
    "onnxruntime==1.20.1",
    "numpy<2",
)
#: the upscaler architectures come from spandrel, installed without its dependencies: it wants
#: torchvision (for LaMa and RestoreFormer only), whose PyPI wheel cannot load beside the CPU torch
UPSCALER_PINS = ("spandrel==0.4.2", "einops==0.8.2")
#: bump when the build or export code below changes what is written
FORMAT = 4

SD_SCHEDULER = dict(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    steps_offset=1,
    clip_sample=False,
    set_alpha_to_one=False,
    skip_prk_steps=True,
    num_train_timesteps=1000,
)
CLIP_L = dict(
    vocab_size=49408,
    hidden_size=768,
    intermediate_size=3072,
    num_hidden_layers=12,
    num_attention_heads=12,
    max_position_embeddings=77,
    hidden_act="quick_gelu",
    projection_dim=768,
)
VAE_SD = dict(
    in_channels=3,
    out_channels=3,
    down_block_types=["DownEncoderBlock2D"] * 4,
    up_block_types=["UpDecoderBlock2D"] * 4,
    block_out_channels=[128, 256, 512, 512],
    layers_per_block=2,
    latent_channels=4,
    norm_num_groups=32,
    sample_size=512,
    scaling_factor=0.18215,
)
# UNet2DConditionModel's defaults are SD 1.x's: 320/640/1280/1280 channels, 2 layers per block,
# 8 heads, three cross-attention down blocks; SD 1.5's config.json sets the rest.
UNET_SD15 = dict(sample_size=64, in_channels=4, out_channels=4, cross_attention_dim=768)

PROMPT = "a linocut of a lighthouse at dusk, black ink on cream paper"
NEGATIVE = "blurry, photograph"

VARIANTS: dict[str, dict] = {
    # a small SD 1.x (a few hundred kilobytes): quick proof of the exporter's contract
    "sd15-small": dict(
        pipeline="StableDiffusionPipeline",
        scheduler=("PNDMScheduler", SD_SCHEDULER),
        unet=dict(
            sample_size=8,
            layers_per_block=1,
            block_out_channels=[8, 16],
            down_block_types=["CrossAttnDownBlock2D", "DownBlock2D"],
            up_block_types=["UpBlock2D", "CrossAttnUpBlock2D"],
            cross_attention_dim=16,
            norm_num_groups=4,
            attention_head_dim=2,
        ),
        text=dict(
            vocab_size=49408,
            hidden_size=16,
            intermediate_size=32,
            num_hidden_layers=2,
            num_attention_heads=2,
            max_position_embeddings=77,
            projection_dim=16,
        ),
        vae=dict(VAE_SD, block_out_channels=[4, 4, 4, 4], layers_per_block=1, norm_num_groups=2),
        cases=[
            dict(seed=21, steps=3, guidance=5.0, size=64, scheduler="euler"),
            dict(seed=22, steps=2, guidance=1.0, size=64, scheduler="euler"),
        ],
    ),
    # Stable Diffusion 1.5 at full size: UNet 860 M parameters, CLIP ViT-L/14 text encoder, VAE
    "sd15": dict(
        pipeline="StableDiffusionPipeline",
        scheduler=("PNDMScheduler", SD_SCHEDULER),
        unet=UNET_SD15,
        text=CLIP_L,
        vae=VAE_SD,
        cases=[dict(seed=21, steps=3, guidance=7.5, size=64, scheduler="euler")],
    ),
}

# the small UNet, text encoder and VAE of sd15-small, reused by the other small variants
SMALL_UNET = VARIANTS["sd15-small"]["unet"]
SMALL_TEXT = VARIANTS["sd15-small"]["text"]
SMALL_VAE = VARIANTS["sd15-small"]["vae"]
#: SD 2.x: OpenCLIP-style text encoder (gelu), linear projections in the transformer blocks,
#: per-block head sizes
SD2_UNET = dict(SMALL_UNET, use_linear_projection=True, attention_head_dim=[2, 4])
SD2_TEXT = dict(SMALL_TEXT, hidden_act="gelu")
TURBO_SCHEDULER = ("EulerDiscreteScheduler", dict(SD_SCHEDULER, timestep_spacing="trailing"))
VARIANTS.update(
    {
        # LCM: the unet takes the guidance scale as an embedding (timestep_cond, time_cond_proj_dim);
        # LCM's multistep sampling adds fresh noise between steps, drawn here as HybridStudio does
        "lcm-small": dict(
            pipeline="LatentConsistencyModelPipeline",
            scheduler=("LCMScheduler", SD_SCHEDULER),
            unet=dict(SMALL_UNET, time_cond_proj_dim=8),
            text=SMALL_TEXT,
            vae=SMALL_VAE,
            negative=False,
            cases=[
                dict(seed=31, steps=4, guidance=8.0, size=64, scheduler="lcm"),
                dict(seed=32, steps=1, guidance=8.0, size=64, scheduler="lcm"),
            ],
        ),
        # SD 2.1 (768-v): v-prediction
        "sd21-v-small": dict(
            pipeline="StableDiffusionPipeline",
            scheduler=("DDIMScheduler", dict(SD_SCHEDULER, prediction_type="v_prediction")),
            unet=SD2_UNET,
            text=SD2_TEXT,
            vae=SMALL_VAE,
            cases=[
                dict(seed=41, steps=3, guidance=5.0, size=64, scheduler="euler"),
                dict(seed=42, steps=3, guidance=5.0, size=64, scheduler="ddim"),
            ],
        ),
        # SD-Turbo: SD 2.1 distilled, one step with the trailing timestep, no guidance
        "sd-turbo-small": dict(
            pipeline="StableDiffusionPipeline",
            scheduler=TURBO_SCHEDULER,
            unet=SD2_UNET,
            text=SD2_TEXT,
            vae=SMALL_VAE,
            cases=[
                dict(seed=51, steps=1, guidance=0.0, size=64, scheduler="euler"),
                dict(seed=52, steps=2, guidance=0.0, size=64, scheduler="euler"),
            ],
        ),
        # SDXL-Turbo: two text encoders (the second with a projection: text_embeds), micro-conditioning
        # time_ids, the SDXL VAE scaling; one step, no guidance (and a guided case for the zeros
        # HybridStudio feeds for an empty negative prompt)
        "sdxl-turbo-small": dict(
            pipeline="StableDiffusionXLPipeline",
            scheduler=TURBO_SCHEDULER,
            unet=dict(
                sample_size=8,
                layers_per_block=1,
                block_out_channels=[8, 16],
                down_block_types=["DownBlock2D", "CrossAttnDownBlock2D"],
                up_block_types=["CrossAttnUpBlock2D", "UpBlock2D"],
                cross_attention_dim=32,
                norm_num_groups=4,
                attention_head_dim=[2, 4],
                use_linear_projection=True,
                addition_embed_type="text_time",
                addition_time_embed_dim=8,
                projection_class_embeddings_input_dim=6 * 8 + 16,
            ),
            text=SMALL_TEXT,
            text_2=dict(SMALL_TEXT, hidden_act="gelu"),
            vae=dict(SMALL_VAE, scaling_factor=0.13025),
            negative=False,
            cases=[
                dict(seed=61, steps=1, guidance=0.0, size=64, scheduler="euler"),
                dict(seed=62, steps=2, guidance=3.0, size=64, scheduler="euler"),
            ],
        ),
        # the same small SD 1.x written by optimum 1.x, and that export re-saved with every weight in
        # one external file ``weights.pb`` beside each graph, as diffusers' legacy ONNX converter
        # (scripts/convert_stable_diffusion_checkpoint_to_onnx.py, not installable) saved its parts
        "sd15-small-optimum1": dict(VARIANTS["sd15-small"], exporter="optimum1"),
        "sd15-small-weights-pb": dict(VARIANTS["sd15-small"], exporter="optimum1", external="weights.pb"),
        # LCM Dreamshaper v7's architecture at full size (SD 1.5 with a 256-wide guidance embedding):
        # for bench/bench_generate.py
        "lcm": dict(
            pipeline="LatentConsistencyModelPipeline",
            scheduler=("LCMScheduler", SD_SCHEDULER),
            unet=dict(UNET_SD15, time_cond_proj_dim=256),
            text=CLIP_L,
            vae=VAE_SD,
            negative=False,
            cases=[dict(seed=31, steps=4, guidance=8.0, size=64, scheduler="lcm")],
        ),
    }
)

RRDB_X4PLUS = dict(in_nc=3, out_nc=3, num_filters=64, num_blocks=23, scale=4)
#: He-normal convolutions scaled down (as trained RRDB blocks are, by their 0.2 residual scaling
#: and basicsr's 0.1 init) and a mid-grey output bias: with torch's default init the 351
#: convolutions of RRDBNet saturate nearly every output pixel, which would hide tiling errors
RANDOM_INIT = dict(scale=0.3, out_bias=0.5)
#: upscalers: spandrel's architectures with the catalogue models' hyperparameters, exported as
#: their hub ONNX files are (names, layout NCHW RGB 0..1; ``fixed``: a fixed input size)
UPSCALERS: dict[str, dict] = {
    # Real-ESRGAN x4plus: RRDBNet, 64 filters, 23 blocks, ×4 (16.7 M parameters)
    "real-esrgan-x4plus": dict(arch="ESRGAN", kwargs=RRDB_X4PLUS, init=RANDOM_INIT),
    # the same network exported at a fixed 128×128 input, as Qualcomm's hub export is
    "real-esrgan-x4plus-128": dict(arch="ESRGAN", kwargs=RRDB_X4PLUS, init=RANDOM_INIT, fixed=(128, 128)),
    # Swin2SR classical ×2 (caidas/swin2SR-classical-sr-x2-64, Transformers.js's export names);
    # traced at a size other than its 64 px training size, so that the shifted-window attention
    # mask is computed in the graph for any size (the 64 px mask is a stored constant); the
    # network pads its input to the 8 px window itself
    "swin2sr-classical-x2": dict(
        arch="Swin2SR",
        kwargs=dict(
            upscale=2,
            in_chans=3,
            img_size=64,
            window_size=8,
            img_range=1.0,
            depths=[6] * 6,
            embed_dim=180,
            num_heads=[6] * 6,
            mlp_ratio=2,
            upsampler="pixelshuffle",
            resi_connection="1conv",
        ),
        names=("pixel_values", "reconstruction"),
        sample=(40, 48),
    ),
}


def cache_root() -> Path:
    return Path(os.environ.get("HYBRIDSTUDIO_TEST_CACHE") or Path.home() / ".cache" / "hybridstudio-tests")


def _digest(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:12]


def _pins(name: str | None) -> tuple[str, ...]:
    return PINS_OPTIMUM1 if name in VARIANTS and VARIANTS[name].get("exporter") == "optimum1" else PINS


def exporter_python(name: str | None = None) -> Path:
    """The exporter's virtual environment for variant ``name`` (created once, then reused)."""
    pins = _pins(name)
    if pins is not PINS:
        venv = cache_root() / f"exporter-{_digest(pins)}"
    else:
        venv = cache_root() / f"exporter-{_digest(PINS, UPSCALER_PINS)}"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if stamp.is_file():
        return python
    venv.parent.mkdir(parents=True, exist_ok=True)
    with _locked(venv.parent / f"{venv.name}.lock"):
        if not stamp.is_file():
            base = getattr(sys, "_base_executable", sys.executable)
            subprocess.run([base, "-m", "venv", "--clear", str(venv)], check=True)
            pip = [str(python), "-m", "pip", "install", "--quiet"]
            subprocess.run([*pip, *pins], check=True)
            if pins is PINS:
                subprocess.run([*pip, "--no-deps", *UPSCALER_PINS], check=True)
            stamp.write_text("\n".join(pins + (UPSCALER_PINS if pins is PINS else ())))
    return python


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive file lock (two test runs never export the same thing twice at once)."""
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def variant_dir(name: str) -> Path:
    if name in UPSCALERS:
        return cache_root() / f"real-{_digest(PINS, UPSCALER_PINS, FORMAT, UPSCALERS[name])}" / name
    return cache_root() / f"real-{_digest(_pins(name), FORMAT, VARIANTS[name])}" / name


def ensure(name: str) -> Path:
    """The exported folder of variant ``name`` (``onnx/``, ``reference.npz``, ``cases.json``),
    exported first when it is not in the cache."""
    if name not in VARIANTS and name not in UPSCALERS:
        raise SystemExit(f"unknown variant {name!r}; choose from {', '.join([*VARIANTS, *UPSCALERS])}")
    out = variant_dir(name)
    if (out / "cases.json").is_file():
        return out
    python = exporter_python(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent / f"{name}.lock"):
        if not (out / "cases.json").is_file():
            tmp = out.with_name(out.name + ".partial")
            shutil.rmtree(tmp, ignore_errors=True)
            env = dict(os.environ, PYTHONNOUSERSITE="1")
            log = out.parent / f"{name}.log"
            print(f"exporting {name} into {out} (log: {log})", file=sys.stderr)
            with open(log, "w") as fh:
                done = subprocess.run(
                    [str(python), __file__, "--inside", name, str(tmp)],
                    stdout=fh,
                    stderr=subprocess.STDOUT,
                    env=env,
                )
            if done.returncode:
                tail = log.read_text(errors="replace").splitlines()[-15:]
                raise RuntimeError(f"exporting {name} failed ({log}):\n" + "\n".join(tail))
            shutil.rmtree(out, ignore_errors=True)
            tmp.rename(out)
            for stale in cache_root().glob(f"real-*/{name}"):  # older versions' exports of it
                if stale != out:
                    shutil.rmtree(stale, ignore_errors=True)
    return out


# --- inside the exporter's environment ------------------------------------------------------


def _tokenizer(folder: Path):
    import importlib.util

    from transformers import CLIPTokenizerFast

    spec = importlib.util.spec_from_file_location(
        "make_tiny_diffusion", ROOT / "scripts" / "make_tiny_diffusion.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.write_clip_tokenizer(folder, pad_token="<|endoftext|>")
    # the fast tokenizer: what diffusers uses with today's transformers (and what HybridStudio
    # matches); transformers 4.x's slow one splits accented words differently without ftfy
    return CLIPTokenizerFast.from_pretrained(str(folder))


def build(spec: dict, work: Path):
    """The diffusers pipeline of ``spec`` with random weights (seed 0)."""
    import diffusers
    import torch
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(0)
    tokenizer = _tokenizer(work / "tokenizer")
    text = CLIPTextModel(
        CLIPTextConfig(
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id,
            **spec["text"],
        )
    ).eval()
    unet = UNet2DConditionModel(**spec["unet"]).eval()
    vae = AutoencoderKL(**spec["vae"]).eval()
    cls, cfg = spec["scheduler"]
    scheduler = getattr(diffusers, cls).from_config(cfg)
    parts = dict(vae=vae, text_encoder=text, tokenizer=tokenizer, unet=unet, scheduler=scheduler)
    if "text_2" in spec:  # SDXL: the second encoder's pooled, projected output is text_embeds
        from transformers import CLIPTextModelWithProjection

        parts["text_encoder_2"] = CLIPTextModelWithProjection(
            CLIPTextConfig(
                bos_token_id=tokenizer.bos_token_id,
                eos_token_id=tokenizer.eos_token_id,
                pad_token_id=tokenizer.pad_token_id,
                **spec["text_2"],
            )
        ).eval()
        parts["tokenizer_2"] = _tokenizer(work / "tokenizer_2")
    else:
        parts.update(safety_checker=None, feature_extractor=None, requires_safety_checker=False)
    pipe = getattr(diffusers, spec["pipeline"])(**parts)
    pipe.set_progress_bar_config(disable=True)
    return pipe


SCHEDULER_CLASSES = {
    "euler": "EulerDiscreteScheduler",
    "ddim": "DDIMScheduler",
    "euler_a": "EulerAncestralDiscreteScheduler",
    "lcm": "LCMScheduler",
}


@contextlib.contextmanager
def _hybridstudio_noise(seed: int):
    """diffusers' fresh noise between steps (LCM, ancestral samplers) drawn as HybridStudio draws
    it when the starting latents are given: standard normals from numpy's generator seeded with
    the image's seed, in order."""
    import diffusers.schedulers.scheduling_lcm as lcm
    import numpy as np
    import torch

    rng = np.random.default_rng(seed)
    original = lcm.randn_tensor

    def draw(shape, generator=None, device=None, dtype=None, layout=None):
        return torch.from_numpy(rng.standard_normal(tuple(shape[1:]), dtype=np.float32)[None]).to(
            dtype or torch.float32
        )

    lcm.randn_tensor = draw
    try:
        yield
    finally:
        lcm.randn_tensor = original


def references(pipe, spec: dict) -> tuple[dict, list[dict]]:
    """diffusers' images for each case, from latents drawn as HybridStudio draws them."""
    import diffusers
    import numpy as np
    import torch

    arrays, cases = {}, []
    # as diffusers reads the exported scheduler_config.json, where every key is written out
    # (in memory, keys left at their defaults would take the new class's defaults instead)
    base_config = {k: v for k, v in pipe.scheduler.config.items() if k != "_use_default_values"}
    for i, case in enumerate(spec["cases"]):
        pipe.scheduler = getattr(diffusers, SCHEDULER_CLASSES[case["scheduler"]]).from_config(base_config)
        size = case["size"]
        shape = (1, pipe.unet.config.in_channels, size // 8, size // 8)
        latents = np.random.default_rng(case["seed"]).standard_normal(shape[1:], dtype=np.float32)[None]
        t0 = time.perf_counter()
        negative = NEGATIVE if case["guidance"] > 1 and spec.get("negative", True) else None
        extra = {"negative_prompt": negative} if spec.get("negative", True) else {}
        with torch.no_grad(), _hybridstudio_noise(case["seed"]):
            image = pipe(
                PROMPT,
                height=size,
                width=size,
                num_inference_steps=case["steps"],
                guidance_scale=case["guidance"],
                latents=torch.from_numpy(latents),
                output_type="np",
                **extra,
            ).images[0]
        arrays[f"latents{i}"] = latents
        arrays[f"image{i}"] = image.astype(np.float32)
        cases.append(
            dict(case, prompt=PROMPT, negative=negative, torch_seconds=round(time.perf_counter() - t0, 2))
        )
    pipe.scheduler = type(pipe.scheduler).from_config(base_config)
    return arrays, cases


def _spandrel():
    """spandrel, imported where torchvision is absent: the two architectures that import it at
    load time (LaMa, RestoreFormer) get inert names; the ones built here never touch them."""
    import types

    try:
        import torchvision  # noqa: F401
    except ImportError:

        def missing(*args, **kwargs):
            raise RuntimeError("torchvision is not installed in the exporter's environment")

        for mod in ("torchvision", "torchvision.transforms", "torchvision.transforms.functional"):
            sys.modules[mod] = types.ModuleType(mod)
        fn = sys.modules["torchvision.transforms.functional"]
        fn.InterpolationMode, fn.rotate, fn.normalize = types.SimpleNamespace(), missing, missing
    import spandrel.architectures as archs

    return archs


def export_upscaler(name: str, out: Path) -> None:
    """The spandrel network of ``UPSCALERS[name]`` with random weights, exported to ONNX."""
    import importlib

    import torch

    spec = UPSCALERS[name]
    archs = _spandrel()
    module = importlib.import_module(f"{archs.__name__}.{spec['arch']}")
    torch.manual_seed(0)
    net = getattr(module, spec["arch"])(**spec["kwargs"]).eval()
    if spec.get("init"):
        convs = [m for m in net.modules() if isinstance(m, torch.nn.Conv2d)]
        for conv in convs:
            torch.nn.init.kaiming_normal_(conv.weight)
            conv.weight.data *= spec["init"]["scale"]
            torch.nn.init.zeros_(conv.bias)
        torch.nn.init.constant_(convs[-1].bias, spec["init"]["out_bias"])
    out.mkdir(parents=True)
    h, w = spec.get("fixed") or spec.get("sample") or (64, 64)
    names = spec.get("names", ("input", "output"))
    dynamic = None if spec.get("fixed") else {n: {0: "batch", 2: "height", 3: "width"} for n in names}
    t0 = time.perf_counter()
    with torch.no_grad():
        torch.onnx.export(
            net,
            (torch.rand(1, 3, h, w),),
            str(out / "model.onnx"),
            input_names=[names[0]],
            output_names=[names[1]],
            dynamic_axes=dynamic,
            opset_version=17,
            dynamo=False,
        )
    params = sum(p.numel() for p in net.parameters())
    (out / "cases.json").write_text(
        json.dumps(
            {
                "variant": name,
                "parameters": params,
                "timings": {"export_s": round(time.perf_counter() - t0, 1)},
                "versions": {"torch": torch.__version__},
            },
            indent=1,
        )
    )


def inside(name: str, out: Path) -> None:
    import numpy as np
    import torch

    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    if name in UPSCALERS:
        export_upscaler(name, out)
        return
    spec = VARIANTS[name]
    if spec.get("exporter") == "optimum1":
        # optimum 1.x was written for the TorchScript exporter, torch.onnx.export's default
        # before torch 2.9 (today's default, dynamo, needs onnxscript and writes other graphs)
        import functools

        torch.onnx.export = functools.partial(torch.onnx.export, dynamo=False)
    from optimum.exporters.onnx import onnx_export_from_model

    out.mkdir(parents=True)
    timings = {}
    t0 = time.perf_counter()
    pipe = build(spec, out / "build")
    timings["build_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    arrays, cases = references(pipe, spec)
    timings["reference_s"] = round(time.perf_counter() - t0, 1)
    # the scheduler the repository ships (the cases above chose theirs from its config)
    pipe.scheduler = getattr(__import__("diffusers"), spec["scheduler"][0]).from_config(pipe.scheduler.config)
    t0 = time.perf_counter()
    onnx_export_from_model(pipe, out / "onnx", do_validation=False)
    if spec.get("external"):
        _external_data(out / "onnx", spec["external"])
    timings["export_s"] = round(time.perf_counter() - t0, 1)
    shutil.rmtree(out / "build")
    np.savez(out / "reference.npz", **arrays)
    import diffusers
    import optimum
    import transformers

    versions = {
        "torch": torch.__version__,
        "diffusers": diffusers.__version__,
        "transformers": transformers.__version__,
        "optimum": getattr(optimum, "__version__", "?"),
    }
    (out / "cases.json").write_text(
        json.dumps({"variant": name, "cases": cases, "timings": timings, "versions": versions}, indent=1)
    )
    print(f"{name}: {json.dumps(timings)}", file=sys.stderr)


def _external_data(folder: Path, location: str) -> None:
    """Re-save every part's graph with all its weights in one external file ``location`` beside
    it (onnx.save_model's external-data options, as diffusers' legacy converter called them)."""
    import onnx

    for graph in sorted(folder.glob("*/model.onnx")):
        model = onnx.load(str(graph))
        for old in graph.parent.glob("model.onnx*"):
            old.unlink()
        onnx.save_model(
            model,
            str(graph),
            save_as_external_data=True,
            all_tensors_to_one_file=True,
            location=location,
            size_threshold=0,
            convert_attribute=False,
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inside"]:
        inside(argv[1], Path(argv[2]))
        return 0
    for name in argv or [*VARIANTS, *UPSCALERS]:
        print(ensure(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
