"""Reading and validating an output's content credentials.

The verdicts, for people: ``valid`` (signature and content hashes match; the file is as signed),
``tampered`` (the pixels or bytes changed after signing), ``invalid`` (the credentials themselves
are broken: corrupt manifest, bad signature), ``none`` (no content credentials at all). Whether the
signer is *trusted* is a separate answer: by this installation (its own or its school's root) or
by nobody known here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP, translate

VALID, TAMPERED, INVALID, NONE = "valid", "tampered", "invalid", "none"

#: Failure codes meaning the asset's bytes no longer match what was signed.
_CONTENT_CHANGED = (
    "assertion.dataHash.mismatch",
    "assertion.boxesHash.mismatch",
    "assertion.bmffHash.mismatch",
    "assertion.collectionHash.mismatch",
)
_NOT_ERRORS = ("signingCredential.untrusted", "signingCredential.ocsp.skipped")

VERDICT_TEXT = {
    VALID: QT_TRANSLATE_NOOP("credentials", "valid: the file is exactly as it was signed"),
    TAMPERED: QT_TRANSLATE_NOOP("credentials", "tampered: the image changed after it was signed"),
    INVALID: QT_TRANSLATE_NOOP("credentials", "invalid: the content credentials are damaged"),
    NONE: QT_TRANSLATE_NOOP("credentials", "no content credentials"),
}
TRUSTED_TEXT = QT_TRANSLATE_NOOP("credentials", "signer trusted by this installation")
UNTRUSTED_TEXT = QT_TRANSLATE_NOOP(
    "credentials", "signer not on any trust list known here (normal for another installation's key)"
)


@dataclass
class Credentials:
    """What an output's C2PA manifest says, and whether it holds."""

    path: Path
    verdict: str
    trusted: bool = False
    problems: list[str] = field(default_factory=list)  # failure codes and explanations
    signer: str = ""
    issuer: str = ""
    signed_at: str = ""
    generator: str = ""
    actions: list[dict[str, Any]] = field(default_factory=list)
    ingredients: list[dict[str, Any]] = field(default_factory=list)
    record: dict[str, Any] | None = None
    manifest: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.verdict == VALID

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "verdict": self.verdict,
            "trusted": self.trusted,
            "problems": self.problems,
            "signer": self.signer,
            "issuer": self.issuer,
            "signed_at": self.signed_at,
            "generator": self.generator,
            "actions": self.actions,
            "ingredients": self.ingredients,
        }


def read_credentials(path: str | Path) -> Credentials:
    """Read and validate ``path``'s embedded manifest (never raises for a bad file)."""
    import c2pa  # lazy: loads c2pa only when read_credentials() runs

    # lazy: identity and manifest load only when credentials are read
    from .identity import trust_anchors
    from .manifest import RECORD_LABEL, mime_type

    path = Path(path)
    fmt = mime_type(path)
    if fmt is None:
        return Credentials(path, NONE, problems=[f"{path.suffix or 'this'} files carry no C2PA here"])
    settings: dict[str, Any] = {"verify": {"verify_trust": True}}
    try:
        anchors = trust_anchors()
    except OSError:
        anchors = b""
    if anchors:
        settings["trust"] = {"user_anchors": anchors.decode("ascii", "replace")}
    try:
        with c2pa.Context.from_dict(settings) as ctx, open(path, "rb") as fh:
            reader = c2pa.Reader.try_create(fmt, fh, None, ctx)
            if reader is None:
                return Credentials(path, NONE)
            with reader:
                store = json.loads(reader.json())
                state = reader.get_validation_state() or ""
                results = reader.get_validation_results() or {}
    except OSError as exc:
        return Credentials(path, INVALID, problems=[f"cannot read: {exc.strerror or exc}"])
    except c2pa.C2paError as exc:
        return Credentials(path, INVALID, problems=[str(exc).strip()[:300]])
    failures = (results.get("activeManifest") or {}).get("failure") or []
    codes = [f.get("code", "") for f in failures]
    problems = [
        f"{f.get('code')}: {f.get('explanation', '')}" for f in failures if f.get("code") not in _NOT_ERRORS
    ]
    if any(c in _CONTENT_CHANGED for c in codes):
        verdict = TAMPERED
    elif state in ("Valid", "Trusted") and not problems:
        verdict = VALID
    else:
        verdict = INVALID
    active = (store.get("manifests") or {}).get(store.get("active_manifest") or "", {})
    sig = active.get("signature_info") or {}
    actions, record = [], None
    for a in active.get("assertions") or []:
        if a.get("label", "").startswith("c2pa.actions"):
            actions.extend(a.get("data", {}).get("actions", []))
        elif a.get("label") == RECORD_LABEL:
            record = a.get("data")
    gen = (active.get("claim_generator_info") or [{}])[0]
    return Credentials(
        path,
        verdict,
        trusted=(state == "Trusted"),
        problems=problems,
        signer=sig.get("common_name", ""),
        issuer=sig.get("issuer", ""),
        signed_at=sig.get("time", "") or "",
        generator=" ".join(str(gen.get(k, "")) for k in ("name", "version")).strip(),
        actions=actions,
        ingredients=active.get("ingredients") or [],
        record=record,
        manifest=active,
    )


def describe(cred: Credentials, lang: str | None = None) -> str:
    """One line for people: the verdict, and for valid credentials whether the signer is trusted."""
    text = translate("credentials", VERDICT_TEXT[cred.verdict], lang)
    if cred.verdict == VALID:
        text += " · " + translate("credentials", TRUSTED_TEXT if cred.trusted else UNTRUSTED_TEXT, lang)
    return text
