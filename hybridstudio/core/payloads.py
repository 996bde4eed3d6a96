"""What flows between steps: an image, a set of separations, films, … Each payload kind says how
big it is (for the cache) and how it is saved (atomically, with its process record)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from .context import StepContext
    from .provenance import ProcessRecord

NOTHING = "nothing"  # what a generation step consumes


@dataclass(frozen=True)
class View:
    """One way of looking at a payload. ``key`` is stable; ``label`` is English (translated by
    the app, context "Views"); ``detail`` is an untranslated name (an ink) appended to the label.
    ``zoomable`` views are rendered a crop at a time at full resolution (the payload's
    ``render_crop``), the whole picture being only an overview."""

    key: str
    label: str
    detail: str = ""
    zoomable: bool = False


@runtime_checkable
class Payload(Protocol):
    """The protocol every payload kind follows."""

    kind: ClassVar[str]

    def nbytes(self) -> int:
        """Approximate memory held, for the executor's cache budget."""

    def save(self, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext) -> list[Path]:
        """Write the payload into ``out_dir`` (names start with ``stem``), atomically, with the
        process record embedded where the format allows and as a sidecar JSON. Returns the files."""

    def preview_rgb(self) -> np.ndarray:
        """An sRGB float32 HxWx3 picture of the payload for the app's canvas."""


@dataclass
class ImagePayload:
    """An image in the working space: sRGB-encoded float32 RGB in 0..1, HxWx3.

    ``alpha`` (HxW float32 0..1) is kept apart so steps work on colour only. ``dpi`` is the print
    resolution if known. ``bit_depth`` (8 or 16) is the source precision, used to choose the output
    depth. ``source_icc_description`` names the profile the pixels were converted from.
    """

    kind: ClassVar[str] = "image"
    pixels: np.ndarray
    alpha: np.ndarray | None = None
    dpi: float | None = None
    bit_depth: int = 8
    source: str | None = None
    source_icc_description: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.pixels.ndim != 3 or self.pixels.shape[2] != 3:
            raise ValueError(f"ImagePayload needs HxWx3 pixels, got {self.pixels.shape}")
        if self.pixels.dtype != np.float32:
            self.pixels = self.pixels.astype(np.float32)
        if self.alpha is not None and self.alpha.shape != self.pixels.shape[:2]:
            raise ValueError("alpha must match the image size")

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    def with_pixels(self, pixels: np.ndarray, **changes: Any) -> ImagePayload:
        """A copy with new pixels (and other fields changed), keeping the rest."""
        return replace(self, pixels=pixels, **changes)

    def nbytes(self) -> int:
        return int(self.pixels.nbytes + (self.alpha.nbytes if self.alpha is not None else 0))

    def save(self, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext) -> list[Path]:
        from ..io.images import save_image  # late import: io depends on core

        fmt = ctx.settings.image_format if ctx is not None else "png"
        depth = (ctx.settings.image_bit_depth or None) if ctx is not None else None
        path = save_image(self, Path(out_dir) / f"{stem}.{fmt}", record=record, bit_depth=depth)
        return [path, record.sidecar_path(path)]

    def preview_rgb(self) -> np.ndarray:
        return self.pixels
