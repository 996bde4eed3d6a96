"""A terminal progress bar for the CLI (stderr; plain lines when not a terminal)."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from .core.cancel import CancelToken


class TerminalProgress:
    """Callable ``(fraction, message)`` that draws a bar, at most ~10 times a second."""

    def __init__(self, stream: TextIO | None = None, width: int = 28):
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last = 0.0
        self._last_msg = ""
        self.t0 = time.perf_counter()

    def __call__(self, fraction: float, message: str) -> None:
        now = time.perf_counter()
        if self.tty:
            if now - self._last < 0.1 and fraction < 1.0:
                return
            self._last = now
            filled = int(round(fraction * self.width))
            bar = "█" * filled + "·" * (self.width - filled)
            line = f"\r[{bar}] {fraction * 100:5.1f}%  {message[:60]:<60}"
            self.stream.write(line)
            if fraction >= 1.0:
                self.stream.write("\n")
            self.stream.flush()
        elif message != self._last_msg:
            self._last_msg = message
            self.stream.write(f"[{fraction * 100:5.1f}%] {message}\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


@contextmanager
def ctrl_c_cancels(token: CancelToken) -> Iterator[CancelToken]:
    """Inside the block, the first Ctrl-C cancels ``token`` (the job stops cleanly at its next
    check); a second Ctrl-C stops at once. The previous handler is restored on leaving."""
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        token.cancel()
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, on_sigint)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def interrupt_stops(token: CancelToken) -> Iterator[CancelToken]:
    """For a whole CLI command: Ctrl-C (SIGINT, even when the shell started us with it ignored,
    as it does for background jobs) cancels ``token`` and stops the command at once with
    ``KeyboardInterrupt``. Commands that stop cooperatively nest :func:`ctrl_c_cancels` inside."""
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        token.cancel()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
