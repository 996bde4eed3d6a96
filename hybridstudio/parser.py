"""The command line's parser: every sub-command module registers its commands here.

Apart from :mod:`hybridstudio.cli` so that the self-test (which the CLI starts) can build the same
parser without importing the CLI back.
"""

from __future__ import annotations

import argparse
import importlib

from . import __version__

#: Modules that add sub-commands through ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "hybridstudio.commands.core",
    "hybridstudio.models.cli",
    "hybridstudio.commands.upscale",
    "hybridstudio.commands.separate",
    "hybridstudio.separation.cli",
    "hybridstudio.commands.films",
    "hybridstudio.commands.generate",
    "hybridstudio.commands.analog",
    "hybridstudio.commands.negative",
    "hybridstudio.credentials.cli",
    "hybridstudio.card.cli",
    "hybridstudio.server.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hybridstudio",
        description="HybridStudio: local AI + craft image making. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"HybridStudio {__version__}")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show onnxruntime's own log and the full reason of a device fallback",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without opening a window (options: hybridstudio --self-test --help)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser
