"""The process record: embedded XMP read back by exiftool and by `hybridstudio info`, and the sidecar."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hybridstudio.core.context import StepRecord
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.provenance import COMPOSITE, TRAINED, WITHHELD, ProcessRecord, record_from_xmp
from hybridstudio.core.settings import Settings
from hybridstudio.io.images import read_xmp, save_image
from hybridstudio.testing import ROOT, photo

EXIFTOOL = shutil.which("exiftool")


def ai_record(role: str) -> ProcessRecord:
    step = StepRecord("upscale", "AI upscale", True, {"model": "esrgan-thick-x4"})
    step.ai = {
        "model": {
            "id": "esrgan-thick-x4",
            "revision": "1.0.0",
            "sha256": "ab" * 32,
            "licence": {"name": "MIT", "url": "https://opensource.org/license/mit", "commercial_use": True},
        },
        "prompt": "une cyanotype d'un chat",
        "seed": 42,
    }
    craft = StepRecord("greyscale", "Greyscale", False, {"filter": "red"})
    return ProcessRecord(recipe={"name": "Test"}, steps=[step, craft], ai_roles=[role])


def hybridstudio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hybridstudio.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("suffix", [".png", ".tif", ".jpg", ".webp"])
def test_record_is_embedded_and_read_back(tmp_path, suffix):
    rec = ai_record("modifies")
    out = save_image(ImagePayload(photo("chelsea")), tmp_path / f"cat{suffix}", record=rec)
    embedded = record_from_xmp(read_xmp(out))
    assert embedded["digital_source_type"] == COMPOSITE
    # privacy by default: the prompt text stays out of the file, the sidecar beside it keeps it
    assert embedded["steps"][0]["ai"]["prompt"] == WITHHELD
    assert embedded["steps"][0]["ai"]["seed"] == 42
    sidecar = json.loads(ProcessRecord.sidecar_path(out).read_text(encoding="utf-8"))
    assert sidecar["steps"][0]["ai"]["prompt"] == "une cyanotype d'un chat"
    assert sidecar["steps"][0]["ai"]["model"]["licence"]["name"] == "MIT"
    assert sidecar["steps"][1]["kind"] == "craft"


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool not installed (Debian: libimage-exiftool-perl)")
@pytest.mark.parametrize("suffix", [".png", ".tif", ".jpg", ".webp"])
@pytest.mark.parametrize(
    "role,expected",
    [("generates", "trainedAlgorithmicMedia"), ("modifies", "compositeWithTrainedAlgorithmicMedia")],
)
def test_exiftool_reads_the_digital_source_type(tmp_path, suffix, role, expected):
    out = save_image(ImagePayload(photo("coffee")[:64, :64]), tmp_path / f"x{suffix}", record=ai_record(role))
    res = subprocess.run(
        [EXIFTOOL, "-j", "-XMP-iptcExt:DigitalSourceType", "-XMP-xmp:CreatorTool", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(res.stdout)[0]
    assert data["DigitalSourceType"].endswith(expected)
    assert data["CreatorTool"].startswith("HybridStudio")


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool not installed (Debian: libimage-exiftool-perl)")
def test_craft_only_output_has_no_ai_source_type(tmp_path):
    rec = ProcessRecord(recipe={"name": "craft"}, steps=[StepRecord("levels", "Levels", False, {})])
    out = save_image(ImagePayload(photo("coffee")[:32, :32]), tmp_path / "c.png", record=rec)
    res = subprocess.run(
        [EXIFTOOL, "-j", "-XMP-iptcExt:DigitalSourceType", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "DigitalSourceType" not in json.loads(res.stdout)[0]
    assert record_from_xmp(read_xmp(out))["ai_used"] is False


def test_info_command_prints_the_record_from_the_file_alone(tmp_path):
    out = save_image(
        ImagePayload(photo("coffee")[:32, :32]), tmp_path / "gen.png", record=ai_record("generates")
    )
    ProcessRecord.sidecar_path(out).unlink()  # the embedded XMP alone must be enough
    res = hybridstudio("info", str(out))
    assert res.returncode == 0, res.stderr
    assert "trainedAlgorithmicMedia" in res.stdout and "esrgan-thick-x4" in res.stdout
    assert "licence MIT" in res.stdout
    assert "une cyanotype d'un chat" not in res.stdout and WITHHELD in res.stdout  # privacy default


def test_the_prompt_goes_into_the_file_when_the_author_allows_it(tmp_path):
    Settings(share_prompt=True).save()
    out = save_image(
        ImagePayload(photo("coffee")[:32, :32]), tmp_path / "gen.png", record=ai_record("generates")
    )
    assert record_from_xmp(read_xmp(out))["steps"][0]["ai"]["prompt"] == "une cyanotype d'un chat"


def test_run_then_info_end_to_end(tmp_path):
    src = save_image(ImagePayload(photo("astronaut")), tmp_path / "astro.png")
    res = hybridstudio("run", "print-ready-greyscale", "-i", str(src), "-o", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    outs = sorted((tmp_path / "out").glob("*.png"))
    assert len(outs) == 1 and "cost:" in res.stdout and "No AI used" in res.stdout
    info = hybridstudio("info", "--json", str(outs[0]))
    rec = json.loads(info.stdout)
    assert [s["step"] for s in rec["steps"]] == ["greyscale", "levels", "print_size"]
    assert rec["inputs"][0]["path"] == str(src) and rec["digital_source_type"] is None
    assert rec["cost"]["energy_wh"] > 0


def test_trained_type_for_generation(tmp_path):
    assert ai_record("generates").digital_source_type() == TRAINED
    assert "AI: upscale (esrgan-thick-x4, MIT)" in ai_record("generates").ai_disclosure()
    _ = Path


def test_each_ai_step_carries_its_role_and_credentials_read_it_without_the_registry():
    from hybridstudio.core.provenance import StepRecord, ai_role
    from hybridstudio.credentials.manifest import step_role

    new = StepRecord("sketch-to-paint", "A step of a later version", True, {}, role="generates")
    assert new.as_dict()["ai_role"] == "generates"
    assert step_role(new.as_dict()) == "generates"  # unknown here: its record says what it did
    old = {"step": "generate", "kind": "ai"}  # a record written before steps carried their role
    assert ai_role(old) == "generates" and ai_role({"step": "img2img", "kind": "ai"}) == "modifies"
    assert ai_role({"step": "levels", "kind": "craft"}) is None
