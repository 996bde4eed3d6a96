"""A terminal progress bar for the CLI (stderr; plain lines when not a terminal)."""

from __future__ import annotations

import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from types import FrameType
from typing import TextIO

from .core.cancel import CancelToken, cancel_scope
from .core.i18n import Message, say, term


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
        # in the user's language: a Message, or a fixed word marked in the "Progress" context
        message = say(message if isinstance(message, Message) else term("Progress", message))
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
        with _listening(token):
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
        with _wakeup_watch(), _listening(token):
            yield token
    finally:
        signal.signal(signal.SIGINT, previous)


#: The tokens Ctrl-C cancels now: those of the open :func:`interrupt_stops` and
#: :func:`ctrl_c_cancels` blocks.
_ACTIVE: list[CancelToken] = []


@contextmanager
def _listening(token: CancelToken) -> Iterator[None]:
    """Ctrl-C cancels ``token`` at once, and it is the token in scope for library calls that
    register a way to stop (:func:`~hybridstudio.core.cancel.on_cancel`)."""
    _ACTIVE.append(token)
    try:
        with cancel_scope(token):
            yield
    finally:
        _ACTIVE.remove(token)


@contextmanager
def _wakeup_watch() -> Iterator[None]:
    """Python runs a signal handler only between two bytecodes of the main thread, so during a
    long call into a library (an ONNX inference, an OpenCV pass over a film) Ctrl-C would wait
    for the call to end. The interpreter's C-level handler writes the signal number to the wakeup
    socket at once: a thread reading it cancels the active tokens straight away, whose hooks stop
    the library call; the Python handler then runs as soon as the call returns."""
    with ExitStack() as stack:
        try:
            reader, writer = socket.socketpair()
            stack.callback(reader.close)
            stack.callback(writer.close)
            writer.setblocking(False)
            previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except (ValueError, OSError):  # not the main thread: the handler alone does the work
            yield
            return

        def watch() -> None:
            while True:
                try:
                    data = reader.recv(64)
                except OSError:
                    return
                if not data:
                    return
                if signal.SIGINT in data:
                    for token in list(_ACTIVE):
                        token.cancel()

        thread = threading.Thread(target=watch, daemon=True, name="hybridstudio-ctrl-c")
        thread.start()
        try:
            yield
        finally:
            signal.set_wakeup_fd(previous)
            writer.shutdown(socket.SHUT_RDWR)  # the watcher reads the end and stops
            thread.join(timeout=1.0)
