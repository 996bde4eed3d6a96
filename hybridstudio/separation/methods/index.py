"""Index separations: every pixel printed with exactly one ink, dithered at the output resolution."""

from __future__ import annotations

import cv2
import numpy as np

from ...core.i18n import QT_TRANSLATE_NOOP
from ..index import index_labels, index_planes, palette_colours
from ..sets import Ink, Separation
from ..spot import auto_palette
from ..stock import best_inks
from ..unmix import order_light_to_dark
from . import Job, Method, Planes, register

INDEX_DPI = 200.0  # index separations: 150–200 dpi at print size is the usual practice


def index(job: Job) -> Planes:
    n = job.inks or 6
    if job.picked:
        inks = job.picked
    elif job.library is not None:
        inks = best_inks(
            job.sample,
            job.pool(n),
            n,
            job.substrate,
            job.gain,
            check=job.check,
            seed=job.opts.seed,
            mode="palette",
        ).inks
    else:
        inks = auto_palette(job.sample, n, job.substrate, "opaque", seed=job.opts.seed)
    inks = order_light_to_dark(inks)
    rgb = job.rgb
    out_w, out_h = job.out_size
    if (out_w, out_h) != rgb.shape[1::-1]:
        smaller = out_w < rgb.shape[1]
        rgb = cv2.resize(rgb, (out_w, out_h), interpolation=cv2.INTER_AREA if smaller else cv2.INTER_CUBIC)
    palette = palette_colours(inks, job.substrate)
    labels = index_labels(np.clip(rgb, 0, 1), palette, job.opts.dither, job.check)
    if job.visible is not None:
        vis = cv2.resize(job.visible.astype(np.uint8), (out_w, out_h), interpolation=cv2.INTER_NEAREST) > 0
        labels[~vis] = 0
    # every pixel is one colour: each ink lands alone, so index inks are shown opaque
    inks = [Ink(i.name, i.srgb, i.lab, "opaque", i.code) if i.opacity != "opaque" else i for i in inks]
    job.report["dither"] = job.opts.dither
    seps = [
        Separation(i, p, k + 1, "index")
        for k, (i, p) in enumerate(zip(inks, index_planes(labels, len(inks)), strict=True))
    ]
    # solid square dots: index separations are known for very little gain
    return Planes(seps, dot_gain=0.0, dithered=True)


register(
    Method(
        "index",
        QT_TRANSLATE_NOOP("steps", "Index (one ink per pixel, dithered)"),
        index,
        order=30,
        dpi=INDEX_DPI,
    )
)
