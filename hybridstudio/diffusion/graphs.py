"""One ONNX part of a pipeline (text encoder, unet, VAE…) with its declared inputs and outputs.

Names, element types and shapes are read from the session, never assumed: the same code feeds
int32 or int64 ids, an int64/float32/float16 timestep of shape [], [1] or [batch], and fp16 graphs
(inputs cast to float16, outputs back to float32). Sessions come from a :class:`SessionFactory`
passed in by the caller, so device choice and fallback reporting stay in
:mod:`hybridstudio.runtime`. On a GPU, inputs that stay the same for a whole run (text
embeddings, conditioning) are copied to the device once and bound there with IOBinding, and
:meth:`Graph.run_on_device` takes and returns OrtValues that stay on the device (the latents of
the denoising loop, see :mod:`.device_step`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..core.errors import Cancelled, ModelError
from ..core.settings import Settings
from ..runtime import open_session, release
from ..runtime.sessions import terminable

_ORT_TYPES = {
    "tensor(float)": np.float32,
    "tensor(float16)": np.float16,
    "tensor(double)": np.float64,
    "tensor(int64)": np.int64,
    "tensor(int32)": np.int32,
    "tensor(int8)": np.int8,
    "tensor(uint8)": np.uint8,
    "tensor(bool)": np.bool_,
}
#: onnxruntime device names for OrtValue placement, by HybridStudio device
_BIND_DEVICE = {"cuda": "cuda", "directml": "dml"}


@dataclass(frozen=True)
class TensorSpec:
    """A declared graph input or output."""

    name: str
    dtype: Any  # numpy scalar type
    shape: tuple  # ints for fixed dimensions, str/None for free ones

    def dim(self, axis: int) -> int | None:
        """The fixed size of ``axis``, or None if free or absent."""
        if axis >= len(self.shape) or axis < -len(self.shape):
            return None
        d = self.shape[axis]
        return d if isinstance(d, int) and d > 0 else None

    def describe(self) -> str:
        dims = ", ".join(str(d) if isinstance(d, int) else (d or "?") for d in self.shape)
        return f"{self.name} {np.dtype(self.dtype).name}[{dims}]"


@dataclass
class OpenedSession:
    """What a factory returns: the session, the device it really runs on, and a line saying so."""

    session: Any
    device: str = "cpu"
    message: str = ""
    #: the runtime's DeviceReport (device, provider, why a fallback), kept in the process record
    report: Any = None
    #: where inputs are bound with IOBinding: "cuda", "dml"; None = plain runs (CPU). The tests
    #: set "cpu" to run the IOBinding path on a machine without a GPU.
    bind_device: str | None = None

    def __post_init__(self) -> None:
        if self.bind_device is None:
            self.bind_device = _BIND_DEVICE.get(self.device)


class SessionFactory(Protocol):
    """Opens onnxruntime sessions (and lets them go in low-memory mode)."""

    def open(self, path: Path, purpose: str) -> OpenedSession: ...

    def release(self, path: Path) -> None: ...


class PlainCpuFactory:
    """Plain CPU sessions, used when no runtime factory is given (tests, scripts)."""

    def __init__(self, threads: int = 0):
        self.threads = threads

    def open(self, path: Path, purpose: str) -> OpenedSession:
        import onnxruntime as ort  # lazy: loads onnxruntime only when open() runs

        opts = ort.SessionOptions()
        if self.threads:
            opts.intra_op_num_threads = self.threads
        opts.log_severity_level = 3
        try:
            sess = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ModelError(f"{path}: not a usable ONNX model ({' '.join(str(exc).split())[:300]})") from exc
        return OpenedSession(sess, "cpu", f"{purpose}: running on CPU")

    def release(self, path: Path) -> None:
        return None


class RuntimeFactory:
    """Sessions from :func:`hybridstudio.runtime.open_session`: best device, honest fallback
    report, the runtime's session cache (one model at a time in low-memory mode)."""

    def __init__(self, settings=None):
        self.settings = settings or Settings()

    def open(self, path: Path, purpose: str) -> OpenedSession:
        sess, report = open_session(path, self.settings, purpose=purpose)
        return OpenedSession(sess, report.device, report.message, report=report)

    def release(self, path: Path) -> None:
        release(path)


@dataclass
class Graph:
    """A loaded part. ``run`` casts feeds to the declared types; time spent inside onnxruntime is
    added to ``ort_seconds`` (the benchmark compares it with the wall time)."""

    part: str
    path: Path
    opened: OpenedSession
    inputs: dict[str, TensorSpec] = field(init=False)
    outputs: dict[str, TensorSpec] = field(init=False)
    ort_seconds: float = 0.0
    ort_thread_cpu: float = 0.0  # CPU time of the calling thread inside onnxruntime
    use_binding: bool = True

    def __post_init__(self) -> None:
        sess = self.opened.session
        self.inputs = {i.name: _spec(i) for i in sess.get_inputs()}
        self.outputs = {o.name: _spec(o) for o in sess.get_outputs()}
        self._bound: dict[str, tuple[int, Any]] = {}

    @property
    def device(self) -> str:
        return self.opened.device

    def signature(self) -> str:
        """'inputs: a int64[?, 77], … → outputs: …' for error messages."""
        ins = ", ".join(s.describe() for s in self.inputs.values())
        outs = ", ".join(s.describe() for s in self.outputs.values())
        return f"inputs {ins}; outputs {outs}"

    def cast(self, name: str, value: np.ndarray) -> np.ndarray:
        """``value`` as the element type the graph declares for input ``name``, its shape kept: a
        rank-0 timestep stays rank 0 (``np.ascontiguousarray`` would make it ``[1]``)."""
        spec = self.inputs[name]
        return np.require(np.asarray(value).astype(spec.dtype, copy=False), requirements="C")

    def pin(self, name: str, value: np.ndarray) -> None:
        """Keep an input that does not change between calls on the device (GPU sessions); on the
        CPU it is simply remembered."""
        value = self.cast(name, value)
        bind_dev = self.opened.bind_device
        if bind_dev and self.use_binding:
            import onnxruntime as ort  # lazy: loads onnxruntime only when pin() runs

            self._bound[name] = (id(value), ort.OrtValue.ortvalue_from_numpy(value, bind_dev, 0))
        else:
            self._bound[name] = (id(value), value)

    def unpin(self) -> None:
        self._bound.clear()

    @property
    def binds(self) -> bool:
        """True when this part runs through IOBinding on a device (GPU, or "cpu" in tests)."""
        return bool(self.opened.bind_device and self.use_binding)

    def run_on_device(
        self, on_device: dict[str, Any], host: dict[str, np.ndarray], outputs: list[str]
    ) -> list[Any]:
        """Run with inputs already on the device (OrtValues), host arrays copied there, and
        pinned inputs; the outputs stay on the device as OrtValues (no host copy)."""
        with self._running() as opts:
            binding = self._binding(on_device, host, outputs)
            self.opened.session.run_with_iobinding(binding, opts)
            return binding.get_outputs()

    @contextmanager
    def _running(self) -> Iterator[Any]:
        """Run options that let Ctrl-C / Cancel stop a long run between graph nodes; onnxruntime's
        errors become one :class:`ModelError` naming the part; the time inside counts as the part's."""
        t0 = time.perf_counter()
        c0 = time.thread_time()
        with _terminable() as opts:
            try:
                yield opts
            except (ModelError, Cancelled):
                raise
            except Exception as exc:  # noqa: BLE001 - onnxruntime's own error types
                raise ModelError(
                    f"{self.path}: the {self.part} failed to run ({' '.join(str(exc).split())[:400]})"
                ) from exc
            finally:
                self.ort_seconds += time.perf_counter() - t0
                self.ort_thread_cpu += time.thread_time() - c0

    def _binding(self, on_device: dict[str, Any], host: dict[str, np.ndarray], outputs: list[str]) -> Any:
        """An IOBinding with the pinned inputs, ``on_device`` OrtValues, ``host`` arrays (pinned
        names left out) and ``outputs`` kept on the device."""
        binding = self.opened.session.io_binding()
        for n, (_, v) in self._bound.items():
            binding.bind_ortvalue_input(n, v)
        for n, v in on_device.items():
            binding.bind_ortvalue_input(n, v)
        for n, v in host.items():
            if n not in self._bound:
                binding.bind_cpu_input(n, self.cast(n, v))
        for n in outputs:
            binding.bind_output(n, self.opened.bind_device)
        return binding

    def run(self, feeds: dict[str, np.ndarray], outputs: list[str] | None = None) -> dict[str, np.ndarray]:
        """Run with ``feeds`` (plus pinned inputs); returns the wanted outputs as float32 (or as
        declared for integer outputs)."""
        names = outputs or list(self.outputs)
        missing = [n for n in self.inputs if n not in feeds and n not in self._bound]
        if missing:
            raise ModelError(
                f"{self.path}: the {self.part} needs the input(s) {', '.join(missing)}, "
                "which HybridStudio does not provide for this kind of model"
            )
        sess = self.opened.session
        with self._running() as opts:
            if self.binds:
                binding = self._binding({}, feeds, names)
                sess.run_with_iobinding(binding, opts)
                values = binding.copy_outputs_to_cpu()
            else:
                full = {n: v for n, (_, v) in self._bound.items()}
                full.update({n: self.cast(n, v) for n, v in feeds.items() if n not in self._bound})
                values = sess.run(names, full, opts)
        out = {}
        for n, v in zip(names, values, strict=False):
            v = np.asarray(v)
            out[n] = v.astype(np.float32) if v.dtype in (np.float16, np.float64) else v
        return out


def _terminable():
    """The runtime's :func:`~hybridstudio.runtime.sessions.terminable` run options."""
    return terminable()


def _spec(arg) -> TensorSpec:
    dtype = _ORT_TYPES.get(arg.type)
    if dtype is None:
        raise ModelError(f"unsupported tensor type {arg.type} for {arg.name}")
    shape = tuple(d if isinstance(d, int) else (d or None) for d in (arg.shape or []))
    return TensorSpec(arg.name, dtype, shape)
