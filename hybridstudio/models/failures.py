"""Why a model download failed, in plain words with what to do: offline, hub unreachable, disk
full, licence to accept, not found, corrupt. Classified from the error and its causes' text, so
the app and the CLI say the same thing whatever library raised it."""

from __future__ import annotations

import errno

from ..core.i18n import QT_TRANSLATE_NOOP, translate

#: (what happened, what to do) per kind of failure.
MESSAGES: dict[str, tuple[str, str]] = {
    "offline": (
        QT_TRANSLATE_NOOP("DownloadFailures", "This computer is not connected to the internet."),
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "Connect to a network and press Download again, or "
            "import the model from a USB key with “Import ONNX file…”.",
        ),
    ),
    "unreachable": (
        QT_TRANSLATE_NOOP("DownloadFailures", "The model server (Hugging Face) could not be reached."),
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "Try again in a few minutes; at school, ask whether "
            "a proxy is needed. The part already downloaded is kept.",
        ),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP("DownloadFailures", "The disk is full."),
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "Free some space (or remove models you no longer "
            "use) and press Download again: it goes on where it stopped.",
        ),
    ),
    "licence": (
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "This model's licence must be accepted on its Hugging Face page before it can be downloaded.",
        ),
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "Open the model's page (link under Licence), accept "
            "the licence with your account, then press Download again.",
        ),
    ),
    "not_found": (
        QT_TRANSLATE_NOOP("DownloadFailures", "The model is no longer where the catalogue says."),
        QT_TRANSLATE_NOOP("DownloadFailures", "Update HybridStudio, or import the model from a file."),
    ),
    "corrupt": (
        QT_TRANSLATE_NOOP("DownloadFailures", "The downloaded file was damaged and was deleted."),
        QT_TRANSLATE_NOOP("DownloadFailures", "Press Download again."),
    ),
    "other": (
        QT_TRANSLATE_NOOP("DownloadFailures", "The download failed."),
        QT_TRANSLATE_NOOP(
            "DownloadFailures",
            "Press Download again; if it keeps failing, show the "
            "details to whoever looks after the computers.",
        ),
    ),
}

_OFFLINE = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "getaddrinfo failed",
    "no address associated",
    "network is unreachable",
    "no route to host",
)
_UNREACHABLE = (
    "cannot reach",
    "timed out",
    "timeout",
    "connection refused",
    "connecterror",
    "connection reset",
    "server error",
    "502",
    "503",
    "504",
    "proxy",
    "ssl",
    "certificate",
)
#: huggingface-hub's error classes, from the hub's X-Error-Code header (GatedRepo, RepoNotFound,
#: RevisionNotFound, EntryNotFound): the surest sign, looked at before any wording
_GATED = ("gatedrepoerror", "gated model")
_NOT_FOUND = (
    "repositorynotfounderror",
    "revisionnotfounderror",
    "entrynotfounderror",
    "not found on",
    "reponotfound",
    "404",
)
_LICENCE = ("403", "access to model", "accept the", "restricted")


def classify(text: str) -> str:
    """The kind of download failure described by ``text`` (an error and its traceback)."""
    low = text.lower()
    if "no space left" in low or f"errno {errno.ENOSPC}]" in low or "disk full" in low:
        return "disk_full"
    if any(k in low for k in _GATED):
        return "licence"
    if any(k in low for k in _OFFLINE):
        return "offline"
    if "corrupt" in low or "differs from the verified" in low:
        return "corrupt"
    if any(k in low for k in _NOT_FOUND):
        return "not_found"
    if any(k in low for k in _LICENCE):
        return "licence"
    if any(k in low for k in _UNREACHABLE):
        return "unreachable"
    return "other"


def exception_text(exc: BaseException) -> str:
    """An error with every cause in its chain, as one text to classify."""
    parts, seen = [], set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        parts.append(f"{type(e).__name__}: {e}")
        e = e.__cause__ or e.__context__
    return "\n".join(parts)


def explain(text: str, lang: str | None = None) -> tuple[str, str, str]:
    """(kind, what happened, what to do) for a failure ``text``, in ``lang`` (the CLI)."""
    kind = classify(text)
    what, todo = MESSAGES[kind]
    return kind, translate("DownloadFailures", what, lang), translate("DownloadFailures", todo, lang)
