"""Open onnxruntime sessions on the best device, say honestly where they run, cache and release them.

Public API::

    from hybridstudio.runtime import open_session, release, run_measured

    sess, report = open_session(path, settings, purpose="unet")
    print(report.message)            # "unet: running on CPU because CUDA … could not load (…)"
    ctx.note_device(report.message)  # in a step: shown to the user and kept in the process record
    outputs = run_measured(sess, None, feeds, cost=ctx.cost, label="unet", device=report.device)
    release(path)                    # or release() for all; Settings.memory_mode == "low" keeps one

``open_session`` never lets onnxruntime fall back to the CPU silently: it asks for the providers
planned by :mod:`hybridstudio.runtime.providers`, disables onnxruntime's own retry so that it sees
the error, retries on the CPU itself, and compares ``session.get_providers()`` with the request.
A file that is not a loadable ONNX model raises :class:`~hybridstudio.core.errors.ModelError`
naming the file.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..core.cancel import on_cancel
from ..core.cost import CostMeter
from ..core.errors import Cancelled, ModelError
from ..core.settings import Settings
from .providers import (
    PROVIDER,
    DeviceReport,
    device_of,
    plan_providers,
    preload_cuda,
    quiet_onnxruntime,
    session_options,
    why_cuda_failed,
)

_LOCK = threading.RLock()
_CACHE: OrderedDict[tuple, tuple[Any, DeviceReport]] = OrderedDict()


def _key(path: Path, settings: Settings, mem_pattern: bool) -> tuple:
    st = path.stat()
    return (
        os.fspath(path),
        st.st_mtime_ns,
        st.st_size,
        settings.device,
        settings.threads,
        settings.memory_mode,
        settings.cuda_mem_limit_gb,
        mem_pattern,
    )


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("…" if len(text) > 300 else "")


def open_session(
    path: str | Path, settings: Settings | None = None, purpose: str = "", mem_pattern: bool = True
) -> tuple[Any, DeviceReport]:
    """An ``onnxruntime.InferenceSession`` for ``path`` on the best allowed device, and a report.

    Cached by file (path, size, mtime) and device settings. In low-memory mode every other cached
    session is released first, so at most one model sits in memory. ``mem_pattern=False`` lowers
    peak memory for graphs run tile after tile (see :func:`~.providers.session_options`).
    """
    settings = settings or Settings()
    path = Path(path).resolve()
    if not path.is_file():
        raise ModelError(f"{path}: model file not found")
    key = _key(path, settings, mem_pattern)
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            sess, report = _CACHE[key]
            if purpose and report.purpose != purpose:
                report = DeviceReport(report.wanted, report.requested, report.actual, report.reason, purpose)
            return sess, report
        if settings.memory_mode == "low":
            _CACHE.clear()
        sess, report = _create(path, settings, purpose, mem_pattern)
        _CACHE[key] = (sess, report)
        return sess, report


def _create(
    path: Path, settings: Settings, purpose: str, mem_pattern: bool = True
) -> tuple[Any, DeviceReport]:
    import onnxruntime as ort  # lazy: loads onnxruntime only when _create() runs

    quiet_onnxruntime()
    plan = plan_providers(settings)
    requested = plan.names
    reason = "; ".join(plan.notes)
    if plan.wanted not in ("auto", "cpu") and plan.first_device == "cpu":
        # the forced device is not in this build: report it as asked for, then fallen back
        requested = [PROVIDER[plan.wanted], *requested]
    if "CUDAExecutionProvider" in plan.names:
        err = preload_cuda()
        if err:
            reason = err
    first = plan.first_device
    try:
        sess = ort.InferenceSession(
            os.fspath(path),
            sess_options=session_options(first, settings, mem_pattern),
            providers=plan.providers,
            enable_fallback=0,
        )
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own pybind exception types
        if first == "cpu":
            raise ModelError(f"{path}: not a usable ONNX model ({_short(exc)})") from exc
        reason = _short(exc)
        try:
            sess = ort.InferenceSession(
                os.fspath(path),
                sess_options=session_options("cpu", settings, mem_pattern),
                providers=["CPUExecutionProvider"],
            )
        except Exception as exc2:  # noqa: BLE001
            raise ModelError(f"{path}: not a usable ONNX model ({_short(exc2)})") from exc2
    actual = list(sess.get_providers())
    if actual and actual[0] != requested[0] and not reason:
        reason = (
            why_cuda_failed()
            if device_of(requested[0]) == "cuda"
            else "its runtime library or driver is missing"
        )
    return sess, DeviceReport(plan.wanted, requested, actual, reason, purpose)


def release(path: str | Path | None = None) -> int:
    """Drop cached sessions (all, or those of ``path``) so their memory can be freed.

    Returns how many were dropped. Callers must not keep their own reference for memory to return.
    """
    with _LOCK:
        if path is None:
            n = len(_CACHE)
            _CACHE.clear()
            return n
        target = os.fspath(Path(path).resolve())
        keys = [k for k in _CACHE if k[0] == target]
        for k in keys:
            del _CACHE[k]
        return len(keys)


def cached_sessions() -> list[tuple[str, str]]:
    """(model path, device) of each session held in memory, oldest first."""
    with _LOCK:
        return [(k[0], rep.device) for k, (_, rep) in _CACHE.items()]


def run_measured(
    sess: Any,
    output_names: Sequence[str] | None,
    feeds: Mapping[str, Any],
    cost: CostMeter | None = None,
    label: str = "inference",
    device: str = "cpu",
) -> list[Any]:
    """``sess.run(output_names, feeds)``, measured into ``cost`` (time and energy) when given,
    stopped within a graph node or two when the job is cancelled (:func:`terminable`)."""
    with terminable() as opts:
        if cost is None:
            return sess.run(output_names, dict(feeds), opts)
        with cost.measure(label, device):
            return sess.run(output_names, dict(feeds), opts)


@contextmanager
def terminable() -> Iterator[Any]:
    """``RunOptions`` for one inference that the job's cancellation (Ctrl-C, the app's Cancel)
    terminates from the cancelling thread: onnxruntime checks the flag between graph nodes, so a
    tile or a denoising step that takes many seconds stops at once. The run then raises
    :class:`Cancelled` instead of onnxruntime's own error."""
    # lazy: loads onnxruntime only when terminable() runs
    import onnxruntime as ort  # late import: onnxruntime loads its providers on import

    opts = ort.RunOptions()
    with on_cancel(lambda: setattr(opts, "terminate", True)) as token:
        try:
            yield opts
        except Exception as exc:
            if token is not None and token.cancelled and not isinstance(exc, Cancelled):
                raise Cancelled() from exc
            raise
