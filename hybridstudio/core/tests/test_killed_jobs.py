"""A job killed hard (SIGKILL, a power cut) leaves its hidden staging folder in the output folder;
the next run into that folder removes it, and never a folder a running job still holds or one
that only looks like ours."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hybridstudio.cli import main
from hybridstudio.core.atomic import STAGING_LOCK, clean_stale_staging

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "coffee.png"
RECIPE = """hybridstudio_recipe = 1
name = "small negative"

[[steps]]
kind = "negative"
process = "cyanotype"
dpi = 720.0
width_mm = 120.0
"""


def _staging(out: Path) -> list[Path]:
    return sorted(p for p in out.glob(".hybridstudio-job-*") if p.is_dir())


def _kill_while_saving(recipe: Path, out: Path) -> None:
    """Run the recipe in a real process and SIGKILL it once it writes into its staging folder."""
    p = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio", "run", str(recipe), "-i", str(SAMPLE), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    t_end = time.time() + 120
    try:
        while p.poll() is None and time.time() < t_end:
            if any(any(f.name.endswith(".part") for f in s.iterdir()) for s in _staging(out)):
                p.send_signal(signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if p.poll() is None:
            p.kill()
        p.wait()
    assert p.returncode == -signal.SIGKILL, "the job ended before it could be killed"


@pytest.mark.slow
def test_a_killed_jobs_staging_folder_is_removed_by_the_next_run(tmp_path, capsys):
    recipe = tmp_path / "neg.toml"
    recipe.write_text(RECIPE)
    out = tmp_path / "out"
    _kill_while_saving(recipe, out)
    killed = _staging(out)
    assert len(killed) == 1 and not [p for p in out.iterdir() if not p.name.startswith(".")]
    # a job still running (its lock held), a folder of the user's and a link that look like ours
    live = out / ".hybridstudio-job-running1"
    live.mkdir()
    (live / STAGING_LOCK).write_text("")
    fd = os.open(live / STAGING_LOCK, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    mine = out / ".hybridstudio-job-notes"
    mine.mkdir()
    (mine / "a.txt").write_text("the user's")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("the user's")
    os.symlink(elsewhere, out / ".hybridstudio-job-linkedAB", target_is_directory=True)
    try:
        assert main(["run", str(recipe), "-i", str(SAMPLE), "-o", str(out)]) == 0
        assert not killed[0].exists()
        assert live.is_dir() and (mine / "a.txt").exists() and (elsewhere / "b.txt").exists()
        assert clean_stale_staging(out) == []  # a held lock keeps the folder
    finally:
        os.close(fd)
    assert clean_stale_staging(out) == [live]  # released: it was a killed job's after all
    assert {p.suffix for p in out.iterdir() if not p.name.startswith(".")} == {".pdf", ".tif", ".json"}
    assert "wrote" in capsys.readouterr().out
