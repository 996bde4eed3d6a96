"""Find, download, import, verify and remove models; the API the upscaler and diffusion use.

::

    from hybridstudio.models import resolve, download

    model = resolve("esrgan-thick-x4", settings)   # or a path to an .onnx file / a model folder
    model.path            # the .onnx file (upscaler) or the pipeline folder (diffusion)
    model.files           # {repo path: local path} of every file, all verified
    model.record()        # the ``model`` part of ``ctx.record.ai`` (id, revision, sha256, licence)

``resolve`` never touches the network; a hub model must be downloaded first (``download``, or
``hybridstudio models download ID``). Every file is verified (sha256) before first use.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomli_w

from ..core.atomic import atomic_write_bytes
from ..core.errors import InputError, ModelError
from ..core.safepaths import inside
from ..core.settings import Settings, data_dir
from ..paths import install_root
from . import hub, integrity
from .catalogue import (
    Licence,
    ModelFile,
    ModelManifest,
    UpscalerInfo,
    all_manifests,
    get_manifest,
    imported_dir,
)
from .inspect import GraphInfo, inspect_onnx
from .upscaler import UpscalerModel

ROOT = install_root()
UNKNOWN_LICENCE = Licence(
    "unknown (local file)",
    "",
    None,
    "Licence not known: check where the file came from before sharing results.",
)


@dataclass
class ResolvedModel:
    """A model ready to open: its manifest, its entry path and all its verified files."""

    manifest: ModelManifest
    path: Path
    files: dict[str, Path] = field(default_factory=dict)
    sha256: str | None = None  # of the entry file
    revision: str | None = None  # commit for hub models

    @property
    def id(self) -> str:
        return self.manifest.id

    def record(self) -> dict[str, Any]:
        """The ``model`` entry for ``ctx.record.ai``."""
        return self.manifest.record(self.revision, self.sha256)


def local_search_dirs() -> list[Path]:
    """Folders searched for ``source = "local"`` models, in order."""
    dirs = [Path(p) for p in os.environ.get("HYBRIDSTUDIO_MODEL_PATH", "").split(os.pathsep) if p]
    dirs.append(data_dir() / "models" / "local")
    shared = os.environ.get("HYBRIDSTUDIO_SHARED")
    dirs.append(Path(shared) / "models" if shared else ROOT.parent / "shared" / "models")
    return dirs


def _check(check: Callable[[], None] | None) -> None:
    if check:
        check()


# ---- resolving ----------------------------------------------------------------------------------


def resolve(model: str | Path, settings: Settings | None = None) -> ResolvedModel:
    """A catalogue id or a path (``.onnx`` file or model folder) → a verified :class:`ResolvedModel`."""
    settings = settings or Settings()
    text = str(model)
    p = Path(text).expanduser()
    if isinstance(model, Path) or p.exists() or p.suffix or "/" in text or os.sep in text:
        return resolve_path(p)
    m = get_manifest(text)
    if m.source == "local":
        return _resolve_local(m)
    if m.source == "imported":
        return _resolve_imported(m)
    return _resolve_hub(m, settings)


def resolve_path(path: Path) -> ResolvedModel:
    """A model given by path: refuses pickles, inspects ONNX, recognises catalogue files by hash."""
    if integrity.is_pickle(path):
        raise ModelError(f"{path}: {integrity.PICKLE_WHY}")
    if not path.exists():
        raise ModelError(f"{path}: model file not found")
    if path.is_dir():
        if not (path / "model_index.json").is_file():
            raise ModelError(f"{path}: not a model folder (no model_index.json)")
        m = ModelManifest(
            id=path.name,
            name=path.name,
            kind="diffusion",
            source="imported",
            licence=UNKNOWN_LICENCE,
            include=("*",),
            entry="",
        )
        return ResolvedModel(m, path, {})
    if path.suffix.lower() != ".onnx":
        raise ModelError(f"{path}: not an ONNX model (.onnx); HybridStudio only runs ONNX models")
    info = inspect_onnx(path)
    sha = integrity.sha256_of(path)
    for m in all_manifests().values():
        if any(f.sha256 == sha for f in m.files):
            return ResolvedModel(m, path, {m.files[0].path: path}, sha)
    m = _manifest_from_graph(
        path.stem, info, UNKNOWN_LICENCE, "imported", [ModelFile(path.name, path.stat().st_size, sha)]
    )
    return ResolvedModel(m, path, {path.name: path}, sha)


def _resolve_local(m: ModelManifest) -> ResolvedModel:
    files: dict[str, Path] = {}
    for f in m.files:
        found = next((d / f.path for d in local_search_dirs() if (d / f.path).is_file()), None)
        if found is None:
            raise ModelError(
                f"{m.id}: {f.path} not found in {', '.join(str(d) for d in local_search_dirs())}"
            )
        _verify_local(found, f, m.id)
        files[f.path] = found
    entry = m.entry or m.files[0].path
    return ResolvedModel(m, files[entry], files, files_sha(m, entry))


def _verify_local(path: Path, f: ModelFile, model_id: str) -> str:
    if f.size is not None and f.sha256 and path.stat().st_size != f.size:
        raise ModelError(
            f"{model_id}: {path} has {path.stat().st_size} bytes, expected {f.size} "
            "(incomplete or replaced file)"
        )
    sha = integrity.sha256_of(path)
    if f.sha256 and sha != f.sha256:
        integrity.forget(path)
        raise ModelError(
            f"{model_id}: {path} is corrupt or not the catalogued file "
            f"(sha256 {sha[:12]}… instead of {f.sha256[:12]}…)"
        )
    return sha


def files_sha(m: ModelManifest, entry: str) -> str | None:
    return next((f.sha256 for f in m.files if f.path == entry), None)


def _resolve_imported(m: ModelManifest) -> ResolvedModel:
    folder = m.manifest_path.parent if m.manifest_path else imported_dir() / m.id
    files = {}
    for f in m.files:
        p = folder / f.path
        if not p.is_file():
            raise ModelError(f"{m.id}: imported file {p} is missing; import the model again")
        _verify_local(p, f, m.id)
        files[f.path] = p
    entry = "" if m.kind == "diffusion" else (m.entry or (m.files[0].path if m.files else ""))
    path = folder / entry if entry else folder
    return ResolvedModel(m, path, files, files_sha(m, entry) if entry else None)


def _snapshot(m: ModelManifest, settings: Settings) -> tuple[Path, str] | None:
    storage = hub.repo_folder(m.repo, settings.models_dir)
    rev = m.revision
    commit = rev if re.fullmatch(r"[0-9a-f]{40}", rev) else None
    ref = storage / "refs" / rev
    if commit is None and ref.is_file():
        commit = ref.read_text().strip()
    if commit and (storage / "snapshots" / commit).is_dir():
        return storage / "snapshots" / commit, commit
    return None


def snapshot_folder(m: ModelManifest, settings: Settings) -> Path | None:
    """The downloaded snapshot folder of a hub model, without hashing it (None: not downloaded)."""
    found = _snapshot(m, settings)
    return found[0] if found else None


def _hub_files(m: ModelManifest, snap: Path) -> list[ModelFile]:
    if m.files:
        return list(m.files)
    out = []
    for p in sorted(snap.rglob("*")):
        rel = p.relative_to(snap).as_posix()
        if p.is_file() and any(fnmatch.fnmatch(rel, pat) for pat in m.include):
            out.append(ModelFile(rel))
    return out


def _resolve_hub(m: ModelManifest, settings: Settings) -> ResolvedModel:
    found = _snapshot(m, settings)
    if found is None:
        raise ModelError(
            f"{m.id}: not downloaded yet; run `hybridstudio models download {m.id}`"
            + (" (offline mode: HF_HUB_OFFLINE is set)" if hub.offline() else "")
        )
    snap, commit = found
    files: dict[str, Path] = {}
    for f in _hub_files(m, snap):
        p = snap / f.path
        if not p.exists():
            raise ModelError(
                f"{m.id}: {f.path} is missing from the download; run "
                f"`hybridstudio models download {m.id}` again"
            )
        hub.verify_cached(p, f"{m.id}/{f.path}", f.sha256)
        files[f.path] = p
    if not files:
        raise ModelError(f"{m.id}: the downloaded folder holds none of the model's files")
    if m.kind == "upscaler":
        entry = m.entry or next(iter(files))
        return ResolvedModel(m, files[entry], files, integrity.sha256_of(files[entry]), commit)
    return ResolvedModel(m, snap, files, None, commit)


# ---- downloading ----------------------------------------------------------------------------


def download(
    model_id: str,
    settings: Settings | None = None,
    on_progress: hub.ProgressCb | None = None,
    check: Callable[[], None] | None = None,
    anyway: bool = False,
) -> ResolvedModel:
    """Download (or resume) every file of a hub model, verify each, and resolve it. A model whose
    precision or devices cannot run here is refused first (:class:`PrecisionError`, naming its
    fp32 variant) unless ``anyway``."""
    settings = settings or Settings()
    m = get_manifest(model_id)
    if m.source != "huggingface":
        return resolve(model_id, settings)
    if not anyway:
        # lazy: precision loads runtime.probe, needed only on download
        from .precision import PrecisionError, precision_problem

        problem = precision_problem(m, settings)
        if problem is not None:
            raise PrecisionError(problem)
    if hub.offline():
        return _resolve_hub(m, settings)
    if m.files:
        wanted = [(f.path, f.sha256) for f in m.files]
        revision = m.revision
    else:
        try:
            revision, remote = hub.list_repo_files(m.repo, m.revision, m.include)
        except Exception as exc:  # noqa: BLE001 - network/hub errors become a plain message
            raise ModelError(f"{m.id}: cannot list {m.repo} on {hub.endpoint()} ({exc})") from exc
        wanted = [(r.path, r.sha256) for r in remote]
        if not wanted:
            raise ModelError(f"{m.id}: {m.repo} holds none of the files the catalogue expects")
    for path, sha in wanted:
        _check(check)
        # every file from the one commit listed, even if the repo changes during the download
        hub.download_file(
            m.repo,
            path,
            revision,
            sha256=sha,
            models_dir=settings.models_dir,
            on_progress=on_progress,
            check=check,
        )
    if revision != m.revision and not re.fullmatch(r"[0-9a-f]{40}", m.revision):
        ref = hub.repo_folder(m.repo, settings.models_dir) / "refs" / m.revision
        atomic_write_bytes(ref, revision.encode("ascii"))  # the cache's own branch → commit record
    return _resolve_hub(m, settings)


# ---- importing ----------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "model"


def _manifest_from_graph(
    model_id: str, info: GraphInfo, licence: Licence, source: str, files: list[ModelFile]
) -> ModelManifest:
    if info.kind != "upscaler":
        raise ModelError(
            f"{info.path}: not an image-to-image upscaler "
            f"({'a diffusion ' + info.part if info.part else 'unrecognised graph'}: "
            f"inputs {', '.join(t.describe() for t in info.inputs)}); import the whole "
            "diffusion folder instead"
            if info.part
            else f"{info.path}: not a model HybridStudio can use (inputs "
            f"{', '.join(t.describe() for t in info.inputs)}; outputs "
            f"{', '.join(t.describe() for t in info.outputs)})"
        )
    up = UpscalerInfo(
        scale=info.scale or 0, layout=info.layout, dtype=info.inputs[0].dtype, fixed_input=info.fixed_input
    )
    return ModelManifest(
        id=model_id,
        name=model_id,
        kind="upscaler",
        source=source,
        licence=licence,
        files=tuple(files),
        upscaler=up,
        entry=files[0].path,
    )


def import_model(
    src: str | Path,
    model_id: str | None = None,
    licence: Licence | None = None,
    check: Callable[[], None] | None = None,
) -> ModelManifest:
    """Copy a local ONNX upscaler file or a diffusion folder into HybridStudio's data folder.

    Pickled checkpoints (.ckpt .pt .pth .bin) are refused: loading one can run arbitrary code.
    The graph is inspected and classified; a manifest is written beside the copy.
    """
    src = Path(src).expanduser()
    if not src.exists():
        raise ModelError(f"{src}: not found")
    if src.is_file() and integrity.is_pickle(src):
        raise ModelError(f"{src}: {integrity.PICKLE_WHY}")
    licence = licence or UNKNOWN_LICENCE
    model_id = _slug(model_id or src.stem)
    dest = imported_dir() / model_id
    if dest.exists():
        raise ModelError(
            f"{model_id}: a model with this id is already imported; remove it first "
            f"(`hybridstudio models remove {model_id}`)"
        )
    if model_id in all_manifests():
        raise ModelError(f"{model_id}: this id belongs to a catalogue model; choose another (--id)")
    if src.is_file():
        if src.suffix.lower() != ".onnx":
            raise ModelError(f"{src}: not an ONNX model (.onnx)")
        info = inspect_onnx(src)
        names = [src.name, *info.external_data]
        m_files = []
        with _staging(dest) as tmp:
            _make_folder(tmp)
            for n in names:
                _check(check)
                s = _inside(src.parent, n, src)
                if not s.is_file():
                    raise ModelError(f"{src}: its weights file {n} is missing beside it")
                d = _inside(tmp, n, src)
                d.parent.mkdir(parents=True, exist_ok=True)
                _copy(s, d)
                m_files.append(ModelFile(n, s.stat().st_size, integrity.file_sha256(d)))
            manifest = _manifest_from_graph(model_id, info, licence, "imported", m_files)
            if manifest.upscaler and not manifest.upscaler.scale:
                manifest = _with_probed_scale(manifest, tmp / src.name)
            _write_manifest(manifest, tmp / "manifest.toml", info)
        return get_manifest(model_id)
    return _import_folder(src, model_id, dest, licence, check)


def _import_folder(
    src: Path, model_id: str, dest: Path, licence: Licence, check: Callable[[], None] | None
) -> ModelManifest:
    pickles = [p for p in src.rglob("*") if p.is_file() and integrity.is_pickle(p)]
    onnx_files = sorted(p for p in src.rglob("*.onnx"))
    if not onnx_files:
        why = f" (only pickled checkpoints, refused: {integrity.PICKLE_WHY})" if pickles else ""
        raise ModelError(f"{src}: no .onnx file in this folder{why}")
    if not (src / "model_index.json").is_file():
        if len(onnx_files) == 1:
            return import_model(onnx_files[0], model_id, licence, check)
        raise ModelError(f"{src}: several .onnx files and no model_index.json: import one file")
    parts = {}
    for p in onnx_files:
        info = inspect_onnx(p)
        parts[p.parent.name] = info.part or info.kind
    if "unet" not in parts.values():
        raise ModelError(f"{src}: no UNet graph found among {', '.join(sorted(parts))}")
    files = []
    with _staging(dest) as tmp:
        for p in sorted(src.rglob("*")):
            if not p.is_file() or integrity.is_pickle(p) or p.suffix == ".safetensors":
                continue
            _check(check)
            rel = p.relative_to(src).as_posix()
            _inside(src, rel, src)  # a link inside the folder must not lead out of it
            _make_folder((tmp / rel).parent)
            _copy(p, tmp / rel)
            files.append(ModelFile(rel, p.stat().st_size, integrity.file_sha256(tmp / rel)))
        m = ModelManifest(
            id=model_id,
            name=model_id,
            kind="diffusion",
            source="imported",
            licence=licence,
            files=tuple(files),
            entry="",
            notes=(f"skipped {len(pickles)} pickled file(s): they can execute code",) if pickles else (),
        )
        _write_manifest(m, tmp / "manifest.toml", None)
    return get_manifest(model_id)


def _inside(root: Path, name: str, source: Path) -> Path:
    """``root/name`` when it stays inside ``root``; :class:`ModelError` otherwise."""
    try:
        return inside(root, name, source=source, what="file")
    except InputError as exc:
        raise ModelError(str(exc)) from exc


def _make_folder(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"{path.parent}: cannot import a model there "
            f"({exc.strerror or exc}); check the data folder's permissions"
        ) from exc


@contextmanager
def _staging(dest: Path) -> Iterator[Path]:
    """A fresh ``dest.importing`` folder to assemble an import in: moved into place as ``dest``
    when the block ends, removed when it fails (or is cancelled)."""
    tmp = dest.with_name(dest.name + ".importing")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        yield tmp
        _move_into_place(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _move_into_place(tmp: Path, dest: Path) -> None:
    try:
        os.replace(tmp, dest)
    except OSError as exc:
        raise ModelError(f"{dest}: could not finish the import ({exc.strerror or exc})") from exc


def _copy(src: Path, dst: Path) -> None:
    """Copy one file of a model; a full disk or a read-only folder becomes a one-line error."""
    try:
        shutil.copyfile(src, dst)
    except OSError as exc:
        raise ModelError(f"{dst}: could not copy {src.name} ({exc.strerror or exc})") from exc


def _with_probed_scale(m: ModelManifest, path: Path) -> ModelManifest:
    if m.upscaler is None:  # only upscalers have a scale to probe
        return m
    up = UpscalerModel.open(path)

    return replace(m, upscaler=replace(m.upscaler, scale=up.scale))


def _write_manifest(m: ModelManifest, path: Path, info: GraphInfo | None) -> None:
    data: dict[str, Any] = {
        "id": m.id,
        "name": m.name,
        "kind": m.kind,
        "source": "imported",
        "description": "Imported from a local file.",
        "entry": m.entry,
        "files": [
            {k: v for k, v in (("path", f.path), ("size", f.size), ("sha256", f.sha256)) if v is not None}
            for f in m.files
        ],
        "licence": {"name": m.licence.name, "url": m.licence.url, "note": m.licence.note},
    }
    if m.licence.commercial_use is not None:
        data["licence"]["commercial_use"] = m.licence.commercial_use
    if m.notes:
        data["notes"] = list(m.notes)
    if m.upscaler:
        u = m.upscaler
        data["upscaler"] = {
            "scale": u.scale,
            "layout": u.layout,
            "dtype": u.dtype,
            "value_range": list(u.value_range),
        }
        if u.fixed_input:
            data["upscaler"]["fixed_input"] = list(u.fixed_input)
    if info is not None:
        data["graph"] = {
            "inputs": [t.describe() for t in info.inputs],
            "outputs": [t.describe() for t in info.outputs],
            "opset": info.opset or 0,
            "producer": info.producer,
        }
    atomic_write_bytes(path, tomli_w.dumps(data).encode("utf-8"))


# ---- listing, verifying, removing -------------------------------------------------------------


@dataclass
class ModelStatus:
    manifest: ModelManifest
    installed: bool
    bytes_on_disk: int
    location: Path | None
    problem: str = ""


def _du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    seen: set[str] = set()
    for p in path.rglob("*"):
        try:
            real = p.resolve()
            if p.is_file() and str(real) not in seen:
                seen.add(str(real))
                total += real.stat().st_size
        except OSError:
            continue
    return total


def status(m: ModelManifest, settings: Settings | None = None) -> ModelStatus:
    """Whether a model is on disk (without hashing it) and how much space it takes."""
    settings = settings or Settings()
    if m.source == "local":
        paths = [
            next((d / f.path for d in local_search_dirs() if (d / f.path).is_file()), None) for f in m.files
        ]
        ok = all(paths)
        return ModelStatus(m, ok, sum(p.stat().st_size for p in paths if p), paths[0] if ok else None)
    if m.source == "imported":
        folder = m.manifest_path.parent if m.manifest_path else imported_dir() / m.id
        return ModelStatus(m, folder.is_dir(), _du(folder) if folder.is_dir() else 0, folder)
    storage = hub.repo_folder(m.repo, settings.models_dir)
    found = _snapshot(m, settings)
    size = _du(storage / "blobs") if (storage / "blobs").is_dir() else 0
    partial = [p for p in (storage / "blobs").glob("*" + hub.PART_SUFFIX)] if size else []
    return ModelStatus(
        m,
        found is not None and bool(_hub_files(m, found[0])),
        size,
        storage,
        "partial download (resume with `models download`)" if partial else "",
    )


def list_models(settings: Settings | None = None) -> list[ModelStatus]:
    return [status(m, settings) for m in all_manifests().values()]


def verify(model_id: str, settings: Settings | None = None) -> ResolvedModel:
    """Re-hash every file of an installed model (ignoring remembered hashes)."""
    settings = settings or Settings()
    m = get_manifest(model_id)
    st = status(m, settings)
    if not st.installed:
        raise ModelError(f"{model_id}: not installed")
    resolved_before = resolve(model_id, settings)
    for p in resolved_before.files.values():
        integrity.forget(p.resolve())
    return resolve(model_id, settings)


def remove(model_id: str, settings: Settings | None = None) -> int:
    """Delete a downloaded or imported model; returns the bytes freed."""
    settings = settings or Settings()
    m = get_manifest(model_id)
    if m.source == "local":
        raise ModelError(f"{model_id}: ships with HybridStudio (a local file); nothing to remove")
    st = status(m, settings)
    if not st.location or not st.location.exists():
        raise ModelError(f"{model_id}: not installed")
    freed = st.bytes_on_disk
    for p in st.location.rglob("*"):
        if p.is_file() and not p.is_symlink():
            integrity.forget(p)
    shutil.rmtree(st.location)
    return freed
