"""What to separate and how: :class:`SeparateOptions`, declared once. The separate step's recipe
parameters, the app's form and the ``hybridstudio separate`` flags are derived from these fields."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, choices_from, option
from .methods import all_methods

#: The separation methods as a choice: one member per registered method module, in list order
#: (adding a method module adds its member).
SeparationMethod = choices_from(
    "SeparationMethod", [(m.id, m.label) for m in all_methods().values()], __name__
)


class Opacity(Choice):
    AUTO = "auto", QT_TRANSLATE_NOOP("steps", "Automatic (opaque for screen spot colours and garments)")
    TRANSPARENT = "transparent", QT_TRANSLATE_NOOP("steps", "Transparent")
    OPAQUE = "opaque", QT_TRANSLATE_NOOP("steps", "Opaque")


class Edges(Choice):
    SMOOTH = "smooth", QT_TRANSLATE_NOOP("steps", "Smooth (halftone-ready tints)")
    HARD = "hard", QT_TRANSLATE_NOOP("steps", "Hard (solid areas)")


class Dither(Choice):
    DIFFUSION = "diffusion", QT_TRANSLATE_NOOP("steps", "Error diffusion")
    BLUE_NOISE = "blue-noise", QT_TRANSLATE_NOOP("steps", "Blue noise")
    NONE = "none", QT_TRANSLATE_NOOP("steps", "No dither")


class BlackGeneration(Choice):
    NONE = "none", QT_TRANSLATE_NOOP("steps", "No black")
    LIGHT = "light", QT_TRANSLATE_NOOP("steps", "Light")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("steps", "Medium")
    HEAVY = "heavy", QT_TRANSLATE_NOOP("steps", "Heavy")
    MAXIMUM = "maximum", QT_TRANSLATE_NOOP("steps", "Maximum")


class Process(Choice):
    AUTO = "auto", QT_TRANSLATE_NOOP("steps", "From the ink library")
    RISO = "riso", QT_TRANSLATE_NOOP("steps", "Risograph")
    SCREEN = "screen", QT_TRANSLATE_NOOP("steps", "Screen printing")
    DIGITAL = "digital", QT_TRANSLATE_NOOP("steps", "Digital print")


class Solver(Choice):
    PERCEPTUAL = "perceptual", QT_TRANSLATE_NOOP("steps", "Perceptual (CIEDE2000, within the ink limit)")
    LEAST_SQUARES = "least-squares", QT_TRANSLATE_NOOP("steps", "Least squares (earlier solve)")


MAX_INKS = 12


@dataclass
class SeparateOptions:
    """What to separate and how. Empty text and 0 mean "the default" (see each help)."""

    method: str = option(
        "stock",
        QT_TRANSLATE_NOOP("steps", "Method"),
        QT_TRANSLATE_NOOP("steps", "How the inks are found"),
        choices=SeparationMethod,
    )
    inks: int = option(
        0,
        QT_TRANSLATE_NOOP("steps", "Inks"),
        QT_TRANSLATE_NOOP(
            "steps", "Number of inks (0 = automatic: spot finds it, stock takes 3, index 6, simulated 4)"
        ),
        minimum=0,
        maximum=MAX_INKS,
    )
    library: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Ink library"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Ink library: riso, screenprint, a "
            "library of your own, or a .toml file (empty = riso for stock, screenprint "
            "otherwise)",
        ),
    )
    substrate: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Paper or garment"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Paper or garment: "
            "paper-white, kraft, garment-black, … or a colour '#rrggbb' (empty = "
            "paper-white, garment-black for simulated)",
        ),
    )
    pick: list[str] = option(
        [],
        QT_TRANSLATE_NOOP("steps", "Your inks"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Inks you choose yourself (names "
            "from the library or '#rrggbb'), instead of automatic ones; for stock, "
            "inks that must be among the chosen ones",
        ),
    )
    opacity: Opacity = option(
        Opacity.AUTO,
        QT_TRANSLATE_NOOP("steps", "Ink opacity"),
        QT_TRANSLATE_NOOP("steps", "Opacity of automatic spot inks"),
    )
    edges: Edges = option(
        Edges.SMOOTH,
        QT_TRANSLATE_NOOP("steps", "Edges"),
        QT_TRANSLATE_NOOP("steps", "Spot colours: smooth (halftone-ready tints) or hard (solid areas)"),
    )
    dither: Dither = option(
        Dither.DIFFUSION,
        QT_TRANSLATE_NOOP("steps", "Dither"),
        QT_TRANSLATE_NOOP("steps", "Index: error diffusion or blue-noise dither"),
    )
    black: BlackGeneration = option(
        BlackGeneration.MEDIUM,
        QT_TRANSLATE_NOOP("steps", "Black generation"),
        QT_TRANSLATE_NOOP("steps", "CMYK black generation"),
    )
    icc: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "CMYK profile"),
        QT_TRANSLATE_NOOP(
            "steps", "CMYK: your own CMYK output ICC profile (empty = one generated for the process inks)"
        ),
        kind="path",
        optional=True,
    )
    process: Process = option(
        Process.AUTO,
        QT_TRANSLATE_NOOP("steps", "Process"),
        QT_TRANSLATE_NOOP("steps", "Printing process (sets the dot gain and riso rules)"),
    )
    dot_gain: float | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Dot gain"),
        QT_TRANSLATE_NOOP("steps", "Tone value increase at 50 % (empty = the library's or the process's)"),
        minimum=0.0,
        maximum=0.25,
        optional=True,
    )
    dpi: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Resolution"),
        QT_TRANSLATE_NOOP("steps", "Output resolution (0 = 600 for riso, 200 for index, else the image's)"),
        unit="dpi",
        minimum=0.0,
        maximum=4800.0,
    )
    width_mm: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Printed width"),
        QT_TRANSLATE_NOOP("steps", "Printed width (0 = from the image's resolution)"),
        unit="mm",
        minimum=0.0,
        maximum=5000.0,
    )
    choke_mm: float = option(
        0.35,
        QT_TRANSLATE_NOOP("steps", "Underbase choke"),
        unit="mm",
        minimum=0.0,
        maximum=5.0,
        flag="--choke",
    )
    trap_mm: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Trap"),
        QT_TRANSLATE_NOOP("steps", "Trap: spread lighter inks under darker ones"),
        unit="mm",
        minimum=0.0,
        maximum=5.0,
        flag="--trap",
    )
    highlight: bool = option(
        True,
        QT_TRANSLATE_NOOP("steps", "Highlight white"),
        QT_TRANSLATE_NOOP("steps", "Simulated process: highlight white on top"),
    )
    misregistration_mm: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Misregistration preview"),
        QT_TRANSLATE_NOOP("steps", "Preview drums shifted by up to this much (0 = off; riso ±0.5 mm)"),
        unit="mm",
        minimum=0.0,
        maximum=5.0,
        flag="--misregistration",
    )
    coverage_limit: float | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Total ink limit"),
        QT_TRANSLATE_NOOP(
            "steps", "Flag areas with more total ink than this (empty = 85 % for riso, off otherwise)"
        ),
        minimum=0.0,
        maximum=float(MAX_INKS),
        optional=True,
    )
    solver: Solver = option(
        Solver.PERCEPTUAL,
        QT_TRANSLATE_NOOP("steps", "Solver"),
        QT_TRANSLATE_NOOP(
            "steps",
            "Spot and stock coverages: perceptual (smallest CIEDE2000, total ink kept within "
            "the coverage limit, fewest ink within the tolerance) or least-squares (the earlier solve, "
            "the limit only flagged)",
        ),
    )
    ink_tolerance: float = option(
        0.5,
        QT_TRANSLATE_NOOP("steps", "Ink tolerance"),
        QT_TRANSLATE_NOOP(
            "steps", "Perceptual solve: how much colour accuracy (ΔE2000) may be given up to lay less ink"
        ),
        minimum=0.0,
        maximum=5.0,
    )
    seed: int = 0  # clustering and sampling seed (not a user option)
