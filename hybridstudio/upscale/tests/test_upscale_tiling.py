"""Tiled upscaling on the real shared models and real photos: seamless, any tensor contract,
alpha, 16 bit, out-of-memory retry, progress and cancel."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.core.errors import Cancelled, ModelError
from hybridstudio.testing import photo
from hybridstudio.testing.model_variants import wrap_upscaler
from hybridstudio.upscale import TiledUpscaler, UpscalerModel, choose_tile, load_upscaler, upscale


def _u8(name: str, y: int, x: int, h: int, w: int) -> np.ndarray:
    return (photo(name)[y : y + h, x : x + w] * 255 + 0.5).astype(np.uint8)


@pytest.mark.parametrize("name", ["esrgan-slim-x2", "esrgan-medium-x4", "esrgan-thick-x4"])
def test_tiled_equals_whole_image_within_one_level(shared_models, name):
    model = UpscalerModel.open(shared_models / f"{name}.onnx")
    size = (70, 90) if "thick" in name else (130, 150)
    img = _u8("astronaut", 120, 140, *size)
    whole = TiledUpscaler(model, 4096).upscale(img, np.float32)
    tiled = TiledUpscaler(model, 64).upscale(img, np.float32)  # default context; many tiles, ragged edges
    assert whole.shape == (size[0] * model.scale, size[1] * model.scale, 3)
    assert np.abs(whole - tiled).max() <= 1 / 255
    # the test can fail: without context the tile edges show
    seams = TiledUpscaler(model, 64, context=0).upscale(img, np.float32)
    assert np.abs(whole - seams).max() > 2 / 255


def test_contract_is_read_from_the_session(shared_models, tmp_path):
    """NHWC, 0..255, float16 and a fixed 48×48 input: same picture as the original graph."""
    src = shared_models / "esrgan-slim-x2.onnx"
    ref = UpscalerModel.open(src)
    wrapped = wrap_upscaler(
        src, tmp_path / "nhwc255fp16.onnx", nhwc=True, range255=True, fp16=True, fixed=(48, 48)
    )
    m = UpscalerModel.open(wrapped)
    assert (m.layout, m.value_max, m.dtype, m.fixed_input, m.scale) == (
        "NHWC",
        255.0,
        np.float16,
        (48, 48),
        2,
    )
    img = _u8("coffee", 100, 200, 100, 130)
    a = TiledUpscaler(ref, 4096).upscale(img, np.float32)
    b = TiledUpscaler(m, 512).upscale(img, np.float32)  # the tile is forced to 48
    assert np.abs(a - b).max() <= 1 / 255


def test_alpha_separately_and_16_bit_kept(shared_models):
    up = load_upscaler("esrgan-slim-x2")
    rgb16 = (photo("chelsea")[:60, :80] * 65535 + 0.5).astype(np.uint16)
    yy, xx = np.mgrid[0:60, 0:80]
    alpha16 = np.where((yy - 30) ** 2 + (xx - 40) ** 2 < 400, 65535, 0).astype(np.uint16)
    res = upscale(rgb16, alpha16, up, tile=48)
    assert res.rgb.dtype == np.uint16 and res.alpha.dtype == np.uint16
    assert res.rgb.shape == (120, 160, 3) and res.alpha.shape == (120, 160)
    # colour does not depend on alpha (not premultiplied, not mixed)
    plain = upscale(rgb16, None, up, tile=48)
    assert np.array_equal(plain.rgb, res.rgb)
    # alpha went through the model as a grey picture: same as upscaling the grey picture
    grey = TiledUpscaler(up.model, 48).upscale(np.repeat(alpha16[..., None], 3, 2), np.uint16)[..., 0]
    assert np.abs(grey.astype(int) - res.alpha).max() <= 65535 / 510
    # solid areas stay exactly opaque / clear; the edge keeps intermediate values
    assert res.alpha[60, 80] == 65535 and res.alpha[2, 2] == 0
    assert ((res.alpha > 0) & (res.alpha < 65535)).sum() > 50
    # 16-bit precision survives: far more than 256 levels in a smooth photo
    assert len(np.unique(res.rgb[..., 1])) > 1024
    lanczos = upscale(rgb16, alpha16, up, tile=48, alpha_method="lanczos")
    assert np.array_equal(lanczos.rgb, res.rgb) and lanczos.alpha.dtype == np.uint16


class _ShortOfMemory:
    """A real model that fails like onnxruntime does when a tile is larger than ``limit`` px."""

    def __init__(self, model: UpscalerModel, limit: int):
        self.model, self.limit, self.scale, self.fixed_input = model, limit, model.scale, None
        self.refused = 0

    def run_tile(self, rgb, cost=None):
        if max(rgb.shape[:2]) > self.limit:
            self.refused += 1
            raise RuntimeError("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : Failed to allocate memory")
        return self.model.run_tile(rgb, cost)


def test_out_of_memory_halves_the_tile_and_stays_exact(shared_models):
    model = UpscalerModel.open(shared_models / "esrgan-slim-x2.onnx")
    img = _u8("astronaut", 0, 0, 150, 170)
    whole = TiledUpscaler(model, 4096).upscale(img, np.float32)
    short = _ShortOfMemory(model, 100)
    tiler = TiledUpscaler(short, 160, context=16)
    out = tiler.upscale(img, np.float32)
    assert short.refused > 0 and tiler.oom_splits > 0 and tiler.tile == 80
    assert np.abs(out - whole).max() <= 1 / 255
    # other errors are not swallowed
    with pytest.raises(RuntimeError, match="allocate"):
        TiledUpscaler(_ShortOfMemory(model, 10), 64, context=16).upscale(img, np.float32)


def test_progress_per_tile_and_cancel_between_tiles(shared_models):
    model = UpscalerModel.open(shared_models / "esrgan-slim-x2.onnx")
    img = _u8("camera", 0, 0, 120, 120)
    seen: list[float] = []
    TiledUpscaler(model, 64, 16, progress=lambda f, m: seen.append(f)).upscale(img)
    assert len(seen) == 16 and seen == sorted(seen) and seen[-1] == 1.0

    calls = {"n": 0}

    def check():
        calls["n"] += 1
        if calls["n"] > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        TiledUpscaler(model, 64, 16, check=check).upscale(img)
    assert calls["n"] == 4


def test_tile_size_follows_memory(shared_models):
    model = UpscalerModel.open(shared_models / "esrgan-thick-x4.onnx")
    small = choose_tile(model, free_bytes=200 << 20)
    big = choose_tile(model, free_bytes=32 << 30)
    assert 64 <= small < big <= 320 and small % 32 == 0


def test_wrong_models_are_refused(shared_models, tmp_path):
    with pytest.raises(ModelError, match="execute"):
        load_upscaler(tmp_path / "realesrgan.pth")
    txt = tmp_path / "notes.onnx"
    txt.write_text("not a model")
    with pytest.raises(ModelError, match="notes.onnx"):
        load_upscaler(txt)
    with pytest.raises(ModelError, match="unknown model 'esrgan-slim-x3'.*did you mean"):
        load_upscaler("esrgan-slim-x3")


def test_image_borders_are_not_darkened(shared_models):
    """The networks pad with zeros: without mirrored context a white page gets a grey frame."""
    model = UpscalerModel.open(shared_models / "esrgan-thick-x4.onnx")
    white = np.full((24, 28, 3), 255, np.uint8)
    out = TiledUpscaler(model, 128, context=16).upscale(white, np.float32)
    assert out.min() > 0.98
    raw = model.run_tile(np.ones((24, 28, 3), np.float32))  # the bare graph, for comparison
    assert raw.min() < 0.8
