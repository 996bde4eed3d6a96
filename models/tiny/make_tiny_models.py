"""Writes the tiny ONNX models the self-test runs (a few hundred bytes, committed beside this script).

``nearest-x2.onnx``: a 2× nearest-neighbour upscaler built like the real super-resolution models
(a convolution that makes four sub-pixel planes per colour, then ``DepthToSpace``, the "pixel
shuffle" of ESRGAN-type networks). Input ``image`` float32 [1, 3, H, W] in 0..1, output
``upscaled`` float32 [1, 3, 2H, 2W]; every output pixel equals its source pixel, so the self-test
can check the result exactly against ``numpy.repeat``.

Regenerate with ``python models/tiny/make_tiny_models.py`` (needs the ``onnx`` package, a
development dependency only: the app itself runs the model with onnxruntime).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = Path(__file__).resolve().parent
#: Opset and IR version that every onnxruntime since 1.14 loads (CUDA, DirectML, CoreML, CPU).
OPSET = 13
IR_VERSION = 8


def nearest_x2() -> onnx.ModelProto:
    """The 2× nearest upscaler as an ONNX model."""
    scale = 2
    # Conv weight [out=3*4, in=3, 1, 1]: output channel c*4+k copies input channel c, which is the
    # channel order DepthToSpace's "CRD" mode expects (colour major, then sub-pixel position).
    weight = np.zeros((3 * scale * scale, 3, 1, 1), dtype=np.float32)
    for c in range(3):
        weight[c * scale * scale : (c + 1) * scale * scale, c, 0, 0] = 1.0
    bias = np.zeros(3 * scale * scale, dtype=np.float32)
    graph = helper.make_graph(
        nodes=[
            helper.make_node("Conv", ["image", "weight", "bias"], ["planes"], kernel_shape=[1, 1]),
            helper.make_node("DepthToSpace", ["planes"], ["upscaled"], blocksize=scale, mode="CRD"),
        ],
        name="nearest_x2",
        inputs=[helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, "height", "width"])],
        outputs=[
            helper.make_tensor_value_info("upscaled", TensorProto.FLOAT, [1, 3, "height_x2", "width_x2"])
        ],
        initializer=[numpy_helper.from_array(weight, "weight"), numpy_helper.from_array(bias, "bias")],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="hybridstudio-make-tiny-models",
        producer_version="1",
    )
    model.ir_version = IR_VERSION
    model.doc_string = "HybridStudio self-test: 2x nearest upscaler (conv + pixel shuffle). CC0-1.0."
    onnx.checker.check_model(model, full_check=True)
    return model


MODELS = {"nearest-x2.onnx": nearest_x2}


def main(out_dir: Path = HERE) -> list[Path]:
    """Write every tiny model into ``out_dir``; returns the paths written."""
    written = []
    for name, build in MODELS.items():
        path = out_dir / name
        path.write_bytes(build().SerializeToString())
        written.append(path)
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"wrote {p} ({p.stat().st_size} bytes)")
