"""Which onnxruntime execution provider runs a model, with which options, and why.

Order of preference: CUDA → DirectML → CoreML → CPU. A user can force one with
``Settings.device`` ("auto", "cuda", "directml", "coreml", "cpu").

onnxruntime reports what is *compiled in* (``get_available_providers``), not what can actually
load: the GPU wheel lists CUDA on a laptop without NVIDIA libraries, then quietly runs on the CPU.
So a plan here is only a request; :mod:`hybridstudio.runtime.sessions` compares it with what the
session really got and turns the difference into a :class:`DeviceReport` the CLI and the app show.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.settings import Settings

if TYPE_CHECKING:
    import onnxruntime

#: ``translator(context, text)``: the app passes Qt's translator, the CLI none (it reads the .ts itself).
Translator = Callable[[str, str], str]

#: The user-facing device names, in the order tried by "auto".
DEVICES = ("auto", "cuda", "directml", "coreml", "cpu")

PROVIDER = {
    "cuda": "CUDAExecutionProvider",
    "directml": "DmlExecutionProvider",
    "coreml": "CoreMLExecutionProvider",
    "cpu": "CPUExecutionProvider",
}
DEVICE_OF = {v: k for k, v in PROVIDER.items()}
LABEL = {
    "cuda": "CUDA (NVIDIA GPU)",
    "directml": "DirectML (Windows GPU)",
    "coreml": "CoreML (Apple GPU/Neural Engine)",
    "cpu": "CPU",
}
AUTO_ORDER = ("cuda", "directml", "coreml")


def device_of(provider: str) -> str:
    """'cuda' for 'CUDAExecutionProvider' etc.; unknown providers keep their own name."""
    return DEVICE_OF.get(provider, provider)


@dataclass
class ProviderPlan:
    """What we will ask onnxruntime for: ``providers`` as (name, options) tuples, CPU last."""

    wanted: str  # the device the user asked for ("auto", "cuda", …)
    providers: list[tuple[str, dict[str, Any]]]
    notes: list[str] = field(default_factory=list)  # why a preferred device was not even tried

    @property
    def first_device(self) -> str:
        return device_of(self.providers[0][0])

    @property
    def names(self) -> list[str]:
        return [p for p, _ in self.providers]


@dataclass
class DeviceReport:
    """Where a session really runs and, when it is not where we asked, why."""

    wanted: str  # "auto" or a forced device
    requested: list[str]  # provider names asked for, best first
    actual: list[str]  # session.get_providers()
    reason: str = ""  # why the first requested provider is not the one running
    purpose: str = ""  # "upscaler", "unet", …

    @property
    def device(self) -> str:
        """The device doing the work: 'cuda', 'directml', 'coreml' or 'cpu'."""
        return device_of(self.actual[0]) if self.actual else "cpu"

    @property
    def fell_back(self) -> bool:
        """True when the session does not run on the first provider requested."""
        return bool(self.requested) and (not self.actual or self.actual[0] != self.requested[0])

    @property
    def message(self) -> str:
        """One line for the CLI and the app, e.g. 'running on CPU because CUDA could not load (…)'."""
        what = f"{self.purpose}: " if self.purpose else ""
        label = LABEL.get(self.device, self.device)
        if self.fell_back:
            asked = LABEL.get(device_of(self.requested[0]), self.requested[0])
            why = self.reason or "onnxruntime did not say why"
            return f"{what}running on {label} because {asked} could not load ({why})"
        if self.device == "cpu" and self.reason:
            return f"{what}running on CPU ({self.reason})"
        return f"{what}running on {label}"

    @property
    def provider(self) -> str:
        """The onnxruntime provider doing the work, e.g. 'CPUExecutionProvider'."""
        return self.actual[0] if self.actual else PROVIDER["cpu"]

    def plain(self, lang: str | None = None, translator: Translator | None = None) -> str:
        """One plain line for a person, in ``lang``: where AI steps run and, after a fallback,
        what to install or update so the GPU works. Empty when everything runs where asked."""
        if not self.fell_back:
            return ""
        asked = device_of(self.requested[0]) if self.requested else "cpu"
        return plain_fallback(asked, lang, translator)

    def as_dict(self) -> dict[str, Any]:
        return {
            "wanted": self.wanted,
            "requested": self.requested,
            "actual": self.actual,
            "device": self.device,
            "provider": self.provider,
            "fell_back": self.fell_back,
            "reason": self.reason,
            "message": self.message,
        }


_FALLBACK = {
    "cuda": QT_TRANSLATE_NOOP(
        "DeviceProbe",
        "The NVIDIA GPU (CUDA) cannot be used, so AI steps run on the processor: "
        "install or update the NVIDIA driver and CUDA %1 with cuDNN %2 (needed by this "
        "onnxruntime-gpu %3), or install the plain onnxruntime package.",
    ),
    "directml": QT_TRANSLATE_NOOP(
        "DeviceProbe",
        "The Windows GPU (DirectML) cannot be used, so AI steps run on the processor: "
        "update the graphics driver (DirectX 12 is needed) and Windows 10 1903 or newer.",
    ),
    "coreml": QT_TRANSLATE_NOOP(
        "DeviceProbe",
        "The Apple GPU (CoreML) cannot be used, so AI steps run on the processor: "
        "CoreML needs macOS 12 or newer; update macOS.",
    ),
}


def cuda_versions() -> tuple[str, str, str]:
    """(CUDA major version, cuDNN major version, onnxruntime version) this wheel was built for."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when cuda_versions() runs

    cuda, cudnn = "12", "9"
    try:
        # lazy: onnxruntime's build details (absent from some wheels), only when asked
        from onnxruntime.capi import build_and_package_info as info

        cuda = str(getattr(info, "cuda_version", "") or cuda).split(".")[0]
        cudnn = str(getattr(info, "cudnn_version", "") or cudnn).split(".")[0]
    except ImportError:
        pass
    return cuda, cudnn, str(ort.__version__)


def plain_fallback(asked: str, lang: str | None = None, translator: Translator | None = None) -> str:
    """The one plain line saying why ``asked`` (cuda, directml, coreml) is not used, with the fix,
    in ``lang`` (the CLI) or through ``translator(context, text)`` (the app's Qt translator)."""
    text = _FALLBACK.get(asked)
    if text is None:
        return ""
    out = translator("DeviceProbe", text) if translator else translate("DeviceProbe", text, lang)
    if asked == "cuda":
        cuda, cudnn, ver = cuda_versions()
        out = out.replace("%1", cuda).replace("%2", cudnn).replace("%3", ver)
    return out


def plain_lines(entries: list[dict[str, Any]], lang: str | None = None) -> list[str]:
    """The plain fix line for every device that could not be used, from process-record entries
    (``StepRecord.devices``), once each."""
    out: list[str] = []
    for e in entries:
        if e.get("fell_back") and e.get("requested"):
            line = plain_fallback(device_of(e["requested"][0]), lang)
            if line and line not in out:
                out.append(line)
    return out


#: True after ``--verbose``: onnxruntime's own log (CUDA loader errors included) is shown.
_VERBOSE = False


def set_verbose(verbose: bool) -> None:
    """Show onnxruntime's own log lines (``--verbose``) or keep them quiet (the default)."""
    global _VERBOSE
    _VERBOSE = bool(verbose)
    quiet_onnxruntime()


def is_verbose() -> bool:
    return _VERBOSE


def quiet_onnxruntime() -> None:
    """Raise onnxruntime's default log severity to 'fatal' unless verbose: its multi-line CUDA
    loader errors would bury the one line HybridStudio prints itself."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when quiet_onnxruntime() runs

    ort.set_default_logger_severity(2 if _VERBOSE else 4)


def available_providers() -> list[str]:
    """Providers compiled into the installed onnxruntime wheel (not a promise that they load)."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when available_providers() runs

    return list(ort.get_available_providers())


def provider_options(device: str, settings: Settings) -> dict[str, Any]:
    """The options we pass to each provider."""
    if device == "cuda":
        opts: dict[str, Any] = {
            "device_id": 0,
            # grow the arena by what is asked, not to the next power of two: fits 6–8 GB cards
            "arena_extend_strategy": "kSameAsRequested",
            # the exhaustive cuDNN search costs seconds and memory on every new tile shape
            "cudnn_conv_algo_search": "HEURISTIC",
        }
        if settings.cuda_mem_limit_gb > 0:
            opts["gpu_mem_limit"] = int(settings.cuda_mem_limit_gb * 1024**3)
        return opts
    if device == "directml":
        return {"device_id": 0}
    if device == "coreml":
        return {"ModelFormat": "MLProgram", "MLComputeUnits": "ALL"}
    return {}


def plan_providers(settings: Settings | None = None, available: list[str] | None = None) -> ProviderPlan:
    """The providers to request for ``settings.device``, filtered by what the wheel has.

    A forced device that the wheel lacks still gets CPU as the last resort, with a note saying why.
    """
    settings = settings or Settings()
    available = available_providers() if available is None else available
    wanted = (settings.device or "auto").lower()
    if wanted not in DEVICES:
        wanted = "auto"
    notes: list[str] = []
    chosen: list[str] = []
    if wanted == "auto":
        chosen = [d for d in AUTO_ORDER if PROVIDER[d] in available]
        if not chosen:
            notes.append("no GPU provider in this onnxruntime build")
    elif wanted != "cpu":
        if PROVIDER[wanted] in available:
            chosen = [wanted]
        else:
            notes.append(
                f"this onnxruntime build has no {LABEL[wanted]} provider (install {_wheel_for(wanted)})"
            )
    chosen.append("cpu")
    return ProviderPlan(wanted, [(PROVIDER[d], provider_options(d, settings)) for d in chosen], notes)


def _wheel_for(device: str) -> str:
    return {
        "cuda": "onnxruntime-gpu",
        "directml": "onnxruntime-directml",
        "coreml": "onnxruntime (macOS)",
    }.get(device, "onnxruntime")


def session_options(device: str, settings: Settings, mem_pattern: bool = True) -> onnxruntime.SessionOptions:
    """``onnxruntime.SessionOptions`` suited to ``device`` and the user's settings.

    ``mem_pattern=False`` suits graphs run on many inputs of one shape where peak memory matters
    more than the last few percent of speed (upscaling tiles: measured 387 MB instead of 660 MB
    peak for the slim ×4 model on 247×255 tiles, and no slower).
    """
    import onnxruntime as ort  # lazy: loads onnxruntime only when session_options() runs

    so = ort.SessionOptions()
    so.log_severity_level = 2 if _VERBOSE else 3  # errors only: we report fallbacks ourselves
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if not mem_pattern:
        so.enable_mem_pattern = False
    if device == "directml":
        # DirectML cannot use memory patterns nor run nodes in parallel (onnxruntime docs)
        so.enable_mem_pattern = False
    if settings.threads > 0:
        so.intra_op_num_threads = int(settings.threads)
    if settings.memory_mode == "low":
        # the CPU arena keeps the peak of every tile shape; without it peak RSS stays lower
        so.enable_cpu_mem_arena = False
    return so


_PRELOAD: dict[str, str | None] = {}


def preload_cuda() -> str | None:
    """Let onnxruntime-gpu find pip-installed CUDA/cuDNN libraries (``onnxruntime.preload_dlls``).

    Runs once; returns None on success or where not needed, else the error text.
    """
    if "cuda" in _PRELOAD:
        return _PRELOAD["cuda"]
    import onnxruntime as ort  # lazy: loads onnxruntime only when preload_cuda() runs

    err: str | None = None
    fn = getattr(ort, "preload_dlls", None)
    if fn is not None:
        try:
            # it prints every library it cannot find to stdout: shown only with --verbose
            with contextlib.redirect_stdout(sys.stdout if _VERBOSE else io.StringIO()):
                fn(cuda=True, cudnn=True, msvc=True)
        except Exception as exc:  # noqa: BLE001 - a failed preload is reported, not fatal
            err = f"preloading CUDA libraries failed: {exc}"
    _PRELOAD["cuda"] = err
    return err


def why_cuda_failed() -> str:
    """Try to load onnxruntime's CUDA provider library ourselves to learn which library is missing."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when why_cuda_failed() runs

    capi = Path(ort.__file__).parent / "capi"
    name = "onnxruntime_providers_cuda.dll" if sys.platform == "win32" else "libonnxruntime_providers_cuda.so"
    lib = capi / name
    if not lib.exists():
        return "this onnxruntime build has no CUDA provider library"
    try:
        ctypes.CDLL(os.fspath(lib))
    except OSError as exc:
        return f"{exc}".strip() or "its library could not be loaded"
    return "CUDA or cuDNN libraries, or the NVIDIA driver, are missing or too old"
