"""Whether a catalogue model's precision can run on the device this computer would use, checked
before its download.

Half-precision (fp16) exports run only where onnxruntime has fp16 kernels for their operators: a
GPU (CUDA, DirectML, CoreML). On a CPU they fail at the first unet call with an onnxruntime error
about a missing float16 kernel, after gigabytes of download; the exporter itself refuses to make
fp16 on a CPU. So the catalogue says each model's precision (``[diffusion] precision``) and the
devices it runs on (``providers``), and names an fp32 variant where one exists
(``[diffusion] fp32_variant``); the download is refused with that advice unless the user insists.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import ModelError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.settings import Settings
from ..runtime.probe import probe_device
from .catalogue import ModelManifest, all_manifests

#: devices whose onnxruntime providers run fp16 graphs
FP16_DEVICES = ("cuda", "directml", "coreml")

_FP16 = QT_TRANSLATE_NOOP(
    "precision",
    "{name} is a half-precision (fp16) export: it needs a graphics card ({devices}), "
    "and this computer would run it on {device}, where it cannot run.",
)
_ONLY = QT_TRANSLATE_NOOP(
    "precision",
    "{name} runs only on {devices} (its graphs use fused GPU operators), and this "
    "computer would run it on {device}.",
)
_VARIANT = QT_TRANSLATE_NOOP(
    "precision", "Download {variant} instead: the full-precision (fp32) variant, which runs on any device."
)
_EXPORT = QT_TRANSLATE_NOOP(
    "precision",
    "The catalogue has no fp32 variant of it: make one with `{command}` and import the "
    "folder, or choose a model that runs on any device, such as {other}.",
)
_ANYWAY = QT_TRANSLATE_NOOP(
    "precision",
    "To download it anyway (for another computer), use `hybridstudio models download {id} --anyway`.",
)


@dataclass(frozen=True)
class PrecisionProblem:
    """Why a model will not run here, and what to download instead."""

    model_id: str
    device: str
    message: str  # what is wrong
    advice: str  # what to do instead
    fp32_variant: str | None

    def text(self, cli: bool = False) -> str:
        parts = [self.message, self.advice]
        if cli:
            parts.append(translate("precision", _ANYWAY).format(id=self.model_id))
        return " ".join(parts)


class PrecisionError(ModelError):
    """The model cannot run on this computer's device; nothing was downloaded."""

    def __init__(self, problem: PrecisionProblem):
        super().__init__(problem.text(cli=True))
        self.problem = problem


def _device(settings: Settings) -> str:
    """The device that really runs models here (the start-up probe, not the wheel's list)."""
    found = probe_device(settings)
    return found.device if found.report is not None else "cpu"


def precision_problem(
    m: ModelManifest, settings: Settings | None = None, device: str | None = None
) -> PrecisionProblem | None:
    """The problem of running ``m`` on this computer's device, or None when it can run here."""
    precision = str(m.diffusion.get("precision", "") or (m.upscaler.dtype if m.upscaler else ""))
    fp16 = precision in ("fp16", "float16")
    if not fp16 and not m.providers:
        return None
    device = device or _device(settings or Settings())
    if m.providers and device not in m.providers:
        message = translate("precision", _ONLY).format(
            name=m.name, devices=", ".join(m.providers), device=device
        )
    elif fp16 and device not in FP16_DEVICES:
        message = translate("precision", _FP16).format(
            name=m.name, devices=", ".join(FP16_DEVICES), device=device
        )
    else:
        return None
    variant = str(m.diffusion.get("fp32_variant", "")) or None
    if variant and variant in all_manifests():
        advice = translate("precision", _VARIANT).format(variant=variant)
    else:
        variant = None
        command = m.diffusion.get("fp32_export") or f"optimum-cli export onnx --model {m.repo} {m.id}-onnx"
        advice = translate("precision", _EXPORT).format(command=command, other="lcm-dreamshaper-v7")
    return PrecisionProblem(m.id, device, message, advice, variant)
