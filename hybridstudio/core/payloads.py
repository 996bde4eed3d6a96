"""What flows between steps: an image, a set of separations, films, … Each payload kind says how
big it is (for the cache) and how it is saved (atomically, with its process record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

import numpy as np

# The image payload is defined beside its reader and writer (io sits below the engine); the
# engine's steps name it from here with the other payload types.
from ..io.images import ImagePayload

if TYPE_CHECKING:
    from .context import StepContext
    from .provenance import ProcessRecord

__all__ = ["NOTHING", "ImagePayload", "Payload", "PayloadWriter", "View", "register_writer", "write_payload"]

NOTHING = "nothing"  # what a generation step consumes

#: How a payload kind is written: (payload, out_dir, stem, record, ctx) -> the files written.
PayloadWriter = Callable[[Any, Path, str, "ProcessRecord", "StepContext | None"], list[Path]]
_WRITERS: dict[str, PayloadWriter] = {}


def register_writer(kind: str, writer: PayloadWriter) -> None:
    """Make ``writer`` the way payloads of ``kind`` are saved. An engine registers its own kinds, so
    the core never calls back up into an engine's module."""
    _WRITERS[kind] = writer


def write_payload(
    payload: Any, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext | None
) -> list[Path]:
    """Save ``payload`` through the writer its kind registered; returns the files written."""
    try:
        writer = _WRITERS[payload.kind]
    except KeyError:
        raise KeyError(f"no writer is registered for {payload.kind!r} payloads") from None
    return writer(payload, out_dir, stem, record, ctx)


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
