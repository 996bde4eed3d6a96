"""A local stand-in for the Hugging Face hub, on 127.0.0.1, answering like the real one.

Two servers, as on the real hub: the hub origin and a separate "CDN" origin for LFS content.

- ``HEAD|GET /{repo}/resolve/{revision}/{path}``: an LFS file answers ``302`` to the CDN with
  ``X-Repo-Commit``, ``X-Linked-Etag`` (the quoted LFS sha256), ``X-Linked-Size`` and ``ETag``; a small
  (non-LFS) file answers ``200`` with ``ETag`` = its git object id. Unknown repos answer ``401`` +
  ``X-Error-Code: RepoNotFound``, unknown revisions ``404 RevisionNotFound``, unknown files
  ``404 EntryNotFound`` (with ``X-Repo-Commit``), as the hub does.
- ``GET /api/models/{repo}/revision/{revision}?blobs=true``: the repo listing with sizes and LFS info.
- CDN ``GET /lfs/{sha256}``: the bytes, honouring ``Range: bytes=N-`` with ``206`` + ``Content-Range``.

Failures as the real hub answers them (huggingface-hub turns the ``X-Error-Code`` header into its
error classes, and appends ``X-Error-Message`` to the text):

- a repo in ``gated`` lists its files (``/api/models`` is public, with ``"gated": "manual"``) but
  its files answer ``401 GatedRepo`` "… You must have access to it and be authenticated …" without
  a token and ``403 GatedRepo`` "… you are not in the authorized list …" with one;
- an unknown repo answers ``401 RepoNotFound`` "Repository not found" without a token and ``404
  RepoNotFound`` with one (the hub does not tell a private repo from a missing one);
- ``down = 503`` (or any 5xx) answers every hub request with that status and an HTML page, as the
  hub's load balancer does during an outage.

Faults for tests: ``interrupt_after[path] = n`` sends the headers of the whole file, ``n`` bytes of
body, then closes the connection (once); ``corrupt.add(path)`` serves bytes that do not match the
advertised hash. ``log`` records (method, path, Range header) of every request.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

import numpy as np

COMMIT = "0123456789abcdef0123456789abcdef01234567"
LFS_THRESHOLD = 1024  # files above this size are "LFS" files, like the hub's binary files


@dataclass
class FakeRepo:
    files: dict[str, bytes]
    commit: str = COMMIT
    revisions: tuple[str, ...] = ("main",)


_SHA: dict[int, tuple[bytes, str]] = {}


def _sha256(data: bytes) -> str:
    hit = _SHA.get(id(data))
    if hit is None or hit[0] is not data:
        hit = _SHA[id(data)] = (data, hashlib.sha256(data).hexdigest())
    return hit[1]


def git_oid(data: bytes) -> str:
    return hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest()  # noqa: S324


@dataclass
class FakeHub:
    repos: dict[str, FakeRepo] = field(default_factory=dict)
    interrupt_after: dict[str, int] = field(default_factory=dict)
    corrupt: set[str] = field(default_factory=set)
    log: list[tuple[str, str, str | None]] = field(default_factory=list)
    gated: set[str] = field(default_factory=set)
    down: int = 0

    def start(self) -> FakeHub:
        hub = self

        class Hub(_Handler):
            def route(self, head: bool) -> None:
                hub._hub(self, head)

        class Cdn(_Handler):
            def route(self, head: bool) -> None:
                hub._cdn(self, head)

        self.hub_server = ThreadingHTTPServer(("127.0.0.1", 0), Hub)
        self.cdn_server = ThreadingHTTPServer(("127.0.0.1", 0), Cdn)
        for srv in (self.hub_server, self.cdn_server):
            threading.Thread(target=srv.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for srv in (self.hub_server, self.cdn_server):
            srv.shutdown()
            srv.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.hub_server.server_address[1]}"

    @property
    def cdn_url(self) -> str:
        return f"http://127.0.0.1:{self.cdn_server.server_address[1]}"

    def _blob(self, sha: str) -> tuple[str, str, bytes] | None:
        for rid, repo in self.repos.items():
            for path, data in repo.files.items():
                if _sha256(data) == sha:
                    return rid, path, data
        return None

    # -- hub origin ---------------------------------------------------------------------------
    def _hub(self, h: _Handler, head: bool) -> None:
        path = unquote(urlsplit(h.path).path)
        self.log.append((h.command, path, h.headers.get("Range")))
        if self.down:
            return h.reply(
                self.down,
                {"Content-Type": "text/html"},
                b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
                head,
            )
        if path.startswith("/api/models/"):
            return self._api(h, path[len("/api/models/") :])
        if "/resolve/" not in path:
            return h.reply(404, {"X-Error-Code": "EntryNotFound"}, b"", head)
        left, right = path.lstrip("/").split("/resolve/", 1)
        repo = self.repos.get(left)
        if repo is None:
            return h.reply(*_repo_not_found(h), b"", head)
        if left in self.gated:
            return h.reply(*_gated(h, left), b"", head)
        revision, _, fname = right.partition("/")
        if revision not in repo.revisions and revision != repo.commit:
            return h.reply(404, {"X-Error-Code": "RevisionNotFound"}, b"", head)
        data = repo.files.get(fname)
        if data is None:
            return h.reply(
                404,
                {
                    "X-Error-Code": "EntryNotFound",
                    "X-Error-Message": "Entry not found",
                    "X-Repo-Commit": repo.commit,
                },
                b"",
                head,
            )
        if len(data) > LFS_THRESHOLD:
            sha = _sha256(data)
            return h.reply(
                302,
                {
                    "Location": f"{self.cdn_url}/lfs/{sha}?name={fname}",
                    "X-Repo-Commit": repo.commit,
                    "X-Linked-Etag": f'"{sha}"',
                    "X-Linked-Size": str(len(data)),
                    "ETag": f'"{git_oid(data)}"',
                },
                b"",
                head,
            )
        return h.reply(
            200,
            {"X-Repo-Commit": repo.commit, "ETag": f'"{git_oid(data)}"', "Accept-Ranges": "bytes"},
            data,
            head,
        )

    def _api(self, h: _Handler, rest: str) -> None:
        rid, _, rev = rest.partition("/revision/")
        repo = self.repos.get(rid)
        if repo is None:
            status, headers = _repo_not_found(h)
            return h.reply(
                status,
                {**headers, "Content-Type": "application/json"},
                json.dumps({"error": "Repository not found"}).encode(),
                False,
            )
        siblings = []
        for fname, data in repo.files.items():
            s = {"rfilename": fname, "size": len(data), "blobId": git_oid(data)}
            if len(data) > LFS_THRESHOLD:
                s["lfs"] = {"sha256": _sha256(data), "size": len(data), "pointerSize": 134}
            siblings.append(s)
        body = json.dumps(
            {
                "id": rid,
                "modelId": rid,
                "sha": repo.commit,
                "private": False,
                "gated": "manual" if rid in self.gated else False,
                "siblings": siblings,
            }
        ).encode()
        h.reply(200, {"Content-Type": "application/json"}, body, False)

    # -- CDN origin ---------------------------------------------------------------------------
    def _cdn(self, h: _Handler, head: bool) -> None:
        path = urlsplit(h.path).path
        rng = h.headers.get("Range")
        self.log.append((h.command, "cdn:" + path, rng))
        found = self._blob(path.rsplit("/", 1)[-1])
        if found is None:
            return h.reply(404, {}, b"", head)
        _, fname, data = found
        if fname in self.corrupt:
            flipped = np.frombuffer(data, np.uint8).copy()
            flipped[::997] ^= 0x5A
            data = flipped.tobytes()
        start = 0
        status = 200
        headers = {"Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-")[0] or 0)
            if start >= len(data):
                return h.reply(416, {"Content-Range": f"bytes */{len(data)}"}, b"", head)
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        body = data[start:]
        cut = self.interrupt_after.pop(fname, None)
        if cut is not None and not head:
            h.send_response(status)
            for k, v in headers.items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:cut])
            h.wfile.flush()
            h.close_connection = True
            h.connection.shutdown(2)
            return None
        return h.reply(status, headers, body, head)


def _has_token(h: _Handler) -> bool:
    return (h.headers.get("Authorization") or "").startswith("Bearer ")


def _repo_not_found(h: _Handler) -> tuple[int, dict[str, str]]:
    """The hub's answer for a repo it does not show: 401 anonymously, 404 to a signed-in user."""
    return (404 if _has_token(h) else 401), {
        "X-Error-Code": "RepoNotFound",
        "X-Error-Message": "Repository not found",
    }


def _gated(h: _Handler, repo: str) -> tuple[int, dict[str, str]]:
    """The hub's answer for a file of a gated repo whose conditions were not accepted."""
    if _has_token(h):
        return 403, {
            "X-Error-Code": "GatedRepo",
            "X-Error-Message": (
                f"Access to model {repo} is restricted and you are not in the authorized list. "
                f"Visit https://huggingface.co/{repo} to ask for access."
            ),
        }
    return 401, {
        "X-Error-Code": "GatedRepo",
        "X-Error-Message": (
            f"Access to model {repo} is restricted. You must have access to it and be authenticated "
            "to access it. Please log in."
        ),
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args) -> None:  # quiet
        return None

    def route(self, head: bool) -> None:  # overridden
        raise NotImplementedError

    def do_HEAD(self) -> None:  # noqa: N802
        self.route(True)

    def do_GET(self) -> None:  # noqa: N802
        self.route(False)

    def reply(self, status: int, headers: dict[str, str], body: bytes, head: bool) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)
