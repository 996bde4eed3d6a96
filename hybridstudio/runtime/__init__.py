"""onnxruntime layer: execution providers, sessions with honest device reports, session cache.

See :mod:`hybridstudio.runtime.sessions` for the public API (``open_session``, ``release``,
``run_measured``) and :mod:`hybridstudio.runtime.providers` for how a device is chosen.
"""

from .providers import DEVICES, DeviceReport, plan_providers
from .sessions import cached_sessions, open_session, release, run_measured

__all__ = [
    "DEVICES",
    "DeviceReport",
    "cached_sessions",
    "open_session",
    "plan_providers",
    "release",
    "run_measured",
]
