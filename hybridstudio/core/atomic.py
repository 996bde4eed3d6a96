"""Atomic writes: write a temporary file next to the target, then rename it into place.

A cancelled job, a full disk or a crash never leaves a half-written output, and an existing file is
only replaced by a complete new one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import HybridStudioError


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it is renamed to ``target``.

    On any error (including :class:`~hybridstudio.core.errors.Cancelled`) the temporary file is
    removed and the target is left as it was. ``OSError`` (disk full, permissions) becomes a
    :class:`HybridStudioError` naming the file.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise HybridStudioError(f"{target}: cannot write there ({exc.strerror or exc})") from exc
    os.close(fd)
    tmp_path = Path(tmp)
    _apply_default_mode(tmp_path)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise HybridStudioError(f"{target}: could not write ({exc.strerror or exc})") from exc
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _apply_default_mode(path: Path) -> None:
    """mkstemp creates files readable by their owner only; outputs get the usual 0666 & ~umask."""
    with suppress(OSError):
        os.chmod(path, 0o666 & ~_umask())


def atomic_write_bytes(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return Path(target)


def unique_path(path: str | Path, protect: tuple[Path, ...] = ()) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… if it exists or is one of ``protect``
    (the job's inputs): outputs never silently replace a file."""
    path = Path(path)
    protected = {p.resolve() for p in protect}
    candidate = path
    n = 2
    while candidate.exists() or candidate.resolve() in protected:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
