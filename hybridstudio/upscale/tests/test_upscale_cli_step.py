"""The `upscale` command and the recipe step, end to end on real photos; outputs read back with
Pillow, OpenCV and tifffile."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
import tifffile
from PIL import Image, ImageCms

from hybridstudio.cli import main
from hybridstudio.core.context import StepContext
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.core.recipe import Recipe
from hybridstudio.io.images import read_xmp
from hybridstudio.steps.upscale import Upscale
from hybridstudio.testing import ROOT, photo

A98 = Path("/usr/share/color/icc/ghostscript/a98.icc")


def _profile() -> bytes:
    """A profile that is not sRGB (Adobe RGB where the system has it), to see it kept unchanged."""
    if A98.is_file():
        return A98.read_bytes()
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("XYZ")).tobytes()


def _png16_rgba(path: Path, icc: bytes) -> tuple[np.ndarray, np.ndarray]:
    rgb = (photo("coffee")[100:148, 200:264] * 65535 + 0.5).astype(np.uint16)
    alpha = np.full(rgb.shape[:2], 65535, np.uint16)
    alpha[:, :20] = 0
    ok, enc = cv2.imencode(".png", np.dstack([rgb[..., ::-1], alpha]))
    assert ok
    # add the ICC profile and 150 dpi with Pillow's own writer? It cannot write 16-bit RGBA PNG, so the
    # chunks are inserted after IHDR as any PNG writer does
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = enc.tobytes()
    extra = chunk(b"iCCP", b"test\x00\x00" + zlib.compress(icc)) + chunk(
        b"pHYs", struct.pack(">IIB", round(150 / 0.0254), round(150 / 0.0254), 1)
    )
    path.write_bytes(raw[:33] + extra + raw[33:])
    return rgb, alpha


def test_cli_keeps_16_bit_alpha_icc_and_physical_size(tmp_path, capsys):
    icc = _profile()
    src = tmp_path / "scan.png"
    rgb, alpha = _png16_rgba(src, icc)
    before = src.read_bytes()
    assert main(["upscale", str(src), "-m", "esrgan-slim-x2", "--tile", "32"]) == 0
    out = capsys.readouterr().out
    assert "running on CPU" in out and "scan-x2.png" in out and "Wh" in out
    dst = tmp_path / "scan-x2.png"
    back = cv2.imread(str(dst), cv2.IMREAD_UNCHANGED)
    assert back.dtype == np.uint16 and back.shape == (96, 128, 4)
    # clear left band, opaque right, a soft edge between (the fast model leaves faint ripples)
    assert back[:, :32, 3].max() < 0.02 * 65535 and back[:, 48:, 3].min() > 0.98 * 65535
    with Image.open(dst) as im:
        assert im.info["icc_profile"] == icc
        assert im.info["dpi"][0] == pytest.approx(300, abs=0.1)  # same printed size, twice the dpi
    assert b"compositeWithTrainedAlgorithmicMedia" in read_xmp(dst) and b"esrgan-slim-x2" in read_xmp(dst)
    assert (tmp_path / "scan-x2.png.hybridstudio.json").is_file()
    assert src.read_bytes() == before
    # the output never replaces the input, even when asked to
    assert main(["upscale", str(src), "-m", "esrgan-slim-x2", "-o", str(src)]) == 0
    assert src.read_bytes() == before and (tmp_path / "scan-2.png").is_file()


def test_cli_tiff_and_jpeg_keep_their_profile(tmp_path):
    icc = _profile()
    rgb16 = (photo("chelsea")[50:90, 100:150] * 65535 + 0.5).astype(np.uint16)
    tif = tmp_path / "plate.tif"
    tifffile.imwrite(tif, rgb16, photometric="rgb", iccprofile=icc)
    jpg = tmp_path / "phone.jpg"
    Image.fromarray((rgb16 >> 8).astype(np.uint8)).save(jpg, quality=92, icc_profile=icc)
    assert main(["upscale", str(tif), str(jpg), "-m", "esrgan-slim-x2", "-o", str(tmp_path / "out")]) == 0
    with tifffile.TiffFile(tmp_path / "out" / "plate-x2.tif") as t:
        page = t.pages[0]
        assert page.dtype == np.uint16 and page.shape == (80, 100, 3)
        assert page.tags["InterColorProfile"].value == icc
    with Image.open(tmp_path / "out" / "phone-x2.jpg") as im:
        assert im.size == (100, 80) and im.info["icc_profile"] == icc


def test_cli_errors_name_the_problem(tmp_path, capsys):
    assert main(["upscale", str(tmp_path / "absent.png"), "-m", "esrgan-slim-x2"]) == 1
    assert "absent.png" in capsys.readouterr().err
    img = tmp_path / "a.png"
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(img)
    assert main(["upscale", str(img), "-m", str(tmp_path / "weights.pth")]) == 1
    assert "execute" in capsys.readouterr().err
    broken = tmp_path / "broken.png"
    broken.write_bytes(img.read_bytes()[:40])
    assert main(["upscale", str(broken), "-m", "esrgan-slim-x2"]) == 1
    assert "broken.png" in capsys.readouterr().err


def test_step_fills_the_record_and_keeps_print_size(shared_models):
    rgb = photo("astronaut")[:40, :56]
    alpha = np.ones((40, 56), np.float32)
    alpha[:10] = 0.0
    data = ImagePayload(rgb, alpha=alpha, dpi=300.0, bit_depth=16)
    ctx = StepContext.standalone("upscale")
    out = Upscale().run(data, {"model": "esrgan-slim-x4", "tile": 0, "context": 16, "alpha": "model"}, ctx)
    assert out.pixels.shape == (160, 224, 3) and out.alpha.shape == (160, 224)
    assert out.dpi == 1200.0 and out.bit_depth == 16
    model = ctx.record.ai["model"]
    assert model["id"] == "esrgan-slim-x4" and model["licence"]["commercial_use"] is True
    assert model["sha256"] == "91a90a7bffe2cca7e5dc35be704613d7839973544c68eeaddde177be7db9c7f2"
    assert any("running on CPU" in n for n in ctx.device_report)
    assert [e.label for e in ctx.cost.entries].count("upscale tile") >= 2  # colour and alpha
    assert Upscale().fingerprint({"model": "esrgan-slim-x4"}) == model["sha256"]


def test_shipped_recipe_runs(tmp_path):
    from hybridstudio.core.executor import Executor

    recipe = Recipe.load(ROOT / "resources" / "recipes" / "ai-upscale-for-print.toml")
    src = tmp_path / "stamp.png"
    Image.fromarray((photo("coffee")[120:150, 220:260] * 255).astype(np.uint8)).save(src)
    (res,) = Executor().run(recipe, [src], tmp_path / "out")
    assert res.payload.width == round(200 / 25.4 * 300) and res.payload.dpi == 300
    steps = res.record.as_dict()["steps"]
    assert steps[0]["ai"]["model"]["id"] == "esrgan-thick-x4"
    assert "running on CPU" in " ".join(res.device_report)
    assert res.cost["energy_wh"] > 0
    with Image.open(res.outputs[0]) as im:
        assert im.size[0] == 2362
        buf = io.BytesIO()
        im.save(buf, "PNG")
    assert "AI: upscale (esrgan-thick-x4, MIT)" in res.record.ai_disclosure()


def test_cli_png_pixels_match_the_engine(tmp_path):
    from hybridstudio.upscale import load_upscaler, upscale

    rgb = (photo("rocket")[200:240, 150:200] * 255 + 0.5).astype(np.uint8)
    src = tmp_path / "rocket.png"
    Image.fromarray(rgb).save(src)
    assert main(["upscale", str(src), "-m", "esrgan-slim-x2"]) == 0
    with Image.open(tmp_path / "rocket-x2.png") as im:
        assert im.mode == "RGB"
        written = np.asarray(im)
    assert np.array_equal(written, upscale(rgb, None, load_upscaler("esrgan-slim-x2")).rgb)
