"""The CLI: clear errors and exit codes, folders as inputs, Ctrl-C cancelling cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np

from hybridstudio.core.payloads import ImagePayload
from hybridstudio.io.images import save_image
from hybridstudio.testing import ROOT, photo


def cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hybridstudio.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_steps_lists_every_declaration_and_shows_one_in_french():
    res = cli("steps")
    assert res.returncode == 0 and "print_size" in res.stdout and "craft" in res.stdout
    one = cli("steps", "levels")
    assert "How it works" in one.stdout and "The craft without AI" in one.stdout
    assert "black (float, 0..99, %; default 0.0)" in one.stdout


def test_bad_recipe_gives_exit_1_and_names_file_step_field(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('hybridstudio_recipe = 1\nname = "x"\n[[steps]]\nkind = "levels"\ngamma = 99\n')
    img = save_image(ImagePayload(photo("coffee")[:20, :20]), tmp_path / "in.png")
    res = cli("run", str(bad), "-i", str(img), "-o", str(tmp_path / "out"))
    assert res.returncode == 1
    assert "bad.toml, step 1, 'gamma': 99.0 is above the maximum 10.0" in res.stderr
    assert not (tmp_path / "out").exists()


def test_missing_input_and_corrupt_input(tmp_path):
    res = cli("run", "print-ready-greyscale", "-i", str(tmp_path / "nope.png"), "-o", str(tmp_path))
    assert res.returncode == 1 and "nope.png: no such file" in res.stderr
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    res = cli("run", "print-ready-greyscale", "-i", str(broken), "-o", str(tmp_path / "o"))
    assert res.returncode == 1 and "broken.jpg" in res.stderr


def test_folder_input_runs_every_image(tmp_path):
    folder = tmp_path / "scans"
    for name in ("coffee", "chelsea"):
        save_image(ImagePayload(photo(name)[:64, :64]), folder / f"{name}.png")
    (folder / "readme.txt").write_text("not an image")
    res = cli("run", "print-ready-greyscale", "-i", str(folder), "-o", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.png")) == [
        "chelsea-print-ready-greyscale.png",
        "coffee-print-ready-greyscale.png",
    ]


def test_ctrl_c_cancels_and_leaves_nothing(tmp_path):
    folder = tmp_path / "many"
    big = np.tile(photo("astronaut"), (2, 2, 1))
    for i in range(8):
        save_image(ImagePayload(big), folder / f"p{i:02d}.png")
    recipe = tmp_path / "slow.toml"
    recipe.write_text(
        'hybridstudio_recipe = 1\nname = "slow"\n[[steps]]\nkind = "print_size"\n'
        'width_mm = 300\ndpi = 300\n[[steps]]\nkind = "greyscale"\n'
    )
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio.cli", "run", str(recipe), "-i", str(folder), "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline and not out.exists():
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "cancelled" in err
    written = list(out.glob("*.png"))
    # Whole images finished before Ctrl-C may stay; nothing partial, no staging folders.
    assert not list(out.glob(".hybridstudio-job-*")) and not list(out.glob("*.part"))
    for p in written:
        assert (out / (p.name + ".hybridstudio.json")).exists()
    assert len(written) < 8
