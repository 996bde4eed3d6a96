"""The estimate shown before a generation or an upscale (time on this machine, peak memory) on
real-architecture exports and the shared upscalers: it follows the size, the steps and guidance,
learns this machine's speed from real runs, and refuses a job that cannot fit before loading it."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

from hybridstudio.cli import main
from hybridstudio.core.settings import Settings
from hybridstudio.diffusion.estimate import estimate, for_request, parts_of_folder
from hybridstudio.runtime import speed
from hybridstudio.testing.diffusion import script
from hybridstudio.upscale import load_upscaler, upscale
from hybridstudio.upscale.estimate import estimate as upscale_estimate


def _folder(variant: str):
    return script("export_real_architectures").ensure(variant) / "onnx"


def test_time_and_memory_follow_size_steps_and_guidance():
    folder = _folder("sd15-small")
    parts, family = parts_of_folder(folder)
    onnx_bytes = sum(
        p.stat().st_size
        for p in folder.rglob("model.onnx*")
        if p.parent.name in ("text_encoder", "unet", "vae_decoder")
    )
    assert parts.text + parts.unet + parts.vae_decoder == onnx_bytes
    s = Settings()
    a = estimate(parts, width=64, height=64, steps=10, guidance=1.0, settings=s, available=1 << 40)
    b = estimate(parts, width=64, height=64, steps=20, guidance=1.0, settings=s, available=1 << 40)
    c = estimate(parts, width=64, height=64, steps=10, guidance=7.5, settings=s, available=1 << 40)
    d = estimate(parts, width=128, height=128, steps=10, guidance=1.0, settings=s, available=1 << 40)
    assert b.seconds_per_step == pytest.approx(a.seconds_per_step)
    assert c.seconds_per_step == pytest.approx(2 * a.seconds_per_step)  # guidance: two rows
    assert d.seconds_per_step == pytest.approx(4 * a.seconds_per_step)  # four times the latents
    assert b.seconds > a.seconds and d.peak_bytes > a.peak_bytes
    one, two = (
        estimate(parts, width=512, height=512, steps=10, guidance=g, settings=s, available=1 << 40)
        for g in (1.0, 7.5)
    )
    assert two.peak_bytes > one.peak_bytes  # the unet's attention on two rows at once
    low = estimate(
        parts, width=128, height=128, steps=10, guidance=7.5, settings=s, low_memory=True, available=1 << 40
    )
    assert (
        low.peak_bytes
        < estimate(
            parts, width=128, height=128, steps=10, guidance=7.5, settings=s, available=1 << 40
        ).peak_bytes
    )


def test_full_size_sd15_is_counted_from_its_files_and_the_catalogue():
    """SD 1.5 at full size: the 3.4 GB unet dominates; with the low-memory mode the text encoder
    and VAE are not counted at the same time. A catalogue model not yet downloaded is estimated
    from its download size."""
    folder = _folder("sd15")
    s = Settings()
    normal = for_request(folder, s, width=512, height=512, steps=20)
    assert normal.steps == 20 and normal.width == normal.height == 512
    assert normal.peak_bytes > (folder / "unet" / "model.onnx_data").stat().st_size
    assert normal.peak_low_memory < normal.peak_bytes
    hub = for_request("sd15", s)
    assert hub is not None and not hub.from_files and hub.steps == 25
    assert 5e9 < hub.peak_bytes < 20e9
    lcm = for_request("lcm-dreamshaper-v7", s)
    assert lcm.steps == 4 and lcm.seconds < hub.seconds  # 4 steps without a second guidance row


#: peak RSS of bench/bench_generate.py --real sd15 --steps 20 at 512 px with guidance 7.5 on a
#: 2-core CPU (onnxruntime 1.31): normal mode, low-memory mode
SD15_MEASURED_PEAK_GIB = (9.49, 4.85)


def test_full_size_sd15_peak_is_near_the_measured_peak_in_each_mode():
    """The estimate of SD 1.5 at 512 px is within 10 % of the measured peak in normal mode (every
    part and its arena kept) and covers the measured low-memory peak while staying under the 6 GB
    an 8 GB laptop leaves free."""
    folder = _folder("sd15")
    normal_gib, low_gib = SD15_MEASURED_PEAK_GIB
    normal = for_request(folder, Settings(), width=512, height=512, steps=20, guidance=7.5)
    low = for_request(folder, Settings(memory_mode="low"), width=512, height=512, steps=20, guidance=7.5)
    assert abs(normal.peak_bytes / 2**30 - normal_gib) < 0.1 * normal_gib
    assert low_gib <= low.peak_bytes / 2**30 < 6.0
    assert low.peak_bytes == normal.peak_low_memory


def test_a_real_run_teaches_the_estimate_this_machines_speed(tmp_path):
    folder = _folder("sd15-small")
    settings = Settings()
    before = for_request(folder, settings, width=64, height=64, steps=3, guidance=5.0)
    assert not before.measured_rate
    assert (
        main(
            [
                "generate",
                "a linocut harbour",
                "-m",
                str(folder),
                "--size",
                "64",
                "--steps",
                "3",
                "--guidance",
                "5",
                "--seed",
                "1",
                "-o",
                str(tmp_path / "x.png"),
            ]
        )
        == 0
    )
    stored = json.loads((speed._store()).read_text())
    key = speed.device_key(settings, "diffusion")
    assert stored[key] > 0
    after = for_request(folder, settings, width=64, height=64, steps=3, guidance=5.0)
    assert after.measured_rate and after.seconds != before.seconds


def test_cli_prints_the_estimate_before_generating(tmp_path, capsys):
    folder = _folder("sd15-small")
    out = tmp_path / "fox.png"
    assert (
        main(
            [
                "generate",
                "a linocut fox",
                "-m",
                str(folder),
                "--size",
                "64",
                "--steps",
                "2",
                "--seed",
                "3",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    first = printed.splitlines()[0]
    assert first.startswith("Estimate: about") and "2 steps" in first and "GB available" in first
    assert out.is_file()


def test_cli_refuses_a_generation_over_the_memory_budget(tmp_path, capsys, monkeypatch):
    """Full-size SD 1.5 with a 2 GB budget: refused before anything is loaded, saying how much it
    needs and that the low-memory mode needs less."""
    folder = _folder("sd15")
    monkeypatch.setenv("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "2048")
    t0 = time.perf_counter()
    code = main(
        [
            "generate",
            "a woodcut",
            "-m",
            str(folder),
            "--size",
            "512",
            "--steps",
            "20",
            "-o",
            str(tmp_path / "x.png"),
        ]
    )
    assert code != 0 and time.perf_counter() - t0 < 10  # no 3.4 GB unet was loaded
    err = capsys.readouterr().err
    assert "more memory than is available" in err and "low-memory mode" in err
    assert not (tmp_path / "x.png").exists()


def test_cli_estimate_alone_loads_nothing(tmp_path, capsys, monkeypatch):
    """``generate --estimate``: full-size SD 1.5's estimate in low-memory mode, printed at once and
    nothing generated; over a 2 GB budget it says why and exits with 1."""
    folder = _folder("sd15")
    out = tmp_path / "x.png"
    args = [
        "generate",
        "a woodcut",
        "-m",
        str(folder),
        "--size",
        "512",
        "--steps",
        "20",
        "--low-memory",
        "--estimate",
        "-o",
        str(out),
    ]
    t0 = time.perf_counter()
    assert main(args) == 0 and time.perf_counter() - t0 < 10  # no 3.4 GB unet was loaded
    [line] = capsys.readouterr().out.splitlines()[:1]
    assert line.startswith("Estimate: about") and "20 steps" in line and "peak memory about 5." in line
    monkeypatch.setenv("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "2048")
    assert main(args) == 1
    assert "more memory than is available" in capsys.readouterr().out
    assert not out.exists()


def test_generate_step_reports_its_peak_to_the_executor():
    from hybridstudio.steps.generate import Generate

    step = Generate()
    step.settings = Settings(memory_mode="low")
    params = {p.name: p.default for p in Generate.params}
    params.update(model=str(_folder("sd15")), width=512, height=512, steps=20)
    w, h, peak = step.peak_bytes(None, params)
    assert (w, h) == (512, 512)
    step.settings = Settings()
    assert step.peak_bytes(None, params)[2] > peak  # the normal mode keeps every part loaded


def test_upscale_estimate_is_learnt_from_a_real_upscale(shared_models):
    up = load_upscaler(shared_models / "esrgan-slim-x2.onnx")
    settings = Settings()
    first = upscale_estimate(up.model, 96, 80, settings)
    assert (first.width, first.height) == (192, 160) and first.peak_bytes > 192 * 160 * 12
    rgb = np.random.default_rng(0).integers(0, 256, (80, 96, 3), dtype=np.uint8)
    t0 = time.perf_counter()
    upscale(rgb, None, up, settings=settings)
    took = time.perf_counter() - t0
    learnt = upscale_estimate(up.model, 96, 80, settings)
    assert learnt.measured_rate
    assert learnt.seconds == pytest.approx(took, rel=0.5)  # the same job: the time it really took
    assert upscale_estimate(up.model, 192, 160, settings).seconds == pytest.approx(4 * learnt.seconds)


def test_upscale_command_prints_the_estimate_before_upscaling(shared_models, tmp_path, capsys):
    import cv2

    src = tmp_path / "linocut.png"
    cv2.imwrite(str(src), np.random.default_rng(1).integers(0, 256, (60, 70, 3), dtype=np.uint8))
    assert (
        main(
            [
                "upscale",
                str(src),
                "-m",
                str(shared_models / "esrgan-slim-x2.onnx"),
                "-o",
                str(tmp_path / "big.png"),
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    estimate_line = next(i for i, line in enumerate(lines) if line.startswith("Estimate: about"))
    written = next(i for i, line in enumerate(lines) if line.strip().startswith("wrote "))
    assert estimate_line < written and "GB available" in lines[estimate_line]
