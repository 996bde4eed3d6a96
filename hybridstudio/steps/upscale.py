"""The AI upscaling step: enlarge an image ×2/×4 with an ONNX super-resolution model."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.memory import RGB_F32, check_fits
from ..core.params import Param
from ..core.payloads import ImagePayload
from ..core.step import AI_MODIFIES, Step, register


@register
class Upscale(Step):
    """Enlarge with a trained super-resolution network, tile by tile."""

    id = "upscale"
    category = "ai"
    title = QT_TRANSLATE_NOOP("steps", "AI upscale")
    description = QT_TRANSLATE_NOOP(
        "steps", "Enlarge the image 2 or 4 times with a super-resolution neural network that "
                 "invents plausible fine detail. The printed size stays the same; the resolution "
                 "(dpi) is multiplied by the scale.")
    params = (
        Param("model", "str", "esrgan-thick-x4", QT_TRANSLATE_NOOP(
            "steps", "Model id from `hybridstudio models list`, or the path of an .onnx file")),
        Param("tile", "int", 0, QT_TRANSLATE_NOOP(
            "steps", "Tile size in input pixels (0 = chosen from the free memory)"), "px", 0, 2048),
        Param("context", "int", 12, QT_TRANSLATE_NOOP(
            "steps", "Pixels of surrounding image each tile sees and then drops, so that tiles join "
                     "without seams"), "px", 8, 128),
        Param("alpha", "choice", "model", QT_TRANSLATE_NOOP(
            "steps", "How transparency is enlarged: by the model (crisp edges) or by Lanczos "
                     "interpolation (faster)"), choices=("model", "lanczos")),
    )
    ai = AI_MODIFIES
    how_it_works = QT_TRANSLATE_NOOP(
        "steps", "A convolutional network (ESRGAN family) trained on pairs of photos and their "
                 "reduced copies predicts each new pixel from its neighbourhood. The picture is cut "
                 "into tiles that overlap by a margin; only the centre of each result is kept, so the "
                 "tiles join exactly as if the whole picture had been processed at once. The detail "
                 "it adds is a statistical guess learnt from its training photos, not information "
                 "recovered from the original.")
    craft = QT_TRANSLATE_NOOP(
        "steps", "Enlarge optically: an enlarger or a process camera projects the original larger "
                 "onto film or paper; for line art, redraw or trace at the larger size; in the print "
                 "shop a coarser halftone screen or a deliberate grain hides the missing detail.")

    def fingerprint(self, params: dict[str, Any]) -> str:
        from ..models import resolve

        try:
            return resolve(params["model"]).sha256 or ""
        except Exception:  # noqa: BLE001 - the error is reported when the step runs
            return ""

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        from ..upscale import load_upscaler, upscale

        # opening a session takes seconds: say so
        ctx.progress(0.0, QT_TRANSLATE_NOOP("Progress", "loading the model"))
        up = load_upscaler(params["model"], ctx.settings)
        ctx.note_device(up.model.report)
        m = up.model
        ow, oh = data.width * m.scale, data.height * m.scale
        # the float32 result, its alpha and one copy while it is clipped, plus the tiles in flight
        check_fits(QT_TRANSLATE_NOOP("memory", "the upscaled image"), ow, oh,
                   ow * oh * (RGB_F32 * 2 + 4) + 512 * 2**20)
        ctx.progress(0.0, f"{up.resolved.id}: {m.describe()}")
        res = upscale(data.pixels, data.alpha, up, tile=params["tile"], context=params["context"],
                      settings=ctx.settings, alpha_method=params["alpha"], progress=ctx.progress,
                      check=ctx.check_cancelled, cost=ctx.cost)
        ctx.record.ai = {"model": up.resolved.record(), "task": "super-resolution",
                         "scale": m.scale, "tile": res.tile, "context": res.context,
                         "device": m.device}
        lic = up.resolved.manifest.licence
        if lic.commercial_use is False:
            ctx.warn(Message("Warnings", QT_TRANSLATE_NOOP(
                "Warnings", "{model} is licensed {licence}: not for commercial use"),
                model=up.resolved.id, licence=lic.name))
        elif lic.commercial_use is None:
            ctx.warn(Message("Warnings", QT_TRANSLATE_NOOP(
                "Warnings", "{model}: licence unknown — check it before sharing or selling the result"),
                model=up.resolved.id))
        if res.oom_splits:
            ctx.warn(Message("Warnings", QT_TRANSLATE_NOOP(
                "Warnings", "memory ran short: tiles were split {n} time(s), down to {tile} px"),
                n=res.oom_splits, tile=res.tile))
        ctx.record.notes.append(
            f"{data.width}×{data.height} → {data.width * m.scale}×{data.height * m.scale} px with "
            f"{up.resolved.id} (×{m.scale}), tiles of {res.tile} px with {res.context} px context")
        dpi = data.dpi * m.scale if data.dpi else None
        return data.with_pixels(res.rgb, alpha=res.alpha, dpi=dpi)
