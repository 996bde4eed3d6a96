"""Which device really runs the AI steps, in words for the status bar (and why, after a
fallback). Asks the runtime engine when it is installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.settings import Settings


def device_summary(settings: Settings) -> tuple[str, str]:
    """(short text, longer explanation) for the status bar."""
    t = QCoreApplication.translate
    try:
        import onnxruntime as ort

        available = ort.get_available_providers()
    except Exception:  # noqa: BLE001 - onnxruntime broken: say so, never crash the window
        return t("Device", "No AI runtime"), t("Device", "onnxruntime could not be loaded: AI steps "
                                                        "cannot run, craft steps still work.")
    names = {"CUDAExecutionProvider": "CUDA", "DmlExecutionProvider": "DirectML",
             "CoreMLExecutionProvider": "CoreML", "CPUExecutionProvider": "CPU"}
    wanted = settings.device
    order = ["cuda", "directml", "coreml", "cpu"] if wanted == "auto" else [wanted, "cpu"]
    provider_of = {"cuda": "CUDAExecutionProvider", "directml": "DmlExecutionProvider",
                   "coreml": "CoreMLExecutionProvider", "cpu": "CPUExecutionProvider"}
    chosen = next((d for d in order if provider_of[d] in available), "cpu")
    label = names[provider_of[chosen]]
    have = ", ".join(names.get(p, p) for p in available)
    if wanted not in ("auto", chosen):
        return (t("Device", "%1 (fallback)").replace("%1", label),
                t("Device", "You asked for %1, but this onnxruntime only offers %2: AI steps run on %3.")
                .replace("%1", wanted).replace("%2", have).replace("%3", label))
    if chosen == "cpu" and wanted == "auto":
        return (label, t("Device", "No GPU runtime is installed (onnxruntime offers %1): AI steps run "
                                   "on the processor. Everything works, only slower.").replace("%1", have))
    return label, t("Device", "AI steps run on %1 (onnxruntime offers %2).").replace("%1", label).replace("%2", have)
