"""The options of the analog looks other than grain, declared once: recipes, the app's forms and the
`look` command's ``--step NAME KEY=VALUE`` values are derived from these dataclasses. Every size is
physical (µm on the film, mm on the print), so a reduced preview needs no change of value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, choices_from, option
from . import curves, processes, riso
from .gate import FORMATS
from .options import seed_option

#: What the forms call the film looks and alternative processes (ids are written in recipes).
_LOOK_LABELS = {
    "colour-negative": QT_TRANSLATE_NOOP("steps", "Colour negative film"),
    "slide": QT_TRANSLATE_NOOP("steps", "Slide film"),
}
_PROCESS_LABELS = {
    "cyanotype": QT_TRANSLATE_NOOP("steps", "Cyanotype"),
    "van-dyke": QT_TRANSLATE_NOOP("steps", "Van Dyke"),
    "platinum": QT_TRANSLATE_NOOP("steps", "Platinum"),
    "salt": QT_TRANSLATE_NOOP("steps", "Salt print"),
    "lith": QT_TRANSLATE_NOOP("steps", "Lith print"),
}


def _labelled(ids: list[str] | dict[str, Any], known: dict[str, str]) -> list[tuple[str, str]]:
    """(id, label) pairs: the known label, else the id made readable."""
    return [(i, known.get(i) or i.replace("-", " ").capitalize()) for i in ids]


#: A film frame (:data:`hybridstudio.analog.gate.FORMATS`): sizes on the film follow from it.
FilmFormat = choices_from("FilmFormat", [(k, v.title) for k, v in FORMATS.items()], __name__)
#: The printed looks of :data:`hybridstudio.analog.curves.LOOKS`.
FilmLookKind = choices_from("FilmLookKind", _labelled(curves.LOOKS, _LOOK_LABELS), __name__)
#: The processes of :data:`hybridstudio.analog.processes.PROCESSES`.
AltProcessKind = choices_from("AltProcessKind", _labelled(processes.PROCESSES, _PROCESS_LABELS), __name__)


class Polarity(Choice):
    """Whether dust prints light (dirt on a scanned negative) or dark (on a print or slide)."""

    WHITE = "white", QT_TRANSLATE_NOOP("steps", "White specks (scanned negative)")
    DARK = "dark", QT_TRANSLATE_NOOP("steps", "Dark specks (print or slide)")


class RisoScreen(Choice):
    """How a riso master renders tones."""

    DOTS = "dots", QT_TRANSLATE_NOOP("steps", "Halftone dots")
    GRAIN = "grain", QT_TRANSLATE_NOOP("steps", "Stochastic grain")
    NONE = "none", QT_TRANSLATE_NOOP("steps", "No screen")


def film_format_option() -> Any:
    """The film frame the image stands for (several looks size their effect on it)."""
    return option(
        "135",
        QT_TRANSLATE_NOOP("steps", "Format"),
        QT_TRANSLATE_NOOP(
            "steps", "Film format the image stands for: its long side spans the frame's long side"
        ),
        choices=FilmFormat,
    )


def print_width_option() -> Any:
    """The print's long side when the image carries no dpi (sizes on paper follow from it)."""
    return option(
        254.0,
        QT_TRANSLATE_NOOP("steps", "Print width"),
        QT_TRANSLATE_NOOP("steps", "Print size of the long side when the image has no dpi"),
        unit="mm",
        minimum=10,
        maximum=5000,
    )


def exposure_option() -> Any:
    """An exposure change in stops, as on the camera."""
    return option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Exposure EV"),
        QT_TRANSLATE_NOOP("steps", "Exposure change"),
        unit="EV",
        minimum=-6,
        maximum=6,
    )


def mix_option() -> Any:
    """How much of the effect replaces the original (1: all of it)."""
    return option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Strength"),
        QT_TRANSLATE_NOOP("steps", "Mix with the original"),
        minimum=0,
        maximum=1,
    )


@dataclass
class HalationOptions:
    """Red-orange glow around highlights, as on film without an anti-halation layer."""

    size_um: float = option(
        150.0,
        QT_TRANSLATE_NOOP("steps", "Size"),
        QT_TRANSLATE_NOOP("steps", "Spread of the glow on the film"),
        unit="µm",
        minimum=10,
        maximum=2000,
    )
    strength: float = option(
        0.3,
        QT_TRANSLATE_NOOP("steps", "Strength"),
        QT_TRANSLATE_NOOP("steps", "Share of highlight light scattered"),
        minimum=0,
        maximum=1,
    )
    threshold: float = option(
        0.6,
        QT_TRANSLATE_NOOP("steps", "Threshold"),
        QT_TRANSLATE_NOOP("steps", "Linear light level where highlights start"),
        minimum=0.01,
        maximum=4,
    )
    format: str = film_format_option()


@dataclass
class BloomOptions:
    """Soft glow of a diffusion filter."""

    size_um: float = option(
        400.0,
        QT_TRANSLATE_NOOP("steps", "Size"),
        QT_TRANSLATE_NOOP("steps", "Spread on the film"),
        unit="µm",
        minimum=10,
        maximum=5000,
    )
    amount: float = option(
        0.15,
        QT_TRANSLATE_NOOP("steps", "Amount"),
        QT_TRANSLATE_NOOP("steps", "Share of the light diffused"),
        minimum=0,
        maximum=1,
    )
    format: str = film_format_option()


@dataclass
class VignetteOptions:
    """Darker corners of a real lens (cos⁴ law)."""

    focal_mm: float = option(
        35.0,
        QT_TRANSLATE_NOOP("steps", "Focal"),
        QT_TRANSLATE_NOOP("steps", "Focal length of the lens"),
        unit="mm",
        minimum=8,
        maximum=600,
    )
    amount: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Amount"),
        QT_TRANSLATE_NOOP("steps", "Strength (1 = the physical falloff)"),
        minimum=0,
        maximum=3,
    )
    format: str = film_format_option()


@dataclass
class HDCurveOptions:
    """Film tone curve with toe and shoulder."""

    gamma: float = option(
        1.6,
        QT_TRANSLATE_NOOP("steps", "Gamma"),
        QT_TRANSLATE_NOOP("steps", "Contrast: slope of density against log exposure"),
        minimum=0.3,
        maximum=4,
    )
    toe: float = option(
        0.35,
        QT_TRANSLATE_NOOP("steps", "Toe"),
        QT_TRANSLATE_NOOP("steps", "Width of the toe (shadow roll-off)"),
        minimum=0.02,
        maximum=2,
    )
    shoulder: float = option(
        0.3,
        QT_TRANSLATE_NOOP("steps", "Shoulder"),
        QT_TRANSLATE_NOOP("steps", "Width of the shoulder (highlight roll-off)"),
        minimum=0.02,
        maximum=2,
    )
    dmax: float = option(
        2.2,
        QT_TRANSLATE_NOOP("steps", "Dmax"),
        QT_TRANSLATE_NOOP("steps", "Maximum density (depth of the blacks)"),
        minimum=0.5,
        maximum=4,
    )
    exposure_ev: float = exposure_option()


@dataclass
class FilmLookOptions:
    """Tone and colour of a printed colour negative or of a slide."""

    look: str = option(
        "colour-negative",
        QT_TRANSLATE_NOOP("steps", "Look"),
        QT_TRANSLATE_NOOP("steps", "Kind of film"),
        choices=FilmLookKind,
    )
    exposure_ev: float = exposure_option()
    strength: float = mix_option()


@dataclass
class ChromaticAberrationOptions:
    """Colour fringes towards the corners, as with a simple lens."""

    percent: float = option(
        0.15,
        QT_TRANSLATE_NOOP("steps", "Percent"),
        QT_TRANSLATE_NOOP("steps", "Red/blue magnification difference, in % of the radius"),
        unit="%",
        minimum=0,
        maximum=2,
    )


@dataclass
class LightLeakOptions:
    """Warm fogging from one edge of the frame."""

    strength: float = option(
        0.6,
        QT_TRANSLATE_NOOP("steps", "Strength"),
        QT_TRANSLATE_NOOP("steps", "Strength"),
        minimum=0,
        maximum=4,
    )
    colour: str = option(
        "#ff7320",
        QT_TRANSLATE_NOOP("steps", "Colour"),
        QT_TRANSLATE_NOOP("steps", "Colour of the leak"),
        kind="color",
    )
    seed: int = seed_option()


@dataclass
class DustScratchesOptions:
    """Dust specks, hairs and scratches of a handled film."""

    dust_per_cm2: float = option(
        20.0,
        QT_TRANSLATE_NOOP("steps", "Dust per cm2"),
        QT_TRANSLATE_NOOP("steps", "Dust specks per cm² of film"),
        minimum=0,
        maximum=1000,
    )
    hairs_per_cm2: float = option(
        0.5,
        QT_TRANSLATE_NOOP("steps", "Hairs per cm2"),
        QT_TRANSLATE_NOOP("steps", "Hairs per cm² of film"),
        minimum=0,
        maximum=50,
    )
    scratches: int = option(
        2,
        QT_TRANSLATE_NOOP("steps", "Scratches"),
        QT_TRANSLATE_NOOP("steps", "Number of scratches"),
        minimum=0,
        maximum=50,
    )
    polarity: Polarity = option(
        Polarity.WHITE,
        QT_TRANSLATE_NOOP("steps", "Polarity"),
        QT_TRANSLATE_NOOP("steps", "white: dirt on a scanned negative; dark: on a print or slide"),
    )
    seed: int = seed_option()
    format: str = film_format_option()


@dataclass
class PaperTextureOptions:
    """Tooth and fibres of a fine-art paper under raking light."""

    strength: float = option(
        0.5,
        QT_TRANSLATE_NOOP("steps", "Strength"),
        QT_TRANSLATE_NOOP("steps", "Strength"),
        minimum=0,
        maximum=3,
    )
    light_angle: float = option(
        135.0,
        QT_TRANSLATE_NOOP("steps", "Light angle"),
        QT_TRANSLATE_NOOP("steps", "Direction of the light"),
        unit="°",
        minimum=0,
        maximum=360,
    )
    seed: int = seed_option()
    print_width_mm: float = print_width_option()


@dataclass
class CubeLUTOptions:
    """Apply a 1-D or 3-D .cube look-up table."""

    path: str = option(
        "", QT_TRANSLATE_NOOP("steps", "Path"), QT_TRANSLATE_NOOP("steps", "The .cube file"), kind="path"
    )
    strength: float = mix_option()


@dataclass
class AltProcessOptions:
    """Cyanotype, Van Dyke brown, platinum/palladium, salt or lith print."""

    process: str = option(
        "cyanotype",
        QT_TRANSLATE_NOOP("steps", "Process"),
        QT_TRANSLATE_NOOP("steps", "Process"),
        choices=AltProcessKind,
    )
    exposure_ev: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Exposure EV"),
        QT_TRANSLATE_NOOP("steps", "Printing exposure change"),
        unit="EV",
        minimum=-4,
        maximum=4,
    )
    texture: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Texture"),
        QT_TRANSLATE_NOOP("steps", "Paper texture in the density"),
        minimum=0,
        maximum=3,
    )
    seed: int = seed_option()
    print_width_mm: float = print_width_option()


@dataclass
class RisoLookOptions:
    """Spot inks with stencil texture and misregistration, multiplied."""

    inks: list[str] = option(
        ["blue", "fluorescent-pink"],
        QT_TRANSLATE_NOOP("steps", "Inks"),
        QT_TRANSLATE_NOOP("steps", "Inks, in print order"),
        choices=tuple(riso.INKS),
    )
    misregistration_mm: float = option(
        0.4,
        QT_TRANSLATE_NOOP("steps", "Misregistration"),
        QT_TRANSLATE_NOOP("steps", "Typical drum misregistration"),
        unit="mm",
        minimum=0,
        maximum=5,
    )
    texture: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Texture"),
        QT_TRANSLATE_NOOP("steps", "Ink starvation and mottle"),
        minimum=0,
        maximum=3,
    )
    seed: int = seed_option()
    screen: RisoScreen = option(
        RisoScreen.DOTS,
        QT_TRANSLATE_NOOP("steps", "Screen"),
        QT_TRANSLATE_NOOP("steps", "Halftone dots, stochastic grain (Grain Touch) or none"),
    )
    lpi: float = option(
        71.0,
        QT_TRANSLATE_NOOP("steps", "LPI"),
        QT_TRANSLATE_NOOP("steps", "Screen ruling"),
        unit="lpi",
        minimum=20,
        maximum=200,
    )
    print_width_mm: float = print_width_option()
