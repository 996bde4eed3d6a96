"""The separation step: an image becomes one coverage plane per ink (screen printing, riso)."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.payloads import ImagePayload
from ..core.step import Step, register
from ..separation.api import separate
from ..separation.options import SeparateOptions
from ..separation.sets import SeparationSet


@register
class Separate(Step):
    """Colour separations: spot, best inks from stock, index, CMYK, simulated process."""

    id = "separate"
    file_params = {"library": (".toml",)}
    category = "print"
    consumes = "image"
    produces = "separations"
    title = QT_TRANSLATE_NOOP("steps", "Colour separations")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Split the image into one greyscale plate per ink — for screens or riso drums — and "
        "predict the print: spot colours, the best inks from your stock, index, CMYK or "
        "simulated process on dark garments.",
    )
    options = (SeparateOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "A print model predicts the result: transparent inks multiply over the paper (every "
        "overlap of dots weighted as in the Neugebauer–Demichel equations, with dot gain), "
        "opaque inks cover what is under them in print order. For each colour of the image "
        "the coverages of the inks that bring the predicted print closest to it (CIEDE2000 "
        "in CIELAB) are solved. 'Stock' tries sets of inks from your library on a sample of "
        "the image and keeps the set with the smallest error. Index maps every pixel to one "
        "ink with dithering; CMYK goes through an ICC profile with LittleCMS.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "By hand, separations are drawn on film: one sheet of drafting film per colour, "
        "painted with opaque ink or cut in rubylith, registered with pins and crosses. "
        "Photographic separations were shot through red, green and blue filters onto "
        "lith film. Tints come from hand-applied screen tones (Letratone) or a halftone "
        "contact screen in the process camera.",
    )

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> SeparationSet:
        sepset = separate(data, self.bind(params), ctx.as_progress())
        for w in sepset.report["warnings"]:
            ctx.warn(w)
        r = sepset.report
        de = r["delta_e2000"]
        ctx.record.notes.append(
            f"{r['inks']} inks ({', '.join(r['ink_names'])}) on {r['substrate']['name']}, "
            f"{r['size_px'][0]}×{r['size_px'][1]} px at {r['dpi']:g} dpi; predicted ΔE2000 mean "
            f"{de['mean']:.2f}, p95 {de['p95']:.2f}, max {de['max']:.1f}"
        )
        return sepset

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        out = dict(params)
        if out.get("dpi"):
            out["dpi"] = out["dpi"] * scale
        out["misregistration_mm"] = 0.0
        return out
