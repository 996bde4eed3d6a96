"""The upscaler's options, declared once: recipes, the app's form and the `upscale` flags are
derived from :class:`UpscaleOptions`."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, option
from .engine import DEFAULT_CONTEXT


class AlphaMethod(Choice):
    """How transparency is enlarged."""

    MODEL = "model", QT_TRANSLATE_NOOP("steps", "AI model")
    LANCZOS = "lanczos", QT_TRANSLATE_NOOP("steps", "Lanczos (no AI)")


@dataclass
class UpscaleOptions:
    """Which model enlarges the picture and how it is cut into tiles."""

    model: str = option(
        "esrgan-thick-x4",
        QT_TRANSLATE_NOOP("steps", "Model"),
        QT_TRANSLATE_NOOP("steps", "Model id from `hybridstudio models list`, or the path of an .onnx file"),
        flag="-m --model",
    )
    tile: int = option(
        0,
        QT_TRANSLATE_NOOP("steps", "Tile"),
        QT_TRANSLATE_NOOP("steps", "Tile size in input pixels (0 = chosen from the free memory)"),
        unit="px",
        minimum=0,
        maximum=2048,
    )
    context: int = option(
        DEFAULT_CONTEXT,
        QT_TRANSLATE_NOOP("steps", "Context"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Pixels of surrounding image each tile sees and then drops, so that tiles join without seams",
        ),
        unit="px",
        minimum=8,
        maximum=128,
    )
    alpha: AlphaMethod = option(
        AlphaMethod.MODEL,
        QT_TRANSLATE_NOOP("steps", "Alpha"),
        QT_TRANSLATE_NOOP(
            "steps",
            "How transparency is enlarged: by the model (crisp edges) or by Lanczos interpolation (faster)",
        ),
    )
