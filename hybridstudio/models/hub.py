"""Download model files from the Hugging Face hub into huggingface-hub's own cache, safely.

What huggingface-hub gives: the hub protocol (``HEAD …/resolve/<revision>/<file>`` with
``X-Repo-Commit``, ``X-Linked-Etag`` (the LFS sha256) and ``X-Linked-Size``; the repo listing
``/api/models/<repo>/revision/<rev>?blobs=true``), its cache layout (``HF_HOME``/``HF_HUB_CACHE``,
``blobs/`` + ``snapshots/<commit>/``), mirrors (``HF_ENDPOINT``), proxies (``HTTP(S)_PROXY``), tokens,
and in-transfer retries with HTTP ranges. What it does not give, and this module adds:

- **resume after an interruption** (cancel, crash, closed laptop): bytes go to
  ``blobs/<etag>.hybridstudio-part``, which survives; the next attempt asks for the rest with
  ``Range: bytes=<n>-``;
- **verification before first use**: the finished file's sha256 is compared with the hub's LFS
  hash (or git object id for small files) and with the catalogue's pin; a mismatch deletes it.
  Only then is it moved into ``blobs/`` and linked into ``snapshots/`` (by ``hf_hub_download``,
  which finds the blob and just creates the link), so a partial or corrupt file is never loaded;
- **progress** in bytes, rate and ETA, and **cancel** between chunks.

Environment is read at call time: ``HF_ENDPOINT``, ``HF_HOME``/``HF_HUB_CACHE``, ``HF_HUB_OFFLINE``.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import Cancelled, ModelError
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from . import integrity

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
SHA1_RE = re.compile(r"^[0-9a-f]{40}$")
PART_SUFFIX = ".hybridstudio-part"
DEFAULT_ENDPOINT = "https://huggingface.co"


@dataclass
class DownloadProgress:
    """Where a download stands. ``rate`` in bytes/s, ``eta_s`` None while unknown."""

    file: str
    done: int
    total: int | None
    rate: float
    eta_s: float | None
    stage: str = "download"  # download, verify, done

    def describe(self) -> str:
        """'repo/file: 12.0 MB / 80.0 MB at 3.1 MB/s, 22 s left' (a Message: said in the user's
        language where it is shown)."""
        done, total, rate = self.done / 1e6, (self.total or 0) / 1e6, self.rate / 1e6
        if self.stage == "verify":
            if self.total:
                return Message(
                    "Progress",
                    QT_TRANSLATE_NOOP("Progress", "{file}: verifying sha256 {done:.1f} MB / {total:.1f} MB"),
                    file=self.file,
                    done=done,
                    total=total,
                )
            return Message(
                "Progress",
                QT_TRANSLATE_NOOP("Progress", "{file}: verifying sha256 {done:.1f} MB"),
                file=self.file,
                done=done,
            )
        values = dict(file=self.file, done=done, total=total, rate=rate, eta=self.eta_s or 0.0)
        if self.total and self.eta_s is not None:
            return Message(
                "Progress",
                QT_TRANSLATE_NOOP(
                    "Progress", "{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s, {eta:.0f} s left"
                ),
                **values,
            )
        if self.total:
            return Message(
                "Progress",
                QT_TRANSLATE_NOOP("Progress", "{file}: {done:.1f} MB / {total:.1f} MB at {rate:.1f} MB/s"),
                **values,
            )
        return Message(
            "Progress", QT_TRANSLATE_NOOP("Progress", "{file}: {done:.1f} MB at {rate:.1f} MB/s"), **values
        )


ProgressCb = Callable[[DownloadProgress], None]


def endpoint() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def offline() -> bool:
    val = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return val.strip().upper() in ("1", "ON", "YES", "TRUE")


def cache_dir(models_dir: str = "") -> Path:
    """huggingface-hub's cache folder (``Settings.models_dir`` overrides it)."""
    if models_dir:
        return Path(models_dir).expanduser()
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    from huggingface_hub import constants  # lazy: loads huggingface_hub only when cache_dir() runs

    return Path(constants.HF_HUB_CACHE)


def repo_folder(repo: str, models_dir: str = "") -> Path:
    return cache_dir(models_dir) / ("models--" + repo.replace("/", "--"))


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int | None
    sha256: str | None  # LFS sha256 when the hub stores the file in LFS


def list_repo_files(repo: str, revision: str, include: tuple[str, ...]) -> tuple[str, list[RemoteFile]]:
    """(commit, files) of ``repo`` at ``revision`` whose paths match ``include`` (pickles left out)."""
    from huggingface_hub import HfApi  # lazy: loads huggingface_hub only when list_repo_files() runs

    info = HfApi(endpoint=endpoint()).model_info(repo, revision=revision, files_metadata=True)
    out = []
    for s in info.siblings or []:
        if integrity.is_pickle(s.rfilename) or s.rfilename.endswith(".safetensors"):
            continue
        if include and not any(fnmatch.fnmatch(s.rfilename, pat) for pat in include):
            continue
        sha = s.lfs.sha256 if s.lfs else None
        out.append(RemoteFile(s.rfilename, s.size, sha))
    return str(info.sha or revision), out


class _Tracker:
    """Receives huggingface-hub's progress updates (it calls ``tqdm_class(**kw)``)."""

    def __init__(self, name: str, on_progress: ProgressCb | None, check: Callable[[], None] | None):
        self.name = name
        self.on_progress = on_progress
        self.check = check
        self.total: int | None = None
        self.done = 0
        self.start_done = 0
        self.t0 = time.monotonic()
        self.last = 0.0

    def bar(self, **kw):
        self.total = kw.get("total") or self.total
        self.done = self.start_done = int(kw.get("initial") or 0)
        self.t0 = time.monotonic()
        return _Bar(self)

    def update(self, n: int) -> None:
        self.done += int(n)
        if self.check:
            self.check()  # raises Cancelled: the .part file stays for the next attempt
        now = time.monotonic()
        if self.on_progress and (now - self.last > 0.2 or (self.total and self.done >= self.total)):
            self.last = now
            el = max(now - self.t0, 1e-6)
            rate = (self.done - self.start_done) / el
            eta = (self.total - self.done) / rate if (self.total and rate > 0) else None
            self.on_progress(DownloadProgress(self.name, self.done, self.total, rate, eta))


class _Bar:
    def __init__(self, tracker: _Tracker):
        self.t = tracker

    def update(self, n: int = 1) -> None:
        self.t.update(n)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def close(self) -> None:
        return None


def download_file(
    repo: str,
    filename: str,
    revision: str = "main",
    *,
    sha256: str | None = None,
    models_dir: str = "",
    on_progress: ProgressCb | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """Download one file of ``repo`` (resuming a previous attempt), verify it, return its cache path.

    ``sha256`` pins the expected content (from the catalogue); the hub's own LFS hash is always
    checked too. Raises :class:`ModelError` on a hash mismatch (the file is deleted), on network
    or hub errors, and in offline mode when the file is not already in the cache.
    """
    # lazy: loads huggingface_hub only when download_file() runs
    from huggingface_hub import hf_hub_download, hf_hub_url
    from huggingface_hub.errors import (
        EntryNotFoundError,
        GatedRepoError,
        HfHubHTTPError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )
    from huggingface_hub.file_download import get_hf_file_metadata, http_get
    from huggingface_hub.utils import build_hf_headers

    cdir = cache_dir(models_dir)
    ep = endpoint()
    if offline():
        return cached_file(repo, filename, revision, models_dir, sha256=sha256)
    url = hf_hub_url(repo, filename, revision=revision, endpoint=ep)
    label = f"{repo}/{filename}"
    try:
        meta = get_hf_file_metadata(url, endpoint=ep)
    except GatedRepoError as exc:  # 401 (no token) or 403 (not on the list) + X-Error-Code: GatedRepo
        raise ModelError(
            f"{label}: gated model: its licence must be accepted on {ep}/{repo} with "
            "your account, and your token set (HF_TOKEN)"
        ) from exc
    except (RepositoryNotFoundError, RevisionNotFoundError, EntryNotFoundError) as exc:
        raise ModelError(f"{label}: not found on {ep} at revision {revision!r}") from exc
    except HfHubHTTPError as exc:
        raise ModelError(f"{label}: the hub answered an error ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - httpx network errors, proxies, TLS
        raise ModelError(
            f"{label}: cannot reach {ep} ({exc}); check the network or proxy "
            "(HTTPS_PROXY), or set HF_ENDPOINT to a mirror"
        ) from exc
    etag = (meta.etag or "").lower()
    hub_sha = etag if SHA256_RE.match(etag) else None
    if sha256 and hub_sha and sha256.lower() != hub_sha:
        raise ModelError(
            f"{label}: the hub now serves a different file (sha256 {hub_sha[:12]}…) "
            f"than the catalogue pins ({sha256[:12]}…); refusing it"
        )
    if not (sha256 or hub_sha or SHA1_RE.match(etag)):
        raise ModelError(f"{label}: the server gives no hash to verify the file against; refusing it")
    storage = cdir / ("models--" + repo.replace("/", "--"))
    blob = storage / "blobs" / etag
    part = blob.with_name(blob.name + PART_SUFFIX)
    blob.parent.mkdir(parents=True, exist_ok=True)

    if not blob.exists():
        resume = part.stat().st_size if part.exists() else 0
        if meta.size is not None and resume > meta.size:
            part.unlink()
            resume = 0
        tracker = _Tracker(label, on_progress, check)
        headers = build_hf_headers()
        try:
            with open(part, "r+b" if part.exists() else "wb") as fh:
                if fh.seek(0, os.SEEK_END) != resume:
                    fh.seek(resume)
                    fh.truncate()
                http_get(
                    meta.location,
                    fh,
                    resume_size=resume,
                    headers=headers,
                    expected_size=meta.size,
                    displayed_filename=filename,
                    # http_get only calls tqdm_class(...): a factory bound to this download's
                    # tracker does, though its stubs ask for a class
                    tqdm_class=functools.partial(_Tracker.bar, tracker),  # type: ignore[arg-type]
                )
        except Cancelled:
            raise
        except HfHubHTTPError as exc:
            if exc.response is not None and exc.response.status_code == 416:
                part.unlink(missing_ok=True)  # our part is not a prefix of the file: start afresh
            raise ModelError(f"{label}: download failed ({exc}); run the download again to resume") from exc
        except Exception as exc:  # noqa: BLE001 - network errors after retries, disk full
            raise ModelError(
                f"{label}: download interrupted ({exc}); run the download again to "
                f"resume from {part.stat().st_size if part.exists() else 0} bytes"
            ) from exc
        _verify_part(
            part, label, sha256 or hub_sha, None if (sha256 or hub_sha) else etag, on_progress, check
        )
        os.replace(part, blob)
    else:
        _verify_part(
            blob,
            label,
            sha256 or hub_sha,
            None if (sha256 or hub_sha) else etag,
            on_progress,
            check,
            remove=True,
        )
    # the verified blob is in place: huggingface-hub links it into snapshots/<commit>/ and refs/
    try:
        path = Path(
            hf_hub_download(repo, filename, revision=revision, cache_dir=os.fspath(cdir), endpoint=ep)
        )
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"{label}: could not place the file in the cache ({exc})") from exc
    final = path.resolve()
    digest = (sha256 or hub_sha or "").lower() or integrity.file_sha256(final)
    # without symlinks (Windows without developer mode) huggingface-hub moves the blob into the
    # snapshot folder: check that what it placed is what was verified
    if final != blob.resolve() and integrity.file_sha256(final) != digest:
        final.unlink(missing_ok=True)
        raise ModelError(f"{label}: the file placed in the cache differs from the verified download")
    integrity.remember(final, digest, expected=digest)
    if on_progress:
        size = final.stat().st_size
        on_progress(DownloadProgress(label, size, size, 0.0, 0.0, "done"))
    return path


def _verify_part(
    path: Path,
    label: str,
    sha256: str | None,
    git_sha1: str | None,
    on_progress: ProgressCb | None,
    check: Callable[[], None] | None,
    remove: bool = True,
) -> None:
    def prog(done: int, total: int) -> None:
        if on_progress:
            on_progress(DownloadProgress(label, done, total, 0.0, None, "verify"))

    if sha256:
        got = integrity.file_sha256(path, prog, check)
        ok = got == sha256.lower()
        what = f"sha256 {got[:12]}… instead of {sha256[:12]}…"
    else:
        got = integrity.git_blob_sha1(path)
        ok = got == git_sha1
        what = f"git id {got[:12]}… instead of {str(git_sha1)[:12]}…"
    if not ok:
        if remove:
            path.unlink(missing_ok=True)
        raise ModelError(
            f"{label}: the downloaded file is corrupt ({what}); it was deleted — download it again"
        )


def cached_file(
    repo: str, filename: str, revision: str = "main", models_dir: str = "", sha256: str | None = None
) -> Path:
    """The verified cached copy of a file, without any network access.

    Raises :class:`ModelError` when the file is not in the cache or fails verification.
    """
    # lazy: loads huggingface_hub only when cached_file() runs
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(
        repo, filename, cache_dir=os.fspath(cache_dir(models_dir)), revision=revision
    )
    if not isinstance(found, str):
        hint = " (offline mode: HF_HUB_OFFLINE is set)" if offline() else ""
        raise ModelError(
            f"{repo}/{filename}: not downloaded yet{hint}; run `hybridstudio models download` first"
        )
    path = Path(found)
    verify_cached(path, f"{repo}/{filename}", sha256)
    return path


def verify_cached(path: Path, label: str, sha256: str | None = None) -> str:
    """Check a cached file against its pinned sha256 or its blob name (the hub's hash)."""
    blob = path.resolve()
    expected = (
        (sha256 or "").lower()
        or (blob.name if SHA256_RE.match(blob.name) else "")
        or (integrity.expected_sha256(blob) or "")
    )
    if not expected and SHA1_RE.match(blob.name):
        if integrity.git_blob_sha1(blob) != blob.name:
            raise ModelError(f"{label}: the cached file is corrupt (git id mismatch)")
        return integrity.sha256_of(blob)
    if not expected:
        raise ModelError(f"{label}: no hash to verify the cached file against")
    got = integrity.sha256_of(blob)
    if got != expected:
        integrity.forget(blob)
        raise ModelError(
            f"{label}: the cached file is corrupt (sha256 {got[:12]}… instead of "
            f"{expected[:12]}…); remove the model and download it again"
        )
    return got
