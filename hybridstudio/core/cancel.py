"""Cancellation shared between a job and whoever started it (CLI Ctrl-C, the app's Cancel button).

Work written in Python checks its token between small pieces. Work that runs long inside a library
(an ONNX inference) registers a way to stop it with :func:`on_cancel`; the token in force is the
one of the innermost :func:`cancel_scope` (the executor, the CLI's Ctrl-C handling open one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import Cancelled


class CancelToken:
    """Thread-safe flag: ``cancel()`` from any thread, ``check()`` inside the work."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._hooks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()

    @contextmanager
    def hook(self, stop: Callable[[], None]) -> Iterator[None]:
        """Inside the block, ``stop()`` is called (from the cancelling thread) on cancellation, at
        once if it was already asked for."""
        with self._lock:
            self._hooks.append(stop)
        try:
            if self.cancelled:
                stop()
            yield
        finally:
            with self._lock:
                self._hooks.remove(stop)


_CURRENT: ContextVar[CancelToken | None] = ContextVar("hybridstudio_cancel", default=None)


@contextmanager
def cancel_scope(token: CancelToken) -> Iterator[CancelToken]:
    """Make ``token`` the one :func:`on_cancel` uses in this thread while the block runs."""
    reset = _CURRENT.set(token)
    try:
        yield token
    finally:
        _CURRENT.reset(reset)


def current_token() -> CancelToken | None:
    """The token of the innermost :func:`cancel_scope` in this thread, or None outside any."""
    return _CURRENT.get()


@contextmanager
def on_cancel(stop: Callable[[], None]) -> Iterator[CancelToken | None]:
    """While the block runs, cancelling the token in scope calls ``stop()`` (e.g. to terminate an
    ONNX run from the thread that cancels). Yields that token, or None outside any scope."""
    token = _CURRENT.get()
    if token is None:
        yield None
        return
    with token.hook(stop):
        yield token
