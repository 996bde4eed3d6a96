"""Autosave of the working session and recovery after a crash (no Qt: plain files).

While the app runs, ``running.lock`` holds its process id; the session (recipe, input image,
prompt, view) is written atomically to ``session.json`` a moment after each change. A clean exit
removes both. On start, a lock whose process is gone plus a saved session means the last run
crashed: the app offers to restore it.
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path
from typing import Any

from ..core.atomic import atomic_write_bytes
from ..core.settings import data_dir

FORMAT = "hybridstudio-session"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        if os.name == "nt":  # pragma: no cover - Windows
            handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
            if not handle:
                return False
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return False
    return True


class SessionStore:
    """Reads and writes the autosaved session in ``folder`` (default: data_dir()/session)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else data_dir() / "session"
        self.lock = self.folder / "running.lock"
        self.file = self.folder / "session.json"

    def crashed_session(self) -> dict[str, Any] | None:
        """The session a crashed run left behind, or None (clean exit, another live instance,
        nothing saved, unreadable file)."""
        if not self.lock.is_file() or not self.file.is_file():
            return None
        try:
            pid = int(self.lock.read_text().strip() or 0)
        except (OSError, ValueError):
            pid = 0
        if _pid_alive(pid) and pid != os.getpid():
            return None  # another HybridStudio is running with this session
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("format") == FORMAT else None

    def start(self) -> None:
        """Mark this process as the running one."""
        atomic_write_bytes(self.lock, str(os.getpid()).encode())

    def save(self, state: dict[str, Any]) -> Path:
        return atomic_write_bytes(
            self.file,
            json.dumps({"format": FORMAT, "version": 1, **state}, indent=1, default=str).encode("utf-8"),
        )

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def clean_exit(self) -> None:
        """A normal quit: nothing to recover next time."""
        self.discard()
        self.lock.unlink(missing_ok=True)
