"""Look inside an ONNX graph (without loading its weights) and say what kind of model it is.

Used when importing a model from a USB stick or a school share: the user sees its inputs and
outputs, and HybridStudio decides whether it is an upscaler, a diffusion part, or unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import ModelError
from ..core.safepaths import is_plain_relative

_ELEM = {
    1: "float32",
    2: "uint8",
    3: "int8",
    5: "int16",
    6: "int32",
    7: "int64",
    9: "bool",
    10: "float16",
    11: "float64",
    16: "bfloat16",
}

#: Diffusers/Optimum part names recognised by their input names.
DIFFUSION_PARTS = {
    "unet": {"sample", "timestep", "encoder_hidden_states"},
    "vae_decoder": {"latent_sample"},
    "text_encoder": {"input_ids"},
}


@dataclass(frozen=True)
class TensorInfo:
    name: str
    dtype: str
    shape: tuple[int | str | None, ...]  # ints for fixed sizes, names or None for dynamic ones

    def describe(self) -> str:
        dims = ", ".join("?" if d is None else str(d) for d in self.shape)
        return f"{self.name}: {self.dtype} [{dims}]"


@dataclass
class GraphInfo:
    """What an ONNX file declares, and what HybridStudio makes of it."""

    path: Path
    inputs: list[TensorInfo]
    outputs: list[TensorInfo]
    opset: int | None
    producer: str
    metadata: dict[str, str]
    external_data: list[str] = field(default_factory=list)
    kind: str = "unknown"  # upscaler, diffusion-part, unknown
    part: str = ""  # unet, vae_decoder, vae_encoder, text_encoder
    layout: str = ""  # NCHW or NHWC for images
    scale: int | None = None  # when the shapes tell
    fixed_input: tuple[int, int] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "kind": self.kind,
            "part": self.part or None,
            "layout": self.layout or None,
            "scale": self.scale,
            "fixed_input": list(self.fixed_input) if self.fixed_input else None,
            "opset": self.opset,
            "producer": self.producer,
            "inputs": [t.describe() for t in self.inputs],
            "outputs": [t.describe() for t in self.outputs],
            "external_data": self.external_data,
        }


def _tensor(vi) -> TensorInfo:
    tt = vi.type.tensor_type
    dims: list[int | str | None] = []
    for d in tt.shape.dim:
        if d.HasField("dim_value"):
            dims.append(int(d.dim_value))
        elif d.HasField("dim_param"):
            dims.append(d.dim_param)
        else:
            dims.append(None)
    return TensorInfo(vi.name, _ELEM.get(tt.elem_type, f"type{tt.elem_type}"), tuple(dims))


def image_layout(shape: tuple) -> str:
    """'NCHW' or 'NHWC' for a 4-D image tensor with 3 (or 1/4) channels; '' if neither."""
    if len(shape) != 4:
        return ""
    if shape[1] in (1, 3, 4):
        return "NCHW"
    if shape[3] in (1, 3, 4):
        return "NHWC"
    return ""


def inspect_onnx(path: str | Path) -> GraphInfo:
    """Read the graph of an ONNX file (weights left on disk) and classify it."""
    import onnx  # lazy: loads onnx only when inspect_onnx() runs

    path = Path(path)
    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as exc:  # noqa: BLE001 - protobuf errors of all kinds
        raise ModelError(f"{path}: not an ONNX model ({' '.join(str(exc).split())[:200]})") from exc
    g = model.graph
    init = {i.name for i in g.initializer}
    inputs = [_tensor(v) for v in g.input if v.name not in init]
    outputs = [_tensor(v) for v in g.output]
    ext = sorted({e.value for t in g.initializer for e in t.external_data if e.key == "location"})
    for loc in ext:
        if not is_plain_relative(loc):
            raise ModelError(
                f"{path}: its weights point outside the model's folder "
                f"(external data location {loc!r}); refused: a model may only use "
                "files beside it"
            )
    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), None)
    info = GraphInfo(
        path,
        inputs,
        outputs,
        opset,
        f"{model.producer_name} {model.producer_version}".strip(),
        {p.key: p.value for p in model.metadata_props},
        ext,
    )
    _classify(info)
    return info


def _classify(info: GraphInfo) -> None:
    names = {t.name for t in info.inputs}
    for part, needed in DIFFUSION_PARTS.items():
        if needed <= names:
            info.kind, info.part = "diffusion-part", part
            return
    if "sample" in names and any(o.name.startswith("latent") for o in info.outputs):
        info.kind, info.part = "diffusion-part", "vae_encoder"
        return
    if len(info.inputs) == 1 and len(info.outputs) == 1:
        i, o = info.inputs[0], info.outputs[0]
        lay = image_layout(i.shape)
        if lay and image_layout(o.shape) == lay and i.dtype in ("float32", "float16"):
            info.kind, info.layout = "upscaler", lay
            hi, wi = (2, 3) if lay == "NCHW" else (1, 2)
            h_in, w_in, h_out = i.shape[hi], i.shape[wi], o.shape[hi]
            if isinstance(h_in, int) and isinstance(w_in, int):
                info.fixed_input = (h_in, w_in)
                if isinstance(h_out, int) and h_out % h_in == 0:
                    info.scale = h_out // h_in
