"""The `hybridstudio` command. Without arguments it starts the desktop app; with recipe files it
opens them in the app; ``--self-test`` checks the installation headless."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

from .core.atomic import all_or_nothing
from .core.cancel import CancelToken
from .core.errors import Cancelled, HybridStudioError
from .core.i18n import QT_TRANSLATE_NOOP, say, translate
from .core.text import sanitise
from .parser import COMMAND_MODULES, build_parser
from .progress import interrupt_stops
from .runtime.providers import set_verbose

__all__ = ["COMMAND_MODULES", "build_parser", "main", "opens_documents"]

#: Files the app opens when a user double-clicks them (the installers associate these suffixes).
DOCUMENT_SUFFIXES = (".hsrecipe", ".toml")


def opens_documents(argv: list[str]) -> bool:
    """True when every argument is an existing recipe file: the desktop opening a document."""
    return all(
        not a.startswith("-") and a.lower().endswith(DOCUMENT_SUFFIXES) and Path(a).is_file() for a in argv
    )


def _show_warnings_plainly() -> None:
    """Outputs written without content credentials are announced in one plain line each."""
    from .credentials import SigningWarning  # lazy: keeps credentials.manifest out of `hybridstudio --help`

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):  # noqa: ANN001
        if issubclass(category, SigningWarning):
            print(f"hybridstudio: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    warnings.simplefilter("always", SigningWarning)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--self-test":  # headless: checks an installation, no Qt needed
        # lazy: the self-test loads the card, models and probe modules; not for --help
        from .selftest import run_self_test

        return run_self_test(argv[1:])
    if argv and argv[0] == "--self-test-window":  # `--self-test --gui` starts this in a child
        from .app_entry import start_app  # lazy: not needed by `hybridstudio --help`

        return start_app(["--self-test", *argv[1:]])
    if not argv or opens_documents(argv):
        from .app_entry import start_app  # lazy: not needed by `hybridstudio --help`

        return start_app(argv)
    if "--verbose" in argv:  # anywhere on the line: onnxruntime's own log and the full details
        argv = [a for a in argv if a != "--verbose"]

        set_verbose(True)
    parser = build_parser()
    args = parser.parse_args(argv)
    _show_warnings_plainly()
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return run_command(args)


def entry() -> None:
    """The ``hybridstudio`` program: :func:`main`; after a cancelled command (Ctrl-C) the process
    ends without waiting for libraries to tear down (freeing a model and onnxruntime's threads
    takes a second or more on a busy machine), everything of the job being already cleaned up."""
    code = main()
    if code == 130:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    sys.exit(code)


def _error(message: str) -> int:
    print(f"hybridstudio: error: {sanitise(message, one_line=True)}", file=sys.stderr)
    return 1


def run_command(args: argparse.Namespace) -> int:
    """Run one sub-command: Ctrl-C cancels it within a second (rc 130, no partial output), and
    every failure is one line naming the file and the problem, never a traceback."""
    token = CancelToken()
    try:
        with interrupt_stops(token), all_or_nothing():
            try:
                return int(args.func(args) or 0)
            except Exception as exc:
                if token.cancelled and not isinstance(exc, HybridStudioError):
                    raise KeyboardInterrupt from exc  # a library's own error on the interrupt
                raise
    except (KeyboardInterrupt, Cancelled):
        print(f"hybridstudio: {translate('cli', CANCELLED)}", file=sys.stderr)
        return 130
    except HybridStudioError as exc:
        said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        return _error(say(said))  # a translatable problem (core.i18n.Message) in the user's language
    except MemoryError:
        return _error(translate("cli", OUT_OF_MEMORY))
    except RecursionError:
        return _error(translate("cli", TOO_DEEP))


CANCELLED = QT_TRANSLATE_NOOP("cli", "cancelled — no partial output was left behind")
OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "cli",
    "not enough memory for this job: use a smaller image, size or resolution, or close other applications",
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "cli", "an input file is nested too deeply to be read (a hostile or broken file)"
)


if __name__ == "__main__":
    sys.exit(main())
