"""Start the desktop app (imports Qt only here, lazily, so the CLI stays light)."""

from __future__ import annotations


def start_app(argv: list[str]) -> int:
    from .ui.app import run_app  # lazy: ui.app loads PySide6; only when start_app() runs

    return run_app(argv)
