"""Recipe steps for calibrated digital negatives (cyanotype, Van Dyke, salt, platinum/palladium)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..core.context import StepContext
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_fits
from ..core.params import Param
from ..core.payloads import ImagePayload
from ..core.step import Step, register
from ..negative.make import PAGE_SIZES_MM, image_tone, make_negative, print_size_mm, sheet_geometry
from ..negative.payload import NegativePayload
from ..negative.processes import process_ids
from ..negative.render import MM_PER_INCH
from ..negative.resolve import resolve
from ..negative.simulate import simulate_print

_CRAFT = QT_TRANSLATE_NOOP(
    "steps",
    "By hand, a digital negative is calibrated in three passes (Anderson & Reeder, Ware, Easy Digital "
    "Negatives). First find the standard printing time: the shortest exposure that gives the "
    "process's deepest black through clear film. Then set the ink limit (or the negative colour's "
    "density) so that the densest patch just prints paper white. Last, print a step wedge — 21 "
    "steps (Stouffer-like, as in QuadToneRIP's LINEARIZE) or 101 patches of 1 % (ChartThrob) — "
    "through a linear negative, scan it, divide by the paper white, read each patch, and build a "
    "correction curve: ChartThrob solves 14 evenly spaced targets by inverse interpolation and writes "
    "a Photoshop Curves layer; EDN builds a lookup table from the scan and merges a second "
    "correction print with the first; QTR users type the L* readings into a LINEARIZE line. Mark "
    "Nelson's Precision Digital Negatives adds a colour-palette test to pick the negative colour "
    "that blocks UV best for the process. The negative is inverted, curved, coloured, flipped "
    "horizontally for emulsion-to-emulsion contact and printed with colour management off.")


def _process_choices() -> tuple[str, ...]:
    try:
        return process_ids()
    except Exception:  # noqa: BLE001 - presets missing: the step still lists its parameters
        return ("cyanotype",)


_PROCESS = Param("process", "choice", "cyanotype", QT_TRANSLATE_NOOP("steps", "The printing process"),
                 choices=_process_choices())
_CAL = Param("calibration", "path", None, QT_TRANSLATE_NOOP(
    "steps", "Calibration file (.negcal.json); empty: the process's starting curve"), optional=True)
_COLOUR = Param("colour", "color", None, QT_TRANSLATE_NOOP(
    "steps", "Negative colour; empty: the calibration's or the process's"), optional=True)


@register
class NegativeStep(Step):
    """Make a calibrated digital negative of the image."""

    id = "negative"
    title = QT_TRANSLATE_NOOP("steps", "Digital negative")
    description = QT_TRANSLATE_NOOP(
        "steps", "A calibrated, coloured, mirrored inkjet negative for contact printing in cyanotype, "
                 "Van Dyke, salt or platinum/palladium, at exact physical size (16-bit TIFF and PDF).")
    category = "negative"
    consumes = "image"
    produces = "negative"
    params = (
        _PROCESS, _CAL, _COLOUR,
        Param("dpi", "float", 1440.0, QT_TRANSLATE_NOOP("steps", "Printer resolution"), unit="dpi",
              minimum=150.0, maximum=5760.0),
        Param("width_mm", "float", None, QT_TRANSLATE_NOOP("steps", "Printed image width"), unit="mm",
              minimum=10.0, maximum=2000.0, optional=True),
        Param("height_mm", "float", None, QT_TRANSLATE_NOOP("steps", "Printed image height (when no "
              "width is given)"), unit="mm", minimum=10.0, maximum=2000.0, optional=True),
        Param("border_mm", "float", 10.0, QT_TRANSLATE_NOOP("steps", "Border around the image"),
              unit="mm", minimum=0.0, maximum=100.0),
        Param("border", "choice", "clear", QT_TRANSLATE_NOOP(
            "steps", "Border: clear film (prints black, shows the brush marks) or dense (prints white)"),
            choices=("clear", "dense")),
        Param("mirror", "bool", True, QT_TRANSLATE_NOOP(
            "steps", "Mirror for emulsion-to-emulsion contact (print side of the film on the paper)")),
        Param("marks", "bool", True, QT_TRANSLATE_NOOP("steps", "Crop marks at the image corners")),
        Param("strip", "bool", True, QT_TRANSLATE_NOOP("steps", "An 11-step control wedge under the image")),
        Param("label", "text", "", QT_TRANSLATE_NOOP(
            "steps", "Label under the image; empty: process, curve, colour, size, date")),
        Param("show_label", "bool", True, QT_TRANSLATE_NOOP("steps", "Print the label")),
        Param("pdf", "bool", True, QT_TRANSLATE_NOOP("steps", "Also write a PDF at the exact size")),
        Param("page", "choice", "fit",
              QT_TRANSLATE_NOOP("steps", "PDF page size (fit: the negative's own size)"),
              choices=("fit", *PAGE_SIZES_MM)),
    )
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Each pixel's lightness (CIE L*) is the print tone wanted. The calibration curve — fitted from "
        "a scanned step-wedge print by isotonic regression and a monotone spline — turns it into an "
        "ink amount through a 65536-entry table (16 bit in, 16 bit out, no banding in steep "
        "highlights). Light tones get dense ink, so the image is inverted. The ink is laid in the "
        "negative colour (a UV-blocking colour for the process), the sheet is mirrored, and the "
        "image is resampled strip by strip at the printer's resolution so even 2880 dpi negatives "
        "stream to disk. The TIFF carries its resolution, so the image prints at exactly the size "
        "asked; the PDF page has the exact size too. No AI is involved.")
    craft = _CRAFT

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        """The live preview shows the expected print: no need for the printer's full resolution."""
        return {**params, "dpi": min(params["dpi"], 150.0), "export_dpi": params["dpi"]}

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> NegativePayload:
        setup = resolve(params["process"], params.get("calibration") or None, params.get("colour"))
        for w in setup.warnings:
            ctx.warn(w)
        if not params.get("width_mm") and not params.get("height_mm") and not data.dpi:
            raise ParamError("width_mm", "give the printed width or height: the image has no resolution")
        ctx.progress(0.1, QT_TRANSLATE_NOOP("Progress", "laying out the negative"))
        dpi = params["dpi"]
        geo = sheet_geometry(data.pixels.shape[:2], dpi, params.get("width_mm"),
                             params.get("height_mm"), data.dpi, params["border_mm"])
        check_fits(QT_TRANSLATE_NOOP("memory", "the negative"), geo.width_px, geo.height_px,
                   geo.peak_bytes(data.pixels.shape[:2]))
        w_mm, h_mm = print_size_mm(data.pixels.shape[:2], params.get("width_mm"),
                                   params.get("height_mm"), data.dpi)
        w_mm, h_mm = (round(w_mm / MM_PER_INCH * dpi) / dpi * MM_PER_INCH,
                      round(h_mm / MM_PER_INCH * dpi) / dpi * MM_PER_INCH)
        label = params["label"] or (
            f"{setup.process.name} · curve: {setup.curve_name} · ink {setup.colour} · "
            f"{w_mm:.1f} × {h_mm:.1f} mm at {dpi:g} dpi · "
            f"{'mirrored' if params['mirror'] else 'right-reading'} · {date.today().isoformat()}")
        sheet = make_negative(
            data.pixels, setup.curve, setup.colour, dpi, width_mm=params.get("width_mm"),
            height_mm=params.get("height_mm"), source_dpi=data.dpi, border_mm=params["border_mm"],
            border=params["border"], mirror=params["mirror"], marks=params["marks"],
            strip=params["strip"], label=label if params["show_label"] else "")
        ctx.check_cancelled()
        ctx.progress(0.6, QT_TRANSLATE_NOOP("Progress", "simulating the expected print"))
        expected = simulate_print(sheet.preview_ink(), setup.process.model, setup.response)
        ctx.record.notes.append(
            f"negative {sheet.width_px}×{sheet.height_px} px at {params['dpi']:g} dpi = "
            f"{sheet.size_mm[0]:.2f} × {sheet.size_mm[1]:.2f} mm; image {w_mm:.2f} × {h_mm:.2f} mm; "
            f"curve {setup.curve_name}; colour {setup.colour}")
        from ..negative.export import estimate_export

        export_dpi = params.get("export_dpi", dpi)
        estimate = estimate_export(sheet, export_dpi, params["pdf"])
        ctx.record.notes.append(
            f"export at {export_dpi:g} dpi: TIFF about {estimate['tiff_bytes'] / 1e6:.0f} MB"
            + (f", PDF about {estimate['pdf_bytes'] / 1e6:.0f} MB" if params["pdf"] else ""))
        ctx.progress(1.0, QT_TRANSLATE_NOOP("Progress", "negative ready"))
        return NegativePayload(sheet, expected, pdf=params["pdf"], page=params["page"],
                               info={"process": setup.process.id, "curve": setup.curve_name,
                                     "label": label,
                                     "export_dpi": export_dpi, "estimate": estimate})


@register
class NegativePrintPreviewStep(Step):
    """The expected print of a calibrated negative (calibration print simulation)."""

    id = "negative_print_preview"
    title = QT_TRANSLATE_NOOP("steps", "Expected alternative-process print")
    description = QT_TRANSLATE_NOOP(
        "steps", "Previews the tones and colour a calibrated negative should give in cyanotype, Van "
                 "Dyke, salt or platinum/palladium: the calibration's simulation, not an artistic look.")
    category = "negative"
    consumes = "image"
    produces = "image"
    params = (_PROCESS, _CAL, _COLOUR)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The image's L* goes through the calibration curve to an ink amount, as in the negative. "
        "With a calibration, the measured response of the process gives the print tone; without "
        "one, a characteristic (toe/shoulder) curve of the process does. The tone is then coloured "
        "between the paper white and the process's maximum black (Prussian blue, brown, "
        "neutral-warm black) by scaling the colourant's density.")
    craft = _CRAFT

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        setup = resolve(params["process"], params.get("calibration") or None, params.get("colour"))
        for w in setup.warnings:
            ctx.warn(w)
        ink = setup.curve(image_tone(data.pixels)).astype("float32")
        return data.with_pixels(simulate_print(ink, setup.process.model, setup.response))
