"""Reading a diffusion model folder in the Hugging Face ONNX layout, and checking that its parts
fit together before anything heavy is loaded.

Layout: ``model_index.json``, ``scheduler/scheduler_config.json``, ``tokenizer/`` and
``{text_encoder,unet,vae_decoder,vae_encoder}/model.onnx`` each with an optional ``config.json``;
SDXL adds ``text_encoder_2/`` and ``tokenizer_2/``. Weights may sit beside a graph as
``model.onnx_data``, ``model.onnx.data`` or ``weights.pb``. Both the older diffusers/optimum 1.x
exports and today's optimum-onnx exports are read. Every problem names the part and says what was
expected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from ..core.errors import ModelError
from .family import Family, detect, supported_text

WEIGHT_FILES = ("model.onnx_data", "model.onnx.data", "weights.pb")


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the {what} ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path}: the {what} is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ModelError(f"{path}: the {what} should be a JSON object")
    return data


@dataclass
class Part:
    """One ONNX part: its graph file, the weight files beside it, its config.json (if any)."""

    name: str
    onnx: Path
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def files(self) -> list[Path]:
        """The graph and every weight file that belongs to it (for hashing)."""
        extra = [self.onnx.parent / w for w in WEIGHT_FILES if (self.onnx.parent / w).is_file()]
        return [self.onnx, *extra]


@dataclass
class ModelFolder:
    """A checked diffusion model folder."""

    root: Path
    index: dict[str, Any]
    family: Family
    parts: dict[str, Part]
    scheduler_config: dict[str, Any]
    tokenizers: list[Path]

    @property
    def class_name(self) -> str:
        return str(self.index.get("_class_name", ""))

    @property
    def latent_channels(self) -> int | None:
        for part, key in (("unet", "in_channels"), ("vae_decoder", "latent_channels")):
            if part in self.parts and isinstance(self.parts[part].config.get(key), int):
                return self.parts[part].config[key]
        return None

    @property
    def scaling_factor(self) -> float:
        """The VAE latent scale (0.18215 SD 1.x/2.x, 0.13025 SDXL): from the VAE's config.json."""
        for part in ("vae_decoder", "vae_encoder"):
            cfg = self.parts[part].config if part in self.parts else {}
            if isinstance(cfg.get("scaling_factor"), (int, float)):
                return float(cfg["scaling_factor"])
        return self.family.latent_scale

    @property
    def vae_factor(self) -> int:
        """Pixels per latent pixel: 2^(number of VAE blocks − 1), 8 for every SD VAE."""
        cfg = self.parts["vae_decoder"].config
        blocks = cfg.get("block_out_channels")
        return 2 ** (len(blocks) - 1) if isinstance(blocks, list) and blocks else 8

    @property
    def native_size(self) -> int:
        """The image side the unet was trained at (unet config sample_size × VAE factor)."""
        size = self.parts["unet"].config.get("sample_size")
        if isinstance(size, int) and size > 0:
            return size * self.vae_factor
        return self.family.native_size

    def part(self, name: str) -> Part:
        return self.parts[name]

    def has(self, name: str) -> bool:
        return name in self.parts


@overload
def _part(root: Path, name: str, required: str) -> Part: ...
@overload
def _part(root: Path, name: str, required: None) -> Part | None: ...
def _part(root: Path, name: str, required: str | None) -> Part | None:
    """The part in ``root/name``; a missing part raises ModelError when ``required`` says why it
    is needed, else gives None."""
    folder = root / name
    onnx = folder / "model.onnx"
    if not onnx.is_file():
        if required:
            raise ModelError(f"{root}: the {name} is missing ({name}/model.onnx not found); {required}")
        return None
    cfg_path = folder / "config.json"
    config = _read_json(cfg_path, f"{name} config") if cfg_path.is_file() else {}
    return Part(name, onnx, config)


def open_folder(root: str | Path) -> ModelFolder:
    """Read and check a model folder; raises :class:`ModelError` naming the part at fault."""
    root = Path(root)
    if not root.is_dir():
        raise ModelError(
            f"{root}: not a folder (expected a diffusion model folder with "
            "model_index.json, unet/, text_encoder/, vae_decoder/ …)"
        )
    index_path = root / "model_index.json"
    if not index_path.is_file():
        raise ModelError(
            f"{root}: model_index.json is missing: this is not a diffusers/optimum ONNX model folder"
        )
    index = _read_json(index_path, "model_index.json")
    cls = str(index.get("_class_name", ""))
    unet = _part(root, "unet", "the unet does the denoising")
    assert unet is not None
    family = detect(cls, unet.config, (root.name, str(index.get("_name_or_path", ""))))
    if family is None:
        raise ModelError(
            f"{index_path}: unsupported architecture {cls or '(no _class_name)'}; "
            f"HybridStudio runs {supported_text()} pipelines"
        )
    parts: dict[str, Part] = {"unet": unet}
    for enc in family.text_encoders:
        found = _part(root, enc.part, None)
        if found is None:
            raise ModelError(f"{root}: {enc.part}/model.onnx is missing: {enc.why}")
        parts[enc.part] = found
    parts["vae_decoder"] = _part(root, "vae_decoder", "the VAE decoder turns latents into pixels")
    for name in ("vae_encoder", "text_encoder_2"):
        p = _part(root, name, None) if name not in parts else None
        if p is not None:
            parts[name] = p
    unet_cfg = unet.config
    # latent channels must agree between unet and VAE
    unet_ch = unet_cfg.get("in_channels")
    vae_ch = parts["vae_decoder"].config.get("latent_channels")
    if isinstance(unet_ch, int) and unet_ch == 9:
        raise ModelError(
            f"{root / 'unet'}: an inpainting unet (9 input channels) is not supported; "
            f"HybridStudio runs {supported_text()} pipelines"
        )
    if isinstance(unet_ch, int) and isinstance(vae_ch, int) and unet_ch != vae_ch:
        raise ModelError(
            f"{root / 'unet'}: the unet takes {unet_ch} latent channels but the VAE "
            f"decoder (vae_decoder/config.json latent_channels) makes {vae_ch}; "
            "the parts come from different models"
        )
    sched_path = root / "scheduler" / "scheduler_config.json"
    if not sched_path.is_file():
        raise ModelError(
            f"{root}: scheduler/scheduler_config.json is missing (the noise schedule the "
            "model was trained with)"
        )
    sched = _read_json(sched_path, "scheduler config")
    tokenizers = [root / name for name in family.tokenizers]
    for tok in tokenizers:
        if not tok.is_dir():
            raise ModelError(
                f"{root}: {tok.name}/ is missing (the CLIP tokenizer files vocab.json, "
                "merges.txt for the text encoder)"
            )
    return ModelFolder(root, index, family, parts, sched, tokenizers)
