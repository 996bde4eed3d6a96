"""Re-wrap a real shared ONNX upscaler with another tensor contract, to test that the upscaler reads
the contract from the session: NHWC layout, 0..255 values, float16 I/O, fixed input size.

The trained network inside is untouched; only conversion nodes are added around it, so the
wrapped model must give the same pictures as the original.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def wrap_upscaler(
    src: Path,
    dst: Path,
    *,
    nhwc: bool = False,
    range255: bool = False,
    fp16: bool = False,
    fixed: tuple[int, int] | None = None,
    scale: int = 2,
) -> Path:
    m = onnx.load(str(src))
    g = m.graph
    inner_in, inner_out = g.input[0].name, g.output[0].name
    nodes = []
    cur = "x_in"
    elem = TensorProto.FLOAT16 if fp16 else TensorProto.FLOAT
    if fp16:
        nodes.append(helper.make_node("Cast", [cur], ["x_f32"], to=TensorProto.FLOAT))
        cur = "x_f32"
    if range255:
        g.initializer.append(numpy_helper.from_array(np.array(1 / 255, np.float32), "inv255"))
        nodes.append(helper.make_node("Mul", [cur, "inv255"], ["x_unit"]))
        cur = "x_unit"
    if nhwc:
        nodes.append(helper.make_node("Transpose", [cur], ["x_nchw"], perm=[0, 3, 1, 2]))
        cur = "x_nchw"
    nodes.append(helper.make_node("Identity", [cur], [inner_in]))
    post = []
    cur = inner_out
    if nhwc:
        post.append(helper.make_node("Transpose", [cur], ["y_nhwc"], perm=[0, 2, 3, 1]))
        cur = "y_nhwc"
    if range255:
        g.initializer.append(numpy_helper.from_array(np.array(255, np.float32), "k255"))
        post.append(helper.make_node("Mul", [cur, "k255"], ["y_255"]))
        cur = "y_255"
    if fp16:
        post.append(helper.make_node("Cast", [cur], ["y_f16"], to=TensorProto.FLOAT16))
        cur = "y_f16"
    post.append(helper.make_node("Identity", [cur], ["y_out"]))
    h, w = fixed if fixed else ("height", "width")
    oh, ow = (h * scale, w * scale) if fixed else ("oh", "ow")
    in_shape = [1, h, w, 3] if nhwc else [1, 3, h, w]
    out_shape = [1, oh, ow, 3] if nhwc else [1, 3, oh, ow]
    new_in = helper.make_tensor_value_info("x_in", elem, in_shape)
    new_out = helper.make_tensor_value_info("y_out", elem, out_shape)
    old_nodes = list(g.node)
    del g.node[:]
    g.node.extend(nodes + old_nodes + post)
    del g.input[:]
    g.input.append(new_in)
    del g.output[:]
    g.output.append(new_out)
    del g.value_info[:]
    onnx.save(m, str(dst))
    return dst
