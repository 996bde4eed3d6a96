"""The hostile-input corpus (scripts/make_hostile_corpus.py): every case runs as a real
`hybridstudio` process under a memory cap and a time limit, and is classified as one of
clear error / traceback / crash / hang / silent acceptance / data loss (or right output).

    python hybridstudio/tests/test_hostile_corpus.py [FOLDER]   # prints the totals by class

A memory bomb fails the test (the cap turns it into a crash), not the machine."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

#: Address-space cap of every case (bytes) and the memory budget HybridStudio is told to keep.
MEMORY_CAP = 6 * 1024**3
BUDGET_MB = 2048
TIME_LIMIT_S = 90
CLASSES = ("clear error", "right output", "traceback", "crash", "hang", "silent acceptance", "data loss")


def _limits(fsize: int = 0):
    """The child's limits: the memory cap, and a file-size limit standing for a full disk."""

    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
        if fsize:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return apply


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def run_case(folder: Path, case: dict) -> dict:
    """Run one case in ``folder``; returns the case with ``class`` and ``detail``."""
    protect = {p: _digest(folder / p) for p in case["protect"]}
    env = {
        **os.environ,
        "HYBRIDSTUDIO_DATA_DIR": str(folder / "data"),
        "HYBRIDSTUDIO_CONFIG_DIR": str(folder / "config"),
        "HYBRIDSTUDIO_LANG": "en",
        "HYBRIDSTUDIO_MEMORY_BUDGET_MB": str(BUDGET_MB),
        "OMP_NUM_THREADS": "1",
        "HYBRIDSTUDIO_SHARED": os.environ.get("HYBRIDSTUDIO_SHARED", str(ROOT.parent / "shared")),
    }
    try:
        p = subprocess.run(
            [sys.executable, "-m", "hybridstudio", *case["argv"]],
            cwd=folder,
            env=env,
            capture_output=True,
            timeout=TIME_LIMIT_S,
            preexec_fn=_limits(case.get("fsize", 0)),
        )
    except subprocess.TimeoutExpired:
        return {**case, "class": "hang", "detail": f"still running after {TIME_LIMIT_S} s"}
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    changed = [f for f, d in protect.items() if _digest(folder / f) != d]
    last = err.strip().splitlines()[-1] if err.strip() else ""
    left = [str(f.relative_to(folder)) for pattern in case.get("leftover", ()) for f in folder.glob(pattern)]
    if changed:
        cls, detail = "data loss", f"changed: {', '.join(changed)}"
    elif left:
        cls, detail = "crash", f"left partial output: {', '.join(left)}"
    elif p.returncode < 0 or p.returncode > 130 or "not enough memory for this job" in err:
        cls, detail = "crash", f"rc {p.returncode}: {last}"
    elif "Traceback (most recent call last)" in err:
        cls, detail = "traceback", last
    elif case.get("no_escape") and ("\x1b" in out or "\u202e" in out):
        cls, detail = "silent acceptance", "terminal escape codes printed raw"
    elif case["expect"] == "ok":
        cls, detail = ("right output", "") if p.returncode == 0 else ("clear error", last)
        if p.returncode != 0:
            cls = "silent acceptance" if not last.startswith("hybridstudio:") else "clear error"
            detail = f"expected the right output, got: {last}"
    elif p.returncode == 0:
        cls, detail = "silent acceptance", "accepted without an error"
    elif last.startswith("hybridstudio: error:") or last.startswith("usage:") or "error:" in last:
        cls, detail = "clear error", last
    else:
        cls, detail = "crash", f"rc {p.returncode}: {last}"
    return {**case, "class": cls, "detail": detail}


def run_corpus(folder: Path, workers: int = 2) -> list[dict]:
    cases = json.loads((folder / "cases.json").read_text())
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda c: run_case(folder, c), cases))


def totals(results: list[dict]) -> Counter:
    return Counter(r["class"] for r in results)


@pytest.fixture(scope="module")
def corpus_results(shared_models):
    from make_hostile_corpus import build

    folder = Path(tempfile.mkdtemp(prefix="hybridstudio-hostile-"))
    build(folder, shared_models)
    return run_corpus(folder)


def test_every_hostile_case_is_a_clear_error_or_the_right_output(corpus_results):
    bad = [
        f"{r['id']}: {r['class']} — {r['detail']}"
        for r in corpus_results
        if r["class"] not in ("clear error", "right output")
        or (r["class"] == "right output") != (r["expect"] == "ok")
    ]
    print(dict(totals(corpus_results)))
    assert not bad, "\n".join(bad)


def test_the_corpus_covers_every_class_of_the_campaign(corpus_results):
    groups = {r["group"] for r in corpus_results}
    assert {
        "security",
        "data-loss",
        "memory",
        "tracebacks",
        "silent",
        "reading",
        "smaller",
        "models",
        "links",
        "disk",
    } <= groups
    assert len(corpus_results) >= 70


if __name__ == "__main__":
    from make_hostile_corpus import build

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="hs-hostile-"))
    if not (target / "cases.json").is_file():
        build(target, ROOT.parent / "shared" / "models")
    results = run_corpus(target)
    for r in results:
        print(f"{r['class']:<18} {r['id']:<32} {r['detail'][:110]}")
    t = totals(results)
    print("\ntotals: " + ", ".join(f"{c}: {t.get(c, 0)}" for c in CLASSES) + f" (of {len(results)})")
