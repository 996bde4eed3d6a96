"""Cancellation shared between a job and whoever started it (CLI Ctrl-C, the app's Cancel button)."""

from __future__ import annotations

import threading

from .errors import Cancelled


class CancelToken:
    """Thread-safe flag: ``cancel()`` from any thread, ``check()`` inside the work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()
