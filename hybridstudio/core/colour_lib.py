"""colour-science, imported once and quietly.

When matplotlib is not installed, colour-science registers a stand-in ``matplotlib`` object in
``sys.modules`` so its plotting modules import. That stand-in has no module spec, which breaks
other libraries that look packages up with ``importlib.util.find_spec`` (diffusers does, at import).
HybridStudio never plots with colour-science, so the stand-in is removed after the import.
"""

from __future__ import annotations

import sys
import warnings

with warnings.catch_warnings():  # the "matplotlib is absent" warning is irrelevant here
    warnings.simplefilter("ignore")
    import colour  # noqa: F401 - re-exported

_mpl = sys.modules.get("matplotlib")
if _mpl is not None and getattr(_mpl, "__spec__", None) is None:
    del sys.modules["matplotlib"]

__all__ = ["colour"]
