"""Importing models from disk: graph inspection, classification, pickles refused, verify, remove."""

from __future__ import annotations

import shutil

import onnx
import pytest
from onnx import TensorProto, helper

from hybridstudio.cli import main
from hybridstudio.core.errors import ModelError
from hybridstudio.models import get_manifest, import_model, resolve
from hybridstudio.models.inspect import inspect_onnx
from hybridstudio.testing.model_variants import wrap_upscaler


def _graph(path, inputs: dict[str, tuple[int, list]], out: str = "out"):
    first = next(iter(inputs))
    g = helper.make_graph(
        [helper.make_node("Identity", [first], [out])],
        "g",
        [helper.make_tensor_value_info(k, t, s) for k, (t, s) in inputs.items()],
        [helper.make_tensor_value_info(out, inputs[first][0], inputs[first][1])],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    return path


def test_import_an_upscaler_with_licence_then_verify_and_remove(shared_models, tmp_path, capsys):
    src = tmp_path / "usb" / "My Upscaler.onnx"
    src.parent.mkdir()
    shutil.copy(shared_models / "esrgan-slim-x4.onnx", src)
    assert main(["models", "import", str(src), "--licence", "MIT", "--commercial", "yes"]) == 0
    out = capsys.readouterr().out
    assert "input  input: float32 [" in out and "imported as 'my-upscaler'" in out and "×4" in out
    m = get_manifest("my-upscaler")
    assert (m.kind, m.source, m.upscaler.scale, m.upscaler.layout) == ("upscaler", "imported", 4, "NCHW")
    assert m.licence.commercial_use is True
    model = resolve("my-upscaler")
    assert model.path.read_bytes() == src.read_bytes() and model.path != src  # a copy, not a link
    assert main(["models", "verify", "my-upscaler"]) == 0
    data = bytearray(model.path.read_bytes())
    data[-100] ^= 0xFF
    model.path.write_bytes(bytes(data))
    assert main(["models", "verify", "my-upscaler"]) == 1
    assert "FAILED" in capsys.readouterr().out
    assert main(["models", "remove", "my-upscaler"]) == 0
    with pytest.raises(ModelError, match="unknown model"):
        resolve("my-upscaler")


def test_import_reads_nhwc_fixed_size_from_the_graph(shared_models, tmp_path):
    src = wrap_upscaler(
        shared_models / "esrgan-slim-x2.onnx", tmp_path / "fixed.onnx", nhwc=True, fixed=(64, 64)
    )
    info = inspect_onnx(src)
    assert (info.kind, info.layout, info.fixed_input, info.scale) == ("upscaler", "NHWC", (64, 64), 2)
    m = import_model(src)
    assert m.upscaler.fixed_input == (64, 64) and m.licence.commercial_use is None


@pytest.mark.parametrize("suffix", [".ckpt", ".pt", ".pth", ".bin"])
def test_pickled_checkpoints_are_refused(tmp_path, suffix):
    p = tmp_path / f"model{suffix}"
    p.write_bytes(b"\x80\x04\x95 pickled")
    with pytest.raises(ModelError, match="can execute any code"):
        import_model(p)
    with pytest.raises(ModelError, match="can execute any code"):
        resolve(p)


def test_import_a_diffusion_folder_skips_pickles(tmp_path):
    root = tmp_path / "my-sd"
    _graph(
        root / "unet" / "model.onnx",
        {
            "sample": (TensorProto.FLOAT, [1, 4, 64, 64]),
            "timestep": (TensorProto.INT64, [1]),
            "encoder_hidden_states": (TensorProto.FLOAT, [1, 77, 768]),
        },
    )
    _graph(root / "text_encoder" / "model.onnx", {"input_ids": (TensorProto.INT32, [1, 77])})
    _graph(root / "vae_decoder" / "model.onnx", {"latent_sample": (TensorProto.FLOAT, [1, 4, 64, 64])})
    (root / "model_index.json").write_text('{"_class_name": "OnnxStableDiffusionPipeline"}')
    (root / "unet" / "diffusion_pytorch_model.bin").write_bytes(b"\x80\x04 pickle")
    assert inspect_onnx(root / "unet" / "model.onnx").part == "unet"
    assert inspect_onnx(root / "text_encoder" / "model.onnx").part == "text_encoder"
    m = import_model(root)
    assert m.kind == "diffusion" and "pickled" in m.notes[0]
    assert sorted(f.path for f in m.files) == [
        "model_index.json",
        "text_encoder/model.onnx",
        "unet/model.onnx",
        "vae_decoder/model.onnx",
    ]
    model = resolve("my-sd")
    assert model.path.is_dir() and (model.path / "unet" / "model.onnx").is_file()
    assert not (model.path / "unet" / "diffusion_pytorch_model.bin").exists()


def test_bad_imports_say_what_is_wrong(tmp_path):
    unet = _graph(
        tmp_path / "unet.onnx",
        {
            "sample": (TensorProto.FLOAT, [1, 4, 64, 64]),
            "timestep": (TensorProto.INT64, [1]),
            "encoder_hidden_states": (TensorProto.FLOAT, [1, 77, 768]),
        },
    )
    with pytest.raises(ModelError, match="diffusion unet.*whole diffusion folder"):
        import_model(unet)
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\x00\x01 not protobuf" * 50)
    with pytest.raises(ModelError, match="junk.onnx: not an ONNX model"):
        import_model(junk)
    with pytest.raises(ModelError, match="not found"):
        import_model(tmp_path / "absent.onnx")


def test_a_tampered_local_copy_of_a_catalogue_model_is_refused(shared_models, tmp_path, monkeypatch):
    bad = tmp_path / "esrgan-slim-x2.onnx"
    data = bytearray((shared_models / "esrgan-slim-x2.onnx").read_bytes())
    data[5000] ^= 0x01
    bad.write_bytes(bytes(data))
    monkeypatch.setenv("HYBRIDSTUDIO_MODEL_PATH", str(tmp_path))
    with pytest.raises(ModelError, match=r"esrgan-slim-x2.onnx is corrupt"):
        resolve("esrgan-slim-x2")
