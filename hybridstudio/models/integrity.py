"""File hashes, and the record of which model files were already verified.

Hashing a 3 GB UNet takes a while, so a file verified once is remembered by (path, size, mtime):
changing, truncating or replacing it makes it unverified again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from ..core.atomic import atomic_write_bytes
from ..core.atomic import file_sha256 as file_sha256  # one file hash for the whole program
from ..core.settings import data_dir

CHUNK = 4 * 1024 * 1024
PICKLE_SUFFIXES = (".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle")
PICKLE_WHY = (
    "it is a pickled checkpoint: loading a pickle can execute any code hidden in it, so "
    "HybridStudio never opens one. Use an ONNX export of the model (.onnx)"
)

_LOCK = threading.Lock()


def git_blob_sha1(path: str | Path) -> str:
    """Git's object id of a file (``sha1("blob <size>\\0" + content)``): the hub's ETag of non-LFS files."""
    size = os.path.getsize(path)
    h = hashlib.sha1(f"blob {size}\0".encode())  # noqa: S324 - git's own object id, not security
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _store() -> Path:
    return data_dir() / "models" / "verified.json"


def _load() -> dict[str, dict]:
    try:
        return json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _stat_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def remembered_sha256(path: str | Path) -> str | None:
    """The sha256 recorded when ``path`` was verified, if the file has not changed since."""
    real = Path(path).resolve()
    entry = _load().get(os.fspath(real))
    if not entry or not real.is_file():
        return None
    size, mtime = _stat_key(real)
    if entry.get("size") == size and entry.get("mtime_ns") == mtime:
        return entry.get("sha256")
    return None


def remember(path: str | Path, sha256: str, expected: str | None = None) -> None:
    """Record that ``path`` (as it is now) has this sha256, and what it must have (``expected``,
    e.g. the hub's hash at download time), which stays known if the file changes later."""
    real = Path(path).resolve()
    size, mtime = _stat_key(real)
    with _LOCK:
        data = _load()
        entry = {"size": size, "mtime_ns": mtime, "sha256": sha256}
        old = data.get(os.fspath(real), {})
        if expected or old.get("expected"):
            entry["expected"] = expected or old["expected"]
        data[os.fspath(real)] = entry
        atomic_write_bytes(_store(), json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def expected_sha256(path: str | Path) -> str | None:
    """The sha256 a file must have, as recorded when it was downloaded or imported."""
    return _load().get(os.fspath(Path(path).resolve()), {}).get("expected")


def forget(path: str | Path) -> None:
    """Drop the remembered hash of ``path`` (the next use re-hashes it); its expected hash stays."""
    real = os.fspath(Path(path).resolve())
    with _LOCK:
        data = _load()
        entry = data.pop(real, None)
        if entry is not None:
            if entry.get("expected"):
                data[real] = {"expected": entry["expected"]}
            atomic_write_bytes(_store(), json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def sha256_of(
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> str:
    """The file's sha256, from the record when unchanged since last time, else computed (and kept)."""
    known = remembered_sha256(path)
    if known:
        return known
    digest = file_sha256(path, progress, check)
    remember(path, digest)
    return digest


def is_pickle(path: str | Path) -> bool:
    return Path(path).suffix.lower() in PICKLE_SUFFIXES
