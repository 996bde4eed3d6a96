"""AI upscaling with ONNX super-resolution models: tiled, seamless, memory-bounded.

:func:`~hybridstudio.upscale.engine.load_upscaler` + :func:`~hybridstudio.upscale.engine.upscale`;
the recipe step is in :mod:`hybridstudio.steps.upscale`, the command in
:mod:`hybridstudio.commands.upscale`.
"""

from ..models.upscaler import UpscalerModel
from .engine import LoadedUpscaler, UpscaleResult, choose_tile, load_upscaler, model_scale, upscale
from .tiling import TiledUpscaler

__all__ = [
    "LoadedUpscaler",
    "TiledUpscaler",
    "UpscaleResult",
    "UpscalerModel",
    "choose_tile",
    "load_upscaler",
    "model_scale",
    "upscale",
]
