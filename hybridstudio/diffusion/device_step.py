"""The scheduler step as a tiny ONNX graph, so latents stay on the GPU for the whole loop.

Every supported scheduler step is affine in the latents ``x``, the model output ``m``, a noise
tensor ``n`` and the previous clean estimate ``h`` (see :class:`~.schedulers.StepCoeffs`). This
graph takes those tensors where they live (bound with IOBinding on the unet's device) plus one
small vector of scalars from the host, applies classifier-free guidance
(``uncond + g·(cond − uncond)``) to a doubled unet batch, and returns the next latents, the clean
estimate and the next unet input (doubled for guidance, divided by the scheduler's input scale,
cast to the unet's element type). Its outputs are fed to the next unet run without a host copy.
The arithmetic is float32 whatever the unet's type, as on the host path.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .schedulers import StepCoeffs

#: order of the scalars in the graph's ``k`` input
SCALARS = ("g", "p", "q", "lo", "hi", "s1", "s2", "a", "b", "e", "c", "d", "div")
_cache: dict[tuple, bytes] = {}


def scalars(co: StepCoeffs, guidance: float, next_divisor: float | np.floating[Any]) -> np.ndarray:
    """The ``k`` input for one step."""
    vals = {"g": guidance, "div": next_divisor, **{n: getattr(co, n) for n in SCALARS[1:-1]}}
    return np.array([vals[n] for n in SCALARS], dtype=np.float32)


def apply(
    co: StepCoeffs, x: np.ndarray, m: np.ndarray, n: np.ndarray | None, h: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """(x_next, den) in numpy, operation for operation as the graph computes them (float32
    scalars, same order), so the host and device loops make the same image."""
    f = {name: np.float32(getattr(co, name)) for name in SCALARS[1:-1]}
    pred = np.maximum(np.minimum(f["p"] * x + f["q"] * m, f["hi"]), f["lo"])
    den = f["s1"] * pred + f["s2"] * x
    x_next = f["a"] * x + f["b"] * m + f["e"] * den
    x_next = x_next + f["c"] * (n if n is not None else np.zeros_like(x))
    x_next = x_next + f["d"] * (h if h is not None else np.zeros_like(x))
    return x_next.astype(np.float32), den.astype(np.float32)


def step_model(model_dtype: Any, cfg: bool) -> bytes:
    """The serialized step graph for a unet whose output/sample type is ``model_dtype``
    (float32 or float16), with or without guidance; built once per variant."""
    key = (np.dtype(model_dtype).name, cfg)
    if key not in _cache:
        _cache[key] = _build(np.dtype(model_dtype), cfg).SerializeToString()
    return _cache[key]


def _build(model_dtype: np.dtype, cfg: bool):
    from onnx import TensorProto, helper  # lazy: loads onnx only when _build() runs

    f32 = TensorProto.FLOAT
    mt = TensorProto.FLOAT16 if model_dtype == np.float16 else f32
    dims = ["batch", "channels", "height", "width"]
    rows = ["rows", "channels", "height", "width"]
    inputs = [
        helper.make_tensor_value_info("x", f32, dims),
        helper.make_tensor_value_info("m", mt, rows if cfg else dims),
        helper.make_tensor_value_info("n", f32, dims),
        helper.make_tensor_value_info("h", f32, dims),
        helper.make_tensor_value_info("k", f32, [len(SCALARS)]),
    ]
    outputs = [
        helper.make_tensor_value_info("x_next", f32, dims),
        helper.make_tensor_value_info("den", f32, dims),
        helper.make_tensor_value_info("model_in", mt, rows if cfg else dims),
    ]
    nodes = [helper.make_node("Split", ["k"], list(SCALARS), axis=0, num_outputs=len(SCALARS))]
    m = "m"
    if mt != f32:
        nodes.append(helper.make_node("Cast", ["m"], ["m32"], to=f32))
        m = "m32"
    if cfg:
        nodes += [
            helper.make_node("Split", [m], ["mu", "mc"], axis=0, num_outputs=2),
            helper.make_node("Sub", ["mc", "mu"], ["diff"]),
            helper.make_node("Mul", ["g", "diff"], ["gdiff"]),
            helper.make_node("Add", ["mu", "gdiff"], ["mg"]),
        ]
        m = "mg"

    def lin(out: str, terms: list[tuple[str, str]]) -> None:
        names = []
        for coef, t in terms:
            names.append(f"{out}_{coef}{t}")
            nodes.append(helper.make_node("Mul", [coef, t], [names[-1]]))
        acc = names[0]
        for j, nm in enumerate(names[1:]):
            nxt = out if j == len(names) - 2 else f"{out}_sum{j}"
            nodes.append(helper.make_node("Add", [acc, nm], [nxt]))
            acc = nxt

    lin("pred_raw", [("p", "x"), ("q", m)])
    nodes += [
        helper.make_node("Min", ["pred_raw", "hi"], ["pred_hi"]),
        helper.make_node("Max", ["pred_hi", "lo"], ["pred"]),
    ]
    lin("den", [("s1", "pred"), ("s2", "x")])
    lin("x_next", [("a", "x"), ("b", m), ("e", "den"), ("c", "n"), ("d", "h")])
    doubled = "x_next"
    if cfg:
        nodes.append(helper.make_node("Concat", ["x_next", "x_next"], ["x2"], axis=0))
        doubled = "x2"
    nodes.append(helper.make_node("Div", [doubled, "div"], ["scaled"]))
    nodes.append(helper.make_node("Cast", ["scaled"], ["model_in"], to=mt))
    graph = helper.make_graph(nodes, "hybridstudio_scheduler_step", inputs, outputs)
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="hybridstudio"
    )
    model.ir_version = 8
    return model


def decoder_input_model(vae_dtype: Any) -> bytes:
    """A graph taking image ``index`` of the final latents and dividing it by the VAE scaling
    factor, in the VAE decoder's element type: the decoder's input made on the device."""
    key = ("decoder_input", np.dtype(vae_dtype).name)
    if key not in _cache:
        from onnx import TensorProto, helper  # lazy: loads onnx only when decoder_input_model() runs

        f32 = TensorProto.FLOAT
        vt = TensorProto.FLOAT16 if np.dtype(vae_dtype) == np.float16 else f32
        dims = ["batch", "channels", "height", "width"]
        nodes = [
            helper.make_node("Add", ["index", "one"], ["end"]),
            helper.make_node("Slice", ["z", "index", "end", "axis0"], ["one_image"]),
            helper.make_node("Div", ["one_image", "scale"], ["scaled"]),
            helper.make_node("Cast", ["scaled"], ["latent_sample"], to=vt),
        ]
        inits = [
            helper.make_tensor("one", TensorProto.INT64, [1], [1]),
            helper.make_tensor("axis0", TensorProto.INT64, [1], [0]),
        ]
        graph = helper.make_graph(
            nodes,
            "hybridstudio_decoder_input",
            [
                helper.make_tensor_value_info("z", f32, dims),
                helper.make_tensor_value_info("index", TensorProto.INT64, [1]),
                helper.make_tensor_value_info("scale", f32, [1]),
            ],
            [helper.make_tensor_value_info("latent_sample", vt, [1, *dims[1:]])],
            inits,
        )
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", 18)], producer_name="hybridstudio"
        )
        model.ir_version = 8
        _cache[key] = model.SerializeToString()
    return _cache[key]


def _open_like(model: bytes, session: Any) -> Any:
    """``model`` opened with the same providers (and options) as ``session``."""
    import onnxruntime as ort  # lazy: loads onnxruntime only when _open_like() runs

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    providers = session.get_providers()
    options = session.get_provider_options()
    return ort.InferenceSession(
        model,
        sess_options=opts,
        providers=providers,
        provider_options=[options.get(p, {}) for p in providers],
    )


class DecoderInput:
    """:func:`decoder_input_model` opened next to the VAE decoder ``vae_session``."""

    def __init__(self, vae_session: Any, bind_device: str, vae_dtype: Any):
        self.session = _open_like(decoder_input_model(vae_dtype), vae_session)
        self.bind_device = bind_device

    def run(self, z: Any, index: int, scale: float) -> Any:
        """Image ``index`` of the latents ``z`` (an OrtValue) ÷ ``scale``, on the device."""
        binding = self.session.io_binding()
        binding.bind_ortvalue_input("z", z)
        binding.bind_cpu_input("index", np.array([index], dtype=np.int64))
        binding.bind_cpu_input("scale", np.array([scale], dtype=np.float32))
        binding.bind_output("latent_sample", self.bind_device)
        self.session.run_with_iobinding(binding)
        return binding.get_outputs()[0]


class DeviceStep:
    """The step graph opened on the same device and providers as ``unet_session``."""

    def __init__(self, unet_session: Any, bind_device: str, model_dtype: Any, cfg: bool):
        self.session = _open_like(step_model(model_dtype, cfg), unet_session)
        self.bind_device = bind_device
        self.model_dtype = np.dtype(model_dtype)
        self.cfg = cfg

    def upload(self, value: np.ndarray) -> Any:
        """A host array as an OrtValue on the device, its shape kept (rank 0 stays rank 0)."""
        import onnxruntime as ort  # lazy: loads onnxruntime only when upload() runs

        return ort.OrtValue.ortvalue_from_numpy(np.require(value, requirements="C"), self.bind_device, 0)

    def run(self, x: Any, m: Any, n: Any, h: Any, k: np.ndarray) -> tuple[Any, Any, Any]:
        """(x_next, den, model_in) as OrtValues on the device."""
        binding = self.session.io_binding()
        for name, v in (("x", x), ("m", m), ("n", n), ("h", h)):
            binding.bind_ortvalue_input(name, v)
        binding.bind_cpu_input("k", k)
        for name in ("x_next", "den", "model_in"):
            binding.bind_output(name, self.bind_device)
        self.session.run_with_iobinding(binding)
        out = binding.get_outputs()
        return out[0], out[1], out[2]
