"""What one job may ask of the school server, and the checks that refuse the rest.

Every refusal names the limit it hit (``Refused.limit``) so a student knows what to change, and the
server's admin knows which ``hybridstudio serve`` option raises it. A job is also refused when it
names a model outside the server's catalogue or any file path: clients send images, recipes,
prompts and seeds, never model files or paths on the server.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from typing import Any

from PIL import Image

from ..core.errors import HybridStudioError
from ..core.recipe import Recipe
from ..models.catalogue import all_manifests

#: Step kinds that run a diffusion model (their ``steps``, ``width`` and ``height`` are limited).
DIFFUSION_STEPS = ("generate", "img2img")
#: Image suffixes a client may upload.
UPLOAD_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp")


class Refused(HybridStudioError):
    """A request the server will not run; ``limit`` names the limit (or rule) it broke."""

    def __init__(self, limit: str, message: str, status: int = 422):
        super().__init__(message)
        self.limit = limit
        self.status = status


@dataclass
class Limits:
    """Per-job limits and per-user fairness settings (``hybridstudio serve --help`` sets them)."""

    max_pixels: int = 16_000_000  # pixels of one uploaded image, and of a generated image
    max_steps: int = 50  # diffusion denoising steps
    max_batch: int = 8  # images in one job
    max_upload_bytes: int = 64 << 20  # all uploaded images of one job together
    per_user_running: int = 1  # jobs of one user running at the same time
    per_user_queued: int = 16  # jobs of one user waiting
    result_ttl_s: float = 3600.0  # results not fetched after this long are deleted

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """(width, height) from the file header, without decoding the pixels."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.size
    except Exception as exc:  # noqa: BLE001 - any unreadable upload is refused the same way
        raise Refused("input", f"{name}: not a readable image ({exc})") from exc


def check_model(step: str, value: str, catalogue: set[str]) -> None:
    if any(c in value for c in "/\\") or value.lower().endswith(".onnx") or value not in catalogue:
        raise Refused(
            "model",
            f"step {step}: model {value!r} is not in this server's catalogue "
            f"(available: {', '.join(sorted(catalogue)) or 'none'})",
        )


def check_job(recipe: Recipe, uploads: list[tuple[str, bytes]], limits: Limits, catalogue: set[str]) -> None:
    """Raise :class:`Refused` for the first limit or rule the job breaks."""
    n = max(1, len(uploads))
    if n > limits.max_batch:
        raise Refused(
            "batch", f"{n} images in one job; this server accepts at most {limits.max_batch} (limit: batch)"
        )
    total = sum(len(d) for _, d in uploads)
    if total > limits.max_upload_bytes:
        raise Refused(
            "upload bytes",
            f"the images weigh {total / 1e6:.1f} MB; this server accepts "
            f"at most {limits.max_upload_bytes / 1e6:.1f} MB per job "
            "(limit: upload bytes)",
            status=413,
        )
    for name, data in uploads:
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            raise Refused("input", f"{name}: only PNG, JPEG, TIFF or WebP images can be sent")
        w, h = image_size(data, name)
        if w * h > limits.max_pixels:
            raise Refused(
                "pixels",
                f"{name}: {w}×{h} = {w * h / 1e6:.1f} megapixels; this server "
                f"accepts at most {limits.max_pixels / 1e6:.1f} (limit: pixels)",
            )
    if recipe.consumes != "nothing" and not uploads:
        raise Refused("input", f"recipe '{recipe.name}' needs an image")
    if recipe.consumes not in ("nothing", "image"):
        raise Refused(
            "input", f"recipe '{recipe.name}' starts from {recipe.consumes}; the server only takes images"
        )
    for i, rs in enumerate(recipe.steps, start=1):
        if not rs.enabled:
            continue
        label = f"{i} ({rs.kind})"
        for p in rs.step_class.params:
            value = rs.params.get(p.name)
            if p.kind == "path" and value:
                raise Refused(
                    "path",
                    f"step {label}: {p.name} names a file; files on the server cannot be used from a client",
                )
            if p.name == "model" and isinstance(value, str):
                check_model(label, value, catalogue)
        if rs.kind in DIFFUSION_STEPS:
            steps = rs.params.get("steps")
            if steps is not None and steps > limits.max_steps:
                raise Refused(
                    "steps",
                    f"step {label}: {steps} denoising steps; this server "
                    f"accepts at most {limits.max_steps} (limit: steps)",
                )
            w = rs.params.get("width") or 0
            h = rs.params.get("height") or w
            if w * h > limits.max_pixels:
                raise Refused(
                    "pixels",
                    f"step {label}: {w}×{h} pixels; this server accepts at most "
                    f"{limits.max_pixels / 1e6:.1f} megapixels (limit: pixels)",
                )


def server_catalogue() -> set[str]:
    """Model ids this server can run: the shipped catalogue and the models imported here."""
    return set(all_manifests())
