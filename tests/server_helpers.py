"""A real school server for the tests: a local Ray cluster on 127.0.0.1 (CPU only) and
`hybridstudio serve --address` deployed onto it in a child process, as a school would run it."""

from __future__ import annotations

from pathlib import Path

from conftest import shared_dir

from hybridstudio.server.local import LocalServer, start_local_server
from hybridstudio.server.local import server_env as _server_env

School = LocalServer


def server_env(base: Path) -> dict[str, str]:
    return _server_env(base, shared_dir())


def start_school(base: Path, gcs_address: str, extra: list[str]) -> School:
    return start_local_server(base, gcs_address, extra, server_env(base))


def stop_school(school: School) -> None:
    school.stop()
