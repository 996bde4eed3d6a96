"""colour-science, imported on first use and quietly.

Importing colour-science takes about a second (it loads scipy, pandas and its plotting modules), so
``colour`` here is a stand-in that imports it when an attribute is first read: `hybridstudio --help`
and the commands that never compute a colour do not pay for it.

When matplotlib is not installed, colour-science registers a stand-in ``matplotlib`` object in
``sys.modules`` so its plotting modules import. That stand-in has no module spec, which breaks
other libraries that look packages up with ``importlib.util.find_spec`` (diffusers does, at import).
HybridStudio never plots with colour-science, so the stand-in is removed after the import.
"""

from __future__ import annotations

import sys
import threading
import warnings
from types import ModuleType
from typing import Any

_lock = threading.Lock()


def load_colour() -> ModuleType:
    """The colour-science package, imported once (thread-safe), without its matplotlib stand-in
    (also when something imported colour-science directly before)."""
    with _lock:
        with warnings.catch_warnings():  # the "matplotlib is absent" warning is irrelevant here
            warnings.simplefilter("ignore")
            import colour as module  # lazy: about a second of imports, only when a colour is computed

        mpl = sys.modules.get("matplotlib")
        if mpl is not None and getattr(mpl, "__spec__", None) is None:
            del sys.modules["matplotlib"]
        return module


class _ColourOnFirstUse:
    """Reads every attribute from colour-science, importing it the first time."""

    def __getattr__(self, name: str) -> Any:
        return getattr(load_colour(), name)


colour: Any = _ColourOnFirstUse()

__all__ = ["colour", "load_colour"]
