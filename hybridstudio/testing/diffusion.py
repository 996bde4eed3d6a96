"""Tiny diffusion pipelines for the tests, built by scripts/make_tiny_diffusion.py (a fraction of a
second each, a few hundred kilobytes), cached per test session."""

from __future__ import annotations

import importlib.util
import shutil
from functools import cache
from pathlib import Path

from hybridstudio.diffusion.graphs import PlainCpuFactory

ROOT = Path(__file__).resolve().parents[2]


@cache
def script(name: str):
    """The committed script ``scripts/NAME.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def builder():
    """The tiny-model builder script, imported as a module."""
    return script("make_tiny_diffusion")


class BindingFactory(PlainCpuFactory):
    """Real CPU sessions run through IOBinding, the path GPU sessions take."""

    def open(self, path, purpose):
        opened = super().open(path, purpose)
        opened.bind_device = "cpu"
        return opened


def tiny_tokenizer(folder: Path, pad: str) -> Path:
    builder().write_clip_tokenizer(folder, pad_token=pad)
    return folder


def tiny_model(base: Path, variant: str, **kwargs) -> Path:
    """Build ``variant`` under ``base`` once; later calls reuse it."""
    suffix = "-".join(f"{k}{v}" for k, v in sorted(kwargs.items()))
    folder = base / (variant + (f"-{suffix}" if suffix else ""))
    if not (folder / "model_index.json").is_file():
        builder().build(variant, folder, **kwargs)
    return folder


def copy_model(src: Path, dst: Path) -> Path:
    """A private copy to break on purpose."""
    shutil.copytree(src, dst)
    return dst
