"""A cheap start-up probe of the device that will really run AI steps.

onnxruntime lists what is compiled in, not what loads: the GPU wheel names CUDA on a laptop
without NVIDIA libraries. The probe opens the shipped tiny model (``models/tiny/nearest-x2.onnx``,
a 2× nearest upscaler) the way AI steps open theirs and runs it on an 8×8 picture, so what the
app's status bar, its Models dialog and the CLI say comes from a real run, before any job.
About 0.1 s on the CPU; the result is kept per device setting for the life of the process.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.settings import Settings
from ..paths import models_dir
from .providers import LABEL, DeviceReport, is_verbose
from .sessions import open_session, release

#: The shipped graph the probe runs (made by models/tiny/make_tiny_models.py).
PROBE_MODEL = "tiny/nearest-x2.onnx"

_LOCK = threading.Lock()
_RESULTS: dict[str, ProbeResult] = {}


@dataclass(frozen=True)
class ProbeResult:
    """What the probe found: the device report of a real run, or why nothing could run."""

    report: DeviceReport | None
    seconds: float
    error: str = ""  # onnxruntime missing or the tiny model unusable

    @property
    def device(self) -> str:
        return self.report.device if self.report is not None else "none"


def probe_device(settings: Settings | None = None, refresh: bool = False) -> ProbeResult:
    """Open and run the tiny model on the device ``settings.device`` asks for; cached per setting.

    Never raises: a broken onnxruntime or a missing model file is returned as ``error``.
    """
    settings = settings or Settings()
    key = (settings.device or "auto").lower()
    with _LOCK:
        if not refresh and key in _RESULTS:
            return _RESULTS[key]
        result = _probe(settings)
        _RESULTS[key] = result
        return result


def cached_probe(settings: Settings | None = None) -> ProbeResult | None:
    """The probe result for this device setting if it has run, else None (never blocks to run)."""
    return _RESULTS.get(((settings or Settings()).device or "auto").lower())


def _probe(settings: Settings) -> ProbeResult:
    t0 = time.perf_counter()
    try:
        path = models_dir() / PROBE_MODEL
        sess, report = open_session(path, settings, purpose="probe")
        try:
            x = np.linspace(0, 1, 3 * 8 * 8, dtype=np.float32).reshape(1, 3, 8, 8)
            (y,) = sess.run(None, {sess.get_inputs()[0].name: x})
            if not np.allclose(y, x.repeat(2, axis=2).repeat(2, axis=3), atol=1e-3):
                raise RuntimeError(f"{path.name} gave a wrong result on {report.provider}")
        finally:
            del sess
            release(path)
    except Exception as exc:  # noqa: BLE001 - the probe reports, the caller decides
        return ProbeResult(None, time.perf_counter() - t0, " ".join(str(exc).split())[:300])
    return ProbeResult(report, time.perf_counter() - t0)


def probe_lines(settings: Settings | None = None, lang: str | None = None) -> list[str]:
    """What the CLI prints about the device: where AI steps run, checked by a real run, and after
    a fallback the one plain line with the fix (in ``lang``)."""
    result = probe_device(settings)
    if result.report is None:
        text = QT_TRANSLATE_NOOP("DeviceProbe", "AI steps cannot run: %1")
        return [translate("DeviceProbe", text, lang).replace("%1", result.error)]
    rep = result.report
    text = QT_TRANSLATE_NOOP("DeviceProbe", "AI steps run on %1 (%2), checked with a test model.")

    lines = [
        translate("DeviceProbe", text, lang)
        .replace("%1", LABEL.get(rep.device, rep.device))
        .replace("%2", rep.provider)
    ]
    if rep.fell_back:
        lines.append(rep.plain(lang))

        if is_verbose() and rep.reason:
            lines.append(f"({rep.reason})")
    return lines
