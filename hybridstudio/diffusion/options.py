"""What a user sets for a generation, declared once: the recipe steps ``generate`` and
``img2img``, the app's Generate panel and the ``hybridstudio generate`` flags all derive from
these two dataclasses. Empty (None) means "the model's own" (its family's steps and guidance, its
native size)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import choices_from, option
from .pipeline import MAX_GUIDANCE, MAX_SIDE, MAX_STEPS, GenerationRequest
from .schedulers import SCHEDULERS

#: the fast model under a permissive licence (MIT), the default for recipes
DEFAULT_MODEL = "lcm-dreamshaper-v7"


#: Names of the schedulers (proper names stay as they are in French too).
_SCHEDULER_LABELS = {
    "euler": QT_TRANSLATE_NOOP("steps", "Euler"),
    "euler_a": QT_TRANSLATE_NOOP("steps", "Euler ancestral"),
    "ddim": QT_TRANSLATE_NOOP("steps", "DDIM"),
    "lcm": QT_TRANSLATE_NOOP("steps", "LCM"),
    "dpmpp_2m": QT_TRANSLATE_NOOP("steps", "DPM++ 2M"),
}
#: The model's own scheduler, or one of ours by name.
Scheduler = choices_from(
    "Scheduler",
    [
        ("model", QT_TRANSLATE_NOOP("steps", "The model's own")),
        *((n, _SCHEDULER_LABELS.get(n, n)) for n in SCHEDULERS),
    ],
    __name__,
)


@dataclass
class PromptOptions:
    """The options every generation takes."""

    prompt: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Prompt"),
        QT_TRANSLATE_NOOP("steps", "What the picture shows, in words (English works best with these models)"),
        kind="text",
    )
    model: str = option(
        DEFAULT_MODEL,
        QT_TRANSLATE_NOOP("steps", "Model"),
        QT_TRANSLATE_NOOP("steps", "A catalogue model id (see `hybridstudio models list`) or a model folder"),
    )
    negative: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Negative"),
        QT_TRANSLATE_NOOP("steps", "What to steer away from (models that use guidance only)"),
        kind="text",
    )
    seed: int | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Seed"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Starting noise: the same seed and settings give the same image (empty: a new "
            "seed, written in the process record)",
        ),
        minimum=0,
        maximum=2**31 - 1,
    )
    steps: int | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Steps"),
        QT_TRANSLATE_NOOP("steps", "Denoising steps (empty: the model's own, e.g. 4 for LCM, 1 for Turbo)"),
        minimum=1,
        maximum=MAX_STEPS,
    )
    guidance: float | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Guidance"),
        QT_TRANSLATE_NOOP(
            "steps", "How strongly the prompt steers (empty: the model's own; 0–1 turns it off)"
        ),
        minimum=0.0,
        maximum=MAX_GUIDANCE,
    )
    scheduler: str = option(
        "model",
        QT_TRANSLATE_NOOP("steps", "Scheduler"),
        QT_TRANSLATE_NOOP(
            "steps", "How noise is removed step by step ('model': the one the model came with)"
        ),
        choices=Scheduler,
    )
    width: int | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Width"),
        QT_TRANSLATE_NOOP("steps", "Width in pixels, a multiple of 8 (empty: the model's size)"),
        unit="px",
        minimum=8,
        maximum=MAX_SIDE,
    )
    height: int | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Height"),
        QT_TRANSLATE_NOOP("steps", "Height in pixels, a multiple of 8 (empty: same as the width)"),
        unit="px",
        minimum=8,
        maximum=MAX_SIDE,
    )

    def request(self, **extra: Any) -> GenerationRequest:
        """The pipeline's request for these options."""
        return GenerationRequest(
            prompt=self.prompt,
            negative_prompt=self.negative or None,
            seed=self.seed,
            steps=self.steps,
            guidance=self.guidance,
            scheduler=None if self.scheduler == "model" else self.scheduler,
            width=self.width,
            height=self.height,
            **extra,
        )


@dataclass
class GenerateOptions(PromptOptions):
    """Text to image."""

    latents: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Latents"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Explicit starting noise: a NumPy .npy file, float32 [1, 4, H/8, W/8] (empty: "
            "drawn from the seed)",
        ),
        kind="path",
        optional=True,
    )


@dataclass
class Img2ImgOptions(PromptOptions):
    """A start image reworked from a prompt."""

    strength: float = option(
        0.6,
        QT_TRANSLATE_NOOP("steps", "Strength"),
        QT_TRANSLATE_NOOP(
            "steps",
            "How much of the start image is replaced: 0.2 keeps the drawing and changes "
            "the surface, 0.9 keeps little more than the layout",
        ),
        minimum=0.05,
        maximum=1.0,
    )


def load_latents(path: str | Path) -> np.ndarray:
    """Starting latents saved with ``numpy.save``; a clear error names the file otherwise."""
    p = Path(path)
    if not p.is_file():
        raise InputError(p, "no such file")
    try:
        arr = np.load(p, allow_pickle=False)
    except (ValueError, OSError) as exc:
        raise InputError(p, f"not a NumPy .npy array ({exc})") from exc
    if arr.dtype.kind != "f":
        raise InputError(p, f"starting latents must be floating point, got {arr.dtype}")
    return arr.astype(np.float32)
