"""The `hybridstudio` command. Without arguments it starts the desktop app."""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .core.errors import HybridStudioError

#: Modules that add sub-commands through ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "hybridstudio.commands",
    "hybridstudio.models.cli",
    "hybridstudio.upscale.cli",
    "hybridstudio.film.cli",
    "hybridstudio.negative.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hybridstudio",
        description="HybridStudio: local AI + craft image making. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"HybridStudio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("--self-test",):
        from .app_entry import start_app

        return start_app(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("hybridstudio: cancelled", file=sys.stderr)
        return 130
    except HybridStudioError as exc:
        print(f"hybridstudio: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
