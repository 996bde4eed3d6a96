"""Atomic writes: write a temporary file next to the target, then rename it into place.

A cancelled job, a full disk or a crash never leaves a half-written output, and an existing file is
only replaced by a complete new one.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import Cancelled, HybridStudioError, InputError


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
        _clean_once(target.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise HybridStudioError(f"{target}: cannot write there ({exc.strerror or exc})") from exc
    if not _lock(fd):  # Windows: a renamed file must be closed; stale files go by age there
        os.close(fd)
        fd = -1
    tmp_path = Path(tmp)
    _apply_default_mode(tmp_path)
    created = not target.exists()
    try:
        yield tmp_path
        os.replace(tmp_path, target)
        if created:
            for journal in _JOURNALS:
                journal.append(target)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise HybridStudioError(f"{target}: could not write ({exc.strerror or exc})") from exc
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)  # releases the lock that told other runs this file is being written


#: Open :func:`all_or_nothing` blocks: each lists the files created inside it.
_JOURNALS: list[list[Path]] = []


@contextmanager
def all_or_nothing() -> Iterator[list[Path]]:
    """Files created by atomic writes inside the block are removed again if the block ends by a
    cancellation (Ctrl-C): a command leaves all its outputs or none. Existing files are never
    touched (the output policy never replaces one without ``--overwrite``)."""
    journal: list[Path] = []
    _JOURNALS.append(journal)
    try:
        yield journal
    except (KeyboardInterrupt, Cancelled):
        for path in reversed(journal):
            with suppress(OSError):
                path.unlink()
        raise
    finally:
        _JOURNALS.remove(journal)


def _lock(fd: int, wait: bool = True) -> bool:
    """Hold an advisory lock on a temporary file while it is written (POSIX); False elsewhere or
    when another process holds it."""
    try:
        import fcntl  # lazy: POSIX-only module, absent on Windows
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


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


def file_sha256(
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    check: Callable[[], None] | None = None,
) -> str:
    """The sha256 of a file, read in 1 MiB chunks; ``progress(done, total)`` and ``check()`` (which
    may raise to cancel) after each chunk."""
    h = hashlib.sha256()
    total = os.path.getsize(path)
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
            if check:
                check()
    return h.hexdigest()


def output_path(
    path: str | Path, inputs: tuple[str | Path | None, ...] = (), overwrite: bool = False
) -> Path:
    """The one output-path policy of every command and every extra output (previews, PDFs,
    reports): an input is never replaced (:class:`InputError`), an existing file is replaced only
    with ``overwrite``, otherwise the output takes the next free ``-2``, ``-3``… name."""
    path = Path(path)
    protected = tuple(Path(p) for p in inputs if p)
    if any(_same_file(path, p) for p in protected):
        raise InputError(path, "the output would replace an input: choose another name")
    if overwrite or not path.exists():
        return path
    return unique_path(path, protected)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


#: Staging folders of :func:`job_staging`: ``.hybridstudio-job-XXXXXXXX`` (mkdtemp's 8 characters).
STAGING_PREFIX = ".hybridstudio-job-"
STAGING_PATTERN = re.compile(r"^\.hybridstudio-job-[A-Za-z0-9_]{8}$")
#: The file a running job holds locked inside its staging folder.
STAGING_LOCK = ".lock"


@contextmanager
def job_staging(out_dir: str | Path) -> Iterator[Path]:
    """A hidden staging folder inside ``out_dir`` for one job's outputs, removed when the block
    ends. The job holds a lock inside it while it runs, so the next run into ``out_dir`` removes
    the folders of killed jobs (:func:`clean_stale_staging`) and never those of running ones."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        clean_stale_staging(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    except OSError as exc:
        raise InputError(out_dir, f"cannot write outputs there ({exc.strerror or exc})") from exc
    fd = -1
    try:
        with suppress(OSError):  # locked before it takes its name: never seen unlocked
            fd = os.open(staging / f"{STAGING_LOCK}.new", os.O_RDWR | os.O_CREAT, 0o600)
            if _lock(fd):
                os.replace(staging / f"{STAGING_LOCK}.new", staging / STAGING_LOCK)
        yield staging
    finally:
        if fd >= 0:
            os.close(fd)
        shutil.rmtree(staging, ignore_errors=True)


def _named(folder: str | Path, pattern: re.Pattern[str]) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` whose names match ``pattern`` (none if it cannot be read)."""
    try:
        return [e for e in os.scandir(folder) if pattern.match(e.name)]
    except OSError:
        return []


def clean_stale_staging(folder: str | Path, older_than_s: float = 24 * 3600.0) -> list[Path]:
    """Remove the staging folders killed jobs left in ``folder``: only real folders named after
    our own pattern whose lock no running process holds (or, without locks, older than
    ``older_than_s``)."""
    removed: list[Path] = []
    now = time.time()
    for e in _named(folder, STAGING_PATTERN):
        try:
            if not e.is_dir(follow_symlinks=False):
                continue
            lock = os.path.join(e.path, STAGING_LOCK)
            if os.path.isfile(lock):
                stale = _abandoned(lock)
            else:
                stale = now - e.stat(follow_symlinks=False).st_mtime > older_than_s
            if stale:
                shutil.rmtree(e.path)
                removed.append(Path(e.path))
        except OSError:
            continue
    return removed


#: Temporary files of :func:`atomic_path`: ``.NAME.XXXXXXXX.part`` (mkstemp's 8 random characters).
PART_PATTERN = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")


def clean_stale_parts(folder: str | Path, older_than_s: float = 24 * 3600.0) -> list[Path]:
    """Remove temporary files a killed run left in ``folder``: only plain files named after our
    own pattern, and only those no running process is writing (POSIX lock) or, where locks are not
    available, older than ``older_than_s``."""
    removed: list[Path] = []
    now = time.time()
    for e in _named(folder, PART_PATTERN):
        try:
            if not e.is_file(follow_symlinks=False):
                continue
            if _abandoned(e.path) or now - e.stat(follow_symlinks=False).st_mtime > older_than_s:
                os.unlink(e.path)
                removed.append(Path(e.path))
        except OSError:
            continue
    return removed


_CLEANED: set[str] = set()


def _clean_once(folder: Path) -> None:
    """The first write of a run into a folder clears what killed runs left there."""
    key = os.path.abspath(folder)
    if key not in _CLEANED:
        _CLEANED.add(key)
        clean_stale_parts(folder)


def _abandoned(path: str) -> bool:
    """True when no process holds the writer's lock on ``path`` (its run was killed)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        return _lock(fd, wait=False)
    finally:
        os.close(fd)
