"""`hybridstudio credentials …`: the certificate that signs this installation's exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .identity import current_identity, install_school_chain, remove_school_chain

KIND_TEXT = {
    "installation": QT_TRANSLATE_NOOP(
        "credentials",
        "this installation's own certificate (made on first use; it proves that files "
        "come from this installation and were not changed, not who the author is)",
    ),
    "school": QT_TRANSLATE_NOOP("credentials", "the school's certificate chain, installed by hand"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("credentials", help="the certificate that signs exports (content credentials)")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = csub.add_parser("show", help="which certificate signs exports, and until when")
    s.set_defaults(func=cmd_show)
    s = csub.add_parser("install-cert", help="sign with a school's certificate chain instead")
    s.add_argument("cert", help="PEM chain: the signing certificate first, then intermediates")
    s.add_argument("key", help="the signing certificate's private key (PEM, unencrypted)")
    s.add_argument("--root", help="the school's root certificate (PEM): readers here trust it")
    s.set_defaults(func=cmd_install)
    s = csub.add_parser("remove-cert", help="go back to this installation's own certificate")
    s.set_defaults(func=cmd_remove)


def cmd_show(args: argparse.Namespace) -> int:
    ident = current_identity()
    print(translate("credentials", KIND_TEXT[ident.kind]))
    print(f"  folder    {ident.folder}")
    print(f"  algorithm {ident.alg.upper()}")
    for i, cert in enumerate(ident.certificates()):
        role = "signs" if i == 0 else "issuer"
        print(f"  {role:<9} {cert.subject.rfc4514_string()}  valid until {cert.not_valid_after_utc:%Y-%m-%d}")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    ident = install_school_chain(Path(args.cert), Path(args.key), Path(args.root) if args.root else None)
    print(f"installed: exports are now signed by {ident.certificates()[0].subject.rfc4514_string()}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    if remove_school_chain():
        print("removed the school's certificate: exports are signed by this installation's own again")
    else:
        print("no school certificate was installed")
    return 0
