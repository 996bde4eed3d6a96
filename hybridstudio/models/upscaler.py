"""An ONNX super-resolution model as the upscaler sees it: its tensor contract, read from the session.

Nothing is assumed: input/output names, element type (float32/float16), layout (NCHW/NHWC) and
fixed or dynamic size come from the session; the scale is read from fixed shapes or measured by
one small run; the value range ([0, 1] or [0, 255]) comes from the catalogue when it says, else
it is measured by running a small real picture both ways and keeping the convention whose result
is closer to a plain bicubic enlargement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ..core.cost import CostMeter
from ..core.errors import ModelError
from ..core.settings import Settings
from ..runtime import DeviceReport, open_session, run_measured
from .inspect import image_layout

_NP: dict[str, type[np.floating[Any]]] = {"tensor(float)": np.float32, "tensor(float16)": np.float16}


def _probe_picture(size: int) -> np.ndarray:
    """A small deterministic test picture with edges, gradients and texture (float32 HxWx3, 0..1)."""
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / max(size - 1, 1)
    r = 0.5 + 0.4 * np.sin(6.0 * x + 2.0 * y)
    g = np.where((x - 0.5) ** 2 + (y - 0.5) ** 2 < 0.1, 0.8, 0.2).astype(np.float32)
    b = 0.5 + 0.3 * np.cos(13.0 * x * y)
    return np.clip(np.dstack([r, g, b]), 0, 1).astype(np.float32)


@dataclass
class UpscalerModel:
    """A ready-to-run upscaler: ``run_tile(rgb) -> rgb*scale`` in float32 0..1."""

    session: Any
    report: DeviceReport
    path: Path
    input_name: str
    output_name: str
    dtype: type[np.floating[Any]]
    layout: str  # NCHW or NHWC
    scale: int
    value_max: float  # 1.0 or 255.0
    fixed_input: tuple[int, int] | None
    pad_multiple: int = 1
    range_source: str = "catalogue"

    @property
    def device(self) -> str:
        return self.report.device

    @classmethod
    def open(
        cls,
        path: str | Path,
        settings: Settings | None = None,
        value_range: tuple | None = None,
        pad_multiple: int = 1,
    ) -> UpscalerModel:
        """Open ``path`` and read its contract. ``value_range`` from the catalogue, if known."""
        sess, report = open_session(path, settings, purpose="upscaler", mem_pattern=False)
        ins, outs = sess.get_inputs(), sess.get_outputs()
        if len(ins) != 1:
            raise ModelError(
                f"{path}: an upscaler takes one image, this model takes "
                f"{len(ins)} inputs ({', '.join(i.name for i in ins)})"
            )
        i = ins[0]
        o = next((t for t in outs if len(t.shape) == 4), None)
        if o is None or i.type not in _NP or len(i.shape) != 4:
            raise ModelError(f"{path}: not an image upscaler (input {i.name} {i.type} {i.shape})")
        layout = image_layout(tuple(i.shape)) or "NCHW"
        hi, wi = (2, 3) if layout == "NCHW" else (1, 2)
        fixed = None
        if isinstance(i.shape[hi], int) and isinstance(i.shape[wi], int):
            fixed = (int(i.shape[hi]), int(i.shape[wi]))
        model = cls(
            sess,
            report,
            Path(path),
            i.name,
            o.name,
            _NP[i.type],
            layout,
            0,
            1.0,
            fixed,
            max(1, int(pad_multiple)),
        )
        if fixed is None and model.pad_multiple == 1:
            model.pad_multiple = model._find_pad_multiple()
        model.scale = model._measure_scale(o.shape, hi)
        if value_range is not None:
            model.value_max = float(value_range[1])
        elif (hint := graph_range_hint(path)) is not None:
            model.value_max, model.range_source = hint, "graph"
        else:
            model.value_max, model.range_source = model._measure_range()
        return model

    # -- contract discovery ---------------------------------------------------------------------
    def _measure_scale(self, out_shape, hi: int) -> int:
        if self.fixed_input and isinstance(out_shape[hi], int):
            s = out_shape[hi] // self.fixed_input[0]
            if s >= 1 and out_shape[hi] == s * self.fixed_input[0]:
                return int(s)
        h, w = self.fixed_input or (16 * self.pad_multiple, 16 * self.pad_multiple)
        out = self._raw(np.full((h, w, 3), 0.5, np.float32) * 1.0)
        s = out.shape[0] // h
        if s < 1 or out.shape[0] != s * h or out.shape[1] != s * w:
            raise ModelError(
                f"{self.path}: output {out.shape[1]}×{out.shape[0]} is not a whole "
                f"multiple of the input {w}×{h}: not an upscaler"
            )
        return int(s)

    def _find_pad_multiple(self) -> int:
        """1 if the model takes any size; else the side multiple it needs (shifted-window
        transformers such as SwinIR/Swin2SR exported with a traced window padding fail on other
        sizes): the smallest of 2…64 that runs."""
        try:
            self._raw(np.full((17, 19, 3), 0.5, np.float32))
            return 1
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own exception types
            first = " ".join(str(exc).split())[:200]
        for m in (2, 4, 8, 16, 32, 64):
            try:
                self._raw(np.full((3 * m, 2 * m, 3), 0.5, np.float32))
                return m
            except Exception:  # noqa: BLE001
                continue
        raise ModelError(
            f"{self.path}: the model fails on a 19×17 picture and on every side multiple up to 64 ({first})"
        )

    def _measure_range(self) -> tuple[float, str]:
        """Run a small picture in both conventions; a clear winner decides, else 0..1 (the ESRGAN
        family's usual convention). Networks without output clipping are nearly scale-equivariant,
        so both conventions then give close results and the choice matters little."""
        h, w = self.fixed_input or (32, 32)
        pic = _probe_picture(max(h, w))[:h, :w]
        ref = cv2.resize(pic, (w * self.scale, h * self.scale), interpolation=cv2.INTER_CUBIC)
        errs = {}
        for vmax in (1.0, 255.0):
            out = self._raw(pic * vmax) / vmax
            errs[vmax] = float(np.mean(np.abs(out - ref)))
        if errs[255.0] * 2 < errs[1.0]:
            return 255.0, "measured"
        if errs[1.0] * 2 < errs[255.0]:
            return 1.0, "measured"
        return 1.0, "assumed"

    def _raw(self, rgb: np.ndarray) -> np.ndarray:
        """One inference on an HxWx3 float array in the model's own value convention."""
        x = rgb.astype(self.dtype)
        x = x.transpose(2, 0, 1)[None] if self.layout == "NCHW" else x[None]
        (y,) = self.session.run([self.output_name], {self.input_name: np.ascontiguousarray(x)})
        y = y[0].transpose(1, 2, 0) if self.layout == "NCHW" else y[0]
        return y.astype(np.float32)

    # -- running -------------------------------------------------------------------------------
    def run_tile(self, rgb: np.ndarray, cost: CostMeter | None = None) -> np.ndarray:
        """Upscale one float32 0..1 HxWx3 tile; pads to the fixed size / multiple and crops back."""
        h, w = rgb.shape[:2]
        th, tw = self.fixed_input or (_ceil_to(h, self.pad_multiple), _ceil_to(w, self.pad_multiple))
        if (th, tw) != (h, w):
            if h > th or w > tw:
                raise ValueError(f"tile {w}×{h} larger than the model's fixed input {tw}×{th}")
            rgb = cv2.copyMakeBorder(
                rgb, 0, th - h, 0, tw - w, cv2.BORDER_REFLECT_101 if min(h, w) > 1 else cv2.BORDER_REPLICATE
            )
        x = (rgb * self.value_max).astype(self.dtype)
        x = x.transpose(2, 0, 1)[None] if self.layout == "NCHW" else x[None]
        (y,) = run_measured(
            self.session,
            [self.output_name],
            {self.input_name: np.ascontiguousarray(x)},
            cost,
            "upscale tile",
            self.device,
        )
        y = y[0].transpose(1, 2, 0) if self.layout == "NCHW" else y[0]
        y = y[: h * self.scale, : w * self.scale].astype(np.float32)
        if self.value_max != 1.0:
            y *= 1.0 / self.value_max
        np.clip(y, 0.0, 1.0, out=y)
        return y

    def describe(self) -> str:
        fixed = (
            f"fixed {self.fixed_input[1]}×{self.fixed_input[0]}"
            if self.fixed_input
            else (
                f"sides padded to a multiple of {self.pad_multiple}" if self.pad_multiple > 1 else "any size"
            )
        )
        rng = "0..1" if self.value_max == 1.0 else "0..255"
        return (
            f"×{self.scale}, {self.layout}, {np.dtype(self.dtype).name}, values {rng} "
            f"({self.range_source}), input {fixed}"
        )


_PASS = ("Cast", "Transpose", "Identity", "Reshape", "Squeeze", "Unsqueeze")


def graph_range_hint(path: str | Path) -> float | None:
    """255.0 or 1.0 when the graph itself shows its value range, else None.

    Looks at the few nodes after the input (a multiplication by 1/255 or a division by 255 means
    the model takes 0..255) and before the output (a clip to 255 or 1).
    """
    # lazy: loads onnx only when graph_range_hint() runs
    import onnx
    from onnx import numpy_helper

    try:
        m = onnx.load(str(path), load_external_data=False)
    except Exception:  # noqa: BLE001
        return None
    g = m.graph
    consts = {t.name: t for t in g.initializer}
    for n in g.node:
        if n.op_type == "Constant" and n.attribute and n.attribute[0].t is not None:
            consts[n.output[0]] = n.attribute[0].t

    def value(name: str) -> float | None:
        t = consts.get(name)
        if t is None or t.data_location == onnx.TensorProto.EXTERNAL:
            return None
        try:
            a = numpy_helper.to_array(t)
        except Exception:  # noqa: BLE001
            return None
        return float(a.reshape(-1)[0]) if a.size == 1 else None

    by_input: dict[str, list] = {}
    producer = {}
    for n in g.node:
        for i in n.input:
            by_input.setdefault(i, []).append(n)
        for o in n.output:
            producer[o] = n
    init = set(consts)
    cur = next((i.name for i in g.input if i.name not in init), None)
    for _ in range(6):
        nxt = by_input.get(cur or "", [])
        if len(nxt) != 1:
            break
        n = nxt[0]
        k = next((value(i) for i in n.input if i != cur and value(i) is not None), None)
        if n.op_type == "Mul" and k is not None and abs(k - 1 / 255) < 1e-4:
            return 255.0
        if n.op_type == "Div" and k is not None and abs(k - 255) < 1e-2:
            return 255.0
        if n.op_type not in _PASS:
            break
        cur = n.output[0]
    cur = g.output[0].name if g.output else None
    for _ in range(6):
        n = producer.get(cur or "")
        if n is None:
            break
        if n.op_type in ("Clip", "Min"):
            hi = (
                value(n.input[2])
                if (n.op_type == "Clip" and len(n.input) > 2)
                else (next((value(i) for i in n.input[1:] if value(i) is not None), None))
            )
            if hi is not None and abs(hi - 255) < 1e-3:
                return 255.0
            if hi is not None and abs(hi - 1) < 1e-6:
                return 1.0
        if n.op_type == "Mul":
            k = next((value(i) for i in n.input if value(i) is not None), None)
            if k is not None and abs(k - 255) < 1e-3:
                return 255.0
        if n.op_type not in _PASS + ("Max",):
            break
        cur = n.input[0]
    return None


def _ceil_to(n: int, m: int) -> int:
    return -(-n // m) * m
