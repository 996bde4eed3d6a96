"""Build tiny random-weight diffusion pipelines in the exact Hugging Face ONNX folder layout.

No real diffusion model can be downloaded where HybridStudio is tested, so the tests and the
benchmark run on these: every part (tokenizer, text encoder(s), unet, VAE decoder and encoder,
scheduler config, model_index.json, config.json per part) has the names, dtypes, shapes and
files of the real exports, with a few kilobytes of random weights instead of a trained network.

Variants (``VARIANTS``):
- ``sd15-optimum1``: SD 1.5 layout from optimum 1.x / diffusers' ONNX converter: int32
  ``input_ids``, int64 ``timestep`` of shape [1], a VAE encoder that samples inside the graph
  (RandomNormalLike), opset 14, PNDM scheduler config (leading spacing, steps_offset 1).
- ``sd-turbo-optimum2``: SD-Turbo layout from today's optimum-onnx: int64 ids, float32 scalar
  timestep, VAE encoder returning ``latent_parameters`` (mean ‖ logvar), opset 18, Euler trailing,
  pad token "!".
- ``sd-turbo-fp16``: as above with float16 inputs and outputs (Olive-style fp16 graphs, float16
  timestep of shape [batch]).
- ``lcm``: LCM Dreamshaper layout: unet ``timestep_cond`` (guidance embedding), LCM scheduler.
- ``sdxl-turbo``: second text encoder (``text_encoder_2``, ``tokenizer_2``), hidden_states.N
  outputs, unet ``text_embeds`` and ``time_ids``, Euler ancestral trailing, VAE factor 0.13025.

The CLIP tokenizer files are a small real byte-level BPE (vocab.json + merges.txt in CLIP's
format, with ``</w>`` word ends) trained with the ``tokenizers`` library on the prompts below.

Usage: ``python scripts/make_tiny_diffusion.py OUT_DIR [VARIANT ...]``; or from Python
``build(variant, folder)``. Building all variants takes well under a second per variant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

VARIANTS = ("sd15-optimum1", "sd-turbo-optimum2", "sd-turbo-fp16", "lcm", "sdxl-turbo")

CORPUS = """
a screenprint poster of a lighthouse at dusk, two colours, bold shapes, halftone dots
une affiche sérigraphiée d'un phare au crépuscule, deux couleurs, formes franches, trame
risograph zine cover, fluorescent pink and blue, grainy texture, hand drawn lettering
couverture de fanzine en risographie, rose fluo et bleu, texture granuleuse, lettrage à la main
a linocut of a fox in the forest, black ink on cream paper, carved lines, high contrast
une linogravure d'un renard dans la forêt, encre noire sur papier crème, traits gravés
cyanotype photogram of ferns and leaves, prussian blue, soft edges, botanical study
cyanotype de fougères et de feuilles, bleu de prusse, bords doux, étude botanique
portrait of an old fisherman, charcoal drawing, dramatic light, visible paper grain
portrait d'un vieux pêcheur, dessin au fusain, lumière dramatique, grain du papier visible
a still life with lemons and a glass jug, gouache, flat colours, matisse style, 1950s
nature morte aux citrons et à la cruche en verre, gouache, aplats de couleur, années 1950
city map of marseille as a woodcut, bird's eye view, intricate streets, sepia ink
plan de la ville de marseille en gravure sur bois, vue à vol d'oiseau, rues enchevêtrées
don't use photographic lighting; it's a print, we're printing 3 layers with 2 inks!
l'été, où la mère et l'élève s'arrêtent : « ça va être génial », dit-il, naïf et ému.
"""

# --- CLIP-format BPE files ------------------------------------------------------------------


def _byte_alphabet() -> list[str]:
    """The 256 printable characters that stand for bytes in byte-level BPE, in CLIP's order:
    printable ASCII and Latin-1 bytes map to themselves, the others to code points from 256 up."""
    keep = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    chars = {b: chr(b) for b in keep}
    extra = 0
    for b in range(256):
        if b not in chars:
            chars[b] = chr(256 + extra)
            extra += 1
    order = keep + [b for b in range(256) if b not in keep]
    return [chars[b] for b in order]


def write_clip_tokenizer(folder: Path, pad_token: str = "<|endoftext|>", n_merges: int = 600) -> None:
    """vocab.json, merges.txt, special_tokens_map.json and tokenizer_config.json in CLIP's format:
    vocab = bytes, bytes + "</w>", one entry per merge, then the start and end tokens."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(end_of_word_suffix="</w>"))
    split = (
        r"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]"
        r"|[^\s\p{L}\p{N}]+"
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(split), behavior="removed", invert=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False),
        ]
    )
    alphabet = _byte_alphabet()
    trainer = trainers.BpeTrainer(
        vocab_size=512 + n_merges + 2,
        initial_alphabet=alphabet,
        end_of_word_suffix="</w>",
        show_progress=False,
        min_frequency=2,
    )
    tok.train_from_iterator([CORPUS.lower()] * 3, trainer)
    merges = json.loads(tok.to_str())["model"]["merges"]
    merges = [" ".join(m) if isinstance(m, list) else m for m in merges][:n_merges]
    vocab_list = alphabet + [c + "</w>" for c in alphabet]
    seen = set(vocab_list)
    kept = []
    for m in merges:
        a, b = m.split(" ")
        if a in seen and b in seen and a + b not in seen:
            vocab_list.append(a + b)
            seen.add(a + b)
            kept.append(m)
    vocab_list += ["<|startoftext|>", "<|endoftext|>"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(
        json.dumps({t: i for i, t in enumerate(vocab_list)}, ensure_ascii=False), encoding="utf-8"
    )
    (folder / "merges.txt").write_text("#version: 0.2\n" + "\n".join(kept) + "\n", encoding="utf-8")
    special = {
        "bos_token": {
            "content": "<|startoftext|>",
            "lstrip": False,
            "normalized": True,
            "rstrip": False,
            "single_word": False,
        },
        "eos_token": {
            "content": "<|endoftext|>",
            "lstrip": False,
            "normalized": True,
            "rstrip": False,
            "single_word": False,
        },
        "pad_token": pad_token,
        "unk_token": {
            "content": "<|endoftext|>",
            "lstrip": False,
            "normalized": True,
            "rstrip": False,
            "single_word": False,
        },
    }
    (folder / "special_tokens_map.json").write_text(json.dumps(special, indent=2), encoding="utf-8")
    config = {
        "add_prefix_space": False,
        "bos_token": "<|startoftext|>",
        "do_lower_case": True,
        "eos_token": "<|endoftext|>",
        "errors": "replace",
        "model_max_length": 77,
        "pad_token": pad_token,
        "tokenizer_class": "CLIPTokenizer",
        "unk_token": "<|endoftext|>",
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")


# --- ONNX graph helpers ----------------------------------------------------------------------


class _G:
    """A small graph builder over onnx.helper."""

    def __init__(self, rng: np.random.Generator, opset: int):
        self.rng, self.opset = rng, opset
        self.nodes: list = []
        self.inits: list = []
        self.inputs: list = []
        self.outputs: list = []
        self.n = 0

    def name(self, base: str) -> str:
        self.n += 1
        return f"{base}_{self.n}"

    def const(self, arr: np.ndarray, base: str = "w") -> str:
        name = self.name(base)
        self.inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def weight(self, *shape: int, scale: float = 0.3) -> str:
        return self.const((self.rng.standard_normal(shape) * scale).astype(np.float32))

    def op(self, op_type: str, inputs: list[str], **attrs) -> str:
        out = self.name(op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def op_named(self, op_type: str, inputs: list[str], out: str, **attrs) -> str:
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def inp(self, name: str, dtype: int, shape: list) -> str:
        self.inputs.append(helper.make_tensor_value_info(name, dtype, shape))
        return name

    def out(self, name: str, dtype: int, shape: list) -> None:
        self.outputs.append(helper.make_tensor_value_info(name, dtype, shape))

    def reduce_mean(self, x: str, axes: list[int], keepdims: int) -> str:
        if self.opset >= 18:
            return self.op("ReduceMean", [x, self.const(np.array(axes, np.int64), "axes")], keepdims=keepdims)
        return self.op("ReduceMean", [x], axes=axes, keepdims=keepdims)

    def squeeze(self, x: str, axes: list[int]) -> str:
        return self.op("Squeeze", [x, self.const(np.array(axes, np.int64), "axes")])

    def unsqueeze(self, x: str, axes: list[int]) -> str:
        return self.op("Unsqueeze", [x, self.const(np.array(axes, np.int64), "axes")])

    def reshape(self, x: str, shape: list[int]) -> str:
        return self.op("Reshape", [x, self.const(np.array(shape, np.int64), "shape")])

    def save(self, path: Path, graph_name: str) -> None:
        graph = helper.make_graph(self.nodes, graph_name, self.inputs, self.outputs, self.inits)
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", self.opset)], producer_name="hybridstudio-tiny"
        )
        model.ir_version = 8 if self.opset <= 17 else 9
        onnx.checker.check_model(model)
        path.parent.mkdir(parents=True, exist_ok=True)
        onnx.save(model, str(path))


F32, F16, I32, I64 = TensorProto.FLOAT, TensorProto.FLOAT16, TensorProto.INT32, TensorProto.INT64


def _io_cast_in(g: _G, name: str, dtype: int) -> str:
    """Graph input ``name`` of ``dtype`` seen as float32 inside."""
    return name if dtype == F32 else g.op("Cast", [name], to=F32)


def _io_cast_out(g: _G, value: str, name: str, dtype: int) -> None:
    if dtype == F32:
        g.op_named("Identity", [value], name)
    else:
        g.op_named("Cast", [value], name, to=dtype)


def text_encoder(
    path: Path,
    rng,
    opset: int,
    vocab: int,
    dim: int,
    ids_dtype: int,
    layers: int,
    hidden_states: bool,
    projection: int | None,
    fdt: int = F32,
    seq: int = 77,
) -> None:
    """A CLIP text encoder stand-in: token + position embeddings, ``layers`` tanh layers, final
    norm; pooled output at the end token (argmax of the ids, as CLIP does)."""
    g = _G(rng, opset)
    ids = g.inp("input_ids", ids_dtype, ["batch_size", "sequence_length"])
    ids64 = ids if ids_dtype == I64 else g.op("Cast", [ids], to=I64)
    h = g.op("Gather", [g.weight(vocab, dim, scale=0.5), ids64], axis=0)
    h = g.op("Add", [h, g.weight(seq, dim, scale=0.1)])
    states = [h]
    for _ in range(layers):
        h = g.op("Add", [h, g.op("Tanh", [g.op("MatMul", [h, g.weight(dim, dim)])])])
        states.append(h)
    centred = g.op("Sub", [h, g.reduce_mean(h, [-1], 1)])  # layer norm, written out (opset 14)
    var = g.reduce_mean(g.op("Mul", [centred, centred]), [-1], 1)
    last = g.op("Div", [centred, g.op("Sqrt", [g.op("Add", [var, g.const(np.array(1e-5, np.float32))])])])
    eos_pos = g.op("ArgMax", [g.op("Cast", [ids64], to=F32)], axis=1, keepdims=0)
    onehot = g.op(
        "OneHot",
        [
            eos_pos,
            g.const(np.array(seq, np.int64), "depth"),
            g.const(np.array([0.0, 1.0], np.float32), "values"),
        ],
        axis=-1,
    )
    pooled = g.squeeze(g.op("MatMul", [g.unsqueeze(onehot, [1]), last]), [1])
    if projection:
        _io_cast_out(g, g.op("MatMul", [pooled, g.weight(dim, projection)]), "text_embeds", fdt)
        g.out("text_embeds", fdt, ["batch_size", projection])
    _io_cast_out(g, last, "last_hidden_state", fdt)
    g.out("last_hidden_state", fdt, ["batch_size", "sequence_length", dim])
    if not projection:
        _io_cast_out(g, pooled, "pooler_output", fdt)
        g.out("pooler_output", fdt, ["batch_size", dim])
    if hidden_states:
        for i, s in enumerate(states):
            _io_cast_out(g, s, f"hidden_states.{i}", fdt)
            g.out(f"hidden_states.{i}", fdt, ["batch_size", "sequence_length", dim])
    g.save(path, "text_encoder")


def unet(
    path: Path,
    rng,
    opset: int,
    channels: int,
    ctx_dim: int,
    timestep: tuple[int, list],
    fdt: int = F32,
    text_embeds: int | None = None,
    time_cond: int | None = None,
    hidden: int = 0,
) -> None:
    """A unet stand-in: out = 0.9·sample + 0.3·tanh(conv3x3(sample) + f(timestep) + g(text) [+ extras]), using
    every input the real unet takes, with its names, dtypes and shapes."""
    g = _G(rng, opset)
    sample = _io_cast_in(g, g.inp("sample", fdt, ["batch_size", channels, "height", "width"]), fdt)
    t_dtype, t_shape = timestep
    t = g.op("Cast", [g.inp("timestep", t_dtype, t_shape)], to=F32)
    t = g.reshape(t, [-1, 1])  # scalar, [1] or [batch] -> [n, 1]
    freqs = g.const(np.linspace(0.5, 8.0, channels, dtype=np.float32)[None, :], "freq")
    temb = g.op("Sin", [g.op("Mul", [g.op("Div", [t, g.const(np.array(1000.0, np.float32))]), freqs])])
    cond = g.op("Mul", [temb, g.const(np.array(0.3, np.float32))])
    ehs = _io_cast_in(g, g.inp("encoder_hidden_states", fdt, ["batch_size", "sequence_length", ctx_dim]), fdt)
    ctx = g.op("MatMul", [g.reduce_mean(ehs, [1], 0), g.weight(ctx_dim, channels)])
    cond = g.op("Add", [cond, ctx])
    if text_embeds:
        te = _io_cast_in(g, g.inp("text_embeds", fdt, ["batch_size", text_embeds]), fdt)
        ti = _io_cast_in(g, g.inp("time_ids", fdt, ["batch_size", 6]), fdt)
        ti = g.op("Div", [ti, g.const(np.array(1000.0, np.float32))])
        cond = g.op("Add", [cond, g.op("MatMul", [te, g.weight(text_embeds, channels)])])
        cond = g.op("Add", [cond, g.op("MatMul", [ti, g.weight(6, channels)])])
    if time_cond:
        tc = _io_cast_in(g, g.inp("timestep_cond", fdt, ["batch_size", time_cond]), fdt)
        cond = g.op("Add", [cond, g.op("MatMul", [tc, g.weight(time_cond, channels, scale=0.1)])])
    cond = (
        g.op("Unsqueeze", [cond, g.const(np.array([2, 3], np.int64), "axes")])
        if opset >= 13
        else g.op("Unsqueeze", [cond], axes=[2, 3])
    )
    if hidden:
        # heavier body for the benchmark: 3x3 convolutions through ``hidden`` channels, so that
        # onnxruntime does real work per step, as in a real unet
        x = g.op(
            "Tanh",
            [
                g.op(
                    "Conv",
                    [sample, g.weight(hidden, channels, 3, 3, scale=0.2), g.weight(hidden, scale=0.05)],
                    pads=[1, 1, 1, 1],
                )
            ],
        )
        for _ in range(2):
            x = g.op(
                "Tanh",
                [
                    g.op(
                        "Conv",
                        [x, g.weight(hidden, hidden, 3, 3, scale=0.02), g.weight(hidden, scale=0.05)],
                        pads=[1, 1, 1, 1],
                    )
                ],
            )
        conv = g.op(
            "Conv",
            [x, g.weight(channels, hidden, 3, 3, scale=0.02), g.weight(channels, scale=0.05)],
            pads=[1, 1, 1, 1],
        )
    else:
        conv = g.op(
            "Conv",
            [sample, g.weight(channels, channels, 3, 3, scale=0.2), g.weight(channels, scale=0.05)],
            pads=[1, 1, 1, 1],
        )
    # mostly "the input is noise" (so the latents shrink towards a picture as a real model's
    # do), plus a conditioned, bounded correction
    out = g.op(
        "Add",
        [
            g.op("Mul", [sample, g.const(np.array(0.9, np.float32))]),
            g.op("Mul", [g.op("Tanh", [g.op("Add", [conv, cond])]), g.const(np.array(0.3, np.float32))]),
        ],
    )
    _io_cast_out(g, out, "out_sample", fdt)
    g.out("out_sample", fdt, ["batch_size", channels, "height", "width"])
    g.save(path, "unet")


def vae_decoder(path: Path, rng, opset: int, channels: int, factor: int = 8, fdt: int = F32) -> None:
    """latents -> 1x1 conv to 3*factor² channels -> DepthToSpace(factor) -> tanh (range -1..1)."""
    g = _G(rng, opset)
    z = _io_cast_in(
        g, g.inp("latent_sample", fdt, ["batch_size", channels, "latent_height", "latent_width"]), fdt
    )
    c = g.op(
        "Conv",
        [
            z,
            g.weight(3 * factor * factor, channels, 1, 1, scale=0.05),
            g.weight(3 * factor * factor, scale=0.05),
        ],
    )
    img = g.op("Tanh", [g.op("DepthToSpace", [c], blocksize=factor, mode="CRD")])
    _io_cast_out(g, img, "sample", fdt)
    g.out("sample", fdt, ["batch_size", 3, "height", "width"])
    g.save(path, "vae_decoder")


def vae_encoder(
    path: Path, rng, opset: int, channels: int, sampling_inside: bool, factor: int = 8, fdt: int = F32
) -> None:
    """image -> SpaceToDepth(factor) -> 1x1 conv to mean ‖ logvar. The older export draws the
    latent inside the graph (RandomNormalLike), the newer returns ``latent_parameters``."""
    g = _G(rng, opset)
    x = _io_cast_in(g, g.inp("sample", fdt, ["batch_size", 3, "height", "width"]), fdt)
    s = g.op("SpaceToDepth", [x], blocksize=factor)
    # mean rows sized so that mean × scaling_factor has about unit spread (as real SD latents),
    # logvar rows small with a negative offset (a narrow posterior, as a real VAE's)
    w = rng.standard_normal((2 * channels, 3 * factor * factor, 1, 1)).astype(np.float32)
    w[:channels] *= 0.8
    w[channels:] *= 0.02
    bias = np.concatenate([rng.standard_normal(channels) * 0.05, np.full(channels, -4.0)]).astype(np.float32)
    params = g.op("Conv", [s, g.const(w), g.const(bias)])
    if sampling_inside:
        mean = g.op(
            "Slice",
            [
                params,
                g.const(np.array([0], np.int64)),
                g.const(np.array([channels], np.int64)),
                g.const(np.array([1], np.int64)),
            ],
        )
        logvar = g.op(
            "Slice",
            [
                params,
                g.const(np.array([channels], np.int64)),
                g.const(np.array([2 * channels], np.int64)),
                g.const(np.array([1], np.int64)),
            ],
        )
        logvar = g.op(
            "Clip", [logvar, g.const(np.array(-30.0, np.float32)), g.const(np.array(20.0, np.float32))]
        )
        std = g.op("Exp", [g.op("Mul", [logvar, g.const(np.array(0.5, np.float32))])])
        eps = g.op("RandomNormalLike", [mean])
        latent = g.op("Add", [mean, g.op("Mul", [std, eps])])
        _io_cast_out(g, latent, "latent_sample", fdt)
        g.out("latent_sample", fdt, ["batch_size", channels, "latent_height", "latent_width"])
    else:
        _io_cast_out(g, params, "latent_parameters", fdt)
        g.out("latent_parameters", fdt, ["batch_size", 2 * channels, "latent_height", "latent_width"])
    g.save(path, "vae_encoder")


# --- whole pipelines -------------------------------------------------------------------------

SCHED_PNDM = {
    "_class_name": "PNDMScheduler",
    "_diffusers_version": "0.6.0",
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "beta_start": 0.00085,
    "clip_sample": False,
    "num_train_timesteps": 1000,
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
    "trained_betas": None,
}
SCHED_TURBO = {
    "_class_name": "EulerDiscreteScheduler",
    "_diffusers_version": "0.24.0",
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "beta_start": 0.00085,
    "clip_sample": False,
    "interpolation_type": "linear",
    "num_train_timesteps": 1000,
    "prediction_type": "epsilon",
    "sample_max_value": 1.0,
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
    "timestep_spacing": "trailing",
    "trained_betas": None,
    "use_karras_sigmas": False,
}
SCHED_LCM = {
    "_class_name": "LCMScheduler",
    "_diffusers_version": "0.22.0.dev0",
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "beta_start": 0.00085,
    "clip_sample": False,
    "clip_sample_range": 1.0,
    "dynamic_thresholding_ratio": 0.995,
    "num_train_timesteps": 1000,
    "original_inference_steps": 50,
    "prediction_type": "epsilon",
    "rescale_betas_zero_snr": False,
    "sample_max_value": 1.0,
    "set_alpha_to_one": True,
    "steps_offset": 1,
    "thresholding": False,
    "timestep_scaling": 10.0,
    "timestep_spacing": "leading",
    "trained_betas": None,
}
SCHED_SDXL_TURBO = {**SCHED_TURBO, "_class_name": "EulerAncestralDiscreteScheduler"}


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def build(
    variant: str,
    folder: str | Path,
    latent_channels: int = 4,
    seed: int = 0,
    dim: int = 32,
    sample_size: int = 8,
    hidden: int = 0,
) -> Path:
    """Write the tiny pipeline ``variant`` into ``folder`` and return it. ``sample_size`` is the
    unet's latent side (8 → 64 px images); ``hidden`` > 0 gives the unet a heavier body (bench)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; one of {', '.join(VARIANTS)}")
    folder = Path(folder)
    rng = np.random.default_rng(seed)
    old = variant == "sd15-optimum1" or variant == "lcm"
    opset = 14 if old else 18
    ids_dtype = I32 if old else I64
    fdt = F16 if variant == "sd-turbo-fp16" else F32
    if variant == "sd-turbo-fp16":
        ts = (F16, ["batch_size"])
    elif old:
        ts = (I64, [1])
    else:
        ts = (F32, [])
    pad = "!" if variant.startswith("sd-turbo") else "<|endoftext|>"
    write_clip_tokenizer(folder / "tokenizer", pad_token=pad)
    vocab = len(json.loads((folder / "tokenizer" / "vocab.json").read_text(encoding="utf-8")))
    sdxl = variant == "sdxl-turbo"
    ctx_dim = 2 * dim if sdxl else dim
    text_encoder(
        folder / "text_encoder" / "model.onnx",
        rng,
        opset,
        vocab,
        dim,
        ids_dtype,
        layers=2,
        hidden_states=sdxl,
        projection=None,
        fdt=fdt,
    )
    _write_json(
        folder / "text_encoder" / "config.json",
        {
            "_class_name": "CLIPTextModel",
            "architectures": ["CLIPTextModel"],
            "hidden_size": dim,
            "max_position_embeddings": 77,
            "num_hidden_layers": 2,
            "vocab_size": vocab,
            "model_type": "clip_text_model",
        },
    )
    proj = 16
    if sdxl:
        write_clip_tokenizer(folder / "tokenizer_2", pad_token="!")
        text_encoder(
            folder / "text_encoder_2" / "model.onnx",
            rng,
            opset,
            vocab,
            dim,
            ids_dtype,
            layers=3,
            hidden_states=True,
            projection=proj,
            fdt=fdt,
        )
        _write_json(
            folder / "text_encoder_2" / "config.json",
            {
                "_class_name": "CLIPTextModelWithProjection",
                "architectures": ["CLIPTextModelWithProjection"],
                "hidden_size": dim,
                "projection_dim": proj,
                "num_hidden_layers": 3,
                "vocab_size": vocab,
                "model_type": "clip_text_model",
            },
        )
    time_cond = 32 if variant == "lcm" else None
    unet(
        folder / "unet" / "model.onnx",
        rng,
        opset,
        latent_channels,
        ctx_dim,
        ts,
        fdt=fdt,
        text_embeds=proj if sdxl else None,
        time_cond=time_cond,
        hidden=hidden,
    )
    unet_cfg = {
        "_class_name": "UNet2DConditionModel",
        "in_channels": latent_channels,
        "out_channels": latent_channels,
        "sample_size": sample_size,
        "cross_attention_dim": ctx_dim,
        "time_cond_proj_dim": time_cond,
    }
    if sdxl:
        unet_cfg.update(
            {"addition_embed_type": "text_time", "projection_class_embeddings_input_dim": proj + 6 * 256}
        )
    _write_json(folder / "unet" / "config.json", unet_cfg)
    vae_cfg = {
        "_class_name": "AutoencoderKL",
        "latent_channels": latent_channels,
        "block_out_channels": [8, 8, 8, 8],
        "in_channels": 3,
        "out_channels": 3,
        "sample_size": sample_size * 8,
        "scaling_factor": 0.13025 if sdxl else 0.18215,
    }
    vae_decoder(folder / "vae_decoder" / "model.onnx", rng, opset, latent_channels, fdt=fdt)
    _write_json(folder / "vae_decoder" / "config.json", vae_cfg)
    vae_encoder(
        folder / "vae_encoder" / "model.onnx", rng, opset, latent_channels, sampling_inside=old, fdt=fdt
    )
    _write_json(folder / "vae_encoder" / "config.json", vae_cfg)
    sched = {"sd15-optimum1": SCHED_PNDM, "lcm": SCHED_LCM, "sdxl-turbo": SCHED_SDXL_TURBO}.get(
        variant, SCHED_TURBO
    )
    _write_json(folder / "scheduler" / "scheduler_config.json", sched)
    if variant == "sd15-optimum1":
        # the diffusers ONNX converter's model_index: one OnnxRuntimeModel per part
        index = {
            "_class_name": "OnnxStableDiffusionPipeline",
            "_diffusers_version": "0.6.0",
            "scheduler": ["diffusers", "PNDMScheduler"],
            "text_encoder": ["diffusers", "OnnxRuntimeModel"],
            "tokenizer": ["transformers", "CLIPTokenizer"],
            "unet": ["diffusers", "OnnxRuntimeModel"],
            "vae_decoder": ["diffusers", "OnnxRuntimeModel"],
            "vae_encoder": ["diffusers", "OnnxRuntimeModel"],
            "safety_checker": [None, None],
            "feature_extractor": [None, None],
            "requires_safety_checker": False,
        }
    elif sdxl:
        index = {
            "_class_name": "StableDiffusionXLPipeline",
            "_diffusers_version": "0.24.0.dev0",
            "force_zeros_for_empty_prompt": True,
            "scheduler": ["diffusers", "EulerAncestralDiscreteScheduler"],
            "text_encoder": ["transformers", "CLIPTextModel"],
            "text_encoder_2": ["transformers", "CLIPTextModelWithProjection"],
            "tokenizer": ["transformers", "CLIPTokenizer"],
            "tokenizer_2": ["transformers", "CLIPTokenizer"],
            "unet": ["diffusers", "UNet2DConditionModel"],
            "vae": ["diffusers", "AutoencoderKL"],
        }
    elif variant == "lcm":
        index = {
            "_class_name": "LatentConsistencyModelPipeline",
            "_diffusers_version": "0.22.0.dev0",
            "scheduler": ["diffusers", "LCMScheduler"],
            "text_encoder": ["transformers", "CLIPTextModel"],
            "tokenizer": ["transformers", "CLIPTokenizer"],
            "unet": ["diffusers", "UNet2DConditionModel"],
            "vae": ["diffusers", "AutoencoderKL"],
            "safety_checker": [None, None],
            "feature_extractor": [None, None],
            "requires_safety_checker": False,
        }
    else:
        index = {
            "_class_name": "StableDiffusionPipeline",
            "_diffusers_version": "0.24.0",
            "scheduler": ["diffusers", "EulerDiscreteScheduler"],
            "text_encoder": ["transformers", "CLIPTextModel"],
            "tokenizer": ["transformers", "CLIPTokenizer"],
            "unet": ["diffusers", "UNet2DConditionModel"],
            "vae": ["diffusers", "AutoencoderKL"],
            "safety_checker": [None, None],
            "feature_extractor": [None, None],
            "requires_safety_checker": False,
        }
    _write_json(folder / "model_index.json", index)
    return folder


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    for v in argv[1:] or VARIANTS:
        path = build(v, out / v)
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        print(f"{path}: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
