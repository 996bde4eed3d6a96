"""The one output-path policy (never replace an input, never silently replace an existing file),
Ctrl-C on long commands (rc 130 within a second, nothing partial, no traceback) and the cleaning
of temporary files a killed run left behind."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from hybridstudio.cli import main
from hybridstudio.core.atomic import atomic_path, clean_stale_parts, output_path
from hybridstudio.core.errors import InputError
from hybridstudio.core.payloads import ImagePayload
from hybridstudio.io.images import save_image
from hybridstudio.testing import photo


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def small_photo(tmp_path) -> Path:
    p = tmp_path / "photo.png"
    save_image(ImagePayload(photo("camera")[::4, ::4].copy()), p)
    return p


def test_output_path_policy(tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(b"x")
    with pytest.raises(InputError, match="would replace an input"):
        output_path(tmp_path / "." / "in.png", (src,))
    (tmp_path / "out.tif").write_bytes(b"old")
    assert output_path(tmp_path / "out.tif") == tmp_path / "out-2.tif"
    assert output_path(tmp_path / "out.tif", overwrite=True) == tmp_path / "out.tif"
    assert output_path(tmp_path / "new.tif") == tmp_path / "new.tif"


def test_negative_make_preview_never_replaces_the_input(small_photo, tmp_path, capsys):
    before = _digest(small_photo)
    rc = main(
        [
            "negative",
            "make",
            str(small_photo),
            "--width-mm",
            "40",
            "--dpi",
            "300",
            "-o",
            str(tmp_path / "neg.tif"),
            "--preview",
            str(small_photo),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 1 and "would replace an input" in err and "Traceback" not in err
    assert _digest(small_photo) == before
    assert not (tmp_path / "neg.tif").exists()


def test_negative_make_and_target_take_a_free_name_beside_existing_files(small_photo, tmp_path, capsys):
    existing = tmp_path / "target.tif"
    existing.write_bytes(b"a print shop's file")
    assert main(["negative", "target", "--steps", "21", "--dpi", "300", "-o", str(existing)]) == 0
    assert existing.read_bytes() == b"a print shop's file"
    with Image.open(tmp_path / "target-2.tif") as im:
        assert im.size[0] > 100
    assert "target-2.tif" in capsys.readouterr().out
    prev = tmp_path / "prev.png"
    prev.write_bytes(b"keep me")
    assert (
        main(
            [
                "negative",
                "make",
                str(small_photo),
                "--width-mm",
                "40",
                "--dpi",
                "300",
                "-o",
                str(tmp_path / "neg.tif"),
                "--preview",
                str(prev),
            ]
        )
        == 0
    )
    assert prev.read_bytes() == b"keep me"
    with Image.open(tmp_path / "prev-2.png") as im:
        assert im.mode == "RGB"


def test_stale_part_files_of_a_killed_run_are_cleaned_and_nothing_else(tmp_path):
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from hybridstudio.core.atomic import atomic_path\n"
            "with atomic_path(sys.argv[1]) as tmp:\n"
            "    tmp.write_bytes(b'half')\n"
            "    os.kill(os.getpid(), 9)\n",
            str(tmp_path / "film.tif"),
        ]
    )
    assert killed.returncode == -signal.SIGKILL
    stale = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert len(stale) == 1 and stale[0].name.startswith(".film.tif.")
    mine = [tmp_path / ".notes.part", tmp_path / "film.part", tmp_path / ".x.tif.part"]
    for p in mine:
        p.write_text("a user's file")
    with atomic_path(tmp_path / "other.tif") as live:  # the next write into the folder cleans it
        live.write_bytes(b"in progress")
        assert not stale[0].exists()
        assert clean_stale_parts(tmp_path) == [] and live.exists()  # a live writer keeps its file
    assert all(p.read_text() == "a user's file" for p in mine)
    assert (tmp_path / "other.tif").read_bytes() == b"in progress"


def _interrupt(cmd: list[str], cwd: Path, started, timeout: float = 240) -> tuple[int, str, float]:
    """Start ``hybridstudio CMD`` with SIGINT ignored (as a shell does for background jobs), wait
    until ``started()`` says the long work is under way, send SIGINT; returns (rc, stderr, seconds
    it took to stop)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio", *cmd],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    t_end = time.time() + timeout
    seen = ""
    if isinstance(started, str):  # a progress line on stderr
        while started not in seen and time.time() < t_end:
            line = p.stderr.readline()
            if not line:
                break
            seen += line
    else:
        while not started() and p.poll() is None and time.time() < t_end:
            time.sleep(0.05)
    assert p.poll() is None, "finished before it could be interrupted"
    t0 = time.perf_counter()
    p.send_signal(signal.SIGINT)
    err = p.communicate(timeout=60)[1]
    return p.returncode, seen + err, time.perf_counter() - t0


@pytest.mark.slow
def test_ctrl_c_stops_films_and_negative_make_cleanly(small_photo, tmp_path):
    assert (
        main(["separate", str(small_photo), "--method", "spot", "--inks", "2", "-o", str(tmp_path / "seps")])
        == 0
    )
    before = set(tmp_path.rglob("*"))

    def writing(name: str):
        return lambda: any(p.name.startswith(f".{name}.") for p in tmp_path.iterdir())

    rc, err, took = _interrupt(
        ["films", "seps", "--dpi", "2400", "--page", "A3", "-o", "f.pdf"], tmp_path, "film 1/2"
    )
    assert rc == 130 and "Traceback" not in err and "cancelled" in err
    assert took < 5.0  # within a second on an idle machine; CI machines are shared
    rc, err2, took2 = _interrupt(
        [
            "negative",
            "make",
            "photo.png",
            "--width-mm",
            "300",
            "--dpi",
            "2880",
            "-o",
            "neg.tif",
            "--pdf",
            "neg.pdf",
            "--preview",
            "prev.png",
        ],
        tmp_path,
        writing("neg.tif"),
    )
    assert rc == 130 and "Traceback" not in err2 and "cancelled" in err2
    assert took2 < 5.0
    assert set(tmp_path.rglob("*")) == before  # no film, no negative, no .part file
