"""The digital negative's options, declared once: recipes, the app's form and the `negative make`
flags are derived from :class:`ProcessOptions` and :class:`NegativeOptions`."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.options import Choice, choices_from, option
from .make import PAGE_SIZES_MM
from .processes import process_ids


def _process_choices() -> tuple[str, ...]:
    try:
        return process_ids()
    except Exception:  # noqa: BLE001 - presets missing: the step still lists its parameters
        return ("cyanotype",)


_PROCESS_LABELS = {
    "cyanotype": QT_TRANSLATE_NOOP("steps", "Cyanotype"),
    "van-dyke": QT_TRANSLATE_NOOP("steps", "Van Dyke"),
    "salt": QT_TRANSLATE_NOOP("steps", "Salt print"),
    "platinum-palladium": QT_TRANSLATE_NOOP("steps", "Platinum/palladium"),
}

#: The process presets (resources/negative), named for the forms.
Process = choices_from("Process", [(p, _PROCESS_LABELS.get(p, "")) for p in _process_choices()], __name__)


class Border(Choice):
    """What the film around the image is."""

    CLEAR = "clear", QT_TRANSLATE_NOOP("steps", "Clear film")
    DENSE = "dense", QT_TRANSLATE_NOOP("steps", "Dense film")


#: PDF page sizes: the negative's own size, or a paper size.
PAGES = ("fit", *PAGE_SIZES_MM)
_PAGE_LABELS = {
    "A5": QT_TRANSLATE_NOOP("steps", "A5 (148 × 210 mm)"),
    "A4": QT_TRANSLATE_NOOP("steps", "A4 (210 × 297 mm)"),
    "A3": QT_TRANSLATE_NOOP("steps", "A3 (297 × 420 mm)"),
    "A3+": QT_TRANSLATE_NOOP("steps", "A3+ (329 × 483 mm)"),
    "letter": QT_TRANSLATE_NOOP("steps", "US Letter (8.5 × 11 in)"),
    "legal": QT_TRANSLATE_NOOP("steps", "US Legal (8.5 × 14 in)"),
    "tabloid": QT_TRANSLATE_NOOP("steps", "Tabloid (11 × 17 in)"),
    "5x7in": QT_TRANSLATE_NOOP("steps", "5 × 7 in"),
    "8x10in": QT_TRANSLATE_NOOP("steps", "8 × 10 in"),
    "11x14in": QT_TRANSLATE_NOOP("steps", "11 × 14 in"),
}
Page = choices_from(
    "Page",
    [
        ("fit", QT_TRANSLATE_NOOP("steps", "The negative's own size")),
        *((p, _PAGE_LABELS.get(p, p)) for p in PAGE_SIZES_MM),
    ],
    __name__,
)


@dataclass
class ProcessOptions:
    """Which process, calibration curve and negative colour."""

    process: str | None = option(
        "cyanotype",
        QT_TRANSLATE_NOOP("steps", "Process"),
        QT_TRANSLATE_NOOP("steps", "The printing process"),
        choices=Process,
    )
    calibration: str | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Calibration"),
        QT_TRANSLATE_NOOP("steps", "Calibration file (.negcal.json); empty: the process's starting curve"),
        kind="path",
        optional=True,
    )
    colour: str | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Colour"),
        QT_TRANSLATE_NOOP("steps", "Negative colour; empty: the calibration's or the process's"),
        kind="color",
        optional=True,
        flag="--colour --color",
    )


@dataclass
class NegativeOptions:
    """The negative's resolution, size, border, marks and label."""

    dpi: float = option(
        1440.0,
        QT_TRANSLATE_NOOP("steps", "DPI"),
        QT_TRANSLATE_NOOP("steps", "Printer resolution"),
        unit="dpi",
        minimum=150.0,
        maximum=5760.0,
    )
    width_mm: float | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Width"),
        QT_TRANSLATE_NOOP("steps", "Printed image width"),
        unit="mm",
        minimum=10.0,
        maximum=2000.0,
        optional=True,
    )
    height_mm: float | None = option(
        None,
        QT_TRANSLATE_NOOP("steps", "Height"),
        QT_TRANSLATE_NOOP("steps", "Printed image height (when no width is given)"),
        unit="mm",
        minimum=10.0,
        maximum=2000.0,
        optional=True,
    )
    border_mm: float = option(
        10.0,
        QT_TRANSLATE_NOOP("steps", "Border width"),
        QT_TRANSLATE_NOOP("steps", "Border around the image"),
        unit="mm",
        minimum=0.0,
        maximum=100.0,
    )
    border: Border = option(
        Border.CLEAR,
        QT_TRANSLATE_NOOP("steps", "Border"),
        QT_TRANSLATE_NOOP(
            "steps", "Border: clear film (prints black, shows the brush marks) or dense (prints white)"
        ),
    )
    mirror: bool = option(
        True,
        QT_TRANSLATE_NOOP("steps", "Mirror"),
        QT_TRANSLATE_NOOP(
            "steps", "Mirror for emulsion-to-emulsion contact (print side of the film on the paper)"
        ),
    )
    marks: bool = option(
        True,
        QT_TRANSLATE_NOOP("steps", "Marks"),
        QT_TRANSLATE_NOOP("steps", "Crop marks at the image corners"),
    )
    strip: bool = option(
        True,
        QT_TRANSLATE_NOOP("steps", "Strip"),
        QT_TRANSLATE_NOOP("steps", "An 11-step control wedge under the image"),
    )
    label: str = option(
        "",
        QT_TRANSLATE_NOOP("steps", "Label"),
        QT_TRANSLATE_NOOP("steps", "Label under the image; empty: process, curve, colour, size, date"),
        kind="text",
    )
    show_label: bool = option(
        True, QT_TRANSLATE_NOOP("steps", "Show label"), QT_TRANSLATE_NOOP("steps", "Print the label")
    )
    pdf: bool = option(
        True,
        QT_TRANSLATE_NOOP("steps", "PDF"),
        QT_TRANSLATE_NOOP("steps", "Also write a PDF at the exact size"),
    )
    page: str = option(
        "fit",
        QT_TRANSLATE_NOOP("steps", "Page"),
        QT_TRANSLATE_NOOP("steps", "PDF page size (fit: the negative's own size)"),
        choices=Page,
    )
