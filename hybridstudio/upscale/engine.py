"""Upscale pictures with an ONNX super-resolution model: choose the model and the tile size, run the
tiles, treat alpha separately, keep the sample type.

::

    up = load_upscaler("esrgan-thick-x4", settings)       # catalogue id or path to an .onnx file
    res = upscale(rgb, alpha, up, settings=settings, progress=..., check=..., cost=ctx.cost)
    res.rgb, res.alpha, res.tile, res.oom_splits
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ..core.cost import CostMeter
from ..core.errors import ModelError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.settings import Settings
from ..models import ResolvedModel, resolve
from ..models.upscaler import UpscalerModel
from .tiling import DEFAULT_CONTEXT, TiledUpscaler

#: Working memory per input pixel of a tile, for a ×4 model, measured on the shared ESRGAN models
#: with onnxruntime on a CPU (thick: 2.9 KB at 256 px, 4.3 KB at 384 px; slim: 5.3–5.9 KB).
BYTES_PER_PX_X4 = 6000
CPU_MAX_TILE = 320  # context overhead (320/296)² = 1.17; bigger tiles raise the peak memory
GPU_MAX_TILE = 512


@dataclass
class LoadedUpscaler:
    model: UpscalerModel
    resolved: ResolvedModel

    @property
    def scale(self) -> int:
        return self.model.scale


@dataclass
class UpscaleResult:
    rgb: np.ndarray
    alpha: np.ndarray | None
    scale: int
    tile: int
    context: int
    oom_splits: int


_CONTRACTS: dict[tuple, tuple[int, float, str]] = {}


def load_upscaler(model: str | Path, settings: Settings | None = None) -> LoadedUpscaler:
    """Resolve a catalogue id or an ``.onnx`` path (verified), open it and read its contract."""
    settings = settings or Settings()
    resolved = resolve(model, settings)
    m = resolved.manifest
    if m.kind != "upscaler":
        raise ModelError(f"{m.id}: a {m.kind} model, not an upscaler")
    info = m.upscaler
    vr = info.value_range if (info and m.source != "imported") else None
    pad = info.pad_multiple if info else 1
    up = UpscalerModel.open(resolved.path, settings, value_range=vr, pad_multiple=pad)
    return LoadedUpscaler(up, resolved)


def model_scale(model: str | Path, settings: Settings | None = None) -> int:
    """How many times ``model`` enlarges: from its manifest, else (an imported .onnx file whose
    graph does not say) by opening it."""
    info = resolve(model, settings or Settings()).manifest.upscaler
    if info is not None and info.scale > 0:
        return info.scale
    return load_upscaler(model, settings).model.scale


def upscaled_path(src: Path, out: str | None, scale: int, many: bool) -> Path:
    """Where the `upscale` command writes ``src`` enlarged ``scale`` times: NAME-xS.EXT beside it,
    or that name in the folder ``out`` (several images, an existing folder, a name ending in a
    slash or without a suffix), or the file ``out``."""
    name = f"{src.stem}-x{scale}{src.suffix}"
    if out is None:
        return src.with_name(name)
    o = Path(out)
    if many or o.is_dir() or out.endswith(("/", "\\")) or not o.suffix:
        return o / name
    return o


def available_memory() -> int:
    """Bytes of memory free for a tile's work (RAM on the CPU; a fixed budget on GPUs)."""
    import psutil  # lazy: loads psutil only when available_memory() runs

    return int(psutil.virtual_memory().available)


def choose_tile(model: UpscalerModel, settings: Settings | None = None, free_bytes: int | None = None) -> int:
    """The largest tile (multiple of 32 px) whose working memory fits the budget.

    CPU: a quarter of the free RAM, at most 1 GB, and at most 320 px (a 12 MP ×4 job then stays
    under 2 GB). GPU: the CUDA memory limit if set, else 2 GB (1 GB on DirectML, which needs about
    twice CUDA's memory), at most 512 px. Out-of-memory errors still halve the tile at run time.
    """
    settings = settings or Settings()
    if model.fixed_input:
        return min(model.fixed_input)
    per_px = BYTES_PER_PX_X4 * max(model.scale, 1) ** 2 / 16
    if model.device == "cpu":
        free = available_memory() if free_bytes is None else free_bytes
        budget = min(free / 4, 1 << 30)
        cap = CPU_MAX_TILE
    else:
        budget = (
            settings.cuda_mem_limit_gb * (1 << 30) * 0.7
            if settings.cuda_mem_limit_gb > 0
            else (1 << 30 if model.device == "directml" else 2 << 30)
        )
        cap = GPU_MAX_TILE
    side = int(math.sqrt(max(budget, 0) / per_px)) // 32 * 32
    return int(max(64, min(cap, side)))


def upscale(
    rgb: np.ndarray,
    alpha: np.ndarray | None,
    up: LoadedUpscaler | UpscalerModel,
    *,
    tile: int = 0,
    context: int = DEFAULT_CONTEXT,
    settings: Settings | None = None,
    alpha_method: str = "model",
    progress: Callable[[float, str], None] | None = None,
    check: Callable[[], None] | None = None,
    cost: CostMeter | None = None,
) -> UpscaleResult:
    """Upscale ``rgb`` (HxWx3 uint8/uint16/float32) and ``alpha`` (HxW or None), keeping the dtype.

    ``alpha_method``: "model" runs the model on the alpha plane as a grey picture (crisp cut-out
    edges); "lanczos" resizes it with Lanczos interpolation (faster). An alpha that is fully
    opaque is simply enlarged.
    """
    model = up.model if isinstance(up, LoadedUpscaler) else up
    tile = tile or choose_tile(model, settings)
    has_alpha = alpha is not None
    share = 0.5 if (has_alpha and alpha_method == "model") else 1.0

    def colour_progress(f: float, msg: str) -> None:
        if progress:
            progress(f * share, msg)

    tiler = TiledUpscaler(model, tile, context, colour_progress, check, cost)

    from .estimate import learning  # lazy: keeps upscale.estimate out of `hybridstudio --help`

    with learning(model, rgb.shape[1], rgb.shape[0], settings):
        out_rgb = tiler.upscale(rgb, rgb.dtype, QT_TRANSLATE_NOOP("Progress", "colour"))
    out_alpha = None
    if alpha is not None:
        s = model.scale
        full = np.iinfo(alpha.dtype).max if alpha.dtype.kind == "u" else 1.0
        if alpha_method == "model" and alpha.min() < full:

            def alpha_progress(f: float, msg: str) -> None:
                if progress:
                    progress(0.5 + 0.5 * f, msg)

            atiler = TiledUpscaler(model, tiler.tile, context, alpha_progress, check, cost)
            # one channel at a time: the grey picture is built per tile, not for the whole image
            out_alpha = atiler.upscale(
                _GreyView(alpha), alpha.dtype, QT_TRANSLATE_NOOP("Progress", "alpha"), keep_channels=1
            )[..., 0]
            _snap_alpha(out_alpha, full)
            tiler.oom_splits += atiler.oom_splits
        else:
            out_alpha = cv2.resize(
                alpha, (alpha.shape[1] * s, alpha.shape[0] * s), interpolation=cv2.INTER_LANCZOS4
            )
            if out_alpha.dtype.kind == "f":
                np.clip(out_alpha, 0, 1, out=out_alpha)
    if progress:
        progress(1.0, QT_TRANSLATE_NOOP("Progress", "done"))
    return UpscaleResult(out_rgb, out_alpha, model.scale, tiler.tile, tiler.context, tiler.oom_splits)


def _snap_alpha(a: np.ndarray, full: float) -> None:
    """Within half a level of 8-bit opaque or clear → exactly opaque or clear (in place): the
    network's output of solid white is a hair below white, which must not make a cut-out translucent."""
    tol = full / 510.0
    a[a >= full - tol] = full
    a[a <= tol] = 0


class _GreyView:
    """An HxW plane seen as HxWx3 grey, materialised only for the slices asked for (per tile)."""

    def __init__(self, plane: np.ndarray):
        self.plane = plane
        self.shape: tuple[int, ...] = (*plane.shape, 3)
        self.ndim = 3
        self.dtype = plane.dtype

    def __getitem__(self, key: Any, /) -> np.ndarray:
        part = self.plane[key]
        return np.repeat(part[..., None], 3, axis=2)
