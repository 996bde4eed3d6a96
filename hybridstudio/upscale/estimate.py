"""Before an upscale: roughly how long it will take on this machine and its peak memory, from the
model's size (its weights), the picture's size and the device's speed
(:mod:`hybridstudio.runtime.speed`, which remembers the speed of earlier upscales here).

Super-resolution networks (ESRGAN, RRDB, SwinIR) run almost every weight once per input pixel:
about two floating-point operations per parameter and input pixel, plus the tiles' overlap.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP, local_number, translate
from ..core.memory import GB, RGB_F32, available_bytes
from ..core.settings import Settings
from ..models.upscaler import UpscalerModel
from ..runtime import speed
from .engine import BYTES_PER_PX_X4, choose_tile

#: multiply-accumulates per parameter and input pixel, with the tiles' context (about 1.2)
MACS_PER_PARAM_PX = 1.2
#: onnxruntime's copy of the weights, its arena and the Python process
BASELINE_BYTES = 400 * 2**20
KIND = "upscale"

_LINE = QT_TRANSLATE_NOOP(
    "estimate",
    "Estimate: about {time} on this computer; peak memory about {peak} GB of {avail} GB available.",
)
_OVER = QT_TRANSLATE_NOOP("estimate", "Warning: this is more memory than is available.")


@dataclass
class UpscaleEstimate:
    seconds: float
    flops: float
    peak_bytes: int
    available_bytes: int
    measured_rate: bool
    width: int  # of the result
    height: int

    @property
    def fits(self) -> bool:
        return self.peak_bytes <= self.available_bytes

    def text(self) -> str:
        """One line (two when it does not fit) for the CLI and the app."""
        line = translate("estimate", _LINE).format(
            time=speed.duration(self.seconds),
            peak=local_number(self.peak_bytes / GB, ".1f"),
            avail=local_number(self.available_bytes / GB, ".1f"),
        )
        if not self.fits:
            line += "\n" + translate("estimate", _OVER)
        return line


def parameters(model: UpscalerModel) -> float:
    """The network's parameter count, from its weights on disk."""
    files = [model.path, *[model.path.parent / n for n in ("model.onnx_data", model.path.name + ".data")]]
    size = sum(f.stat().st_size for f in files if f.is_file())
    return size / (2 if model.dtype.__name__ == "float16" else 4)


def estimate(
    model: UpscalerModel,
    width: int,
    height: int,
    settings: Settings | None = None,
    tile: int = 0,
    available: int | None = None,
) -> UpscaleEstimate:
    """Seconds and peak bytes of upscaling a ``width``×``height`` picture with ``model``."""
    settings = settings or Settings()
    params = parameters(model)
    flops = 2 * MACS_PER_PARAM_PX * params * width * height
    rate, measured = speed.rate(settings, KIND)
    s = model.scale
    ow, oh = width * s, height * s
    side = tile or choose_tile(model, settings)
    # a tile never holds more than the picture: a 2048 px tile on a small image is the image
    tile_bytes = min(side, width) * min(side, height) * BYTES_PER_PX_X4 * s * s / 16
    # the float32 result, its alpha and one copy while it is clipped, the tiles in flight, the weights
    peak = ow * oh * (RGB_F32 * 2 + 4) + tile_bytes + params * 4 + BASELINE_BYTES
    avail = available_bytes() if available is None else available
    return UpscaleEstimate(flops / rate, flops, int(peak), avail, measured, ow, oh)


@contextmanager
def learning(model: UpscalerModel, width: int, height: int, settings: Settings | None) -> Iterator[None]:
    """Time the upscale inside, and remember this machine's speed for the next estimates."""
    t0 = time.perf_counter()
    yield
    seconds = time.perf_counter() - t0
    settings = settings or Settings()
    with suppress(OSError):
        speed.remember(settings, KIND, 2 * MACS_PER_PARAM_PX * parameters(model) * width * height, seconds)
