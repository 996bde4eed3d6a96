"""The ``negative`` payload: a negative ready to print, written at exact physical size on save."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from ..core.atomic import unique_path
from .export import export_sheet
from .render import Sheet

if TYPE_CHECKING:
    from ..core.context import StepContext
    from ..core.provenance import ProcessRecord


@dataclass
class NegativePayload:
    """A negative (streamed from its :class:`Sheet` when saved) and the expected print."""

    kind: ClassVar[str] = "negative"
    sheet: Sheet
    expected_print: np.ndarray | None = None  # sRGB float32, reduced size
    pdf: bool = True
    page: str = "fit"
    info: dict[str, Any] = field(default_factory=dict)

    def nbytes(self) -> int:
        n = self.sheet.base.nbytes
        if self.sheet.image is not None:
            n += self.sheet.image.tone.nbytes
        if self.expected_print is not None:
            n += self.expected_print.nbytes
        return int(n)

    def save(
        self, out_dir: Path, stem: str, record: ProcessRecord | None, ctx: StepContext | None
    ) -> list[Path]:
        """Write ``stem-negative.tif`` (16-bit RGB, resolution tags, XMP) and ``.pdf``, sidecars."""
        out_dir = Path(out_dir)
        tiff = unique_path(out_dir / f"{stem}-negative.tif")
        pdf = unique_path(out_dir / f"{stem}-negative.pdf") if self.pdf else None
        return self.export(tiff, pdf, record, ctx)

    def export(
        self,
        tiff: Path,
        pdf: Path | None,
        record: ProcessRecord | None,
        ctx: StepContext | None,
        compress: bool = True,
    ) -> list[Path]:
        """Write the negative as ``tiff`` (and ``pdf``) with the record embedded and beside each
        file; the rendering's cost is counted in ``ctx`` and the record."""
        xmp = record.xmp_packet() if record is not None else None

        def export() -> list[Path]:
            return export_sheet(
                self.sheet,
                tiff,
                pdf,
                self.page,
                xmp=xmp,
                progress=ctx.progress if ctx is not None else None,
                check_cancelled=ctx.check_cancelled if ctx is not None else None,
                compress=compress,
                record=record,
            )

        if ctx is not None:
            # the negative is rendered here, streamed to disk: count it in the job's cost
            with ctx.cost.measure("negative: render and write", "cpu"):
                written = export()
            if record is not None:
                record.cost = {**ctx.cost.totals(), "entries": ctx.cost.as_records()}
        else:
            written = export()
        if record is not None:
            written += [record.write_sidecar(p) for p in list(written)]
        return written

    def preview_rgb(self) -> np.ndarray:
        if self.expected_print is not None:
            return self.expected_print
        return self.sheet.preview_negative()
