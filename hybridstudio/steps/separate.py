"""The separation step: an image becomes one coverage plane per ink (screen printing, riso)."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.params import Param
from ..core.payloads import ImagePayload
from ..core.step import Step, register
from ..separation.sets import SeparationSet


def options_from_params(params: dict[str, Any]):
    """Step parameters → :class:`hybridstudio.separation.api.SeparateOptions`."""
    from ..separation.api import SeparateOptions

    return SeparateOptions(
        method=params["method"], inks=params["inks"], library=params["library"] or None,
        substrate=params["substrate"] or None, pick=list(params["pick"] or []),
        opacity=params["opacity"], edges=params["edges"], dither=params["dither"], black=params["black"],
        icc=params["icc"] or None, process=params["process"], dot_gain=params["dot_gain"],
        dpi=params["dpi"] or None, width_mm=params["width_mm"] or None, choke_mm=params["choke_mm"],
        trap_mm=params["trap_mm"], highlight=params["highlight"],
        misregistration_mm=params["misregistration_mm"], coverage_limit=params["coverage_limit"],
        solver=params.get("solver", "perceptual"), ink_tolerance=params.get("ink_tolerance", 0.5),
    )


@register
class Separate(Step):
    """Colour separations: spot, best inks from stock, index, CMYK, simulated process."""

    id = "separate"
    category = "print"
    consumes = "image"
    produces = "separations"
    title = QT_TRANSLATE_NOOP("steps", "Colour separations")
    description = QT_TRANSLATE_NOOP(
        "steps", "Split the image into one greyscale plate per ink — for screens or riso drums — and "
                 "predict the print: spot colours, the best inks from your stock, index, CMYK or "
                 "simulated process on dark garments.")
    params = (
        Param("method", "choice", "stock", QT_TRANSLATE_NOOP("steps", "How the inks are found"),
              choices=("spot", "stock", "index", "cmyk", "simulated"),
              choice_labels=(QT_TRANSLATE_NOOP("steps", "Spot colours"),
                             QT_TRANSLATE_NOOP("steps", "From the ink library"),
                             QT_TRANSLATE_NOOP("steps", "Index (square pixels)"),
                             QT_TRANSLATE_NOOP("steps", "CMYK process"),
                             QT_TRANSLATE_NOOP("steps", "Simulated process"))),
        Param("inks", "int", 0, QT_TRANSLATE_NOOP("steps", "Number of inks (0 = automatic: spot "
              "finds it, stock takes 3, index 6, simulated 4)"), "", 0, 12),
        Param("library", "str", "", QT_TRANSLATE_NOOP("steps", "Ink library: riso, screenprint, a "
              "library of your own, or a .toml file (empty = riso for stock, screenprint otherwise)")),
        Param("substrate", "str", "", QT_TRANSLATE_NOOP("steps", "Paper or garment: paper-white, kraft, "
              "garment-black, … or a colour '#rrggbb' (empty = paper-white, garment-black for "
              "simulated)")),
        Param("pick", "strs", [], QT_TRANSLATE_NOOP("steps", "Inks you choose yourself (names from "
              "the library or '#rrggbb'), instead of automatic ones; for stock, inks that must be "
              "among the chosen ones")),
        Param("opacity", "choice", "auto", QT_TRANSLATE_NOOP("steps", "Opacity of automatic spot "
              "inks"), choices=("auto", "transparent", "opaque")),
        Param("edges", "choice", "smooth", QT_TRANSLATE_NOOP("steps", "Spot colours: smooth "
              "(halftone-ready tints) or hard (solid areas)"), choices=("smooth", "hard")),
        Param("dither", "choice", "diffusion", QT_TRANSLATE_NOOP("steps", "Index: error diffusion or "
              "blue-noise dither"), choices=("diffusion", "blue-noise", "none"),
              choice_labels=(QT_TRANSLATE_NOOP("steps", "Error diffusion"),
                             QT_TRANSLATE_NOOP("steps", "Blue-noise dither"),
                             QT_TRANSLATE_NOOP("steps", "None"))),
        Param("black", "choice", "medium", QT_TRANSLATE_NOOP("steps", "CMYK black generation"),
              choices=("none", "light", "medium", "heavy", "maximum")),
        Param("icc", "path", "", QT_TRANSLATE_NOOP("steps", "CMYK: your own CMYK output ICC profile "
              "(empty = one generated for the process inks)"), optional=True),
        Param("process", "choice", "auto", QT_TRANSLATE_NOOP("steps", "Printing process (sets the dot "
              "gain and riso rules)"), choices=("auto", "riso", "screen", "digital"),
              choice_labels=(QT_TRANSLATE_NOOP("steps", "Automatic"),
                             QT_TRANSLATE_NOOP("steps", "Risograph"),
                             QT_TRANSLATE_NOOP("steps", "Screenprint"),
                             QT_TRANSLATE_NOOP("steps", "Digital print"))),
        Param("dot_gain", "float", None, QT_TRANSLATE_NOOP("steps", "Tone value increase at 50 % "
              "(empty = the library's or the process's)"), "", 0.0, 0.25, optional=True),
        Param("dpi", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Output resolution (0 = 600 for riso, "
              "200 for index, else the image's)"), "dpi", 0.0, 4800.0),
        Param("width_mm", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Printed width (0 = from the "
              "image's resolution)"), "mm", 0.0, 5000.0),
        Param("choke_mm", "float", 0.35, QT_TRANSLATE_NOOP("steps", "Underbase choke"), "mm", 0.0, 5.0),
        Param("trap_mm", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Trap: spread lighter inks under "
              "darker ones"), "mm", 0.0, 5.0),
        Param("highlight", "bool", True, QT_TRANSLATE_NOOP("steps", "Simulated process: highlight "
              "white on top")),
        Param("misregistration_mm", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Preview drums shifted "
              "by up to this much (0 = off; riso ±0.5 mm)"), "mm", 0.0, 5.0),
        Param("coverage_limit", "float", None, QT_TRANSLATE_NOOP("steps", "Flag areas with more total "
              "ink than this (empty = 85 % for riso, off otherwise)"), "", 0.0, 4.0, optional=True),
        Param("solver", "choice", "perceptual", QT_TRANSLATE_NOOP("steps", "Spot and stock coverages: "
              "perceptual (smallest CIEDE2000, total ink kept within the coverage limit, fewest ink "
              "within the tolerance) or least-squares (the earlier solve, the limit only flagged)"),
              choices=("perceptual", "least-squares")),
        Param("ink_tolerance", "float", 0.5, QT_TRANSLATE_NOOP("steps", "Perceptual solve: how much "
              "colour accuracy (ΔE2000) may be given up to lay less ink"), "", 0.0, 5.0),
    )
    how_it_works = QT_TRANSLATE_NOOP(
        "steps", "A print model predicts the result: transparent inks multiply over the paper (every "
                 "overlap of dots weighted as in the Neugebauer–Demichel equations, with dot gain), "
                 "opaque inks cover what is under them in print order. For each colour of the image "
                 "the coverages of the inks that bring the predicted print closest to it (CIEDE2000 "
                 "in CIELAB) are solved. 'Stock' tries sets of inks from your library on a sample of "
                 "the image and keeps the set with the smallest error. Index maps every pixel to one "
                 "ink with dithering; CMYK goes through an ICC profile with LittleCMS.")
    craft = QT_TRANSLATE_NOOP(
        "steps", "By hand, separations are drawn on film: one sheet of drafting film per colour, "
                 "painted with opaque ink or cut in rubylith, registered with pins and crosses. "
                 "Photographic separations were shot through red, green and blue filters onto "
                 "lith film. Tints come from hand-applied screen tones (Letratone) or a halftone "
                 "contact screen in the process camera.")

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> SeparationSet:
        from ..separation.api import separate

        sepset = separate(data, options_from_params(params), ctx)
        r = sepset.report
        de = r["delta_e2000"]
        ctx.record.notes.append(
            f"{r['inks']} inks ({', '.join(r['ink_names'])}) on {r['substrate']['name']}, "
            f"{r['size_px'][0]}×{r['size_px'][1]} px at {r['dpi']:g} dpi; predicted ΔE2000 mean "
            f"{de['mean']:.2f}, p95 {de['p95']:.2f}, max {de['max']:.1f}")
        return sepset

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        out = dict(params)
        if out.get("dpi"):
            out["dpi"] = out["dpi"] * scale
        out["misregistration_mm"] = 0.0
        return out
