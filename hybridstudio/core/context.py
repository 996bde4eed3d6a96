"""What a running step can reach: progress, cancellation, its process record, costs, settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .cancel import CancelToken
from .cost import CostMeter
from .progress import Progress
from .provenance import StepRecord  # the record is provenance (base); contexts carry one
from .settings import Settings

ProgressFn = Callable[[float, str], None]


@dataclass
class StepContext:
    """Handed to :meth:`Step.run`. ``progress(f, msg)`` takes the fraction of this step (0..1)."""

    settings: Settings
    cancel: CancelToken
    record: StepRecord
    cost: CostMeter
    on_progress: ProgressFn | None = None
    on_preview: Callable[[np.ndarray], None] | None = None
    preview: bool = False  # True for the app's reduced-size live preview
    device_report: list[str] = field(default_factory=list)  # "running on CPU because …" lines
    on_device: Callable[[dict[str, Any]], None] | None = None  # hears each device entry at once

    def progress(self, fraction: float, message: str = "") -> None:
        if self.on_progress is not None:
            self.on_progress(min(max(float(fraction), 0.0), 1.0), message)

    def check_cancelled(self) -> None:
        self.cancel.check()

    def as_progress(self) -> Progress:
        """This step's progress and cancellation as one object for engine functions."""
        return Progress(self.progress, self.cancel)

    def preview_image(self, rgb: np.ndarray) -> None:
        """Show an intermediate picture (e.g. diffusion latents decoded cheaply)."""
        if self.on_preview is not None:
            self.on_preview(rgb)

    def warn(self, message: str) -> None:
        """A warning the user sees (CLI, app) and that goes into the process record."""
        self.record.warnings.append(message)

    def note_device(self, report: Any) -> None:
        """Which device really ran, and why if it is not the one asked for: a runtime
        ``DeviceReport`` (kept in full in the process record) or a line of text."""
        message = getattr(report, "message", report)
        if hasattr(report, "as_dict"):
            entry = {
                k: v
                for k, v in report.as_dict().items()
                if k in ("device", "provider", "requested", "fell_back", "reason")
            }
            entry["purpose"] = getattr(report, "purpose", "")
            if entry not in self.record.devices:
                self.record.devices.append(entry)
                if self.on_device is not None:
                    self.on_device(dict(entry))
        if message not in self.device_report:
            self.device_report.append(message)
        if message not in self.record.notes:
            self.record.notes.append(message)

    @classmethod
    def standalone(
        cls, step_id: str = "adhoc", settings: Settings | None = None, on_progress: ProgressFn | None = None
    ) -> StepContext:
        """A context for running one step outside a recipe (tests, the CLI's single commands)."""
        return cls(
            settings=settings or Settings(),
            cancel=CancelToken(),
            record=StepRecord(step_id, step_id, False, {}),
            cost=CostMeter((settings or Settings()).power),
            on_progress=on_progress,
        )
