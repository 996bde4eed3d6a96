"""Recipe steps for calibrated digital negatives (cyanotype, Van Dyke, salt, platinum/palladium)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..core.context import StepContext
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import check_fits
from ..core.payloads import ImagePayload
from ..core.step import Step, register
from ..negative.export import estimate_export
from ..negative.make import image_tone, make_negative, print_size_mm, sheet_geometry
from ..negative.options import NegativeOptions, ProcessOptions
from ..negative.payload import NegativePayload
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
    "horizontally for emulsion-to-emulsion contact and printed with colour management off.",
)


@register
class NegativeStep(Step):
    """Make a calibrated digital negative of the image."""

    id = "negative"
    title = QT_TRANSLATE_NOOP("steps", "Digital negative")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "A calibrated, coloured, mirrored inkjet negative for contact printing in cyanotype, "
        "Van Dyke, salt or platinum/palladium, at exact physical size (16-bit TIFF and PDF).",
    )
    category = "negative"
    consumes = "image"
    produces = "negative"
    options = (ProcessOptions, NegativeOptions)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Each pixel's lightness (CIE L*) is the print tone wanted. The calibration curve — fitted from "
        "a scanned step-wedge print by isotonic regression and a monotone spline — turns it into an "
        "ink amount through a 65536-entry table (16 bit in, 16 bit out, no banding in steep "
        "highlights). Light tones get dense ink, so the image is inverted. The ink is laid in the "
        "negative colour (a UV-blocking colour for the process), the sheet is mirrored, and the "
        "image is resampled strip by strip at the printer's resolution so even 2880 dpi negatives "
        "stream to disk. The TIFF carries its resolution, so the image prints at exactly the size "
        "asked; the PDF page has the exact size too. No AI is involved.",
    )
    craft = _CRAFT

    def preview_params(self, params: dict[str, Any], scale: float) -> dict[str, Any]:
        """The live preview shows the expected print: no need for the printer's full resolution."""
        return {**params, "dpi": min(params["dpi"], 150.0), "export_dpi": params["dpi"]}

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> NegativePayload:
        proc, opts = self.bind(params)
        setup = resolve(proc.process and proc.process.value, proc.calibration or None, proc.colour)
        for w in setup.warnings:
            ctx.warn(w)
        if not opts.width_mm and not opts.height_mm and not data.dpi:
            raise ParamError("width_mm", "give the printed width or height: the image has no resolution")
        ctx.progress(0.1, QT_TRANSLATE_NOOP("Progress", "laying out the negative"))
        dpi = opts.dpi
        geo = sheet_geometry(
            data.pixels.shape[:2], dpi, opts.width_mm, opts.height_mm, data.dpi, opts.border_mm
        )
        check_fits(
            QT_TRANSLATE_NOOP("memory", "the negative"),
            geo.width_px,
            geo.height_px,
            geo.peak_bytes(data.pixels.shape[:2]),
        )
        w_mm, h_mm = print_size_mm(data.pixels.shape[:2], opts.width_mm, opts.height_mm, data.dpi)
        w_mm, h_mm = (
            round(w_mm / MM_PER_INCH * dpi) / dpi * MM_PER_INCH,
            round(h_mm / MM_PER_INCH * dpi) / dpi * MM_PER_INCH,
        )
        label = opts.label or (
            f"{setup.process.name} · curve: {setup.curve_name} · ink {setup.colour} · "
            f"{w_mm:.1f} × {h_mm:.1f} mm at {dpi:g} dpi · "
            f"{'mirrored' if opts.mirror else 'right-reading'} · {date.today().isoformat()}"
        )
        sheet = make_negative(
            data.pixels,
            setup.curve,
            setup.colour,
            dpi,
            width_mm=opts.width_mm,
            height_mm=opts.height_mm,
            source_dpi=data.dpi,
            border_mm=opts.border_mm,
            border=opts.border.value,
            mirror=opts.mirror,
            marks=opts.marks,
            strip=opts.strip,
            label=label if opts.show_label else "",
        )
        ctx.check_cancelled()
        ctx.progress(0.6, QT_TRANSLATE_NOOP("Progress", "simulating the expected print"))
        expected = simulate_print(sheet.preview_ink(), setup.process.model, setup.response)
        ctx.record.notes.append(
            f"negative {sheet.width_px}×{sheet.height_px} px at {opts.dpi:g} dpi = "
            f"{sheet.size_mm[0]:.2f} × {sheet.size_mm[1]:.2f} mm; image {w_mm:.2f} × {h_mm:.2f} mm; "
            f"curve {setup.curve_name}; colour {setup.colour}"
        )

        export_dpi = params.get("export_dpi", dpi)
        estimate = estimate_export(sheet, export_dpi, opts.pdf)
        ctx.record.notes.append(
            f"export at {export_dpi:g} dpi: TIFF about {estimate['tiff_bytes'] / 1e6:.0f} MB"
            + (f", PDF about {estimate['pdf_bytes'] / 1e6:.0f} MB" if opts.pdf else "")
        )
        ctx.progress(1.0, QT_TRANSLATE_NOOP("Progress", "negative ready"))
        return NegativePayload(
            sheet,
            expected,
            pdf=opts.pdf,
            page=opts.page,
            info={
                "process": setup.process.id,
                "curve": setup.curve_name,
                "label": label,
                "export_dpi": export_dpi,
                "estimate": estimate,
            },
        )


@register
class NegativePrintPreviewStep(Step):
    """The expected print of a calibrated negative (calibration print simulation)."""

    id = "negative_print_preview"
    title = QT_TRANSLATE_NOOP("steps", "Expected alternative-process print")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Previews the tones and colour a calibrated negative should give in cyanotype, Van "
        "Dyke, salt or platinum/palladium: the calibration's simulation, not an artistic look.",
    )
    category = "negative"
    consumes = "image"
    produces = "image"
    options = (ProcessOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The image's L* goes through the calibration curve to an ink amount, as in the negative. "
        "With a calibration, the measured response of the process gives the print tone; without "
        "one, a characteristic (toe/shoulder) curve of the process does. The tone is then coloured "
        "between the paper white and the process's maximum black (Prussian blue, brown, "
        "neutral-warm black) by scaling the colourant's density.",
    )
    craft = _CRAFT

    def run(self, data: ImagePayload, params: dict[str, Any], ctx: StepContext) -> ImagePayload:
        proc = self.bind(params)
        setup = resolve(proc.process and proc.process.value, proc.calibration or None, proc.colour)
        for w in setup.warnings:
            ctx.warn(w)
        ink = setup.curve(image_tone(data.pixels)).astype("float32")
        return data.with_pixels(simulate_print(ink, setup.process.model, setup.response))
