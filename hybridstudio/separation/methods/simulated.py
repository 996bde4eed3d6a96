"""Simulated process for dark garments: a white underbase, opaque spot inks, a highlight white."""

from __future__ import annotations

from ...core.i18n import QT_TRANSLATE_NOOP
from ..sets import Ink, Separation
from ..simulated import HIGHLIGHT_WHITE, SPOT_HIDING, UNDERBASE_WHITE, simulated_planes
from ..spot import auto_palette
from ..unmix import order_light_to_dark
from . import Job, Method, Planes, register


def simulated(job: Job) -> Planes:
    white, hl_ink = UNDERBASE_WHITE, HIGHLIGHT_WHITE
    if job.library is not None:
        try:
            white = job.library.get("White")
            hl_ink = job.library.get("Highlight White")
        except KeyError:
            pass
    spots = order_light_to_dark(
        job.picked or auto_palette(job.sample, job.inks or 4, job.substrate, "opaque", seed=job.opts.seed)
    )
    under, planes, hl = simulated_planes(
        job.rgb, spots, job.substrate, job.gain, white, hl_ink if job.opts.highlight else None, job.check
    )
    seps = [Separation(white, under, 1, "underbase")]
    seps += [
        Separation(
            Ink(s.name, s.srgb, s.lab, "opaque", s.code, s.hiding if s.hiding is not None else SPOT_HIDING),
            p,
            k + 2,
            "spot",
        )
        for k, (s, p) in enumerate(zip(spots, planes, strict=True))
    ]
    if hl is not None:
        seps.append(Separation(hl_ink, hl, len(seps) + 1, "highlight"))
    return Planes(seps)


register(
    Method(
        "simulated",
        QT_TRANSLATE_NOOP("steps", "Simulated process (dark garments)"),
        simulated,
        order=50,
        library="screenprint",
        substrate="garment-black",
        opaque_on=("riso", "screen", "digital"),
    )
)
