"""The client side of the school server (standard library only: students' laptops do not need Ray).

``ServerClient.run(recipe, inputs, …)`` sends a job, streams its progress and previews, honours a
:class:`~hybridstudio.core.cancel.CancelToken` (cancel reaches the server and stops the job there),
and returns the outputs with their process records. Every failure is a :class:`ServerError` with a
plain message; :class:`ServerUnreachable` means the user may fall back to this computer.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import queue
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import cv2
import numpy as np

from ..core.atomic import atomic_write_bytes
from ..core.cancel import CancelToken
from ..core.errors import Cancelled, HybridStudioError
from ..core.i18n import QT_TRANSLATE_NOOP, Message
from ..core.provenance import SIDECAR_SUFFIX
from ..core.recipe import Recipe
from ..core.settings import Settings

TOKEN_ENV = "HYBRIDSTUDIO_SERVER_TOKEN"
CA_ENV = "HYBRIDSTUDIO_SERVER_CA"  # a school's own certificate authority (self-signed certificates)
RECONNECT_WINDOW = 90.0  # seconds a job's event stream keeps trying to reconnect
RECONNECT_PAUSE = 1.0


class ServerError(HybridStudioError):
    """The server refused or failed a job; ``limit`` names the limit a refusal hit."""

    def __init__(self, message: str, status: int | None = None, limit: str | None = None):
        super().__init__(message)
        self.status = status
        self.limit = limit


class ServerUnreachable(ServerError):
    """No answer from the server (address, network, server stopped): computing here is an option."""


@dataclass
class RemoteResult:
    """One input's outcome on the server: its files (relative name, bytes) and process record."""

    source: str | None
    files: list[tuple[str, bytes]]
    record: dict[str, Any]
    cost: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    device_report: list[str] = field(default_factory=list)

    @property
    def main_file(self) -> tuple[str, bytes]:
        return next(f for f in self.files if not f[0].endswith(SIDECAR_SUFFIX))


def resolve_token(token: str | None = None) -> str:
    """The access token: given, else the environment, else the settings file."""
    if token:
        return token
    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV]

    return Settings.load().server_token


def insecure_warning(url: str) -> str | None:
    """A warning when tokens and images would cross a network unencrypted."""
    u = urlparse(url)
    if u.scheme == "http" and u.hostname not in ("127.0.0.1", "localhost", "::1"):
        return (
            f"{url} is not encrypted (http): your access token and images cross the network "
            "in clear; ask the school for an https address"
        )
    return None


class ServerClient:
    def __init__(self, url: str, token: str | None = None, timeout: float = 30.0, ca_file: str | None = None):
        url = url.strip().rstrip("/")
        if "://" not in url:
            url = "http://" + url
        if urlparse(url).scheme not in ("http", "https"):
            raise ServerError(f"{url}: a server address starts with https:// or http://")
        self.url = url
        self.token = resolve_token(token)
        self.timeout = timeout
        ca = ca_file or os.environ.get(CA_ENV)
        self.ssl = ssl.create_default_context(cafile=ca) if ca else ssl.create_default_context()

    # ---- HTTP --------------------------------------------------------------------------------
    def _open(self, method: str, path: str, body: dict | None = None, timeout: float | None = None):
        data = json.dumps(body).encode("utf-8") if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", f"Bearer {self.token}")
        try:
            return urllib.request.urlopen(req, timeout=timeout or self.timeout, context=self.ssl)
        except urllib.error.HTTPError as exc:
            try:
                detail = json.loads(exc.read().decode("utf-8"))
            except (ValueError, OSError):
                detail = {}
            msg = detail.get("error") or f"HTTP {exc.code} {exc.reason}"
            if exc.code == 503 or (exc.code == 404 and not detail):
                raise ServerUnreachable(
                    f"the school server at {self.url} is not ready ({msg}); it may be restarting", exc.code
                ) from None
            raise ServerError(f"school server: {msg}", exc.code, detail.get("limit")) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, ssl.SSLCertVerificationError):
                raise ServerError(
                    f"the school server at {self.url} shows a certificate this computer does not "
                    f"trust ({reason.verify_message}); if the school made its own certificate, set "
                    f"{CA_ENV} to the school's certificate file (ask the school's IT)"
                ) from None
            raise ServerUnreachable(
                f"the school server at {self.url} cannot be reached ({reason}); "
                "check the address and the network, or compute on this "
                "computer"
            ) from None

    def _json(self, method: str, path: str, body: dict | None = None) -> dict[str, Any]:
        with self._open(method, path, body) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def health(self) -> dict[str, Any]:
        return self._json("GET", "/health")

    def info(self) -> dict[str, Any]:
        return self._json("GET", "/info")

    def submit(self, recipe: Recipe, inputs: list[Path] | None = None, previews: bool = True) -> str:
        items = []
        for p in inputs or []:
            p = Path(p)
            if not p.is_file():
                raise HybridStudioError(f"{p}: no such file")
            items.append({"name": p.name, "data": base64.b64encode(p.read_bytes()).decode("ascii")})
        body = {"recipe": recipe.dumps(), "inputs": items, "previews": previews}
        return self._json("POST", "/jobs", body)["id"]

    def events(self, job_id: str) -> Iterator[dict[str, Any]]:
        """The job's events until it ends; reconnects (replaying, without repeats) when the line
        drops or the server is briefly away, for up to :data:`RECONNECT_WINDOW` seconds."""
        seen = -1
        lost_since: float | None = None

        def wait_or_give_up(exc: Exception) -> None:
            nonlocal lost_since
            now = time.monotonic()
            lost_since = lost_since or now
            if now - lost_since > RECONNECT_WINDOW:
                if isinstance(exc, ServerUnreachable):
                    raise exc
                raise ServerUnreachable(
                    f"lost the connection to the school server at {self.url} "
                    f"for over {RECONNECT_WINDOW:.0f} s; the job may still "
                    "run there: check the network and send it again"
                ) from None
            time.sleep(RECONNECT_PAUSE)

        while True:
            try:
                with self._open("GET", f"/jobs/{job_id}/events", timeout=60) as resp:
                    for raw in resp:
                        ev = json.loads(raw.decode("utf-8"))
                        if ev.get("type") == "waiting" or ev.get("seq", seen + 1) <= seen:
                            continue
                        seen = ev.get("seq", seen + 1)
                        lost_since = None
                        yield ev
                        if ev["type"] in ("done", "failed", "cancelled"):
                            return
                # the stream ended without the job's end: the connection was cut, reconnect
                wait_or_give_up(OSError("stream ended early"))
            except ServerError as exc:
                if exc.status == 404:
                    raise ServerError(
                        "the school server no longer knows this job (it restarted, "
                        "or the job expired); send it again",
                        404,
                    ) from None
                if not isinstance(exc, ServerUnreachable):
                    raise
                wait_or_give_up(exc)
            except (OSError, ValueError, http.client.HTTPException) as exc:
                wait_or_give_up(exc)  # the connection dropped mid-stream: reconnect

    def result(self, job_id: str) -> list[RemoteResult]:
        data = self._json("GET", f"/jobs/{job_id}/result")
        return [
            RemoteResult(
                r.get("source"),
                [(f["name"], base64.b64decode(f["data"])) for f in r["files"]],
                r["record"],
                r.get("cost") or {},
                r.get("warnings") or [],
                r.get("device_report") or [],
            )
            for r in data["results"]
        ]

    def cancel(self, job_id: str) -> None:
        self._json("DELETE", f"/jobs/{job_id}")

    # ---- one job, start to end ---------------------------------------------------------------
    def run(
        self,
        recipe: Recipe,
        inputs: list[Path] | None = None,
        *,
        cancel: CancelToken | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_preview: Callable[[np.ndarray], None] | None = None,
        on_event: Callable[[dict[str, Any]], None] | None = None,
    ) -> list[RemoteResult]:
        """Send ``recipe`` with ``inputs``, follow it to the end, fetch its results."""
        cancel = cancel or CancelToken()
        job_id = self.submit(recipe, inputs, previews=on_preview is not None)
        events: queue.Queue = queue.Queue()

        def read() -> None:
            try:
                for ev in self.events(job_id):
                    events.put(ev)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                events.put(exc)

        threading.Thread(target=read, daemon=True, name=f"hybridstudio-job-{job_id}").start()
        asked_cancel = False
        while True:
            if cancel.cancelled and not asked_cancel:
                asked_cancel = True
                try:
                    self.cancel(job_id)
                except ServerUnreachable:
                    raise Cancelled() from None
            try:
                ev = events.get(timeout=0.2)
            except queue.Empty:
                continue
            if isinstance(ev, BaseException):
                raise ev
            if on_event:
                on_event(ev)
            kind = ev["type"]
            if kind == "progress" and on_progress:
                on_progress(ev["fraction"], ev.get("message", ""))
            elif kind == "queued" and on_progress:
                on_progress(
                    0.0,
                    Message(
                        "Progress",
                        QT_TRANSLATE_NOOP("Progress", "waiting on the school server ({position} before)"),
                        position=ev.get("position", 0),
                    ),
                )
            elif kind == "started" and on_progress:
                on_progress(
                    0.0,
                    Message(
                        "Progress",
                        QT_TRANSLATE_NOOP("Progress", "running on {device}"),
                        device=ev.get("device", "the server"),
                    ),
                )
            elif kind == "retry" and on_progress:
                on_progress(0.0, ev.get("message", ""))
            elif kind == "preview" and on_preview:
                on_preview(decode_png(base64.b64decode(ev["png"])))
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "failed":
                raise ServerError(f"school server: {ev.get('message', 'the job failed')}")
            elif kind == "done":
                return self.result(job_id)


def decode_png(data: bytes) -> np.ndarray:
    """A preview PNG as float32 RGB 0..1."""
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if bgr is None:
        raise ServerError("the school server sent a preview that is not a PNG")
    return bgr[..., ::-1].astype(np.float32) / 255.0


def place_files(files: list[tuple[str, bytes]], out_dir: Path, protect: tuple[Path, ...] = ()) -> list[Path]:
    """Write a result's files into ``out_dir`` under a free shared stem (``-2``, ``-3``… when
    taken), each atomically; nothing existing is ever replaced."""
    out_dir.mkdir(parents=True, exist_ok=True)
    first = Path(files[0][0]).name
    stem = first.split(".")[0]
    protected = {p.resolve() for p in protect}

    def target(name: str, s: str) -> Path:
        return out_dir / name.replace(stem, s, 1)

    final, n = stem, 2
    while any(
        target(name, final).exists() or target(name, final).resolve() in protected for name, _ in files
    ):
        final, n = f"{stem}-{n}", n + 1
    written = []
    for name, data in files:
        p = target(name, final)
        p.parent.mkdir(parents=True, exist_ok=True)
        written.append(atomic_write_bytes(p, data))
    return written
