"""The model catalogue: one TOML manifest per known model, in the top-level ``models/`` folder.

A manifest says where a model comes from (a Hugging Face repo and revision, or a local file), which
files it needs (with sizes and sha256 where known), its licence (name, link, commercial use), what
it was trained on and its known biases (from its model card), how much memory it needs, and, for
upscalers, how its tensors look (scale, layout, value range, fixed input size).

Imported models get a manifest of the same shape in the user's data folder
(``<data>/models/imported/<id>/manifest.toml``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..core.errors import ModelError
from ..core.params import lookup
from ..core.safepaths import is_plain_relative
from ..core.settings import data_dir
from ..paths import models_dir

#: The catalogue shipped with HybridStudio (top-level ``models/`` of the checkout or bundle).
CATALOGUE_DIR = models_dir()
KINDS = ("upscaler", "diffusion")
SOURCES = ("huggingface", "local", "imported")


@dataclass(frozen=True)
class ModelFile:
    """One file of a model: path inside the repo or folder, size in bytes, sha256 if known."""

    path: str
    size: int | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Licence:
    name: str
    url: str = ""
    commercial_use: bool | None = None  # None: unknown, check before commercial use
    note: str = ""
    note_fr: str = ""  # the note in French ([licence] note_fr)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "commercial_use": self.commercial_use}


@dataclass(frozen=True)
class UpscalerInfo:
    """What the manifest says about an upscaler's tensors (the session is still read at run time)."""

    scale: int
    layout: str = "NCHW"  # NCHW or NHWC
    value_range: tuple[float, float] = (0.0, 1.0)
    dtype: str = "float32"
    fixed_input: tuple[int, int] | None = None  # (height, width) when the graph is not dynamic
    pad_multiple: int = 1  # input sides must be a multiple of this (window-based models)


@dataclass(frozen=True)
class ModelManifest:
    """A catalogue entry. ``source`` is huggingface, local or imported."""

    id: str
    name: str
    kind: str
    source: str
    licence: Licence
    files: tuple[ModelFile, ...] = ()
    include: tuple[str, ...] = ()  # glob patterns of repo files, when files are not listed one by one
    repo: str = ""
    revision: str = "main"
    description: str = ""
    training_data: str = ""
    known_biases: str = ""
    description_fr: str = ""  # the description in French, shown by the French app
    training_data_fr: str = ""  # the training-data note in French ([training] data_fr)
    known_biases_fr: str = ""  # the biases note in French ([training] biases_fr)
    memory: dict[str, float] = field(default_factory=dict)  # ram_gb, vram_gb
    providers: tuple[str, ...] = ()  # devices the model can run on; empty = any
    upscaler: UpscalerInfo | None = None
    diffusion: dict[str, Any] = field(default_factory=dict)
    entry: str = ""  # the file (upscaler) or folder (diffusion) a runner opens; default: first file
    size_bytes: int | None = None  # total download size where files are not listed
    manifest_path: Path | None = None
    notes: tuple[str, ...] = ()

    def localized(self, lang: str) -> dict[str, str]:
        """The texts a person reads (description, training data, biases, licence note) in ``lang``
        ('fr' uses the manifest's ``*_fr`` fields where it has them)."""
        fr = lang == "fr"
        return {
            "description": (self.description_fr if fr else "") or self.description,
            "training_data": (self.training_data_fr if fr else "") or self.training_data,
            "known_biases": (self.known_biases_fr if fr else "") or self.known_biases,
            "licence_note": (self.licence.note_fr if fr else "") or self.licence.note,
        }

    @property
    def total_size(self) -> int | None:
        if self.files and all(f.size for f in self.files):
            return sum(int(f.size or 0) for f in self.files)
        return self.size_bytes

    def record(self, revision: str | None = None, sha256: str | None = None) -> dict[str, Any]:
        """The ``model`` part of a step's ``record.ai``."""
        return {
            "id": self.id,
            "name": self.name,
            "source": self.source,
            "repo": self.repo or None,
            "revision": revision or (self.revision if self.source == "huggingface" else None),
            "sha256": sha256,
            "licence": self.licence.as_dict(),
        }


def _parse(data: dict[str, Any], path: Path | None) -> ModelManifest:
    where = str(path) if path else "<manifest>"
    try:
        return _parse_checked(data, path, where)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{where}: malformed manifest ({exc.__class__.__name__}: {exc})") from exc


def _parse_checked(data: dict[str, Any], path: Path | None, where: str) -> ModelManifest:

    def need(key: str) -> Any:
        if key not in data:
            raise ModelError(f"{where}: manifest lacks '{key}'")
        return data[key]

    kind = need("kind")
    if kind not in KINDS:
        raise ModelError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    source = data.get("source", "huggingface")
    if source not in SOURCES:
        raise ModelError(f"{where}: source {source!r} is not one of {', '.join(SOURCES)}")
    lic = need("licence")
    licence = Licence(
        lic.get("name", "unknown"),
        lic.get("url", ""),
        lic.get("commercial_use"),
        lic.get("note", ""),
        str(lic.get("note_fr", "")),
    )
    files = tuple(
        ModelFile(f["path"], f.get("size"), (f.get("sha256") or None)) for f in data.get("files", [])
    )
    for name in [f.path for f in files] + ([data["entry"]] if data.get("entry") else []):
        if not is_plain_relative(name):
            raise ModelError(
                f"{where}: file {name!r} points outside the model's folder "
                "(absolute paths and '..' are refused)"
            )
    up = None
    if "upscaler" in data:
        u = data["upscaler"]
        fixed = u.get("fixed_input")
        up = UpscalerInfo(
            int(u["scale"]),
            u.get("layout", "NCHW"),
            tuple(u.get("value_range", (0.0, 1.0))),
            u.get("dtype", "float32"),
            tuple(fixed) if fixed else None,
            int(u.get("pad_multiple", 1)),
        )
    if source == "huggingface" and not data.get("repo"):
        raise ModelError(f"{where}: a huggingface model needs 'repo'")
    if not files and not data.get("include"):
        raise ModelError(f"{where}: manifest lists no files")
    training = data.get("training", {})
    return ModelManifest(
        id=need("id"),
        name=data.get("name", data["id"]),
        kind=kind,
        source=source,
        licence=licence,
        files=files,
        include=tuple(data.get("include", ())),
        repo=data.get("repo", ""),
        revision=data.get("revision", "main"),
        description=data.get("description", ""),
        description_fr=str(data.get("description_fr", "")),
        training_data=training.get("data", ""),
        known_biases=training.get("biases", ""),
        training_data_fr=str(training.get("data_fr", "")),
        known_biases_fr=str(training.get("biases_fr", "")),
        memory=dict(data.get("memory", {})),
        providers=tuple(data.get("providers", ())),
        upscaler=up,
        diffusion=dict(data.get("diffusion", {})),
        entry=data.get("entry", ""),
        size_bytes=data.get("size_bytes"),
        manifest_path=path,
        notes=tuple(data.get("notes", ())),
    )


def load_manifest(path: str | Path) -> ModelManifest:
    """Read one manifest file; :class:`ModelError` names the file and the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ModelError(f"{path}: not valid TOML ({exc})") from exc
    return _parse(data, path)


def imported_dir() -> Path:
    """Where imported models live (copied, with their generated manifest)."""
    return data_dir() / "models" / "imported"


@lru_cache(maxsize=4)
def _shipped(folder: str) -> tuple[ModelManifest, ...]:
    out = []
    for p in sorted(Path(folder).glob("*.toml")):
        out.append(load_manifest(p))
    return tuple(out)


def all_manifests() -> dict[str, ModelManifest]:
    """Every known model by id: the shipped catalogue, then imported models."""
    found: dict[str, ModelManifest] = {}
    for m in _shipped(str(CATALOGUE_DIR)):
        found[m.id] = m
    imp = imported_dir()
    if imp.is_dir():
        for p in sorted(imp.glob("*/manifest.toml")):
            try:
                m = load_manifest(p)
            except ModelError:
                continue
            found.setdefault(m.id, m)
    return found


def get_manifest(model_id: str) -> ModelManifest:
    """The manifest of ``model_id``; :class:`ModelError` with a did-you-mean hint otherwise."""
    return lookup(
        all_manifests(),
        model_id,
        "model",
        error=ModelError,
        known=None,
        hint="; see `hybridstudio models list`",
    )
