"""Separation folders: written in the documented format, read back by outside tools and by
load_separations."""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
import tifffile
from PIL import Image

from hybridstudio.core.errors import InputError
from hybridstudio.separation.composite import composite_of
from hybridstudio.separation.export import load_separations, write_separation_folder
from hybridstudio.separation.sets import Ink, Separation, SeparationSet


def _set(h=40, w=64, dpi=600.0):
    ramp = np.tile(np.linspace(0, 1, w, dtype=np.float32), (h, 1))
    seps = [
        Separation(Ink("Fluorescent Pink", (1.0, 72 / 255, 176 / 255)), ramp, order=1),
        Separation(Ink("Blue", (0.0, 120 / 255, 191 / 255)), ramp[::-1].copy(), order=2),
    ]
    sub = Ink("paper-white", (0.96, 0.96, 0.94), opacity="opaque")
    return SeparationSet(seps, sub, dpi, report={"inks": 2}, press={"process": "riso", "dot_gain": 0.25})


def test_folder_layout_and_tiffs_read_by_tifffile(tmp_path):
    sepset = _set()
    files = write_separation_folder(sepset, tmp_path / "job")
    names = sorted(p.name for p in files)
    assert "01-fluorescent-pink.tif" in names and "02-blue.tif" in names
    doc = json.loads((tmp_path / "job" / "separations.json").read_text())
    assert doc["format"] == "hybridstudio-separations" and doc["version"] == 1 and doc["dpi"] == 600
    assert [e["file"] for e in doc["separations"]] == ["01-fluorescent-pink.tif", "02-blue.tif"]
    with tifffile.TiffFile(tmp_path / "job" / "01-fluorescent-pink.tif") as tif:
        page = tif.pages[0]
        assert page.compression == 5  # LZW
        assert page.dtype == np.uint8 and page.shape == (40, 64)
        assert page.tags["XResolution"].value == (600, 1)
        assert page.tags["ResolutionUnit"].value == 2  # inch
    # pixels decoded by libtiff (Pillow); tifffile needs imagecodecs for LZW
    grey = np.asarray(Image.open(tmp_path / "job" / "01-fluorescent-pink.tif"))
    # ink dark: 100 % coverage (right edge of the ramp) is 0, no ink is 255
    assert grey[0, 0] == 255 and grey[0, -1] == 0


def test_round_trip_keeps_planes_inks_order_and_press(tmp_path):
    sepset = _set()
    write_separation_folder(sepset, tmp_path / "job")
    back = load_separations(tmp_path / "job")
    assert [s.ink.name for s in back.separations] == ["Fluorescent Pink", "Blue"]
    assert back.separations[0].ink.hex == "#ff48b0"
    assert back.dpi == 600 and back.press["dot_gain"] == 0.25
    for a, b in zip(sepset.separations, back.separations, strict=False):
        assert np.abs(a.coverage - b.coverage).max() <= 0.5 / 255 + 1e-6
    assert np.abs(composite_of(back) - composite_of(sepset)).max() < 0.01


def test_refuses_to_overwrite_and_reports_bad_folders(tmp_path):
    write_separation_folder(_set(), tmp_path / "job")
    with pytest.raises(InputError, match="already holds separations"):
        write_separation_folder(_set(), tmp_path / "job")
    with pytest.raises(InputError, match="separations.json is missing"):
        load_separations(tmp_path / "nothing")
    (tmp_path / "job" / "02-blue.tif").unlink()
    with pytest.raises(InputError, match="02-blue.tif: separation file is missing"):
        load_separations(tmp_path / "job")
    Image.new("RGB", (64, 40)).save(tmp_path / "job" / "02-blue.tif")
    with pytest.raises(InputError, match="greyscale"):
        load_separations(tmp_path / "job")
    (tmp_path / "job" / "separations.json").write_text("{not json")
    with pytest.raises(InputError, match="JSON"):
        load_separations(tmp_path / "job")


@pytest.mark.skipif(shutil.which("tiffinfo") is None, reason="libtiff-tools not installed")
def test_libtiff_tiffinfo_reads_the_master(tmp_path):
    write_separation_folder(_set(), tmp_path / "job")
    out = subprocess.run(
        ["tiffinfo", str(tmp_path / "job" / "02-blue.tif")], capture_output=True, text=True, check=True
    ).stdout
    assert "Resolution: 600, 600 pixels/inch" in out
    assert "Bits/Sample: 8" in out and "min-is-black" in out and "LZW" in out


def test_cancelled_save_leaves_no_folder(tmp_path):
    from hybridstudio.core.context import StepContext
    from hybridstudio.core.errors import Cancelled

    ctx = StepContext.standalone("save")
    ctx.cancel.cancel()
    with pytest.raises(Cancelled):
        write_separation_folder(_set(), tmp_path / "job", ctx=ctx)
    assert not (tmp_path / "job").exists()
