"""Analog looks as recipe steps: film grain, halation, bloom, vignetting, H&D curve, film looks,
chromatic aberration, light leaks, dust and scratches, paper texture, .cube LUTs, alternative
processes and a risograph look. Every size is physical (µm/mm on the film or the print), so the
app's reduced previews need no parameter change (the default ``preview_params``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..analog import curves, defects, halation, optics, paper, processes, riso
from ..analog.cube import apply_lut, read_cube
from ..analog.gate import pixel_pitch_um
from ..analog.look_options import (
    AltProcessOptions,
    BloomOptions,
    ChromaticAberrationOptions,
    CubeLUTOptions,
    DustScratchesOptions,
    FilmLookOptions,
    HalationOptions,
    HDCurveOptions,
    LightLeakOptions,
    PaperTextureOptions,
    RisoLookOptions,
    VignetteOptions,
)
from ..analog.options import GrainColour, GrainOptions
from ..analog.stocks import add_grain, get_stock
from ..core.errors import ParamError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.payloads import ImagePayload
from ..core.srgb import to_linear, to_srgb
from ..core.step import Step, register


def _pitch(img: ImagePayload, format_id: str) -> float:
    return pixel_pitch_um(img.width, img.height, format_id)


def _mm_per_px(img: ImagePayload, print_width_mm: float) -> float:
    """Print scale: from the image's dpi when known, else its long side spans ``print_width_mm``."""
    if img.dpi:
        return 25.4 / float(img.dpi)
    return print_width_mm / max(img.width, img.height)


class _AnalogStep(Step):
    category = "analog"

    def run(self, data: ImagePayload, params: dict[str, Any], ctx) -> ImagePayload:
        ctx.check_cancelled()
        out = self.render(data, params, ctx)
        ctx.progress(1.0, "")
        out = np.asarray(out, dtype=np.float32)
        if out is data.pixels or not out.flags.writeable:
            out = out.copy()
        return data.with_pixels(np.clip(out, 0.0, 1.0, out=out))

    def render(self, img: ImagePayload, p: dict[str, Any], ctx) -> np.ndarray:
        raise NotImplementedError


@register
class FilmGrain(_AnalogStep):
    id = "grain"
    title = QT_TRANSLATE_NOOP("steps", "Film grain")
    description = QT_TRANSLATE_NOOP(
        "steps", "Grain of a real film stock, sized on the film so it looks the same at any pixel count."
    )
    options = (GrainOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The Boolean model of Newson et al. (2017): silver grains or dye clouds are discs scattered at "
        "random on a virtual film frame measured in micrometres, denser where the image is brighter. From "
        "the model's exact variance and correlation at each grey level, noise with the same statistics is "
        "drawn for every pixel; the grain size is solved so that a 48 µm microdensitometer reads the "
        "stock's RMS granularity.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Shoot and print real film: a fast film (Tri-X at 400–1600), push development, a grainy developer "
        "(Rodinal) and a large enlargement give coarse grain; print on a hard grade of paper to make it "
        "crisp.",
    )

    def render(self, img, p, ctx):
        opts: GrainOptions = self.bind(p)
        stock = get_stock(str(opts.stock))
        fmt = stock.format if opts.format == "stock" else str(opts.format)
        colour = None if opts.colour == GrainColour.AUTO else opts.colour == GrainColour.COLOUR
        ctx.record.notes.append(
            f"{stock.title}: RMS granularity {stock.rms:g} ({stock.rms_source}); "
            f"{fmt} frame, {_pitch(img, fmt):.2f} µm per pixel"
        )

        def on_layer(done: int, total: int) -> None:
            ctx.check_cancelled()
            ctx.progress(done / total, QT_TRANSLATE_NOOP("Progress", "grain"))

        return add_grain(
            img.pixels,
            stock,
            colour=colour,
            amount=opts.amount,
            size=opts.size,
            seed=opts.seed,
            format_id=fmt,
            on_layer=on_layer,
        )


@register
class Halation(_AnalogStep):
    id = "halation"
    BYTES_PER_PX = 128  # linear copy, the extracted highlights, the blurred spread and the result
    title = QT_TRANSLATE_NOOP("steps", "Halation")
    description = QT_TRANSLATE_NOOP(
        "steps", "Red-orange glow around highlights, as on film without an anti-halation layer."
    )
    options = (HalationOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "In linear light, the bright part of each channel is spread by a sum of Gaussians sized in "
        "micrometres on the film and added back around the highlight, mostly in red, less in green, none in"
        " blue; the same light is taken from the highlight, so the total is preserved.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Shoot CineStill 800T or motion-picture film with its rem-jet backing removed, with bright lights "
        "in the frame; light bounces off the back of the base and glows red.",
    )

    def render(self, img, p, ctx):
        o: HalationOptions = self.bind(p)
        return halation.halation(
            img.pixels, _pitch(img, str(o.format)), o.size_um, o.strength, o.threshold, srgb=True
        )


@register
class Bloom(_AnalogStep):
    id = "bloom"
    title = QT_TRANSLATE_NOOP("steps", "Bloom / diffusion")
    description = QT_TRANSLATE_NOOP("steps", "Soft glow of a diffusion filter.")
    options = (BloomOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "A fraction of the image, in linear light, is replaced by a blurred copy: light spreads from bright"
        " areas into their surroundings, and nothing is added or lost.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Put a diffusion filter (Pro-Mist, Softar), a stocking or a breath of vapour on the lens, or "
        "diffuse the enlarger's light during part of the print exposure.",
    )

    def render(self, img, p, ctx):
        o: BloomOptions = self.bind(p)
        return halation.bloom(img.pixels, _pitch(img, str(o.format)), o.size_um, o.amount, srgb=True)


@register
class Vignette(_AnalogStep):
    id = "vignette"
    title = QT_TRANSLATE_NOOP("steps", "Vignetting")
    description = QT_TRANSLATE_NOOP("steps", "Darker corners of a real lens (cos⁴ law).")
    options = (VignetteOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Light reaching the film at an angle θ from the axis falls as cos⁴θ; θ comes from the focal length "
        "and the position on the frame. Applied in linear light.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Use a wide-angle lens wide open, or a lens hood too long for it; in the darkroom, burn in the "
        "corners of the print.",
    )

    def render(self, img, p, ctx):
        o: VignetteOptions = self.bind(p)
        lin = optics.vignette(to_linear(img.pixels), o.focal_mm, str(o.format), o.amount)
        return to_srgb(lin)


@register
class HDCurve(_AnalogStep):
    id = "hd_curve"
    title = QT_TRANSLATE_NOOP("steps", "Characteristic curve (H&D)")
    description = QT_TRANSLATE_NOOP("steps", "Film tone curve with toe and shoulder.")
    options = (HDCurveOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Each linear value is an exposure; the curve gives a density with a straight part of slope gamma "
        "between a soft toe and shoulder; the picture is the light the positive reflects, 10 to the minus "
        "density, with 18 % grey kept.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Choose film, developer and paper grade: longer development raises gamma; a softer paper grade or a"
        " compensating developer stretches the toe and shoulder.",
    )

    def render(self, img, p, ctx):
        o: HDCurveOptions = self.bind(p)
        return curves.characteristic_curve(img.pixels, o.gamma, o.toe, o.shoulder, o.dmax, o.exposure_ev)


@register
class FilmLook(_AnalogStep):
    id = "film_look"
    title = QT_TRANSLATE_NOOP("steps", "Colour negative / slide look")
    description = QT_TRANSLATE_NOOP("steps", "Tone and colour of a printed colour negative or of a slide.")
    options = (FilmLookOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "One H&D curve per colour layer, with slightly different contrasts and speeds (the cross-over that "
        "makes negative prints warm in the highlights and cool in the shadows), then a saturation change; "
        "slides have a steep curve and deep blacks.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Shoot colour negative film and print it on RA-4 paper, or shoot slide film (E-6) and project it; "
        "cross-processing slide film in C-41 exaggerates the look.",
    )

    def render(self, img, p, ctx):
        o: FilmLookOptions = self.bind(p)
        return curves.film_look(img.pixels, str(o.look), o.exposure_ev, o.strength)


@register
class ChromaticAberration(_AnalogStep):
    id = "chromatic_aberration"
    title = QT_TRANSLATE_NOOP("steps", "Chromatic aberration")
    description = QT_TRANSLATE_NOOP("steps", "Colour fringes towards the corners, as with a simple lens.")
    options = (ChromaticAberrationOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Red is magnified and blue shrunk about the centre by a fraction of a percent, so edges near the "
        "corners get red and blue fringes. Put it before grain.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps", "Use an old or single-element lens (a Holga, a Lensbaby, a reversed magnifier) wide open."
    )

    def render(self, img, p, ctx):
        o: ChromaticAberrationOptions = self.bind(p)
        return optics.chromatic_aberration(img.pixels, o.percent)


@register
class LightLeak(_AnalogStep):
    id = "light_leak"
    title = QT_TRANSLATE_NOOP("steps", "Light leak")
    description = QT_TRANSLATE_NOOP("steps", "Warm fogging from one edge of the frame.")
    options = (LightLeakOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "A few soft, seeded blobs of light enter from one edge and are added as exposure in linear light; "
        "the film's red-sensitive layer, nearest the back, catches most.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Open the camera back for an instant, use a toy camera with a worn seal, or let light in while "
        "loading the film.",
    )

    def render(self, img, p, ctx):
        o: LightLeakOptions = self.bind(p)
        c = o.colour.lstrip("#")
        rgb = tuple(int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
        lin = defects.light_leak(
            to_linear(img.pixels), o.seed, o.strength, to_linear(np.array(rgb, np.float32))
        )
        return to_srgb(lin)


@register
class DustScratches(_AnalogStep):
    id = "dust_scratches"
    title = QT_TRANSLATE_NOOP("steps", "Dust and scratches")
    description = QT_TRANSLATE_NOOP("steps", "Dust specks, hairs and scratches of a handled film.")
    options = (DustScratchesOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Seeded specks, curved hairs and lengthwise scratches are drawn anti-aliased at their size on the "
        "film (micrometres), so a preview shows the same defects smaller.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Skip the blower brush and the anti-static cloth; drag the film through a gritty cassette; print or"
        " scan without cleaning.",
    )

    def render(self, img, p, ctx):
        o: DustScratchesOptions = self.bind(p)
        return defects.dust_and_scratches(
            img.pixels,
            _pitch(img, str(o.format)),
            o.seed,
            o.dust_per_cm2,
            o.hairs_per_cm2,
            o.scratches,
            str(o.polarity),
        )


@register
class PaperTexture(_AnalogStep):
    id = "paper_texture"
    title = QT_TRANSLATE_NOOP("steps", "Paper texture")
    description = QT_TRANSLATE_NOOP("steps", "Tooth and fibres of a fine-art paper under raking light.")
    options = (PaperTextureOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "A seeded height map with a paper's tooth (0.3 mm), fibres (1–3 mm streaks) and cockle (1–2 cm), "
        "sized on the print, shades the image as light grazing the sheet would.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Print on cold-pressed watercolour or hand-made paper and light it from the side; photograph or "
        "scan it at an angle.",
    )

    def render(self, img, p, ctx):
        o: PaperTextureOptions = self.bind(p)
        return paper.paper_texture(
            img.pixels, _mm_per_px(img, o.print_width_mm), o.seed, o.strength, o.light_angle
        )


@register
class CubeLUT(_AnalogStep):
    id = "cube_lut"
    title = QT_TRANSLATE_NOOP("steps", "Colour LUT (.cube)")
    description = QT_TRANSLATE_NOOP("steps", "Apply a 1-D or 3-D .cube look-up table.")
    options = (CubeLUTOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The file is checked line by line and read by colour-science; a 3-D table is applied with "
        "tetrahedral interpolation inside its DOMAIN_MIN/MAX, a 1-D table per channel.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "A LUT stores a colour grade; in the darkroom the same role is played by the choice of film, paper,"
        " the colour filtration of the enlarger and toners.",
    )

    def fingerprint(self, params):
        path = Path(params.get("path") or "")
        try:
            st = path.stat()
            return f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            return ""

    def render(self, img, p, ctx):
        o: CubeLUTOptions = self.bind(p)
        if not o.path:
            raise ParamError("path", "a .cube file is required")
        out = apply_lut(img.pixels, read_cube(o.path))
        if o.strength != 1.0:
            out = img.pixels + (out - img.pixels) * np.float32(o.strength)
        return out


@register
class AltProcess(_AnalogStep):
    id = "alt_process"
    title = QT_TRANSLATE_NOOP("steps", "Alternative process look")
    description = QT_TRANSLATE_NOOP(
        "steps", "Cyanotype, Van Dyke brown, platinum/palladium, salt or lith print."
    )
    options = (AltProcessOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The image's luminance drives the process's own tone curve in density (toe, gamma, shoulder, "
        "maximum density); the colour follows Beer–Lambert from the paper white to the process's deepest "
        "colour, and the paper's fibres modulate the density.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Make a digital negative, coat paper with the sensitiser (for cyanotype: ferric ammonium citrate "
        "and potassium ferricyanide), contact-print it in the sun or under UV, then wash (and for silver "
        "processes, fix).",
    )

    def render(self, img, p, ctx):
        o: AltProcessOptions = self.bind(p)
        proc = processes.get_process(str(o.process))
        ctx.record.notes.append(f"{proc.title}: {proc.how}")
        return processes.alternative_process(
            img.pixels,
            str(o.process),
            _mm_per_px(img, o.print_width_mm),
            o.seed,
            o.exposure_ev,
            o.texture,
        )


@register
class RisoLook(_AnalogStep):
    id = "riso_look"
    title = QT_TRANSLATE_NOOP("steps", "Risograph look")
    description = QT_TRANSLATE_NOOP(
        "steps", "Spot inks with stencil texture and misregistration, multiplied."
    )
    options = (RisoLookOptions,)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "The image is split into the chosen inks by least squares in the multiply model; each layer gets "
        "stencil dot gain, ink mottle and speckle, a seeded offset and rotation, and the layers multiply on"
        " the paper like transparent inks.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "Separate the image by hand into one grey master per ink, print each master on a risograph with its"
        " drum, and feed the paper again for each colour.",
    )

    def render(self, img, p, ctx):
        o: RisoLookOptions = self.bind(p)
        if not o.inks:
            raise ParamError("inks", "at least one ink is needed")
        return riso.risograph(
            img.pixels,
            _mm_per_px(img, o.print_width_mm),
            o.inks,
            o.seed,
            o.misregistration_mm,
            o.texture,
            screen=str(o.screen),
            lpi=o.lpi,
        )
