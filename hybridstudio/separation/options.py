"""What to separate and how: :class:`SeparateOptions`, declared once. The separate step's recipe
parameters, the app's form and the ``hybridstudio separate`` flags are derived from these fields."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP as _T
from ..core.options import Choice, choices_from, option
from .methods import all_methods

#: The separation methods as a choice: one member per registered method module, in list order
#: (adding a method module adds its member).
SeparationMethod = choices_from("SeparationMethod", [(m.id, m.label) for m in all_methods().values()],
                                __name__)


class Opacity(Choice):
    AUTO = "auto", _T("steps", "Automatic (opaque for screen spot colours and garments)")
    TRANSPARENT = "transparent", _T("steps", "Transparent")
    OPAQUE = "opaque", _T("steps", "Opaque")


class Edges(Choice):
    SMOOTH = "smooth", _T("steps", "Smooth (halftone-ready tints)")
    HARD = "hard", _T("steps", "Hard (solid areas)")


class Dither(Choice):
    DIFFUSION = "diffusion", _T("steps", "Error diffusion")
    BLUE_NOISE = "blue-noise", _T("steps", "Blue noise")
    NONE = "none", _T("steps", "No dither")


class BlackGeneration(Choice):
    NONE = "none", _T("steps", "No black")
    LIGHT = "light", _T("steps", "Light")
    MEDIUM = "medium", _T("steps", "Medium")
    HEAVY = "heavy", _T("steps", "Heavy")
    MAXIMUM = "maximum", _T("steps", "Maximum")


class Process(Choice):
    AUTO = "auto", _T("steps", "From the ink library")
    RISO = "riso", _T("steps", "Risograph")
    SCREEN = "screen", _T("steps", "Screen printing")
    DIGITAL = "digital", _T("steps", "Digital print")


class Solver(Choice):
    PERCEPTUAL = "perceptual", _T("steps", "Perceptual (CIEDE2000, within the ink limit)")
    LEAST_SQUARES = "least-squares", _T("steps", "Least squares (earlier solve)")


MAX_INKS = 12


@dataclass
class SeparateOptions:
    """What to separate and how. Empty text and 0 mean "the default" (see each help)."""

    method: str = option("stock", _T("steps", "Method"), _T("steps", "How the inks are found"),
                         choices=SeparationMethod)
    inks: int = option(0, _T("steps", "Inks"), _T("steps", "Number of inks (0 = automatic: spot "
                       "finds it, stock takes 3, index 6, simulated 4)"), minimum=0, maximum=MAX_INKS)
    library: str = option("", _T("steps", "Ink library"), _T("steps", "Ink library: riso, screenprint, a "
                          "library of your own, or a .toml file (empty = riso for stock, screenprint "
                          "otherwise)"))
    substrate: str = option("", _T("steps", "Paper or garment"), _T("steps", "Paper or garment: "
                            "paper-white, kraft, garment-black, … or a colour '#rrggbb' (empty = "
                            "paper-white, garment-black for simulated)"))
    pick: list[str] = option([], _T("steps", "Your inks"), _T("steps", "Inks you choose yourself (names "
                             "from the library or '#rrggbb'), instead of automatic ones; for stock, "
                             "inks that must be among the chosen ones"))
    opacity: Opacity = option(Opacity.AUTO, _T("steps", "Ink opacity"),
                              _T("steps", "Opacity of automatic spot inks"))
    edges: Edges = option(Edges.SMOOTH, _T("steps", "Edges"), _T("steps", "Spot colours: smooth "
                          "(halftone-ready tints) or hard (solid areas)"))
    dither: Dither = option(Dither.DIFFUSION, _T("steps", "Dither"), _T("steps", "Index: error "
                            "diffusion or blue-noise dither"))
    black: BlackGeneration = option(BlackGeneration.MEDIUM, _T("steps", "Black generation"),
                                    _T("steps", "CMYK black generation"))
    icc: str = option("", _T("steps", "CMYK profile"), _T("steps", "CMYK: your own CMYK output ICC "
                      "profile (empty = one generated for the process inks)"), kind="path", optional=True)
    process: Process = option(Process.AUTO, _T("steps", "Process"), _T("steps", "Printing process "
                              "(sets the dot gain and riso rules)"))
    dot_gain: float | None = option(None, _T("steps", "Dot gain"), _T("steps", "Tone value increase "
                                    "at 50 % (empty = the library's or the process's)"),
                                    minimum=0.0, maximum=0.25, optional=True)
    dpi: float = option(0.0, _T("steps", "Resolution"), _T("steps", "Output resolution (0 = 600 for "
                        "riso, 200 for index, else the image's)"), unit="dpi", minimum=0.0, maximum=4800.0)
    width_mm: float = option(0.0, _T("steps", "Printed width"), _T("steps", "Printed width (0 = from "
                             "the image's resolution)"), unit="mm", minimum=0.0, maximum=5000.0)
    choke_mm: float = option(0.35, _T("steps", "Underbase choke"), unit="mm", minimum=0.0, maximum=5.0,
                             flag="--choke")
    trap_mm: float = option(0.0, _T("steps", "Trap"), _T("steps", "Trap: spread lighter inks under "
                            "darker ones"), unit="mm", minimum=0.0, maximum=5.0, flag="--trap")
    highlight: bool = option(True, _T("steps", "Highlight white"), _T("steps", "Simulated process: "
                             "highlight white on top"))
    misregistration_mm: float = option(0.0, _T("steps", "Misregistration preview"), _T(
        "steps", "Preview drums shifted by up to this much (0 = off; riso ±0.5 mm)"), unit="mm",
        minimum=0.0, maximum=5.0, flag="--misregistration")
    coverage_limit: float | None = option(None, _T("steps", "Total ink limit"), _T(
        "steps", "Flag areas with more total ink than this (empty = 85 % for riso, off otherwise)"),
        minimum=0.0, maximum=float(MAX_INKS), optional=True)
    solver: Solver = option(Solver.PERCEPTUAL, _T("steps", "Solver"), _T(
        "steps", "Spot and stock coverages: perceptual (smallest CIEDE2000, total ink kept within "
        "the coverage limit, fewest ink within the tolerance) or least-squares (the earlier solve, "
        "the limit only flagged)"))
    ink_tolerance: float = option(0.5, _T("steps", "Ink tolerance"), _T(
        "steps", "Perceptual solve: how much colour accuracy (ΔE2000) may be given up to lay less ink"),
        minimum=0.0, maximum=5.0)
    seed: int = 0  # clustering and sampling seed (not a user option)
