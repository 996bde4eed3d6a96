"""The films step: separations → halftoned 1-bit film positives with marks and labels."""

from __future__ import annotations

from typing import Any

from ..core.context import StepContext
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.step import Step, register
from ..film.job import FilmJob, FilmOptions
from ..film.payload import FilmsPayload
from ..screening.spec import ScreenSpec
from ..separation.sets import SeparationSet


@register
class Films(Step):
    """Halftone every separation and lay it out as a film page."""

    id = "films"
    category = "print"
    consumes = "separations"
    produces = "films"
    title = QT_TRANSLATE_NOOP("steps", "Films")
    description = QT_TRANSLATE_NOOP(
        "steps",
        "Turn each separation into a 1-bit film positive at the output resolution: "
        "halftone dots (AM, with dot shape, ruling and angle), stochastic (FM), index or error "
        "diffusion; registration marks and a label on every film; one G4 TIFF per film and one PDF "
        "at exact physical size.",
    )
    options = (ScreenSpec, FilmOptions)
    how_it_works = QT_TRANSLATE_NOOP(
        "steps",
        "Each separation goes through the dot-gain compensation curve and the printable-dot "
        "clamp, is resampled to the film resolution band by band, and compared with a threshold "
        "tile: for halftone dots, the pixels of each rotated cell ranked by the dot shape, on the "
        "device grid (the ruling and angle really achieved are reported); for FM, a blue-noise "
        "order. The 1-bit bands are packed and written as CCITT Group 4 TIFFs, then embedded "
        "unchanged in a PDF whose pages are the films' physical size.",
    )
    craft = QT_TRANSLATE_NOOP(
        "steps",
        "A process camera shot the artwork through a contact halftone screen onto lith "
        "film, one exposure per colour, turning the screen for each; registration marks were "
        "taped on and the film was labelled by hand. Today a RIP does the same on inkjet film.",
    )

    def run(self, data: SeparationSet, params: dict[str, Any], ctx: StepContext) -> FilmsPayload:
        ctx.progress(0.05, QT_TRANSLATE_NOOP("Progress", "planning the films"))
        spec, options = self.bind(params)
        job = FilmJob(data, spec, options, source=data.source)
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
