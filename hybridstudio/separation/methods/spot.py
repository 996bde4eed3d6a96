"""Spot colours: the image's own main colours (or the inks you pick), solved per pixel."""

from __future__ import annotations

from ...core.i18n import QT_TRANSLATE_NOOP
from ..sets import Separation
from ..spot import auto_count, auto_palette, spot_planes
from ..unmix import order_light_to_dark
from . import Job, Method, Planes, register


def spot(job: Job) -> Planes:
    if job.picked:
        inks = order_light_to_dark(job.picked)
    else:
        n = job.inks
        if n == 0:
            n = auto_count(job.sample, seed=job.opts.seed)
            job.report["auto_inks"] = n
        inks = auto_palette(job.sample, n, job.substrate, job.opacity, seed=job.opts.seed)
    planes = spot_planes(
        job.rgb, inks, job.substrate, job.gain, job.opts.edges, job.check, job.solve(len(inks))
    )
    job.report["edges"] = job.opts.edges
    return Planes(
        [Separation(i, p, k + 1, "spot") for k, (i, p) in enumerate(zip(inks, planes, strict=True))]
    )


register(
    Method(
        "spot",
        QT_TRANSLATE_NOOP("steps", "Spot colours from the image"),
        spot,
        order=10,
        opaque_on=("screen",),
    )
)
