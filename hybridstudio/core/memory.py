"""The memory budget: before a command or a step allocates its big arrays, it estimates its peak
from the sizes it will produce and compares it with the memory the machine has free.

Work that does not fit is refused before it starts, with its size in pixels and GB and what to
change, instead of growing until the kernel kills it (or, on a student's laptop, kills the
other applications). ``HYBRIDSTUDIO_MEMORY_BUDGET_MB`` caps the budget below what is free (tests,
shared machines).
"""

from __future__ import annotations

import contextlib
import os
import shutil

from .errors import HybridStudioError
from .i18n import QT_TRANSLATE_NOOP, translate

GB = 1024**3
#: Share of the available memory a job may take (the rest: the OS, the app, the page cache).
USABLE_FRACTION = 0.85
#: The smallest image the pipeline takes (a 1×1 picture is a placeholder, not an image).
MIN_PIXELS = 4
#: Bytes per pixel of the float32 sRGB working space (one HxWx3 image).
RGB_F32 = 12

_TOO_BIG = QT_TRANSLATE_NOOP(
    "memory",
    "{what}: {width}×{height} px ({mp} megapixels) needs about {need} GB of memory, but only "
    "{avail} GB is available. {hint}",
)
_PIXELS = QT_TRANSLATE_NOOP(
    "memory",
    "{width}×{height} = {mp} megapixels is at or over the limit of {limit} megapixels "
    "(max_pixels in the settings): a decompression bomb or a mistake; raise max_pixels "
    "if it is a real image",
)
HINT_SMALLER = QT_TRANSLATE_NOOP("memory", "Choose a smaller size or resolution (dpi).")
HINT_TILE = QT_TRANSLATE_NOOP("memory", "Use a smaller image, or a smaller tile (--tile).")
HINT_CLOSE = QT_TRANSLATE_NOOP("memory", "Use a smaller image or close other applications.")


class MemoryBudgetError(HybridStudioError):
    """The work would not fit in the memory available; nothing was allocated."""

    def __init__(self, message: str, need: int, available: int):
        super().__init__(message)
        self.need = need
        self.available = available


def available_bytes() -> int:
    """Memory this job may use: the machine's available memory (psutil) times
    :data:`USABLE_FRACTION`, capped by ``HYBRIDSTUDIO_MEMORY_BUDGET_MB`` when set."""
    import psutil  # lazy: loads psutil only when available_bytes() runs

    avail = int(psutil.virtual_memory().available * USABLE_FRACTION)
    cap = os.environ.get("HYBRIDSTUDIO_MEMORY_BUDGET_MB", "").strip()
    if cap:
        with contextlib.suppress(ValueError):
            avail = min(avail, int(float(cap) * 1024 * 1024))
    return avail


def _gb(n: float) -> str:
    return f"{n / GB:.2f}" if n < 10 * GB else f"{n / GB:.0f}"


def check_fits(what: str, width: int, height: int, need_bytes: float, hint: str = HINT_SMALLER) -> int:
    """Raise :class:`MemoryBudgetError` when ``need_bytes`` (the estimated peak of work on a
    ``width``×``height`` result) exceeds :func:`available_bytes`; returns the estimate."""
    need = int(need_bytes)
    avail = available_bytes()
    if need > avail:
        mp = width * height / 1e6
        raise MemoryBudgetError(
            translate("memory", _TOO_BIG).format(
                what=translate("memory", what),
                width=width,
                height=height,
                mp=f"{mp:,.1f}",
                need=_gb(need),
                avail=_gb(avail),
                hint=translate("memory", hint),
            ),
            need,
            avail,
        )
    return need


def check_pixels(width: int, height: int, max_pixels: int) -> str | None:
    """The problem with a ``width``×``height`` image under the decoded-pixel limit (inclusive: an
    image of exactly ``max_pixels`` is refused), or None. Read from the header, before decoding."""
    if width * height < MIN_PIXELS:
        return f"{width}×{height} pixels: too small to work on (at least {MIN_PIXELS} pixels)"
    if width * height >= max_pixels:
        return translate("memory", _PIXELS).format(
            width=width, height=height, mp=f"{width * height / 1e6:,.0f}", limit=f"{max_pixels / 1e6:,.0f}"
        )
    return None


_DISK = QT_TRANSLATE_NOOP(
    "memory", "{what}: about {need} GB to write but only {free} GB free on {folder}. {hint}"
)


def check_disk(folder: str | os.PathLike, need_bytes: float, what: str, hint: str = HINT_SMALLER) -> None:
    """Refuse before writing when the output cannot fit on the disk of ``folder``."""
    probe = os.path.abspath(folder)
    while not os.path.isdir(probe) and os.path.dirname(probe) != probe:
        probe = os.path.dirname(probe)
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return
    if need_bytes > free:
        raise MemoryBudgetError(
            translate("memory", _DISK).format(
                what=translate("memory", what),
                need=_gb(need_bytes),
                free=_gb(free),
                folder=probe,
                hint=translate("memory", hint),
            ),
            int(need_bytes),
            free,
        )
