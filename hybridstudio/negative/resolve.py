"""Choosing what a negative is made with: the process preset, the calibration (or the preset's
starting curve) and the negative colour — shared by the CLI and the recipe step."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.i18n import QT_TRANSLATE_NOOP, Message
from .calibration import Calibration
from .curve import ToneCurve
from .processes import ProcessPreset, get_preset, load_presets


@dataclass
class NegativeSetup:
    """Everything needed to make (and preview) a negative."""

    process: ProcessPreset
    curve: ToneCurve
    curve_name: str
    colour: str
    calibration: Calibration | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def response(self) -> ToneCurve | None:
        return self.calibration.response if self.calibration is not None else None


def resolve(
    process: str | None = None,
    calibration: str | Path | None = None,
    colour: str | None = None,
    linear: bool = False,
) -> NegativeSetup:
    """The setup for a process id and/or a calibration file, with an optional colour override.

    Without a calibration the process's starting curve is used (``linear=True``: no curve, as
    for a first calibration target).
    """
    cal = Calibration.load(calibration) if calibration else None
    warnings: list[str] = []
    proc_id = process
    if cal is not None and cal.meta.get("process") in load_presets():
        if process and process != cal.meta["process"]:
            warnings.append(
                Message(
                    "Warnings",
                    QT_TRANSLATE_NOOP(
                        "Warnings",
                        "the calibration is for {calibrated}, not {process}: previewing as {process}",
                    ),
                    calibrated=cal.meta["process"],
                    process=process,
                )
            )
        else:
            proc_id = cal.meta["process"]
    cal_process = cal.meta.get("process") if cal is not None else None
    if cal_process and not process and cal_process not in load_presets():
        warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "the calibration’s process “{process}” has no preset: the expected print is "
                    "drawn in cyanotype colours",
                ),
                process=cal_process,
            )
        )
    preset = get_preset(proc_id or "cyanotype")
    if cal is not None:
        curve, curve_name = cal.curve, cal.name
    elif linear:
        curve, curve_name = ToneCurve.identity(), "linear"
    else:
        curve, curve_name = preset.start_curve, f"{preset.id} starting curve"
        warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "no calibration: using the {process} starting curve — calibrate your own "
                    "paper, chemistry and printer for accurate tones",
                ),
                process=preset.name,
            )
        )
    cal_colour = cal.meta.get("negative_colour") if cal is not None else None
    chosen = colour or cal_colour or preset.negative_colour
    if cal_colour and colour and colour.lower() != cal_colour.lower():
        warnings.append(
            Message(
                "Warnings",
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "the calibration was made with a {calibrated} negative; printing {colour} "
                    "changes the tones: recalibrate with this colour",
                ),
                calibrated=cal_colour,
                colour=colour,
            )
        )
    return NegativeSetup(preset, curve, curve_name, chosen.lower(), cal, warnings)
