"""Start the real HybridStudio window on an X server (Xvfb in CI) and save screenshots of it.

    python -m hybridstudio.ui.tests.screenshot_main_window [--lang en|fr] [--out FILE.png]

Without a display it re-runs itself under ``xvfb-run`` (apt package ``xvfb``). The window opens as
on a first launch (fresh settings: the sample image and the first shipped recipe), waits for the
live preview, then saves the screen grab. Exit code 0 when a non-blank picture was written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCREEN = (1600, 1000)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=("en", "fr"))
    ap.add_argument("--out", default=str(ROOT / "build" / "test-artifacts" / "main_window.png"))
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    rc = rerun_under_xvfb(SCREEN)
    if rc is not None:
        return rc
    return shoot(Path(args.out), args.lang, args.timeout)


def rerun_under_xvfb(screen: tuple[int, int]) -> int | None:
    """Without a display, run this same script again under ``xvfb-run`` with a ``screen``-sized
    virtual screen and return its exit code; None when a display (or offscreen Qt) is there."""
    if (
        os.environ.get("DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM") == "offscreen"
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        print("no display and no xvfb-run: apt-get install xvfb", file=sys.stderr)
        return 2
    return subprocess.call(
        [xvfb, "-a", "-s", f"-screen 0 {screen[0]}x{screen[1]}x24", sys.executable, *sys.argv]
    )


def shoot(out: Path, lang: str, timeout: float) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="hybridstudio-shot-"))
    os.environ["HYBRIDSTUDIO_CONFIG_DIR"] = str(tmp / "config")  # a first launch
    os.environ["HYBRIDSTUDIO_DATA_DIR"] = str(tmp / "data")
    sys.path.insert(0, str(ROOT))
    os.environ["HYBRIDSTUDIO_LANG"] = lang
    from PySide6.QtGui import QGuiApplication

    from hybridstudio.ui.app import create_window

    app, window = create_window([])  # exactly as `hybridstudio` starts it
    window.ask_before_close = False
    window.resize(*SCREEN)
    window.move(0, 0)
    window.acts.split.setChecked(True)
    window.canvas.set_split(True, 0.5)
    end = time.time() + timeout
    seen_result = False
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)
        idle = not window.jobs.active_jobs() and not window.studio.preview_timer.isActive()
        if idle and window.model.result is not None:
            if seen_result:
                break
            seen_result = True  # one more round for the last repaint
            time.sleep(0.3)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    out.parent.mkdir(parents=True, exist_ok=True)
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else window.grab()
    if shot.isNull() or shot.width() < 100:
        shot = window.grab()
    shot.save(str(out))
    window.grab().save(str(out.with_name(out.stem + "-window.png")))
    print(
        f"{QGuiApplication.platformName()}: saved {out} ({shot.width()}×{shot.height()}), "
        f"result {'shown' if window.model.result is not None else 'missing'}"
    )
    window.close()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    img = shot.toImage()
    colours = {img.pixel(x, y) for x in range(0, img.width(), 37) for y in range(0, img.height(), 37)}
    return 0 if len(colours) > 50 and window.model.result is not None else 1


if __name__ == "__main__":
    sys.exit(main())
