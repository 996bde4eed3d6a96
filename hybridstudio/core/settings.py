"""User settings, stored as TOML in the user's config folder (plain, shareable, editable)."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from .atomic import atomic_write_bytes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import tomli_w

from .cost import PowerFigures

APP = "HybridStudio"


def config_dir() -> Path:
    """Where settings live (HYBRIDSTUDIO_CONFIG_DIR overrides, e.g. for tests)."""
    env = os.environ.get("HYBRIDSTUDIO_CONFIG_DIR")
    return Path(env) if env else Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """Where HybridStudio keeps its own data: the intermediate cache, autosaves, imported models."""
    env = os.environ.get("HYBRIDSTUDIO_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP, appauthor=False))


@dataclass
class Settings:
    """Everything the user can set. Defaults suit a modest laptop."""

    device: str = "auto"  # auto, cpu, cuda, directml, coreml
    threads: int = 0  # 0 = let onnxruntime decide
    memory_mode: str = "normal"  # normal or low (8 GB laptops: one model in memory at a time)
    cuda_mem_limit_gb: float = 0.0  # 0 = no limit
    cache_limit_mb: int = 2048  # executor's intermediate-result cache
    models_dir: str = ""  # empty = huggingface-hub's own cache (HF_HOME)
    image_format: str = "png"  # png, tiff, jpg, webp for image outputs
    image_bit_depth: int = 0  # 8 or 16 for PNG/TIFF outputs; 0 = like the source
    max_pixels: int = 400_000_000  # larger images are refused as decompression bombs
    units: str = "mm"  # mm or inch, for the app
    mesh_unit: str = ""  # screen mesh counts: "in" (threads/inch), "cm" (threads/cm), "" = as the language
    language: str = ""  # empty = system language
    cpu_w_per_core: float = 7.5
    gpu_w: float = 80.0
    grid_gco2_per_kwh: float = 60.0
    # privacy: prompt texts go inside exported files (XMP, content credentials) only when allowed;
    # the sidecar JSON beside the file always keeps them, so a picture can be made again
    share_prompt: bool = False
    compute: str = "local"  # local (this computer) or server (the school server below)
    server_url: str = ""  # e.g. https://gpu.school.example:8000
    server_token: str = ""  # the access token the school gave (HYBRIDSTUDIO_SERVER_TOKEN overrides)
    server_fallback: bool = True  # server unreachable: compute on this computer instead

    @property
    def power(self) -> PowerFigures:
        return PowerFigures(self.cpu_w_per_core, self.gpu_w, self.grid_gco2_per_kwh)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; unknown keys are ignored, a missing file gives the defaults."""
        path = path or config_dir() / "settings.toml"
        if not path.is_file():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        default = cls()
        kwargs = {}
        for k, v in data.items():
            if k in known and isinstance(v, type(getattr(default, k))):
                kwargs[k] = v
        return cls(**kwargs)

    def save(self, path: Path | None = None) -> Path:
        path = path or config_dir() / "settings.toml"
        atomic_write_bytes(path, tomli_w.dumps(asdict(self)).encode("utf-8"))
        return path
