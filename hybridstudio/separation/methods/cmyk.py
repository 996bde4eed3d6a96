"""CMYK process: four process inks through an ICC profile (the user's, or one generated for the inks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.errors import ParamError
from ...core.i18n import QT_TRANSLATE_NOOP
from ..cmyk import default_process_inks, generated_profile, open_cmyk_profile, proof_srgb, to_cmyk
from ..sets import Separation
from . import Job, Method, Planes, register

if TYPE_CHECKING:
    from PIL import ImageCms


def cmyk(job: Job) -> Planes:
    opts, library = job.opts, job.library
    if job.picked:
        if len(job.picked) != 4:
            raise ParamError("pick", "CMYK takes four inks, in cyan, magenta, yellow, black order")
        inks = job.picked
    else:
        process_inks = default_process_inks(library.inks, job.process) if library else None
        if process_inks is None:
            raise ParamError(
                "library",
                f"library {library.name if library else '-'!r} has no process "
                "set; pick four inks (cyan, magenta, yellow, black roles)",
            )
        inks = process_inks
    profile: ImageCms.ImageCmsProfile | bytes
    if opts.icc:
        profile = open_cmyk_profile(opts.icc)
        job.report["icc"] = {
            "file": str(opts.icc),
            "description": profile.profile.profile_description,
            "black_generation": "the profile's own",
        }
    else:
        profile = generated_profile(inks, job.substrate, job.gain, opts.black)
        job.attachments["cmyk-profile.icc"] = profile
        job.report["icc"] = {"file": "cmyk-profile.icc (generated)", "black_generation": opts.black}
    values = to_cmyk(job.rgb, profile)
    roles = ("process", "process", "process", "key")
    seps = [Separation(inks[k], values[..., k].copy(), k + 1, roles[k]) for k in range(4)]
    return Planes(seps, composite=proof_srgb(values, profile) if opts.icc else None)


register(Method("cmyk", QT_TRANSLATE_NOOP("steps", "CMYK process"), cmyk, order=40, library="screenprint"))
