"""`hybridstudio models list | download ID | import PATH | verify [ID] | remove ID | show ID`."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from ..core.cancel import CancelToken
from ..core.errors import Cancelled, ModelError
from ..core.i18n import current_language, say, translate
from ..core.settings import Settings
from ..progress import ctrl_c_cancels
from .catalogue import Licence, all_manifests, get_manifest
from .inspect import inspect_onnx
from .manager import UNKNOWN_LICENCE, download, import_model, list_models, remove, status, verify


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list, download, import, verify and remove AI models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION")
    q = msub.add_parser("list", help="every known model: kind, licence, size, whether installed")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = msub.add_parser("show", help="everything the catalogue says about one model")
    q.add_argument("id")
    q.set_defaults(func=cmd_show)
    q = msub.add_parser("download", help="download a model from the Hugging Face hub (resumes)")
    q.add_argument("id")
    q.add_argument(
        "--anyway",
        action="store_true",
        help="download even a model that cannot run on this computer (fp16 on a CPU)",
    )
    q.set_defaults(func=cmd_download)
    q = msub.add_parser("import", help="import an ONNX file or a diffusion folder from disk")
    q.add_argument("path")
    q.add_argument("--id", help="id to give it (default: from the file name)")
    q.add_argument("--licence", default="", help="its licence name, if you know it")
    q.add_argument("--licence-url", default="")
    q.add_argument("--commercial", choices=("yes", "no"), help="whether its licence allows commercial use")
    q.set_defaults(func=cmd_import)
    q = msub.add_parser("verify", help="re-check the sha256 of installed models (all, or one)")
    q.add_argument("id", nargs="?")
    q.set_defaults(func=cmd_verify)
    q = msub.add_parser("remove", help="delete a downloaded or imported model")
    q.add_argument("id")
    q.set_defaults(func=cmd_remove)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _size(n: int | None) -> str:
    if not n:
        return "?"
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB"


def _commercial(v: bool | None) -> str:
    return {True: "commercial ok", False: "NON-commercial", None: "licence unknown"}[v]


def cmd_list(args: argparse.Namespace) -> int:
    settings = Settings.load()
    rows = list_models(settings)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": s.manifest.id,
                        "kind": s.manifest.kind,
                        "source": s.manifest.source,
                        "licence": s.manifest.licence.as_dict(),
                        "size": s.manifest.total_size,
                        "installed": s.installed,
                        "bytes_on_disk": s.bytes_on_disk,
                        "location": str(s.location) if s.location else None,
                    }
                    for s in rows
                ],
                indent=2,
            )
        )
        return 0
    total = 0
    for s in rows:
        m = s.manifest
        state = "installed" if s.installed else ("partial" if s.problem else "—")
        total += s.bytes_on_disk if m.source != "local" else 0
        size = _size(s.bytes_on_disk if s.installed else m.total_size)
        print(
            f"{m.id:<24} {m.kind:<9} {state:<9} {size:>9}"
            f"  {m.licence.name[:34]:<34} {_commercial(m.licence.commercial_use)}"
        )
    used = _size(total) if total else "0 B (nothing downloaded yet)"
    print(f"disk used by downloaded and imported models: {used}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    m = get_manifest(args.id)
    print(f"{m.id} — {m.name} [{m.kind}, {m.source}]")
    if m.repo:
        print(f"  hub: {m.repo} @ {m.revision}")

    texts = m.localized(current_language())
    print(textwrap.fill(texts["description"], 96, initial_indent="  ", subsequent_indent="  "))
    print(f"  licence: {m.licence.name} ({_commercial(m.licence.commercial_use)}) {m.licence.url}")
    if texts["licence_note"]:
        print(f"           {texts['licence_note']}")
    for label, text in (("trained on", texts["training_data"]), ("known biases", texts["known_biases"])):
        if text:
            print(textwrap.fill(f"{label}: {text}", 96, initial_indent="  ", subsequent_indent="    "))
    if m.memory:
        print("  memory: " + ", ".join(f"{k} {v:g}" for k, v in m.memory.items()))
    if m.upscaler:
        u = m.upscaler
        lo, hi = u.value_range
        print(
            f"  upscaler: ×{u.scale}, {u.layout}, {u.dtype}, values {lo:g}..{hi:g}"
            + (f", fixed input {u.fixed_input[1]}×{u.fixed_input[0]}" if u.fixed_input else "")
        )
    for f in m.files:
        print(f"  file {f.path} {_size(f.size)}" + (f" sha256 {f.sha256}" if f.sha256 else ""))
    for n in m.notes:
        print(
            textwrap.fill(
                f"note: {translate('ModelNotes', n)}", 96, initial_indent="  ", subsequent_indent="    "
            )
        )
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from .precision import PrecisionError  # lazy: keeps models.precision out of `hybridstudio --help`

    settings = Settings.load()
    token = CancelToken()
    tty = sys.stderr.isatty()

    def show(p) -> None:
        line = say(p.describe())
        if tty:
            sys.stderr.write("\r" + line[:100].ljust(100))
            if p.stage == "done":
                sys.stderr.write("\n")
        elif p.stage == "done":
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    try:
        with ctrl_c_cancels(token):
            model = download(args.id, settings, on_progress=show, check=token.check, anyway=args.anyway)
    except PrecisionError as exc:  # said before any download, with what to get instead
        print(f"hybridstudio: {exc}", file=sys.stderr)
        return 2
    except Cancelled:
        print("\nhybridstudio: download paused — run the same command again to resume", file=sys.stderr)
        return 130
    except ModelError as exc:  # in plain words first, the technical line after
        # lazy: keeps models.failures out of `hybridstudio --help`
        from .failures import exception_text, explain

        _kind, what, todo = explain(exception_text(exc))
        print(f"hybridstudio: error: {what} {todo}", file=sys.stderr)
        print(f"  ({exc})", file=sys.stderr)
        return 1
    lic = model.manifest.licence
    print(f"{model.id}: {len(model.files)} file(s) verified in {model.path}")
    print(f"licence: {lic.name} ({_commercial(lic.commercial_use)})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    lic = UNKNOWN_LICENCE
    if args.licence:
        lic = Licence(
            args.licence, args.licence_url, None if args.commercial is None else args.commercial == "yes"
        )
    if args.path.lower().endswith(".onnx"):
        info = inspect_onnx(args.path)
        print(f"{args.path}: {info.kind}" + (f" ({info.part})" if info.part else ""))
        for t in info.inputs:
            print(f"  input  {t.describe()}")
        for t in info.outputs:
            print(f"  output {t.describe()}")
    m = import_model(args.path, args.id, lic)
    print(f"imported as '{m.id}' ({m.kind}" + (f", ×{m.upscaler.scale}" if m.upscaler else "") + ")")
    print(f"licence: {m.licence.name} ({_commercial(m.licence.commercial_use)})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    settings = Settings.load()
    ids = [args.id] if args.id else [m.id for m in all_manifests().values() if status(m, settings).installed]
    bad = 0
    for mid in ids:
        try:
            r = verify(mid, settings)
            print(f"{mid}: ok ({len(r.files)} file(s))")
        except ModelError as exc:
            bad += 1
            print(f"{mid}: FAILED — {exc}")
    if not ids:
        print("no installed model to verify")
    return 1 if bad else 0


def cmd_remove(args: argparse.Namespace) -> int:
    freed = remove(args.id, Settings.load())
    print(f"{args.id}: removed, {_size(freed)} freed")
    return 0
