"""The AI upscaling step: enlarge an image ×2/×4 with an ONNX super-resolution model."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.memory import RGB_F32, check_fits
from ..core.payloads import ImagePayload
from ..core.step import AI_MODIFIES, Step, register
from ..models import resolve
from ..upscale import load_upscaler, upscale
from ..upscale.estimate import estimate
from ..upscale.options import UpscaleOptions


@register
class Upscale(Step):
    """Enlarge with a trained super-resolution network, tile by tile."""

    id = "upscale"
    file_params = {"model": (".onnx",)}
    category = "ai"
    title = QT_TRANSLATE_NOOP("steps", "AI upscale")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Enlarge the image 2 or 4 times with a super-resolution neural network that "
        "invents plausible fine detail. The printed size stays the same; the resolution "
        "(dpi) is multiplied by the scale.",
    )
    options = (UpscaleOptions,)
    ai = AI_MODIFIES
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "A convolutional network (ESRGAN family) trained on pairs of photos and their "
        "reduced copies predicts each new pixel from its neighbourhood. The picture is cut "
        "into tiles that overlap by a margin; only the centre of each result is kept, so the "
        "tiles join exactly as if the whole picture had been processed at once. The detail "
        "it adds is a statistical guess learnt from its training photos, not information "
        "recovered from the original.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Enlarge optically: an enlarger or a process camera projects the original larger "
        "onto film or paper; for line art, redraw or trace at the larger size; in the print "
        "shop a coarser halftone screen or a deliberate grain hides the missing detail.",
    )

    def fingerprint(self, params: dict[str, Any]) -> str:
        try:
            return resolve(params["model"]).sha256 or ""
        except Exception:  # noqa: BLE001 - the error is reported when the step runs
            return ""

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        opts: UpscaleOptions = self.bind(params)
        # opening a session takes seconds: say so
        ctx.progress(0.0, QT_TRANSLATE_NOOP("Progress", "loading the model"))
        up = load_upscaler(opts.model, ctx.settings)
        ctx.note_device(up.model.report)
        m = up.model
        ow, oh = data.width * m.scale, data.height * m.scale
        est = estimate(m, data.width, data.height, ctx.settings, opts.tile)
        check_fits(
            QT_TRANSLATE_NOOP("memory", "the upscaled image"),
            est.width,
            est.height,
            max(est.peak_bytes, output_bytes(data, m.scale)),
            HINT_SMALLER_IMAGE,
        )
        ctx.progress(0.0, f"{up.resolved.id}: {m.describe()}. {est.text()}")
        res = upscale(
            data.pixels,
            data.alpha,
            up,
            tile=opts.tile,
            context=opts.context,
            settings=ctx.settings,
            alpha_method=opts.alpha.value,
            progress=ctx.progress,
            check=ctx.check_cancelled,
            cost=ctx.cost,
        )
        ctx.record.ai = {
            "model": up.resolved.record(),
            "task": "super-resolution",
            "scale": m.scale,
            "tile": res.tile,
            "context": res.context,
            "device": m.device,
        }
        lic = up.resolved.manifest.licence
        if lic.commercial_use is False:
            ctx.warn(
                Message(
                    "Warnings",
                    QT_TRANSLATE_NOOP("Warnings", "{model} is licensed {licence}: not for commercial use"),
                    model=up.resolved.id,
                    licence=lic.name,
                )
            )
        elif lic.commercial_use is None:
            ctx.warn(
                Message(
                    "Warnings",
                    QT_TRANSLATE_NOOP(
                        "Warnings", "{model}: licence unknown — check it before sharing or selling the result"
                    ),
                    model=up.resolved.id,
                )
            )
        if res.oom_splits:
            ctx.warn(
                Message(
                    "Warnings",
                    QT_TRANSLATE_NOOP(
                        "Warnings", "memory ran short: tiles were split {n} time(s), down to {tile} px"
                    ),
                    n=res.oom_splits,
                    tile=res.tile,
                )
            )
        ctx.record.notes.append(
            f"{data.width}×{data.height} → {ow}×{oh} px with {up.resolved.id} (×{m.scale}), tiles "
            f"of {res.tile} px with {res.context} px context"
        )
        if data.samples:
            ctx.record.notes.append(
                f"{data.bit_depth}-bit samples kept, ICC profile "
                f"{'kept' if data.icc else 'none in the source'}"
            )
        dpi = data.dpi * m.scale if data.dpi else None
        return data.with_pixels(res.rgb, alpha=res.alpha, dpi=dpi)


#: Memory of the tiles in flight (inputs, model activations on the CPU), beyond the output.
TILE_WORK_BYTES = 256 * 2**20
HINT_SMALLER_IMAGE = QT_TRANSLATE_NOOP("memory", "Upscale a smaller image, or crop it first.")


def output_bytes(data: ImagePayload, scale: int) -> int:
    """Peak memory of the enlarged picture. The file's own 8/16-bit samples: the result held whole
    and once more while it is encoded. The float32 working space: the result, its alpha and one
    copy while it is clipped, plus larger tiles in flight."""
    ow, oh = data.width * scale, data.height * scale
    if data.samples:
        chans = 3 + (data.alpha is not None)
        return ow * oh * chans * data.pixels.itemsize * 2 + TILE_WORK_BYTES
    return ow * oh * (RGB_F32 * 2 + 4) + 2 * TILE_WORK_BYTES
