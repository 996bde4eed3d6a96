"""The engine never imports Qt: only hybridstudio/ui/ may (so the CLI and servers stay light)."""

from __future__ import annotations

import ast
import subprocess
import sys

from hybridstudio.testing import ROOT

PACKAGE = ROOT / "hybridstudio"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def test_no_engine_module_imports_qt_in_its_source():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        # the app, and the tests and their helpers (which drive the app too), may use Qt
        if parts[0] in ("ui", "tests", "testing") or "tests" in parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in QT for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_loading_every_step_and_command_does_not_load_qt():
    code = (
        "import sys\n"
        "from hybridstudio.core.step import all_steps\n"
        "from hybridstudio.cli import build_parser\n"
        "all_steps(); build_parser()\n"
        "import hybridstudio.core.executor, hybridstudio.io.images\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
