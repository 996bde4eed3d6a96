"""Image generation steps: ``generate`` (from a prompt, nothing in) and ``img2img`` (a scan or a
drawing plus a prompt). Both run a local ONNX diffusion model and record what they did."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.params import Param
from ..core.payloads import ImagePayload
from ..core.step import AI_GENERATES, AI_MODIFIES, Step, register
from ..diffusion.schedulers import SCHEDULERS

_SCHEDULER_CHOICES = ("model", *SCHEDULERS)

_COMMON = (
    Param("prompt", "text", "", QT_TRANSLATE_NOOP("steps", "What the picture shows, in words "
          "(English works best with these models)")),
    Param("model", "str", "lcm-dreamshaper-v7", QT_TRANSLATE_NOOP(
        "steps", "A catalogue model id (see `hybridstudio models list`) or a model folder")),
    Param("negative", "text", "", QT_TRANSLATE_NOOP(
        "steps", "What to steer away from (models that use guidance only)")),
    Param("seed", "int", None, QT_TRANSLATE_NOOP(
        "steps", "Starting noise: the same seed and settings give the same image (empty: a new "
        "seed, written in the process record)"), minimum=0, maximum=2**31 - 1, optional=True),
    Param("steps", "int", None, QT_TRANSLATE_NOOP(
        "steps", "Denoising steps (empty: the model's own, e.g. 4 for LCM, 1 for Turbo)"),
        minimum=1, maximum=200, optional=True),
    Param("guidance", "float", None, QT_TRANSLATE_NOOP(
        "steps", "How strongly the prompt steers (empty: the model's own; 0–1 turns it off)"),
        minimum=0.0, maximum=30.0, optional=True),
    Param("scheduler", "choice", "model", QT_TRANSLATE_NOOP(
        "steps", "How noise is removed step by step ('model': the one the model came with)"),
        choices=_SCHEDULER_CHOICES),
    Param("width", "int", None, QT_TRANSLATE_NOOP(
        "steps", "Width in pixels, a multiple of 8 (empty: the model's size)"), "px", 64, 2048,
        optional=True),
    Param("height", "int", None, QT_TRANSLATE_NOOP(
        "steps", "Height in pixels, a multiple of 8 (empty: same as the width)"), "px", 64, 2048,
        optional=True),
)

_HOW = QT_TRANSLATE_NOOP(
    "steps", "A diffusion model learnt to remove noise from millions of captioned pictures. It "
    "starts from a small grid of pure noise (one cell per 8×8 pixels), and at each step a network "
    "(the unet) guesses which part of it is noise, given your words as numbers from a text encoder; "
    "the scheduler removes that part. After the last step a decoder turns the grid into pixels. The "
    "seed fixes the starting noise, so the same seed and settings give the same picture.")


def _request(params: dict[str, Any], **extra: Any):
    from ..diffusion.pipeline import GenerationRequest

    return GenerationRequest(
        prompt=params["prompt"], negative_prompt=params["negative"] or None, seed=params["seed"],
        steps=params["steps"], guidance=params["guidance"],
        scheduler=None if params["scheduler"] == "model" else params["scheduler"],
        width=params["width"], height=params["height"], **extra)


def _preview_size(params: dict[str, Any], scale: float) -> dict[str, Any]:
    out = dict(params)
    for key in ("width", "height"):
        if out.get(key):
            out[key] = max(64, int(out[key] * scale) // 8 * 8)
    return out


@register
class Generate(Step):
    """Text to image with a local diffusion model."""

    id = "generate"
    file_params = {"model": ()}  # a model folder, written with a separator
    category = "ai"
    title = QT_TRANSLATE_NOOP("steps", "Generate from a prompt")
    description = QT_TRANSLATE_NOOP("steps", "Make a picture from a text prompt with a diffusion "
                                             "model running on this computer.")
    params = _COMMON
    consumes = "nothing"
    produces = "image"
    ai = AI_GENERATES
    how_it_works = _HOW
    craft = QT_TRANSLATE_NOOP(
        "steps", "Without AI the picture starts from a drawing: a thumbnail sketch, a collage of "
        "found images, or a photograph, worked up by hand on a light table before it is separated "
        "for printing.")

    def run(self, data: Any, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        from ..core.errors import ParamError
        from ..diffusion.job import run_job

        if not params["prompt"].strip():
            raise ParamError("prompt", "write what the picture should show")
        images, _ = run_job(params["model"], _request(params), ctx)
        return images[0]

    def fingerprint(self, params: dict[str, Any]) -> str:
        return f"diffusion:{params['model']}"

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        return _preview_size(params, scale)


@register
class Img2Img(Step):
    """A start image (a scan, a drawing) reworked by a diffusion model guided by a prompt."""

    id = "img2img"
    file_params = {"model": ()}
    category = "ai"
    title = QT_TRANSLATE_NOOP("steps", "Rework an image from a prompt")
    description = QT_TRANSLATE_NOOP("steps", "Start from your scan or drawing and let a diffusion "
                                             "model rework it towards a text prompt.")
    params = _COMMON + (
        Param("strength", "float", 0.6, QT_TRANSLATE_NOOP(
            "steps", "How much of the start image is replaced: 0.2 keeps the drawing and changes "
            "the surface, 0.9 keeps little more than the layout"), minimum=0.05, maximum=1.0),
    )
    consumes = "image"
    produces = "image"
    ai = AI_MODIFIES
    how_it_works = QT_TRANSLATE_NOOP(
        "steps", "The start image is encoded into the model's grid of latents, noise is added "
        "according to the strength, and only the last part of the denoising is run, guided by the "
        "prompt: a low strength keeps your lines and composition, a high one keeps only the layout.")
    craft = QT_TRANSLATE_NOOP(
        "steps", "Without AI: trace the drawing on a light table and rework it by hand, or transfer it "
        "to a lino block or a screen and let the print process change its surface.")

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        from ..diffusion.job import run_job

        images, _ = run_job(params["model"],
                            _request(params, init_image=data.pixels, strength=params["strength"]),
                            ctx)
        # a new pixel grid: the scan's resolution no longer says its printed size
        return images[0].with_pixels(images[0].pixels, source=data.source, dpi=None)

    def fingerprint(self, params: dict[str, Any]) -> str:
        return f"diffusion:{params['model']}"

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        return _preview_size(params, scale)
