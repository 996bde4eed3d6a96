"""Seeding the older VAE encoders, which draw their latent inside the graph.

Exports made with optimum 1.x (and diffusers' ONNX converter) traced ``latent_dist.sample()``: the
graph ends in ``mean + std · RandomNormalLike(mean)``, drawn by onnxruntime's own generator, so two
runs of the same img2img job would differ. We rewrite such a graph once: each RandomNormal(Like)
node becomes a graph input (``hybridstudio_noise_0``…) that we feed from the job's seeded numpy
generator. The rewritten graph is kept in HybridStudio's data folder, keyed by the original
file's path, size and date, so it is made only once per model.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..core.atomic import atomic_path
from ..core.errors import ModelError
from ..core.settings import data_dir

RANDOM_OPS = ("RandomNormalLike", "RandomNormal")
NOISE_INPUT = "hybridstudio_noise_{}"


def seeded_encoder_path(path: Path, cache: Path | None = None) -> Path:
    """``path`` itself when the graph draws no random numbers, else the rewritten copy."""
    import onnx  # lazy: loads onnx only when seeded_encoder_path() runs

    st = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:24]
    folder = cache or data_dir() / "diffusion" / "seeded-encoders"
    target = folder / f"{key}.onnx"
    marker = folder / f"{key}.plain"
    if target.is_file():
        return target
    if marker.is_file():
        return path
    try:
        model = onnx.load(str(path))  # loads external weights too: VAE encoders are ~70-140 MB
    except Exception as exc:  # noqa: BLE001 - onnx raises DecodeError and friends
        raise ModelError(f"{path}: the VAE encoder cannot be read ({exc})") from exc
    graph = model.graph
    randoms = [n for n in graph.node if n.op_type in RANDOM_OPS]
    folder.mkdir(parents=True, exist_ok=True)
    if not randoms:
        marker.write_text("no random nodes\n", encoding="utf-8")
        return path
    kept = [n for n in graph.node if n.op_type not in RANDOM_OPS]
    for k, node in enumerate(randoms):
        dtype = next((a.i for a in node.attribute if a.name == "dtype"), onnx.TensorProto.FLOAT)
        name = NOISE_INPUT.format(k)
        graph.input.append(onnx.helper.make_tensor_value_info(name, dtype, None))
        # whatever read the random tensor now reads the new input
        for other in kept:
            for i, inp in enumerate(other.input):
                if inp == node.output[0]:
                    other.input[i] = name
        for out in graph.output:
            if out.name == node.output[0]:
                raise ModelError(f"{path}: the VAE encoder returns raw noise; unsupported layout")
    del graph.node[:]
    graph.node.extend(kept)
    with atomic_path(target) as tmp:
        onnx.save(model, os.fspath(tmp))
    return target
