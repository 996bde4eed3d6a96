"""Basic craft steps: print size, greyscale, levels. No AI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from ..core.context import StepContext
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import RGB_F32, check_fits
from ..core.options import Choice, option
from ..core.payloads import ImagePayload
from ..core.srgb import to_linear, to_srgb
from ..core.step import Step, register

MM_PER_INCH = 25.4


class LensFilter(Choice):
    """A coloured filter on the lens of a camera loaded with black and white film."""

    NONE = "none", QT_TRANSLATE_NOOP("steps", "No filter")
    YELLOW = "yellow", QT_TRANSLATE_NOOP("steps", "Yellow")
    ORANGE = "orange", QT_TRANSLATE_NOOP("steps", "Orange")
    RED = "red", QT_TRANSLATE_NOOP("steps", "Red")
    GREEN = "green", QT_TRANSLATE_NOOP("steps", "Green")
    BLUE = "blue", QT_TRANSLATE_NOOP("steps", "Blue")


@dataclass
class PrintSizeOptions:
    """The printed width and the resolution of a print-size step."""

    width_mm: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Width"),
        QT_TRANSLATE_NOOP(
            "steps", "Printed width (0 keeps the current pixel width and only sets the resolution)"
        ),
        unit="mm",
        minimum=0.0,
        maximum=5000.0,
    )
    dpi: float = option(
        300.0,
        QT_TRANSLATE_NOOP("steps", "DPI"),
        QT_TRANSLATE_NOOP("steps", "Resolution of the output"),
        unit="dpi",
        minimum=50.0,
        maximum=4800.0,
    )


@dataclass
class GreyscaleOptions:
    """Convert to grey by the eye's luminance, or as black and white film sees through a coloured filter."""

    filter: LensFilter = option(
        LensFilter.NONE,
        QT_TRANSLATE_NOOP("steps", "Filter"),
        QT_TRANSLATE_NOOP("steps", "Lens filter, as on a camera loaded with black and white film"),
    )


@dataclass
class LevelsOptions:
    """Set the black point, the white point and the mid-tones."""

    black: float = option(
        0.0,
        QT_TRANSLATE_NOOP("steps", "Black"),
        QT_TRANSLATE_NOOP("steps", "Input level that becomes black"),
        unit="%",
        minimum=0.0,
        maximum=99.0,
    )
    white: float = option(
        100.0,
        QT_TRANSLATE_NOOP("steps", "White"),
        QT_TRANSLATE_NOOP("steps", "Input level that becomes white"),
        unit="%",
        minimum=1.0,
        maximum=100.0,
    )
    gamma: float = option(
        1.0,
        QT_TRANSLATE_NOOP("steps", "Gamma"),
        QT_TRANSLATE_NOOP("steps", "Mid-tones: above 1 lightens, below 1 darkens"),
        minimum=0.1,
        maximum=10.0,
    )


@register
class PrintSize(Step):
    """Resample an image to a physical print size at a given resolution."""

    id = "print_size"
    category = "adjust"
    title = QT_TRANSLATE_NOOP("steps", "Print size")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Set the printed width and the resolution; the image is "
        "resampled so that it prints at exactly that size.",
    )
    options = (PrintSizeOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The number of pixels across is the printed width in "
        "inches times the resolution. Enlargements use Lanczos "
        "interpolation, reductions average the pixels (area).",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "In the darkroom the enlarger's column height sets the print "
        "size; in a print shop the size is set on the camera or the photocopier "
        "in percent.",
    )

    #: The most pixels a print_size result may have (width and dpi are checked together).
    MAX_OUTPUT_PIXELS = 1_000_000_000

    @staticmethod
    def output_size(shape: tuple[int, int], params: dict[str, Any]) -> tuple[int, int]:
        h, w = shape
        if params["width_mm"] <= 0:
            return w, h
        new_w = max(1, round(params["width_mm"] / MM_PER_INCH * params["dpi"]))
        return new_w, max(1, round(new_w * h / w))

    def peak_bytes(self, data: Any, params: dict[str, Any]) -> tuple[int, int, int]:
        """The resized image, its clipped copy and the alpha plane, all float32, at the output size;
        width × dpi × the image's proportions are checked together."""
        new_w, new_h = self.output_size(data.pixels.shape[:2], params)
        if new_w * new_h > self.MAX_OUTPUT_PIXELS:
            raise ParamError(
                "width_mm",
                f"{params['width_mm']:g} mm at {params['dpi']:g} dpi makes "
                f"{new_w}×{new_h} px ({new_w * new_h / 1e6:,.0f} megapixels), "
                f"more than {self.MAX_OUTPUT_PIXELS / 1e6:,.0f}: choose a "
                "smaller width or resolution",
            )
        return new_w, new_h, new_w * new_h * (RGB_F32 * 2 + 8)

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        dpi = params["dpi"]
        width_mm = params["width_mm"]
        if width_mm <= 0:
            return data.with_pixels(data.pixels, dpi=dpi)
        new_w, new_h = self.output_size(data.pixels.shape[:2], params)
        check_fits(QT_TRANSLATE_NOOP("memory", "print size"), *self.peak_bytes(data, params))
        interp = cv2.INTER_AREA if new_w < data.width else cv2.INTER_LANCZOS4
        ctx.progress(0.1, f"{data.width}×{data.height} → {new_w}×{new_h} px")
        pixels = np.clip(cv2.resize(data.pixels, (new_w, new_h), interpolation=interp), 0, 1)
        alpha = None
        if data.alpha is not None:
            alpha = np.clip(cv2.resize(data.alpha, (new_w, new_h), interpolation=interp), 0, 1)
        ctx.record.notes.append(
            f"{new_w}×{new_h} px = {width_mm:g}×{new_h / dpi * MM_PER_INCH:.1f} mm at {dpi:g} dpi"
        )
        return data.with_pixels(pixels, alpha=alpha, dpi=dpi)

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        return {**params, "dpi": params["dpi"] * scale}


@register
class Greyscale(Step):
    """Turn colour into grey, by luminance or through a coloured filter."""

    id = "greyscale"
    category = "adjust"
    title = QT_TRANSLATE_NOOP("steps", "Greyscale")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Convert to grey by the eye's luminance, or as black and white film sees through a coloured filter.",
    )
    options = (GreyscaleOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The channels are mixed in linear light with weights "
        "(Rec. 709 luminance, or a filter's transmission), then encoded "
        "back to sRGB.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Photograph on panchromatic black and white film; a red filter "
        "darkens blue skies, a green one lightens foliage.",
    )
    WEIGHTS = {
        "none": (0.2126, 0.7152, 0.0722),
        "yellow": (0.30, 0.62, 0.08),
        "orange": (0.45, 0.50, 0.05),
        "red": (0.75, 0.23, 0.02),
        "green": (0.15, 0.80, 0.05),
        "blue": (0.10, 0.30, 0.60),
    }

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        o: GreyscaleOptions = self.bind(params)
        w = np.asarray(self.WEIGHTS[str(o.filter)], dtype=np.float32)
        grey = to_srgb(to_linear(data.pixels) @ w)
        return data.with_pixels(np.repeat(grey[..., None], 3, axis=2))


@register
class Levels(Step):
    """Black point, white point and mid-tone gamma."""

    id = "levels"
    category = "adjust"
    title = QT_TRANSLATE_NOOP("steps", "Levels")
    description = QT_TRANSLATE_NOOP("steps", "Set the black point, the white point and the mid-tones.")
    options = (LevelsOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Each value is stretched between the black and white points, then raised to the power 1/gamma.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "In the darkroom: exposure sets the highlights, paper grade "
        "(contrast) sets the distance between black and white.",
    )

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        o: LevelsOptions = self.bind(params)
        lo, hi = o.black / 100.0, o.white / 100.0
        if hi <= lo:
            raise ParamError(
                "white",
                f"the white point ({o.white:g} %) must be above the black point ({o.black:g} %)",
            )
        x = np.clip((data.pixels - lo) / (hi - lo), 0, 1)
        if o.gamma != 1.0:
            x = np.power(x, 1.0 / o.gamma, dtype=np.float32)
        return data.with_pixels(x.astype(np.float32))
