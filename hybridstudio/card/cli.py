"""`hybridstudio card OUTPUT -o card.pdf`: the one-page process card of an output."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import InputError
from ..core.i18n import current_language
from ..core.settings import Settings
from ..credentials import read_credentials
from ..credentials.verify import describe
from ..io.images import read_record
from .render import render_card


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("card", help="a one-page PDF telling how an output was made (for a jury, a client)")
    p.add_argument("file", help="an output of HybridStudio (image, film PDF, negative…)")
    p.add_argument("-o", "--output", required=True, help="the card to write (PDF)")
    p.add_argument("--lang", choices=("en", "fr"), help="language of the card (default: the system's)")
    p.set_defaults(func=cmd_card)


def make_card(path: Path, target: Path, lang: str) -> Path:
    """The CLI's and the app's way to a card: record, credentials, privacy setting, render."""
    if not path.is_file():
        raise InputError(path, "no such file")
    cred = read_credentials(path)
    record = read_record(path) or cred.record
    if record is None:
        raise InputError(
            path,
            "no HybridStudio process record (no sidecar JSON, no embedded XMP, "
            "no content credentials): the card would be empty",
        )
    if target.suffix.lower() != ".pdf":
        raise InputError(target, "the process card is a PDF: name it ….pdf")
    return render_card(path, record, target, lang, describe(cred, lang), Settings.load().share_prompt)


def cmd_card(args: argparse.Namespace) -> int:
    target = make_card(Path(args.file), Path(args.output), args.lang or current_language())
    print(f"wrote {target}")
    return 0
