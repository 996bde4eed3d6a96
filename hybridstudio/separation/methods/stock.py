"""Best inks from stock: the set of N library inks that reproduces the image best, then solved."""

from __future__ import annotations

from ...core.errors import ParamError
from ...core.i18n import QT_TRANSLATE_NOOP, Message
from ..sets import Separation
from ..spot import spot_planes
from ..stock import best_inks
from . import Job, Method, Planes, register


def stock(job: Job) -> Planes:
    n = job.inks or 3
    pool = job.pool(n)
    library = job.library
    assert library is not None  # the method's default library
    if len(job.picked) > n:
        raise ParamError("pick", f"{len(job.picked)} inks picked but only {n} asked for (--inks)")
    perceptual = job.opts.solver == "perceptual"
    choice = best_inks(
        job.sample,
        pool,
        n,
        job.substrate,
        job.gain,
        check=job.check,
        progress=job.progress.sub(0.05, 0.5),
        seed=job.opts.seed,
        required=job.picked,
        limit=job.limit if perceptual else None,
    )
    planes = spot_planes(job.rgb, choice.inks, job.substrate, job.gain, "smooth", job.check, job.solve(n))
    job.report["stock"] = {
        "library": library.name,
        "candidates": len(pool),
        "required": [i.name for i in job.picked],
        "chosen": [i.name for i in choice.inks],
        "search_sample_mean_delta_e2000": choice.sample_mean_de,
        "sets_evaluated": choice.evaluated,
        "start": choice.start,
        "history": choice.history,
    }
    est = [i.name for i in choice.inks if i.name in library.estimates]
    if est:
        job.warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "colour of {inks} is an estimate (fluorescent/metallic): the print will "
                    "differ from the preview",
                ),
                inks=", ".join(est),
            )
        )
    return Planes(
        [Separation(i, p, k + 1, "spot") for k, (i, p) in enumerate(zip(choice.inks, planes, strict=True))]
    )


register(
    Method("stock", QT_TRANSLATE_NOOP("steps", "Best inks from your stock"), stock, order=20, library="riso")
)
