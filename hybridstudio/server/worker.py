"""Runs one school-server job on the machine a Ray replica landed on: the recipe through
HybridStudio's own :class:`~hybridstudio.core.executor.Executor`, exactly as on a laptop, with
progress and previews handed to ``emit`` and the outputs (files and process records) returned.

Nothing here imports Ray, so it is tested and benchmarked on its own.
"""

from __future__ import annotations

import platform
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ..core.cache import ResultCache
from ..core.cancel import CancelToken
from ..core.errors import Cancelled, HybridStudioError
from ..core.executor import Executor
from ..core.payloads import ImagePayload
from ..core.recipe import Recipe
from ..core.settings import Settings
from ..io.images import load_image
from ..runtime.providers import plan_providers

PREVIEW_SIDE = 256  # diffusion previews travel as small PNGs
PREVIEW_INTERVAL = 0.25  # seconds between two previews
PROGRESS_INTERVAL = 0.1

Emit = Callable[[dict[str, Any]], None]


def gpu_names(indices: list[int] | None = None) -> list[str]:
    """Names of the NVIDIA GPUs at ``indices`` (all when None) from NVML; empty without one."""
    try:
        import pynvml  # lazy: optional NVIDIA library, loaded only when GPUs are listed

        pynvml.nvmlInit()
        names = []
        count = pynvml.nvmlDeviceGetCount()
        for i in range(count) if indices is None else [i for i in indices if i < count]:
            name = pynvml.nvmlDeviceGetName(pynvml.nvmlDeviceGetHandleByIndex(i))
            names.append(name.decode() if isinstance(name, bytes) else str(name))
        return names
    except Exception:  # noqa: BLE001 - no driver, no NVML: no GPU to name
        return []


def describe_machine(settings: Settings, gpu_ids: list[int] | None = None) -> dict[str, Any]:
    """What a replica runs on: host, processor, GPUs, and the device AI steps will use."""
    try:
        device = plan_providers(settings).first_device
    except Exception as exc:  # noqa: BLE001 - a broken runtime is reported, not fatal
        device = f"unavailable ({exc})"
    gpus = gpu_names(gpu_ids) if gpu_ids else []
    return {
        "node": socket.gethostname(),
        "processor": platform.processor() or platform.machine(),
        "gpus": gpus,
        "device": device,
        "label": f"{gpus[0]} ({device})" if gpus else f"CPU ({device})",
    }


def _png(rgb: np.ndarray) -> bytes:
    h, w = rgb.shape[:2]
    scale = min(1.0, PREVIEW_SIDE / max(h, w))
    if scale < 1.0:
        rgb = cv2.resize(
            rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
        )
    if rgb.dtype != np.uint8:
        rgb = (np.clip(rgb, 0, 1) * 255 + 0.5).astype(np.uint8)
    ok, buf = cv2.imencode(".png", np.ascontiguousarray(rgb[..., ::-1]))
    return buf.tobytes() if ok else b""


def _safe_name(name: str, index: int) -> str:
    """An upload's file name reduced to its last part (never a path on the server)."""
    base = Path(name.replace("\\", "/")).name or f"input-{index}.png"
    return "".join(c if c.isalnum() or c in "._- " else "_" for c in base)


def execute(
    job: dict[str, Any], settings: Settings, compute: dict[str, Any], cancel: CancelToken, emit: Emit
) -> dict[str, Any]:
    """Run ``job`` ({"id", "recipe" (TOML text), "inputs": [{"name", "data"}], "previews"}).

    Returns ``{"type": "result", "results": [...]}``, ``{"type": "failed", "message"}`` or
    ``{"type": "cancelled"}``; each result lists its output files as (relative name, bytes).
    """
    last = {"progress": 0.0, "preview": 0.0}

    def on_progress(fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - last["progress"] >= PROGRESS_INTERVAL or fraction >= 1.0:
            last["progress"] = now
            emit({"type": "progress", "fraction": float(fraction), "message": message})

    def on_preview(rgb: np.ndarray) -> None:
        now = time.monotonic()
        if job.get("previews", True) and now - last["preview"] >= PREVIEW_INTERVAL:
            last["preview"] = now
            emit({"type": "preview", "png": _png(rgb)})

    try:
        recipe = Recipe.loads(job["recipe"])
        with tempfile.TemporaryDirectory(prefix="hybridstudio-serve-") as tmp:
            work = Path(tmp)
            inputs: list[Path | ImagePayload | None] = []
            for i, item in enumerate(job.get("inputs") or []):
                name = _safe_name(item["name"], i)
                path = work / "in" / str(i) / name
                path.parent.mkdir(parents=True)
                path.write_bytes(item["data"])
                payload = load_image(path, settings.max_pixels)
                payload.source = name  # the record names the student's file, not a server path
                inputs.append(payload)
            out_dir = work / "out"
            ex = Executor(settings, ResultCache(0), compute=compute)
            results = ex.run(
                recipe, inputs or None, out_dir, cancel=cancel, on_progress=on_progress, on_preview=on_preview
            )
            packed = []
            for item, res in zip(job.get("inputs") or [None] * len(results), results, strict=True):
                files = [(str(p.relative_to(out_dir)), p.read_bytes()) for p in res.outputs]
                packed.append(
                    {
                        "source": _safe_name(item["name"], 0) if item else None,
                        "files": files,
                        "record": res.record.as_dict(),
                        "cost": res.cost,
                        "warnings": res.warnings,
                        "device_report": res.device_report,
                    }
                )
        return {"type": "result", "results": packed}
    except Cancelled:
        return {"type": "cancelled"}
    except HybridStudioError as exc:
        return {"type": "failed", "message": str(exc)}
    except MemoryError:
        return {"type": "failed", "message": "the server ran out of memory for this job; try a smaller image"}
