"""Ctrl-C and the app's Cancel stop an AI job inside a long ONNX inference, not after it: the
cancelling thread terminates the run (onnxruntime's RunOptions), and a real interrupted command
exits with status 130 and leaves no file behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from hybridstudio.core.cancel import CancelToken, cancel_scope, on_cancel
from hybridstudio.core.errors import Cancelled
from hybridstudio.core.settings import Settings
from hybridstudio.runtime import open_session, run_measured
from hybridstudio.testing import photo


def test_a_hook_runs_on_cancel_only_inside_its_scope():
    token = CancelToken()
    calls = []
    with on_cancel(lambda: calls.append("outside")) as none:
        assert none is None  # no job in scope: nothing to stop
    with cancel_scope(token), on_cancel(lambda: calls.append("inside")) as t:
        assert t is token
        threading.Thread(target=token.cancel).start()
        time.sleep(0.2)
    token.cancel()  # after the block: the hook is gone
    assert calls == ["inside"]


def test_cancelling_from_another_thread_stops_a_running_inference(shared_models):
    sess, _ = open_session(shared_models / "esrgan-thick-x4.onnx", Settings(device="cpu"), purpose="test")
    name = sess.get_inputs()[0].name
    x = np.ascontiguousarray(cv2.resize(photo("astronaut"), (384, 384)).transpose(2, 0, 1)[None])
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    with cancel_scope(token), pytest.raises(Cancelled):
        run_measured(sess, None, {name: x.astype(np.float32)})
    # the same session still works for the next job
    assert run_measured(sess, None, {name: x[..., :16, :16].astype(np.float32)})[0].shape[-1] == 64


@pytest.mark.slow
def test_ctrl_c_during_an_ai_recipe_stops_with_130_and_leaves_nothing(shared_models, tmp_path):
    (tmp_path / "up.toml").write_text(
        'hybridstudio_recipe = 1\nname = "up"\n\n[[steps]]\nkind = "upscale"\nmodel = "m.onnx"\n'
    )
    shutil.copyfile(shared_models / "esrgan-thick-x4.onnx", tmp_path / "m.onnx")  # beside it
    cv2.imwrite(
        str(tmp_path / "photo.png"),
        (cv2.resize(photo("astronaut"), (768, 768))[..., ::-1] * 255).astype(np.uint8),
    )
    before = set(tmp_path.rglob("*"))
    p = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio", "run", "up.toml", "-i", "photo.png", "-o", "out"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    seen = ""
    t_end = time.time() + 240
    while "tile" not in seen and time.time() < t_end:
        line = p.stderr.readline()
        if not line:
            break
        seen += line
    assert p.poll() is None, f"finished before it could be interrupted: {seen}"
    time.sleep(0.5)  # inside a tile's inference
    p.send_signal(signal.SIGINT)
    err = p.communicate(timeout=60)[1]
    assert p.returncode == 130 and "Traceback" not in err and "cancelled" in err
    left = set(tmp_path.rglob("*")) - before
    assert all(q.is_dir() for q in left) and not any(Path(q).name.endswith(".part") for q in left)
