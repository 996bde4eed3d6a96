"""Image generation steps: ``generate`` (from a prompt, nothing in) and ``img2img`` (a scan or a
drawing plus a prompt). Both run a local ONNX diffusion model and record what they did."""

from __future__ import annotations

from typing import Any

from ..core.atomic import file_sha256
from ..core.context import StepContext
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.payloads import ImagePayload
from ..core.settings import Settings
from ..core.step import AI_GENERATES, AI_MODIFIES, Step, register
from ..diffusion.estimate import for_request
from ..diffusion.job import run_job
from ..diffusion.options import GenerateOptions, Img2ImgOptions, load_latents

_HOW = QT_TRANSLATE_NOOP(
    "steps",
    "A diffusion model learnt to remove noise from millions of captioned pictures. It "
    "starts from a small grid of pure noise (one cell per 8×8 pixels), and at each step a network "
    "(the unet) guesses which part of it is noise, given your words as numbers from a text encoder; "
    "the scheduler removes that part. After the last step a decoder turns the grid into pixels. The "
    "seed fixes the starting noise, so the same seed and settings give the same picture.",
)


def _peak(params: dict[str, Any], settings, init: Any = None) -> tuple[int, int, int] | None:
    """(width, height, peak bytes) of a generation, from the model's size (see diffusion.estimate)."""
    settings = settings or Settings()
    pixels = getattr(init, "pixels", None)
    size = (pixels.shape[1], pixels.shape[0]) if pixels is not None else None
    est = for_request(
        params["model"],
        settings,
        width=params["width"],
        height=params["height"],
        steps=params["steps"],
        guidance=params["guidance"],
        init_size=size,
        strength=params.get("strength") or 1.0,
    )
    return None if est is None else (est.width, est.height, est.peak_bytes)


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
    description = QT_TRANSLATE_NOOP(
        "steps", "Make a picture from a text prompt with a diffusion model running on this computer."
    )
    options = (GenerateOptions,)
    consumes = "nothing"
    produces = "image"
    ai = AI_GENERATES
    how_it_works = _HOW
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Without AI the picture starts from a drawing: a thumbnail sketch, a collage of "
        "found images, or a photograph, worked up by hand on a light table before it is separated "
        "for printing.",
    )

    def run(self, data: Any, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        opts: GenerateOptions = self.bind(params)
        if not opts.prompt.strip():
            raise ParamError("prompt", "write what the picture should show")
        latents = load_latents(opts.latents) if opts.latents else None
        if latents is not None and latents.ndim == 4 and latents.shape[0] != 1:
            raise ParamError(
                "latents",
                f"{opts.latents} holds {latents.shape[0]} starting latents; a step makes one image from one",
            )
        images, _ = run_job(opts.model, opts.request(latents=latents), ctx)
        return images[0]

    def fingerprint(self, params: dict[str, Any]) -> str:
        if params.get("latents"):  # the noise file's content, not only its name
            return f"diffusion:{params['model']}:{file_sha256(params['latents'])}"
        return f"diffusion:{params['model']}"

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        return _preview_size(params, scale)

    def peak_bytes(self, data: Any, params: dict[str, Any]) -> tuple[int, int, int] | None:
        return _peak(params, self.settings)


@register
class Img2Img(Step):
    """A start image (a scan, a drawing) reworked by a diffusion model guided by a prompt."""

    id = "img2img"
    file_params = {"model": ()}
    category = "ai"
    title = QT_TRANSLATE_NOOP("steps", "Rework an image from a prompt")
    description = QT_TRANSLATE_NOOP(
        "steps", "Start from your scan or drawing and let a diffusion model rework it towards a text prompt."
    )
    options = (Img2ImgOptions,)
    consumes = "image"
    produces = "image"
    ai = AI_MODIFIES
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The start image is encoded into the model's grid of latents, noise is added "
        "according to the strength, and only the last part of the denoising is run, guided by the "
        "prompt: a low strength keeps your lines and composition, a high one keeps only the layout.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Without AI: trace the drawing on a light table and rework it by hand, or transfer it "
        "to a lino block or a screen and let the print process change its surface.",
    )

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        opts: Img2ImgOptions = self.bind(params)
        images, _ = run_job(opts.model, opts.request(init_image=data.pixels, strength=opts.strength), ctx)
        # a new pixel grid: the scan's resolution no longer says its printed size
        return images[0].with_pixels(images[0].pixels, source=data.source, dpi=None)

    def fingerprint(self, params: dict[str, Any]) -> str:
        return f"diffusion:{params['model']}"

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        return _preview_size(params, scale)

    def peak_bytes(self, data: Any, params: dict[str, Any]) -> tuple[int, int, int] | None:
        return _peak(params, self.settings, data)
