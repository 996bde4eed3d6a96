"""Separations: one coverage plane per ink, in print order, on a substrate.

The separation engine owns these types; films and the app read them from here. Saving goes through
the writer that :mod:`hybridstudio.separation.export` registers for the ``separations`` payload kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from ..core.payloads import write_payload
from .composite import composite_of

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord

ROLES = ("spot", "process", "key", "underbase", "highlight", "index")


@dataclass(frozen=True)
class Ink:
    """An ink (or a substrate colour): sRGB 0..1, optional measured CIELAB (D50), opacity."""

    name: str
    srgb: tuple[float, float, float]
    lab: tuple[float, float, float] | None = None
    opacity: str = "transparent"  # transparent (multiplies) or opaque (covers)
    code: str = ""  # maker's reference, if any
    #: How much of what is under an opaque ink it hides (0..1); None = 1 for opaque, 0 for
    #: transparent. Plastisol spot inks on a dark garment hide ~0.7–0.9 without an underbase.
    hiding: float | None = None
    #: Kubelka–Munk absorption and scattering per linear-RGB channel ((K, S), fitted from a
    #: drawdown): the ink then covers what is under it by the two-flux model, not by ``hiding``.
    km: tuple[tuple[float, float, float], tuple[float, float, float]] | None = None

    @property
    def hiding_power(self) -> float:
        if self.hiding is not None:
            return float(self.hiding)
        return 1.0 if self.opacity == "opaque" else 0.0

    @property
    def hex(self) -> str:
        return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02x}" for c in self.srgb)

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "hex": self.hex, "opacity": self.opacity}
        if self.lab is not None:
            d["lab"] = list(self.lab)
        if self.code:
            d["code"] = self.code
        if self.hiding is not None:
            d["hiding"] = self.hiding
        if self.km is not None:
            d["km_k"], d["km_s"] = list(self.km[0]), list(self.km[1])
        return d


@dataclass
class Separation:
    """One ink's coverage plane (float32 HxW, 0 = no ink, 1 = solid) and its place in the job."""

    ink: Ink
    coverage: np.ndarray
    order: int
    role: str = "spot"
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.coverage.ndim != 2:
            raise ValueError(f"a separation is a 2-D plane, got shape {self.coverage.shape}")
        if self.coverage.dtype != np.float32:
            self.coverage = self.coverage.astype(np.float32)
        if self.role not in ROLES:
            raise ValueError(f"unknown separation role {self.role!r}")


@dataclass
class SeparationSet:
    """The separations of one image, the substrate, the working DPI and the predicted print."""

    kind: ClassVar[str] = "separations"
    separations: list[Separation]
    substrate: Ink
    dpi: float
    composite: np.ndarray | None = None  # predicted print, sRGB float32 HxWx3
    report: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    #: How it will be printed: {"process": "riso"|"screen"|"digital", "dot_gain": Δ50 (0..0.25), …}.
    #: The composite model reads ``dot_gain``; absent means no gain (backward compatible).
    press: dict[str, Any] = field(default_factory=dict)
    #: Extra sRGB pictures saved beside the composite (e.g. "composite-misregistered",
    #: "coverage-check"); name → float32 HxWx3. Not part of the on-disk contract.
    previews: dict[str, np.ndarray] = field(default_factory=dict)
    #: Extra files saved with the set, name → bytes (e.g. the generated "cmyk-profile.icc").
    attachments: dict[str, bytes] = field(default_factory=dict)
    #: The files the set was read from (its credentials declare them as ingredients); empty for a
    #: set made in memory. Not part of the on-disk contract.
    files: list[str] = field(default_factory=list)
    #: The process record the set came with (its folder's sidecar), continued by the jobs that
    #: start from it. Not part of the on-disk contract.
    upstream: dict[str, Any] | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return tuple(self.separations[0].coverage.shape) if self.separations else (0, 0)

    def nbytes(self) -> int:
        n = sum(s.coverage.nbytes for s in self.separations) + sum(p.nbytes for p in self.previews.values())
        return int(n + (self.composite.nbytes if self.composite is not None else 0))

    def save(self, out_dir: Path, stem: str, record: ProcessRecord, ctx: StepContext) -> list[Path]:
        return write_payload(self, Path(out_dir), stem, record, ctx)

    def preview_rgb(self) -> np.ndarray:
        if self.composite is not None:
            return self.composite
        return composite_of(self)
