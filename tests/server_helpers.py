"""A real school server for the tests: a local Ray cluster on 127.0.0.1 (CPU only) and
`hybridstudio serve --address` deployed onto it in a child process, as a school would run it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from conftest import shared_dir

SERVE_TIMEOUT = 240  # seconds for the cluster and the deployments to come up on a busy 2-core box


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class School:
    url: str
    tokens: dict[str, str]  # name → token
    base: Path
    proc: subprocess.Popen
    env: dict[str, str]


def server_env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HYBRIDSTUDIO_CONFIG_DIR=str(base / "config"), HYBRIDSTUDIO_DATA_DIR=str(base / "data"),
               HYBRIDSTUDIO_SHARED=str(shared_dir()), RAY_USAGE_STATS_ENABLED="0")
    return env


def start_school(base: Path, gcs_address: str, extra: list[str]) -> School:
    """`hybridstudio serve --address GCS` in a child process; returns once /health answers."""
    env = server_env(base)
    port = free_port()
    log = open(base / "serve.log", "w")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "hybridstudio", "serve", "--address", gcs_address, "--host", "127.0.0.1",
         "--port", str(port), "--name", "test-school", "--tokens", str(base / "tokens.json"), *extra],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("hybridstudio serve stopped:\n" + (base / "serve.log").read_text())
        try:
            with urllib.request.urlopen(url + "/health", timeout=5) as r:
                if r.status == 200:
                    return School(url, {}, base, proc, env)
        except OSError:
            pass
        time.sleep(1.0)
    proc.terminate()
    raise RuntimeError("the school server did not come up in time:\n" + (base / "serve.log").read_text())


def stop_school(school: School) -> None:
    school.proc.terminate()
    try:
        school.proc.wait(60)
    except subprocess.TimeoutExpired:
        school.proc.kill()
        school.proc.wait(10)
