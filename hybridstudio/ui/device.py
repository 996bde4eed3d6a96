"""Which device really runs the AI steps, in words for the status bar, and why after a fallback.
Asks the runtime engine's provider plan; after a job, the job's own device report wins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.settings import Settings

LABELS = {"cuda": "CUDA", "directml": "DirectML", "coreml": "CoreML", "cpu": "CPU"}


def device_summary(settings: Settings) -> tuple[str, str]:
    """(short text, longer explanation) for the status bar, before any model has run."""
    if settings.compute == "server" and settings.server_url.strip():
        from .runner import server_summary

        return server_summary(settings)
    try:
        from ..runtime.providers import available_providers, plan_providers

        plan = plan_providers(settings)
        have = ", ".join(p.replace("ExecutionProvider", "") for p in available_providers())
    except Exception as exc:  # noqa: BLE001 - a broken onnxruntime must not break the window
        return QCoreApplication.translate("Device", "No AI runtime"), QCoreApplication.translate(
            "Device", "onnxruntime could not be loaded (%1): AI steps cannot run, craft steps still work."
        ).replace("%1", str(exc))
    device = plan.first_device
    label = LABELS.get(device, device)
    why = "; ".join(plan.notes)
    if plan.wanted not in ("auto", device):
        return (
            QCoreApplication.translate("Device", "%1 (fallback)").replace("%1", label),
            QCoreApplication.translate("Device", "You asked for %1, but AI steps will run on %2 because %3.")
            .replace("%1", LABELS.get(plan.wanted, plan.wanted))
            .replace("%2", label)
            .replace("%3", why),
        )
    if device == "cpu":
        return (
            label,
            QCoreApplication.translate(
                "Device",
                "AI steps run on the processor (%1). Everything works, only slower. onnxruntime offers: %2.",
            )
            .replace("%1", why or "CPU chosen")
            .replace("%2", have),
        )
    return label, QCoreApplication.translate("Device", "AI steps run on %1 (onnxruntime offers %2).").replace(
        "%1", label
    ).replace("%2", have)
