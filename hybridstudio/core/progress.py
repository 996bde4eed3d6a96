"""Progress and cancellation handed to every engine function: one object instead of a callback,
a cancel token and offset arithmetic.

    def render(films, progress: Progress = Progress.none()):
        for i, film in enumerate(films):
            one = progress.sub(i / len(films), 1 / len(films))
            one.set(0.0, f"film {i + 1}")
            ...
            one.check_cancelled()
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .cancel import CancelToken

T = TypeVar("T")

ReportFn = Callable[[float, str], None]


class Progress:
    """Reports fractions of one piece of work (0..1) to ``report``, mapped into
    [offset, offset + length] of the caller's work, and checks ``cancel``."""

    __slots__ = ("_report", "_cancel", "_offset", "_length")

    def __init__(
        self,
        report: ReportFn | None = None,
        cancel: CancelToken | None = None,
        offset: float = 0.0,
        length: float = 1.0,
    ):
        self._report = report
        self._cancel = cancel
        self._offset = offset
        self._length = length

    @classmethod
    def none(cls) -> Progress:
        """A progress that reports nowhere and is never cancelled (the default argument)."""
        return _NONE

    def set(self, fraction: float, message: str = "") -> None:
        """This work is ``fraction`` done (clamped to 0..1)."""
        if self._report is not None:
            f = min(max(float(fraction), 0.0), 1.0)
            self._report(self._offset + f * self._length, message)

    __call__ = set  # so it also serves where a (fraction, message) callback is expected

    def check_cancelled(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._cancel is not None:
            self._cancel.check()

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.cancelled

    def wait_for(self, work: Callable[[], T], poll_s: float = 0.05) -> T:
        """``work()`` run in a helper thread while this one keeps listening for a cancel: for one
        long call into a library that never returns to Python (an image encoder on a gigapixel
        film). On cancel, :class:`Cancelled` is raised at once and the helper's result, computed
        in memory only, is dropped; ``work`` must not write the user's files itself."""
        if self._cancel is None:
            return work()
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = work()
            except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
                box["error"] = exc

        helper = threading.Thread(target=run, name="hybridstudio-wait-for", daemon=True)
        helper.start()
        while helper.is_alive():
            self.check_cancelled()
            helper.join(poll_s)
        if "error" in box:
            raise box["error"]
        return box["value"]

    def sub(self, offset: float, length: float) -> Progress:
        """The part [offset, offset + length] of this work, as its own 0..1 progress."""
        return Progress(
            self._report, self._cancel, self._offset + offset * self._length, length * self._length
        )

    def steps(self, n: int) -> list[Progress]:
        """``n`` equal consecutive parts of this work."""
        return [self.sub(i / n, 1 / n) for i in range(max(n, 0))]


_NONE = Progress()
