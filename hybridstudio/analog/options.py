"""The film grain's options, declared once: recipes, the app's form and the `look` command's
``--step grain NAME=VALUE`` values are derived from :class:`GrainOptions`. Stocks and formats are
choices named by their title ("Kodak Tri-X 400"), written in recipes by their id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, choices_from, option
from .gate import FORMATS
from .stocks import STOCKS

#: Every film stock whose grain is measured (:data:`hybridstudio.analog.stocks.STOCKS`).
Stock = choices_from("Stock", [(k, v.title) for k, v in STOCKS.items()], __name__)
#: The stock's own format, or a film frame (:data:`hybridstudio.analog.gate.FORMATS`).
GrainFormat = choices_from(
    "GrainFormat",
    [("stock", QT_TRANSLATE_NOOP("steps", "The stock's own")), *((k, v.title) for k, v in FORMATS.items())],
    __name__,
)


def seed_option() -> Any:
    """The random seed of a look drawn at random (same seed, same picture)."""
    return option(
        0,
        QT_TRANSLATE_NOOP("steps", "Seed"),
        QT_TRANSLATE_NOOP("steps", "Random seed"),
        minimum=0,
        maximum=2**31 - 1,
    )


class GrainColour(Choice):
    """One grain for all channels, one per dye layer, or as the stock is."""

    AUTO = "auto", QT_TRANSLATE_NOOP("steps", "As the stock is")
    MONO = "mono", QT_TRANSLATE_NOOP("steps", "Mono (silver)")
    COLOUR = "colour", QT_TRANSLATE_NOOP("steps", "Colour (one per dye layer)")


@dataclass
class GrainOptions:
    """Which stock's grain, on which frame, how strong and how big."""

    stock: str = option(
        "tri-x-400",
        QT_TRANSLATE_NOOP("steps", "Film stock"),
        QT_TRANSLATE_NOOP("steps", "Film stock"),
        choices=Stock,
    )
    format: str = option(
        "stock",
        QT_TRANSLATE_NOOP("steps", "Format"),
        QT_TRANSLATE_NOOP("steps", "Film format (stock: the stock's own)"),
        choices=GrainFormat,
    )
    colour: GrainColour = option(
        GrainColour.AUTO,
        QT_TRANSLATE_NOOP("steps", "Colour"),
        QT_TRANSLATE_NOOP("steps", "Mono grain, one grain per dye layer, or the stock's kind"),
    )
    amount: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Amount"),
        QT_TRANSLATE_NOOP("steps", "Strength (1 = the stock's RMS granularity)"),
        minimum=0,
        maximum=8,
    )
    size: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Size"),
        QT_TRANSLATE_NOOP("steps", "Grain size factor (physical)"),
        minimum=0.25,
        maximum=8,
    )
    seed: int = seed_option()
