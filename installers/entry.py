"""Entry point of the packaged app (PyInstaller runs this script): the `hybridstudio` command.

Double-clicked, it starts the desktop app; with a recipe file (a double-click on a ``.hsrecipe``) it
opens it in the app; ``--self-test`` checks the installation headless; any CLI command works too.
"""

import multiprocessing
import os
import sys


def _quiet_streams() -> None:
    """A windowed Windows build has no console: give print() somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _quiet_streams()
    from hybridstudio.cli import entry

    entry()
