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
from ..models.inspect import image_layout
from ..runtime import DeviceReport, open_session, run_measured

_NP = {"tensor(float)": np.float32, "tensor(float16)": np.float16}


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
    dtype: type
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
    def open(cls, path: str | Path, settings: Settings | None = None, value_range: tuple | None = None,
             pad_multiple: int = 1) -> UpscalerModel:
        """Open ``path`` and read its contract. ``value_range`` from the catalogue, if known."""
        sess, report = open_session(path, settings, purpose="upscaler")
        ins, outs = sess.get_inputs(), sess.get_outputs()
        if len(ins) != 1:
            raise ModelError(f"{path}: an upscaler takes one image, this model takes "
                             f"{len(ins)} inputs ({', '.join(i.name for i in ins)})")
        i = ins[0]
        o = next((t for t in outs if len(t.shape) == 4), None)
        if o is None or i.type not in _NP or len(i.shape) != 4:
            raise ModelError(f"{path}: not an image upscaler (input {i.name} {i.type} {i.shape})")
        layout = image_layout(tuple(i.shape)) or "NCHW"
        hi, wi = (2, 3) if layout == "NCHW" else (1, 2)
        fixed = None
        if isinstance(i.shape[hi], int) and isinstance(i.shape[wi], int):
            fixed = (int(i.shape[hi]), int(i.shape[wi]))
        model = cls(sess, report, Path(path), i.name, o.name, _NP[i.type], layout, 0, 1.0, fixed,
                    max(1, int(pad_multiple)))
        model.scale = model._measure_scale(o.shape, hi)
        if value_range is not None:
            model.value_max = float(value_range[1])
        else:
            model.value_max = model._measure_range()
            model.range_source = "measured"
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
            raise ModelError(f"{self.path}: output {out.shape[1]}×{out.shape[0]} is not a whole "
                             f"multiple of the input {w}×{h}: not an upscaler")
        return int(s)

    def _measure_range(self) -> float:
        h, w = self.fixed_input or (32, 32)
        pic = _probe_picture(max(h, w))[:h, :w]
        ref = cv2.resize(pic, (w * self.scale, h * self.scale), interpolation=cv2.INTER_CUBIC)
        errs = {}
        for vmax in (1.0, 255.0):
            out = self._raw(pic * vmax) / vmax
            errs[vmax] = float(np.mean(np.abs(out - ref)))
        return min(errs, key=errs.get)

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
            rgb = cv2.copyMakeBorder(rgb, 0, th - h, 0, tw - w, cv2.BORDER_REFLECT_101
                                     if min(h, w) > 1 else cv2.BORDER_REPLICATE)
        x = (rgb * self.value_max).astype(self.dtype)
        x = x.transpose(2, 0, 1)[None] if self.layout == "NCHW" else x[None]
        (y,) = run_measured(self.session, [self.output_name], {self.input_name: np.ascontiguousarray(x)},
                            cost, "upscale tile", self.device)
        y = y[0].transpose(1, 2, 0) if self.layout == "NCHW" else y[0]
        y = y[: h * self.scale, : w * self.scale].astype(np.float32)
        if self.value_max != 1.0:
            y *= 1.0 / self.value_max
        np.clip(y, 0.0, 1.0, out=y)
        return y

    def describe(self) -> str:
        fixed = f"fixed {self.fixed_input[1]}×{self.fixed_input[0]}" if self.fixed_input else "any size"
        rng = "0..1" if self.value_max == 1.0 else "0..255"
        return (f"×{self.scale}, {self.layout}, {np.dtype(self.dtype).name}, values {rng} "
                f"({self.range_source}), input {fixed}")


def _ceil_to(n: int, m: int) -> int:
    return -(-n // m) * m
