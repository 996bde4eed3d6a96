"""The films step: separations → halftoned 1-bit film positives with marks and labels."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.params import Param
from ..core.step import Step, register
from ..film.job import FilmJob, FilmOptions
from ..film.payload import FilmsPayload
from ..screening.spec import METHODS, SHAPES, ScreenSpec
from ..screening.tone import GAIN_PRESETS
from ..separation.sets import SeparationSet


def spec_from_params(params: dict[str, Any]) -> ScreenSpec:
    """Screening settings from the step's (validated) parameters."""
    return ScreenSpec(method=params["method"], dpi=params["dpi"], lpi=params["lpi"],
                      angles=list(params.get("angles") or []), shape=params["shape"],
                      fm_dot_um=params["fm_dot_um"], index_dpi=params["index_dpi"],
                      gain=params["gain"], curve=params.get("curve") or "",
                      min_dot=params["min_dot"], max_dot=params["max_dot"], mesh=params["mesh"],
                      mesh_angle=params["mesh_angle"])


def options_from_params(params: dict[str, Any]) -> FilmOptions:
    return FilmOptions(page=params["page"], orientation=params["orientation"],
                       mirror=params["mirror"], negative=params["negative"])


@register
class Films(Step):
    """Halftone every separation and lay it out as a film page."""

    id = "films"
    category = "print"
    consumes = "separations"
    produces = "films"
    title = QT_TRANSLATE_NOOP("steps", "Films")
    description = QT_TRANSLATE_NOOP(
        "steps", "Turn each separation into a 1-bit film positive at the output resolution: "
        "halftone dots (AM, with dot shape, ruling and angle), stochastic (FM), index or error "
        "diffusion; registration marks and a label on every film; one G4 TIFF per film and one PDF "
        "at exact physical size.")
    params = (
        Param("method", "choice", "am", QT_TRANSLATE_NOOP("steps", "Screening: am = halftone dots, "
              "fm = stochastic blue noise, index = square pixels, diffusion = error diffusion"),
              choices=METHODS),
        Param("dpi", "float", 1200.0, QT_TRANSLATE_NOOP("steps", "Film resolution (the printer's "
              "or imagesetter's)"), "dpi", 72.0, 5080.0),
        Param("lpi", "float", 55.0, QT_TRANSLATE_NOOP("steps", "Halftone ruling (lines per inch); "
              "the mesh should count 4–5 threads per line"), "lpi", 5.0, 300.0),
        Param("angles", "floats", [], QT_TRANSLATE_NOOP("steps", "Screen angle per film in print "
              "order (one value: the same for all; empty: chosen from the ink lightness)"), "°",
              -180.0, 180.0, optional=True),
        Param("shape", "choice", "elliptical", QT_TRANSLATE_NOOP("steps", "Dot shape"),
              choices=SHAPES),
        Param("fm_dot_um", "float", 42.0, QT_TRANSLATE_NOOP("steps", "FM dot size"), "µm", 5.0,
              1000.0),
        Param("index_dpi", "float", 200.0, QT_TRANSLATE_NOOP("steps", "Index screening: square "
              "pixels per inch"), "dpi", 20.0, 1200.0),
        Param("gain", "choice", "none", QT_TRANSLATE_NOOP("steps", "Dot-gain compensation preset"),
              choices=tuple(GAIN_PRESETS)),
        Param("curve", "str", "", QT_TRANSLATE_NOOP("steps", "Your own compensation curve, "
              "'in:out' percentages, e.g. '0:0, 50:35, 100:100' (replaces the preset)"),
              optional=True),
        Param("min_dot", "float", 5.0, QT_TRANSLATE_NOOP("steps", "Smallest dot the press holds"),
              "%", 0.0, 49.0),
        Param("max_dot", "float", 95.0, QT_TRANSLATE_NOOP("steps", "Largest dot before it fills "
              "in"), "%", 51.0, 100.0),
        Param("mesh", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Screen mesh count: threads per "
              "inch, or per centimetre written as \"90/cm\" in recipes (0: not a screen print / "
              "unknown)"), "threads/in", 0.0, 600.0),
        Param("mesh_angle", "float", 0.0, QT_TRANSLATE_NOOP("steps", "Angle of the mesh weave on "
              "the frame"), "°", -90.0, 90.0),
        Param("page", "str", "A3", QT_TRANSLATE_NOOP("steps", "Film page: A4, A3, A3+, A2, letter, "
              "tabloid, or a custom WxH in mm")),
        Param("orientation", "choice", "auto", QT_TRANSLATE_NOOP("steps", "Page orientation"),
              choices=("auto", "portrait", "landscape")),
        Param("mirror", "bool", False, QT_TRANSLATE_NOOP("steps", "Mirror the films (wrong-reading)"
              )),
        Param("negative", "bool", False, QT_TRANSLATE_NOOP("steps", "Negative films (clear ink, "
              "black background)")),
    )
    how_it_works = QT_TRANSLATE_NOOP(
        "steps", "Each separation goes through the dot-gain compensation curve and the printable-dot "
        "clamp, is resampled to the film resolution band by band, and compared with a threshold "
        "tile: for halftone dots, the pixels of each rotated cell ranked by the dot shape, on the "
        "device grid (the ruling and angle really achieved are reported); for FM, a blue-noise "
        "order. The 1-bit bands are packed and written as CCITT Group 4 TIFFs, then embedded "
        "unchanged in a PDF whose pages are the films' physical size.")
    craft = QT_TRANSLATE_NOOP(
        "steps", "A process camera shot the artwork through a contact halftone screen onto lith "
        "film, one exposure per colour, turning the screen for each; registration marks were "
        "taped on and the film was labelled by hand. Today a RIP does the same on inkjet film.")

    def run(self, data: SeparationSet, params: dict[str, Any], ctx: StepContext) -> FilmsPayload:
        ctx.progress(0.05, QT_TRANSLATE_NOOP("Progress", "planning the films"))
        job = FilmJob(data, spec_from_params(params), options_from_params(params), source=data.source)
        for advice in job.advice:
            if ctx.preview and advice.topic == "resolution":
                continue  # the live preview works on reduced separations
            if advice.level == "warning":
                ctx.warn(advice.message)
            else:
                ctx.record.notes.append(advice.message)
        ctx.record.notes.append(job.tone.describe())
        for f in job.films:
            ctx.record.notes.append(f"film {f.order} {f.ink}: {f.screen_text()}")
        ctx.progress(1.0, QT_TRANSLATE_NOOP("Progress", "films planned (rendered when saved)"))
        return FilmsPayload(job)
