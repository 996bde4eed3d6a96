"""How fast this machine runs neural networks, for the estimates shown before a generation or an
upscale: an effective rate in floating-point operations per second for each device.

The first estimate on a CPU comes from a short matrix-product probe run by onnxruntime (under a second)
scaled by :data:`CPU_NETWORK_EFFICIENCY`; on a GPU from a nominal rate. After every real run the
measured rate (the work of the run divided by its time) is remembered in ``speed.json`` in the
data folder, so later estimates use what this machine really did.
"""

from __future__ import annotations

import contextlib
import json
import time
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..core.atomic import atomic_write_bytes
from ..core.i18n import local_number
from ..core.settings import Settings, data_dir

#: Share of the probe's matrix-product rate a convolutional/attention network reaches in onnxruntime
#: on a CPU (measured: SD 1.5's and LCM's UNet at 512 px on 2 cores, 110 to 130 GFLOP/s at best
#: against a probe of 230, bench/bench_generate.py --real)
CPU_NETWORK_EFFICIENCY = 0.5
#: The CPU probe's time window (it stops after this many seconds or tries, at least five tries)
PROBE_SECONDS = 0.3
PROBE_MAX_TRIES = 200
#: Effective rates assumed on GPUs until a run has been measured (a mid-range laptop GPU)
NOMINAL_GPU_FLOPS = {"cuda": 8e12, "directml": 3e12, "coreml": 3e12}
#: Weight of a new measurement against the remembered rate
SMOOTHING = 0.5


def device_key(settings: Settings, kind: str) -> str:
    """Where the rate is remembered: the device that really runs (the start-up probe: the GPU wheel
    lists CUDA on machines without one), its threads, the work kind."""
    from .probe import probe_device  # lazy: keeps runtime.probe out of `hybridstudio --help`

    found = probe_device(settings)
    device = found.device if found.report is not None else "cpu"
    return f"{device}:{settings.threads or 'auto'}:{kind}"


def _store() -> Path:
    return data_dir() / "speed.json"


def _remembered() -> dict[str, float]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(_store().read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return {k: float(v) for k, v in data.items() if isinstance(v, (int, float)) and v > 0}
    return {}


def _probe_session(n: int, threads: int) -> tuple[Any, np.ndarray]:
    """An onnxruntime CPU session of one ``n``×``n`` float32 matrix product, with the thread count
    the generation's sessions get."""
    import onnxruntime as ort  # lazy: onnxruntime and onnx load only when an estimate needs the probe
    from onnx import TensorProto, helper, numpy_helper  # lazy: as above

    w = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "speed_probe",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [n, n])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [n, n])],
        [numpy_helper.from_array(w, "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    so = ort.SessionOptions()
    so.log_severity_level = 3
    if threads > 0:
        so.intra_op_num_threads = threads
    return ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"]), w


@cache
def _cpu_probe(threads: int) -> float:
    """Floating-point operations per second of a float32 matrix product on this CPU, run by
    onnxruntime's own thread pool: the best of many products over a short window. (numpy's BLAS
    threads measured anything from 4 to 144 GFLOP/s in turn on a busy 2-core machine where
    onnxruntime's pool measured 120 to 235 and the unet itself slowed down less than twice.)"""
    n = 512
    sess, w = _probe_session(n, threads)
    feeds = {"x": w}
    sess.run(None, feeds)  # warm the thread pool up
    best = 0.0
    start = time.perf_counter()
    for i in range(PROBE_MAX_TRIES):
        t0 = time.perf_counter()
        sess.run(None, feeds)
        dt = time.perf_counter() - t0
        best = max(best, 2 * n**3 / max(dt, 1e-9))
        if i >= 4 and t0 + dt - start >= PROBE_SECONDS:
            break
    return best


def rate(settings: Settings, kind: str) -> tuple[float, bool]:
    """(effective FLOP/s for ``kind`` work, whether it was measured on real runs here)."""
    key = device_key(settings, kind)
    found = _remembered().get(key)
    if found:
        return found, True
    device = key.split(":", 1)[0]
    if device in NOMINAL_GPU_FLOPS:
        return NOMINAL_GPU_FLOPS[device], False
    return _cpu_probe(settings.threads) * CPU_NETWORK_EFFICIENCY, False


def remember(settings: Settings, kind: str, flops: float, seconds: float) -> None:
    """Fold the rate of a finished run (``flops`` of work in ``seconds``) into ``speed.json``."""
    if flops <= 0 or seconds <= 0:
        return
    key = device_key(settings, kind)
    known = _remembered()
    new = flops / seconds
    known[key] = new if key not in known else (1 - SMOOTHING) * known[key] + SMOOTHING * new
    with contextlib.suppress(OSError):
        atomic_write_bytes(_store(), json.dumps(known, indent=1, sort_keys=True).encode("utf-8"))


def duration(seconds: float) -> str:
    """'45 s', '3 min 20 s', '1 h 05 min'."""
    s = max(0, round(seconds))
    if s < 60:
        return f"{local_number(max(seconds, 0), '.1f')} s" if seconds < 10 else f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"
