"""A school server on this machine, for trying it out, the tests and the bench: `hybridstudio serve
--address` deployed onto a Ray cluster that runs already, in a child process, on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

START_TIMEOUT = 240.0  # seconds for the deployments to come up on a busy two-core machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LocalServer:
    url: str
    base: Path
    proc: subprocess.Popen
    env: dict[str, str]
    tokens: dict[str, str] = field(default_factory=dict)  # name → token

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def server_env(base: Path, shared: Path | None = None) -> dict[str, str]:
    """The environment of a server whose settings, tokens and models live under ``base``."""
    env = dict(os.environ)
    env.update(
        HYBRIDSTUDIO_CONFIG_DIR=str(base / "config"),
        HYBRIDSTUDIO_DATA_DIR=str(base / "data"),
        RAY_USAGE_STATS_ENABLED="0",
    )
    if shared is not None:
        env["HYBRIDSTUDIO_SHARED"] = str(shared)
    return env


def start_local_server(
    base: Path,
    gcs_address: str,
    extra: list[str],
    env: dict[str, str],
    name: str = "test-school",
    port: int | None = None,
    ca_file: str | None = None,
) -> LocalServer:
    """Start the server in a child process; returns once /health answers (log: base/serve.log).
    With ``--cert``/``--key`` in ``extra`` it answers over HTTPS (``ca_file`` trusts it)."""
    port = port or free_port()
    log_path = base / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hybridstudio",
                "serve",
                "--address",
                gcs_address,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--name",
                name,
                "--tokens",
                str(base / "tokens.json"),
                *extra,
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"{'https' if '--cert' in extra else 'http'}://127.0.0.1:{port}"
    context = ssl.create_default_context(cafile=ca_file)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("hybridstudio serve stopped:\n" + log_path.read_text())
        try:
            with urllib.request.urlopen(url + "/health", timeout=5, context=context) as r:
                # up, and done printing its start-up lines (address, warnings, join command)
                if r.status == 200 and "ready" in log_path.read_text().splitlines():
                    return LocalServer(url, base, proc, env)
        except OSError:
            pass
        time.sleep(1.0)
    proc.terminate()
    raise RuntimeError("the school server did not come up in time:\n" + log_path.read_text())
