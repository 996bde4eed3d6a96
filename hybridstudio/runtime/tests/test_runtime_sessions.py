"""Provider choice, honest device reports, the session cache, measured inference."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.cost import CostMeter
from hybridstudio.core.errors import ModelError
from hybridstudio.core.settings import Settings
from hybridstudio.runtime import cached_sessions, open_session, plan_providers, release, run_measured
from hybridstudio.runtime.providers import session_options

ALL = [
    "TensorrtExecutionProvider",
    "CUDAExecutionProvider",
    "DmlExecutionProvider",
    "CoreMLExecutionProvider",
    "CPUExecutionProvider",
]


def test_auto_order_is_cuda_directml_coreml_cpu_with_options():
    plan = plan_providers(Settings(cuda_mem_limit_gb=3), available=ALL)
    assert plan.names == [
        "CUDAExecutionProvider",
        "DmlExecutionProvider",
        "CoreMLExecutionProvider",
        "CPUExecutionProvider",
    ]
    cuda = dict(plan.providers)["CUDAExecutionProvider"]
    assert cuda["gpu_mem_limit"] == 3 * 1024**3
    assert cuda["arena_extend_strategy"] in ("kSameAsRequested", "kNextPowerOfTwo")


def test_forced_device_and_missing_provider():
    plan = plan_providers(Settings(device="directml"), available=ALL)
    assert plan.names == ["DmlExecutionProvider", "CPUExecutionProvider"]
    plan = plan_providers(Settings(device="coreml"), available=["CPUExecutionProvider"])
    assert plan.names == ["CPUExecutionProvider"]
    assert "CoreML" in plan.notes[0]
    assert plan_providers(Settings(device="cpu"), available=ALL).names == ["CPUExecutionProvider"]


def test_directml_and_cpu_session_options():
    so = session_options("directml", Settings())
    assert so.enable_mem_pattern is False
    import onnxruntime as ort

    assert so.execution_mode == ort.ExecutionMode.ORT_SEQUENTIAL
    so = session_options("cpu", Settings(threads=2, memory_mode="low"))
    assert so.intra_op_num_threads == 2
    assert so.enable_cpu_mem_arena is False
    assert session_options("cpu", Settings()).enable_mem_pattern is True
    assert session_options("cpu", Settings(), mem_pattern=False).enable_mem_pattern is False


def test_forced_gpu_that_cannot_load_is_reported_not_silent(shared_models):
    import onnxruntime as ort

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("this machine has a CUDA-enabled onnxruntime")
    sess, report = open_session(shared_models / "esrgan-slim-x2.onnx", Settings(device="cuda"), "upscaler")
    assert sess.get_providers()[0] == "CPUExecutionProvider"
    assert report.fell_back and report.device == "cpu"
    assert report.message.startswith("upscaler: running on CPU because CUDA")
    assert "onnxruntime-gpu" in report.message
    release()


def test_cache_release_and_low_memory_mode(shared_models):
    release()
    s1, _ = open_session(shared_models / "esrgan-slim-x2.onnx")
    s2, _ = open_session(shared_models / "esrgan-slim-x2.onnx")
    assert s1 is s2
    open_session(shared_models / "esrgan-slim-x4.onnx")
    assert len(cached_sessions()) == 2
    low = Settings(memory_mode="low")
    open_session(shared_models / "esrgan-medium-x4.onnx", low)
    assert [p for p, _ in cached_sessions()] == [str((shared_models / "esrgan-medium-x4.onnx").resolve())]
    assert release(shared_models / "esrgan-medium-x4.onnx") == 1
    assert cached_sessions() == []


def test_bad_and_missing_models_name_the_file(tmp_path):
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(b"\x00not a protobuf" * 10)
    with pytest.raises(ModelError, match="broken.onnx"):
        open_session(bad)
    with pytest.raises(ModelError, match="not found"):
        open_session(tmp_path / "absent.onnx")


def test_inference_is_measured(shared_models):
    sess, report = open_session(shared_models / "esrgan-slim-x2.onnx")
    meter = CostMeter()
    x = np.random.default_rng(0).random((1, 3, 32, 32), dtype=np.float32)
    (y,) = run_measured(sess, None, {"input": x}, cost=meter, label="upscale tile", device=report.device)
    assert y.shape == (1, 3, 64, 64)
    assert len(meter.entries) == 1
    entry = meter.entries[0]
    assert entry.label == "upscale tile" and entry.wall_s > 0 and entry.energy_j >= 0
    assert meter.totals()["devices"] == ["cpu"]


def test_report_of_a_provider_that_failed_to_load():
    from hybridstudio.runtime.providers import DeviceReport, why_cuda_failed

    rep = DeviceReport(
        "auto",
        ["CUDAExecutionProvider", "CPUExecutionProvider"],
        ["CPUExecutionProvider"],
        "libcudnn.so.9: cannot open shared object file",
        "unet",
    )
    assert rep.fell_back and rep.device == "cpu"
    assert rep.message == (
        "unet: running on CPU because CUDA (NVIDIA GPU) could not load "
        "(libcudnn.so.9: cannot open shared object file)"
    )
    ok = DeviceReport(
        "auto",
        ["DmlExecutionProvider", "CPUExecutionProvider"],
        ["DmlExecutionProvider", "CPUExecutionProvider"],
    )
    assert not ok.fell_back and ok.message == "running on DirectML (Windows GPU)"
    assert why_cuda_failed()  # always a reason in words, whatever this machine has


def test_cuda_build_without_a_usable_gpu_says_why_it_runs_on_cpu(shared_models):
    """The GPU wheel (what Linux x86-64 installs) on a machine whose CUDA cannot load: onnxruntime
    would silently use the CPU; HybridStudio must say so, naming what failed."""
    import os

    import onnxruntime as ort

    if "CUDAExecutionProvider" not in ort.get_available_providers():
        pytest.skip("this onnxruntime build has no CUDA provider (covered by the test above)")
    sess, report = open_session(shared_models / "esrgan-slim-x2.onnx", Settings(device="auto"), "upscaler")
    if os.path.exists("/dev/nvidia0") and sess.get_providers()[0] == "CUDAExecutionProvider":
        assert not report.fell_back and report.device == "cuda"
    else:
        assert sess.get_providers() == ["CPUExecutionProvider"]
        assert report.fell_back and report.device == "cpu"
        head = "upscaler: running on CPU because CUDA (NVIDIA GPU) could not load ("
        assert report.message.startswith(head) and len(report.message) > len(head) + 1
    release()
