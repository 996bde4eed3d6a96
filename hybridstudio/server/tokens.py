"""Access tokens for the school server: one per student or per class, stored as hashes only.

``hybridstudio serve token add NAME`` prints the token once; the server keeps its SHA-256 (tokens
are long random strings, so a fast hash is enough) and compares in constant time. Revoking takes
effect on the next request: the gateway re-reads the file when it changes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..core.atomic import atomic_write_bytes
from ..core.errors import HybridStudioError
from ..core.provenance import now_iso
from ..core.settings import config_dir

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
PREFIX = "hs_"


def default_tokens_path() -> Path:
    return config_dir() / "server" / "tokens.json"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenEntry:
    name: str
    sha256: str
    created: str


class TokenStore:
    """The token file (JSON): names, hashes and creation dates; never a token itself."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_tokens_path()
        self._mtime: float | None = None
        self._entries: list[TokenEntry] = []

    def entries(self) -> list[TokenEntry]:
        """The tokens, re-read when the file changed since the last call."""
        try:
            mtime = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            self._mtime, self._entries = None, []
            return []
        if mtime != self._mtime:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self._entries = [
                    TokenEntry(e["name"], e["sha256"], e.get("created", "")) for e in data.get("tokens", [])
                ]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise HybridStudioError(f"{self.path}: the token file is damaged ({exc})") from exc
            self._mtime = mtime
        return list(self._entries)

    def _write(self, entries: list[TokenEntry]) -> None:
        data = {
            "format": "hybridstudio-server-tokens",
            "version": 1,
            "tokens": [{"name": e.name, "sha256": e.sha256, "created": e.created} for e in entries],
        }
        atomic_write_bytes(self.path, json.dumps(data, indent=2).encode("utf-8"))
        self.path.chmod(0o600)

    def add(self, name: str) -> str:
        """Create a token for ``name`` (a student or a class); returns it (shown once)."""
        if not NAME_RE.match(name):
            raise HybridStudioError(
                f"token name {name!r}: use letters, digits, '.', '_' or '-' (up to 64 characters)"
            )
        entries = self.entries()
        if any(e.name == name for e in entries):
            raise HybridStudioError(f"a token named {name!r} exists already; revoke it first")
        token = PREFIX + secrets.token_urlsafe(32)
        self._write([*entries, TokenEntry(name, token_hash(token), now_iso())])
        return token

    def revoke(self, name: str) -> None:
        entries = self.entries()
        if not any(e.name == name for e in entries):
            known = ", ".join(e.name for e in entries) or "none"
            raise HybridStudioError(f"no token named {name!r} (tokens: {known})")
        self._write([e for e in entries if e.name != name])

    def check(self, token: str | None) -> str | None:
        """The name a token belongs to, or None."""
        if not token:
            return None
        digest = token_hash(token)
        found = None
        for e in self.entries():
            if hmac.compare_digest(e.sha256, digest):
                found = e.name
        return found
