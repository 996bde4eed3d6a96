"""Screenshots of the app in French at 1366×768, as a student on a laptop sees it:

    python hybridstudio/ui/tests/screenshot_french_views.py [--out-dir build/test-artifacts] [--lang fr]

Writes ``<lang>-main.png`` (first launch), ``<lang>-films.png`` (separations made into films),
``<lang>-negative.png`` (a cyanotype negative beside its predicted print), ``<lang>-models-failed.png``
(the Models dialog after a download that could not reach the hub) and ``<lang>-export.png`` (the
export dialog of a separation recipe). Without a display it re-runs itself under ``xvfb-run``;
with ``QT_QPA_PLATFORM=offscreen`` it grabs the widgets themselves.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from screenshot_main_window import rerun_under_xvfb  # this folder is on sys.path when run

ROOT = Path(__file__).resolve().parents[3]
SCREEN = (1366, 768)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="fr", choices=("en", "fr"))
    ap.add_argument("--out-dir", default=str(ROOT / "build" / "test-artifacts"))
    args = ap.parse_args()
    rc = rerun_under_xvfb(SCREEN)
    if rc is not None:
        return rc
    return shoot(Path(args.out_dir), args.lang)


def _settle(app, window, seconds: float = 90.0) -> None:
    end = time.time() + seconds
    quiet = 0
    while time.time() < end and quiet < 10:
        app.processEvents()
        time.sleep(0.03)
        busy = window.jobs.active_jobs() or window.studio.preview_timer.isActive()
        quiet = 0 if busy else quiet + 1


def _save(widget, path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    shot = None
    if QGuiApplication.platformName() == "xcb":
        shot = QGuiApplication.primaryScreen().grabWindow(0)
    if shot is None or shot.isNull() or shot.width() < 100:
        shot = widget.grab()
    shot.save(str(path))
    print(f"saved {path} ({shot.width()}×{shot.height()})")


def shoot(out_dir: Path, lang: str) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="hybridstudio-shots-"))
    os.environ["HYBRIDSTUDIO_CONFIG_DIR"] = str(tmp / "config")  # a first launch
    os.environ["HYBRIDSTUDIO_DATA_DIR"] = str(tmp / "data")
    os.environ["HF_HOME"] = str(tmp / "hf")
    os.environ["HF_ENDPOINT"] = "http://hybridstudio-test.invalid"  # the hub cannot be reached
    os.environ["HYBRIDSTUDIO_LANG"] = lang
    sys.path.insert(0, str(ROOT))
    out_dir.mkdir(parents=True, exist_ok=True)
    from hybridstudio.paths import recipes_dir
    from hybridstudio.ui.app import create_window

    app, w = create_window([])  # exactly as `hybridstudio` starts it
    w.ask_before_close = False
    w.quiet_errors = True
    w.resize(*SCREEN)
    w.move(0, 0)
    _settle(app, w)
    _save(w, out_dir / f"{lang}-main.png")

    w.studio.open_recipe(recipes_dir() / "riso-two-colour-films.toml")
    _settle(app, w)
    _save(w, out_dir / f"{lang}-films.png")

    w.studio.open_recipe(recipes_dir() / "cyanotype-negative.toml")
    _settle(app, w)
    i = w.view_combo.findData("negboth")
    if i >= 0:
        w.view_combo.setCurrentIndex(i)
    _settle(app, w)
    _save(w, out_dir / f"{lang}-negative.png")

    from hybridstudio.ui.models_panel import ModelsDialog

    dlg = ModelsDialog(w.model.settings, w.jobs, w)
    dlg.resize(min(dlg.width(), SCREEN[0]), min(dlg.height(), SCREEN[1] - 60))
    dlg.show()
    if dlg.panel.select("taesd"):
        job = dlg.panel.download()
        end = time.time() + 60
        while job.active and time.time() < end:
            app.processEvents()
            time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    _save(dlg, out_dir / f"{lang}-models-failed.png")
    dlg.close()

    from hybridstudio.ui.export_dialog import ExportDialog

    w.studio.open_recipe(recipes_dir() / "screenprint-dark-tee.toml")
    _settle(app, w)
    exp = ExportDialog(w, w.ui_state, w.model.result)
    exp.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    _save(exp, out_dir / f"{lang}-export.png")
    exp.close()
    w.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
