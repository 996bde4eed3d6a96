"""Benchmark of image generation: time per stage (text encoder, unet per step, VAE decoder) and the
share of wall time spent outside onnxruntime (numpy schedulers, tokenizer, casts, Python glue;
goal ≤ 5 %). Two figures: wall time outside onnxruntime (includes waiting for a busy, shared CPU
and onnxruntime's own spinning worker threads) and the CPU time our own code used on the calling
thread (the work we add, independent of other load).

Usage::

    python bench/bench_generate.py                       # a synthetic 512 px pipeline (see below)
    python bench/bench_generate.py --model lcm-dreamshaper-v7 --steps 4 --device cuda
    python bench/bench_generate.py --model /path/to/onnx-folder --size 512 --low-memory
    python bench/bench_generate.py --bind-cpu    # the GPU code path (IOBinding, latents kept
                                                 # bound between steps) run on the CPU
    python bench/bench_generate.py --real sd15 --steps 20 --repeat 1 [--low-memory]
    python bench/bench_generate.py --real lcm --steps 4 --repeat 1 [--low-memory]

``--real VARIANT``: a real architecture with random weights exported by the real exporter
(scripts/export_real_architectures.py, cached): full-size SD 1.5 (UNet 860 M, CLIP ViT-L/14, VAE)
or LCM (the same with ``time_cond_proj_dim``). Its times are those of the real model; one
txt2img run (no warm-up: loading is reported apart) then the process's peak RSS, beside the
estimate HybridStudio shows before a generation (hybridstudio/diffusion/estimate.py).

Without --model it builds, with scripts/make_tiny_diffusion.py, a pipeline in the optimum 1.x
layout whose unet is a few 3×3 convolutions through 160 channels on a 64×64 latent grid (512 px):
its absolute times mean nothing for a real Stable Diffusion, but it gives onnxruntime per-step
work of the order of a small real model, so the share of time outside onnxruntime is meaningful.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hybridstudio.core.settings import Settings  # noqa: E402
from hybridstudio.diffusion.graphs import RuntimeFactory  # noqa: E402
from hybridstudio.diffusion.pipeline import DiffusionPipeline, GenerationRequest  # noqa: E402


def _builder():
    spec = importlib.util.spec_from_file_location(
        "make_tiny_diffusion", ROOT / "scripts" / "make_tiny_diffusion.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def peak_rss_gb() -> float:
    """The process's peak resident memory so far (Linux: ru_maxrss in KiB; macOS: bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**30 if sys.platform == "darwin" else 2**20)


def run(pipe: DiffusionPipeline, req: GenerationRequest, label: str, repeat: int = 3) -> float:
    """Run ``repeat`` times; print the run with the median wall time (the machine may be shared)."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = pipe.generate(req)
        runs.append((time.perf_counter() - t0, r))
    runs.sort(key=lambda x: x[0])
    wall, r = runs[len(runs) // 2]
    t = r.timings
    steps = t["unet_steps_s"]
    loading = t.get("loading_s", 0.0)  # parts loaded during the run (low-memory mode)
    outside = wall - t["onnxruntime_s"] - loading
    print(f"{label}")
    print(
        f"  size {r.settings['width']}x{r.settings['height']}, {len(steps)} steps "
        f"({r.settings['scheduler']['name']}), guidance {r.settings['guidance']:g} "
        f"(CFG {'on' if r.settings['classifier_free_guidance'] else 'off'}), batch "
        f"{r.settings['batch']}"
    )
    print(f"  text encoder     {t['text_encoder_s'] * 1000:9.1f} ms (incl. loading in low-memory mode)")
    if t["vae_encoder_s"]:
        print(f"  vae encoder      {t['vae_encoder_s'] * 1000:9.1f} ms")
    print(
        f"  unet per step    {statistics.mean(steps) * 1000:9.1f} ms  (min {min(steps) * 1000:.1f}, "
        f"max {max(steps) * 1000:.1f})"
    )
    print(f"  vae decoder      {t['vae_decoder_s'] * 1000:9.1f} ms")
    print(f"  total            {wall * 1000:9.1f} ms; inside onnxruntime {t['onnxruntime_s'] * 1000:.1f} ms")
    if loading:
        print(
            f"  loading parts    {loading * 1000:9.1f} ms (onnxruntime sessions created during the run, "
            "in the stage times above; apart from the share below)"
        )
    own = t["outside_onnxruntime_cpu_s"]
    print(
        f"  outside onnxruntime (wall): {outside * 1000:.1f} ms = {100 * outside / wall:.2f} % of the "
        f"wall time; median of {repeat} runs, walls {', '.join(f'{w:.2f}' for w, _ in runs)} s"
    )
    print(
        f"  outside onnxruntime (our own CPU work on the calling thread: numpy schedulers, "
        f"tokenizer, casts, glue): {own * 1000:.1f} ms = {100 * own / wall:.2f} % (goal ≤ 5 %)"
    )
    return own / wall


def bench_real(args: argparse.Namespace, settings: Settings) -> int:
    """One txt2img run of a real architecture: s/step, share outside onnxruntime, peak RSS, and
    the estimate shown before it."""
    spec = importlib.util.spec_from_file_location(
        "export_real_architectures", ROOT / "scripts" / "export_real_architectures.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    folder = mod.ensure(args.real) / "onnx"
    import onnxruntime as ort

    from hybridstudio.core.cost import cpu_count
    from hybridstudio.diffusion.estimate import for_request

    print(f"real architecture {args.real} (random weights): {folder}")
    print(
        f"onnxruntime {ort.__version__}, {cpu_count()} CPU cores, memory mode "
        f"{settings.memory_mode}, peak RSS before loading {peak_rss_gb():.2f} GB"
    )
    est = for_request(
        str(folder), settings, width=args.size, height=args.size, steps=args.steps, guidance=args.guidance
    )
    print(
        f"estimate shown before the run: {est.seconds:.0f} s, {est.seconds_per_step:.1f} s/step, "
        f"peak {est.peak_bytes / 2**30:.2f} GB ({'measured' if est.measured_rate else 'probe'} speed)"
    )
    pipe = DiffusionPipeline(folder, RuntimeFactory(settings), low_memory=args.low_memory)
    req = GenerationRequest(
        "a linocut of a fox in a birch forest, black ink on cream paper",
        seed=1,
        steps=args.steps,
        guidance=args.guidance,
        width=args.size,
        height=args.size,
        negative_prompt="blurry, photo",
    )
    if not args.low_memory:  # normal mode keeps the parts loaded: load them outside the timed run
        t0 = time.perf_counter()
        for part in ("text_encoder", "unet", "vae_decoder"):
            pipe.graph(part)
        print(f"  loading the three parts: {time.perf_counter() - t0:.1f} s (not in the times below)")
    share = run(pipe, req, f"txt2img, {args.real}", repeat=args.repeat)
    print(
        f"  peak RSS of the process: {peak_rss_gb():.2f} GB "
        f"({'low-memory mode' if args.low_memory else 'normal mode'}; goal ≤ 6 GB in low-memory mode)"
    )
    pipe.close()
    return 0 if share <= 0.05 else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="catalogue id or model folder (default: synthetic)")
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--guidance", type=float, default=7.5)
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--low-memory", action="store_true")
    ap.add_argument("--hidden", type=int, default=160, help="synthetic unet width")
    ap.add_argument(
        "--real",
        default=None,
        metavar="VARIANT",
        help="a real architecture exported by scripts/export_real_architectures.py",
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs per case (the median is printed)")
    ap.add_argument(
        "--bind-cpu",
        action="store_true",
        help="run CPU sessions through IOBinding, the code path of GPU sessions",
    )
    args = ap.parse_args(argv)
    settings = Settings(device=args.device, memory_mode="low" if args.low_memory else "normal")
    tmp = None
    if args.real:
        return bench_real(args, settings)
    if args.model is None:
        tmp = tempfile.TemporaryDirectory(prefix="hybridstudio-bench-")
        folder = _builder().build(
            "sd15-optimum1", Path(tmp.name) / "bench", sample_size=args.size // 8, hidden=args.hidden, dim=256
        )
        defaults = {}
        print(
            f"synthetic pipeline: optimum 1.x layout, unet body 3x3 convs x{args.hidden} channels, "
            f"text width 256"
        )
    else:
        from hybridstudio.diffusion.job import load_model

        model = load_model(args.model, settings)
        folder, defaults = model.folder, model.defaults
        print(f"model {args.model}: {folder}")
    import onnxruntime as ort

    print(f"onnxruntime {ort.__version__}, providers available: {', '.join(ort.get_available_providers())}")
    factory = RuntimeFactory(settings)
    if args.bind_cpu:
        opener = factory.open

        def open_bound(path, purpose):
            opened = opener(path, purpose)
            opened.bind_device = opened.bind_device or "cpu"
            return opened

        factory.open = open_bound  # type: ignore[method-assign]
        print("IOBinding on: latents, unet output and scheduler steps stay bound to the device")
    pipe = DiffusionPipeline(folder, factory, low_memory=args.low_memory, defaults=defaults)
    req = GenerationRequest(
        "a linocut of a fox in a birch forest, black ink on cream paper",
        seed=1,
        steps=args.steps,
        guidance=args.guidance,
        width=args.size,
        height=args.size,
        negative_prompt="blurry, photo",
    )
    t0 = time.perf_counter()
    pipe.generate(GenerationRequest(req.prompt, seed=0, steps=1, width=args.size, height=args.size))
    print(f"warm-up (loads the sessions): {time.perf_counter() - t0:.2f} s")
    import numpy as np

    start = np.random.default_rng(0).random((args.size, args.size, 3), dtype=np.float32)
    if pipe.model.has("vae_encoder"):
        pipe.generate(GenerationRequest(req.prompt, seed=0, steps=2, init_image=start, strength=0.5))
    for msg in pipe.device_messages:
        print(f"device: {msg}")
    share = run(pipe, req, "txt2img")
    run(
        pipe,
        GenerationRequest(
            req.prompt, seed=2, steps=args.steps, guidance=1.0, width=args.size, height=args.size
        ),
        "txt2img without guidance",
    )
    if pipe.model.has("vae_encoder"):
        run(
            pipe,
            GenerationRequest(
                req.prompt, seed=3, steps=args.steps, guidance=args.guidance, init_image=start, strength=0.5
            ),
            "img2img, strength 0.5",
        )
    if tmp is not None:
        tmp.cleanup()
    return 0 if share <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
