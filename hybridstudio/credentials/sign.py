"""Signing an output's temporary file just before it is renamed into place.

:func:`signed_output` replaces :func:`~hybridstudio.core.atomic.atomic_path` at every write point
that has a process record. If signing fails for any reason (no usable certificate, a read-only
config folder, a format the library cannot embed into) the output is still written, unsigned, and a
:class:`SigningWarning` says why: an export is never lost to its credentials.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.atomic import atomic_path
from ..core.cancel import CancelToken, current_token
from ..core.errors import Cancelled
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.memory import GB, available_bytes
from ..core.settings import Settings

if TYPE_CHECKING:
    from ..core.context import ProgressFn
    from ..core.provenance import ProcessRecord

#: What a progress bar says while the library signs (seconds for a gigabyte file).
SIGNING_MESSAGE = QT_TRANSLATE_NOOP("Progress", "signing the content credentials")
#: Set HYBRIDSTUDIO_NO_CREDENTIALS=1 to write outputs without content credentials.
DISABLE_ENV = "HYBRIDSTUDIO_NO_CREDENTIALS"
#: Memory the C2PA library takes to sign a file, per byte of the file: it reads the whole asset
#: and builds the signed copy in memory, and its PDF reader also parses every object. Measured
#: 1.95-2.05 for TIFF, PNG and JPEG and 4.0 for PDF, with a margin here; bench/bench_memory_budget.py
#: checks the estimate on a signed negative (TIFF + PDF).
SIGN_BYTES_PER_BYTE = {"application/pdf": 4.2}
SIGN_BYTES_PER_BYTE_DEFAULT = 2.1
#: The library's own buffers and the manifest, whatever the file.
SIGN_FIXED_BYTES = 64 * 2**20
#: How many times the library reads a file it signs (it then writes the signed copy once), for the
#: progress bar: measured with c2pa-python 0.38 on PNG, TIFF, JPEG and PDF.
SIGN_READS = {"image/png": 1, "image/tiff": 2}
SIGN_READS_DEFAULT = 3


def signing_peak_bytes(target: str | Path, file_bytes: float) -> int:
    """Estimated peak memory of signing a ``file_bytes`` file named like ``target`` (0 when the
    format is not signed or signing is off)."""
    from .manifest import mime_type  # lazy: the manifest builder loads only when a file is signed

    fmt = mime_type(target)
    if fmt is None or not signing_enabled():
        return 0
    per = SIGN_BYTES_PER_BYTE.get(fmt, SIGN_BYTES_PER_BYTE_DEFAULT)
    return int(file_bytes * per + SIGN_FIXED_BYTES)


class SigningWarning(UserWarning):
    """An output was written without content credentials; the message says which and why."""


_local = threading.local()


@contextmanager
def collect_signing_warnings() -> Iterator[list[str]]:
    """Gather this thread's signing warnings in a list instead of Python warnings (jobs report
    them with their other warnings)."""
    previous = getattr(_local, "sink", None)
    sink: list[str] = []
    _local.sink = sink
    try:
        yield sink
    finally:
        _local.sink = previous


def _warn(message: str) -> None:
    sink = getattr(_local, "sink", None)
    if sink is not None:
        sink.append(message)
    else:
        warnings.warn(SigningWarning(message), stacklevel=3)


@contextmanager
def signed_output(
    target: str | Path,
    record: ProcessRecord | dict[str, Any] | None,
    progress: ProgressFn | None = None,
) -> Iterator[Path]:
    """Like ``atomic_path(target)``; the finished temporary file is signed before the rename
    (``progress`` hears how far the signing is, for files big enough to take seconds)."""
    with atomic_path(target) as tmp:
        yield tmp
        if record is not None:
            sign_in_place(tmp, Path(target), record, progress)


def signing_enabled() -> bool:
    return os.environ.get(DISABLE_ENV, "") not in ("1", "true", "yes")


def sign_in_place(
    tmp: Path,
    target: Path,
    record: ProcessRecord | dict[str, Any],
    progress: ProgressFn | None = None,
) -> bool:
    """Sign ``tmp`` (the future ``target``) in place. A failure warns and returns False; only a
    cancellation of the job (Ctrl-C, the app's Cancel) raises, as :class:`Cancelled`."""
    from .manifest import mime_type  # lazy: the manifest builder loads only when a file is signed

    if not signing_enabled():
        return False
    fmt = mime_type(target)
    if fmt is None:
        _warn(
            f"{target}: written without content credentials "
            f"(C2PA cannot be embedded in {target.suffix or 'this'} files)"
        )
        return False
    size = tmp.stat().st_size
    need = signing_peak_bytes(target, size)
    avail = available_bytes()
    if need > avail:
        _warn(
            f"{target}: written without embedded content credentials: signing a "
            f"{size / GB:.2f} GB {target.suffix} file needs about {need / GB:.1f} GB "
            f"of memory and {avail / GB:.1f} GB is available (the process record beside it still "
            "says what was AI and what was craft)"
        )
        return False
    token = current_token()
    if token is not None:
        token.check()
    signed = tmp.with_name(tmp.name + ".c2pa")
    try:
        reads = SIGN_READS.get(fmt, SIGN_READS_DEFAULT)
        counter = _SigningProgress(progress, size, reads) if progress is not None else None
        _sign(tmp, signed, target, fmt, record, token, counter)
        os.replace(signed, tmp)
        return True
    except Exception as exc:  # noqa: BLE001 - any failure leaves the unsigned file, with a warning
        signed.unlink(missing_ok=True)
        if token is not None and token.cancelled:  # the library reports the stopped read as an error
            raise Cancelled() from exc
        _warn(f"{target}: written without content credentials ({_why(exc)})")
        return False


def _why(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


class _SigningProgress:
    """How far the library is, from the bytes it moved: it reads the file ``reads`` times and
    writes the signed copy once. Reported at each whole per cent."""

    def __init__(self, report: ProgressFn, file_bytes: int, reads: int) -> None:
        self._report = report
        self._total = max(1, (reads + 1) * file_bytes)
        self._done = 0
        self._shown = -1

    def add(self, n: int) -> None:
        self._done += n
        fraction = min(1.0, self._done / self._total)
        if int(fraction * 100) != self._shown:
            self._shown = int(fraction * 100)
            self._report(fraction, SIGNING_MESSAGE)


class _WatchedFile:
    """A file handed to the C2PA library, which signs in one call (seconds for a gigabyte file)
    reading and writing through these methods: each first checks the job's cancel token, so a
    cancellation stops the call within one chunk instead of after the whole file, and counts the
    bytes for the progress bar."""

    def __init__(
        self, fh: io.BufferedIOBase, token: CancelToken | None, progress: _SigningProgress | None
    ) -> None:
        self._fh = fh
        self._token = token
        self._progress = progress

    def _check(self) -> None:
        if self._token is not None:
            self._token.check()

    def _moved(self, n: int | None) -> None:
        if self._progress is not None and n:
            self._progress.add(n)

    def readinto(self, buffer: Any) -> int | None:
        self._check()
        n = self._fh.readinto(buffer)
        self._moved(n)
        return n

    def read(self, size: int = -1) -> bytes:
        self._check()
        data = self._fh.read(size)
        self._moved(len(data))
        return data

    def write(self, data: Any) -> int:
        self._check()
        n = self._fh.write(data)
        self._moved(n)
        return n

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        self._check()
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()

    def flush(self) -> None:
        self._fh.flush()


def _sign(
    src: Path,
    dest: Path,
    target: Path,
    fmt: str,
    record: ProcessRecord | dict[str, Any],
    token: CancelToken | None = None,
    progress: _SigningProgress | None = None,
) -> None:
    import c2pa  # lazy: loads c2pa only when _sign() runs

    # lazy: identity and manifest load only when a file is signed
    from .identity import current_identity
    from .manifest import input_ingredients, manifest_definition

    rec = record if isinstance(record, dict) else record.as_dict()
    identity = current_identity()
    ingredients = input_ingredients(rec)
    definition = manifest_definition(
        rec, target.name, Settings.load().share_prompt, [d for d, _ in ingredients]
    )
    definition["ingredients"] = [d for d, path in ingredients if path is None]
    info = c2pa.C2paSignerInfo(identity.alg.encode(), identity.chain_pem, identity.key_pem, None)
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": False}}})
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(definition, context=context) as builder:
        for d, path in ingredients:
            if path is not None:
                with open(path, "rb") as fh:
                    builder.add_ingredient(d, d["format"], fh)
        with open(src, "rb") as source, open(dest, "w+b") as out:
            if token is None and progress is None:
                builder.sign(signer, fmt, source, out)
            else:
                watched_in, watched_out = (
                    _WatchedFile(source, token, progress),
                    _WatchedFile(out, token, progress),
                )
                builder.sign(signer, fmt, watched_in, watched_out)
