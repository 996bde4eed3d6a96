"""The real download code (huggingface-hub + HybridStudio's resume and verification) against a
local server on 127.0.0.1 that answers like the Hugging Face hub (see fake_hub.py)."""

from __future__ import annotations

import hashlib
import json
import os

import numpy as np
import pytest

from hybridstudio.cli import main
from hybridstudio.core.cancel import CancelToken
from hybridstudio.core.errors import Cancelled, ModelError
from hybridstudio.models import download, resolve
from hybridstudio.models.hub import PART_SUFFIX, download_file
from hybridstudio.testing.fake_hub import COMMIT, FakeHub, FakeRepo, git_oid
from hybridstudio.upscale import load_upscaler, upscale

CHUNK = 10 * 1024 * 1024  # huggingface-hub's download chunk
REPO = "qualcomm/Real-ESRGAN-x4plus"
FILE = "Real-ESRGAN-x4plus.onnx"


@pytest.fixture
def hub(shared_models, tmp_path, monkeypatch):
    big = (shared_models / "esrgan-thick-x4.onnx").read_bytes()  # 29 MB: several chunks
    small = (shared_models / "esrgan-slim-x2.onnx").read_bytes()
    fake = FakeHub(
        {
            REPO: FakeRepo({FILE: big, "README.md": b"# Real-ESRGAN\n"}),
            "deinferno/taesd-onnx": FakeRepo(
                {
                    "taesd_decoder.onnx": small,
                    "config.json": b'{"scale": 8}\n',
                    "pytorch_model.bin": b"\x80\x04 pickle" * 200,
                }
            ),
        }
    ).start()
    monkeypatch.setenv("HF_ENDPOINT", fake.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    fake.big, fake.small, fake.cache = big, small, tmp_path / "hf" / "hub"
    yield fake
    fake.stop()


def _cdn_gets(fake):
    return [(p, r) for m, p, r in fake.log if m == "GET" and p.startswith("cdn:")]


def test_download_verifies_links_and_runs(hub, capsys):
    events = []
    model = download("real-esrgan-x4plus", on_progress=events.append)
    snap = hub.cache / "models--qualcomm--Real-ESRGAN-x4plus" / "snapshots" / COMMIT / FILE
    assert model.path == snap and snap.is_symlink()
    sha = hashlib.sha256(hub.big).hexdigest()
    assert snap.resolve().name == sha and snap.read_bytes() == hub.big
    assert (hub.cache / "models--qualcomm--Real-ESRGAN-x4plus" / "refs" / "main").read_text() == COMMIT
    assert model.revision == COMMIT and model.record()["sha256"] == sha
    assert model.record()["licence"]["name"] == "BSD-3-Clause"
    # the hub protocol as huggingface-hub speaks it: HEAD on /resolve, then the LFS blob on the CDN
    assert ("HEAD", f"/{REPO}/resolve/main/{FILE}", None) in hub.log
    assert len(_cdn_gets(hub)) == 1
    stages = [e.stage for e in events]
    assert stages[0] == "download" and "verify" in stages and stages[-1] == "done"
    last = [e for e in events if e.stage == "download"][-1]
    assert last.done == last.total == len(hub.big) and last.rate > 0 and last.eta_s == 0
    # usable: resolve (no network) and upscale
    n = len(hub.log)
    up = load_upscaler("real-esrgan-x4plus")
    assert len(hub.log) == n
    out = upscale(np.full((20, 24, 3), 128, np.uint8), None, up).rgb
    assert out.shape == (80, 96, 3)
    # listing shows it with its disk usage; remove frees it
    assert main(["models", "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["id"] == "real-esrgan-x4plus")
    assert row["installed"] and row["bytes_on_disk"] == len(hub.big)
    assert main(["models", "remove", "real-esrgan-x4plus"]) == 0
    assert "29.2 MB freed" in capsys.readouterr().out
    with pytest.raises(ModelError, match="not downloaded"):
        resolve("real-esrgan-x4plus")


def test_interrupted_transfer_resumes_with_a_range_request(hub):
    hub.interrupt_after[FILE] = CHUNK + CHUNK // 2  # the server drops the connection mid-file
    path = download_file(REPO, FILE)
    assert path.read_bytes() == hub.big
    gets = _cdn_gets(hub)
    assert len(gets) == 2 and gets[0][1] is None
    assert gets[1][1] == f"bytes={CHUNK}-"  # only the missing part was asked for again


def test_cancelled_download_resumes_next_time(hub):
    token = CancelToken()  # the user presses Cancel once the first chunk has arrived

    def on_progress(p):
        if p.done >= CHUNK:
            token.cancel()

    with pytest.raises(Cancelled):
        download("real-esrgan-x4plus", on_progress=on_progress, check=token.check)
    blobs = hub.cache / "models--qualcomm--Real-ESRGAN-x4plus" / "blobs"
    parts = list(blobs.glob("*" + PART_SUFFIX))
    assert len(parts) == 1 and parts[0].stat().st_size == CHUNK
    assert not list(blobs.glob("*[0-9a-f]"))  # nothing usable in the cache: a partial file is never loaded
    with pytest.raises(ModelError, match="not downloaded"):
        resolve("real-esrgan-x4plus")
    model = download("real-esrgan-x4plus")
    assert _cdn_gets(hub)[-1][1] == f"bytes={CHUNK}-"
    assert model.path.read_bytes() == hub.big and not list(blobs.glob("*" + PART_SUFFIX))


def test_corrupt_file_is_refused_and_deleted(hub):
    hub.corrupt.add(FILE)
    with pytest.raises(ModelError, match="corrupt.*deleted"):
        download("real-esrgan-x4plus")
    storage = hub.cache / "models--qualcomm--Real-ESRGAN-x4plus"
    left = [p for p in storage.rglob("*") if p.is_file() or p.is_symlink()]
    assert all(p.parent.name == "refs" for p in left), left  # no blob, no partial file, no link
    with pytest.raises(ModelError):
        resolve("real-esrgan-x4plus")


def test_cached_file_altered_on_disk_is_refused(hub):
    model = download("real-esrgan-x4plus")
    blob = model.path.resolve()
    data = bytearray(blob.read_bytes())
    data[1000] ^= 0xFF
    blob.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="corrupt"):
        resolve("real-esrgan-x4plus")


def test_pinned_hash_must_match_the_hub(hub):
    with pytest.raises(ModelError, match="different file"):
        download_file(REPO, FILE, sha256="0" * 64)
    assert _cdn_gets(hub) == []


def test_offline_mode_uses_only_the_cache(hub, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match="offline"):
        download("real-esrgan-x4plus")
    assert not any(p.startswith(f"/{REPO}") or p.startswith("cdn:") for _, p, _ in hub.log)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    download("real-esrgan-x4plus")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    n = len(hub.log)
    assert download("real-esrgan-x4plus").path.is_file()
    assert len(hub.log) == n


def test_repo_listing_skips_pickles_and_checks_small_files(hub):
    model = download("taesd")
    assert sorted(model.files) == ["config.json", "taesd_decoder.onnx"]
    assert ("GET", "/api/models/deinferno/taesd-onnx/revision/main", None) in hub.log
    # every file from the commit the listing named, and the branch recorded in the cache's refs
    assert ("HEAD", f"/deinferno/taesd-onnx/resolve/{COMMIT}/taesd_decoder.onnx", None) in hub.log
    assert (hub.cache / "models--deinferno--taesd-onnx" / "refs" / "main").read_text() == COMMIT
    cfg = model.files["config.json"]
    assert cfg.resolve().name == git_oid(b'{"scale": 8}\n')  # verified against the git object id
    assert model.path.is_dir() and (model.path / "taesd_decoder.onnx").is_file()
    assert not any("pytorch_model.bin" in p for _, p, _ in hub.log)


def test_missing_repo_and_file_name_the_problem(hub):
    with pytest.raises(ModelError, match="not found"):
        download_file("nobody/nothing", "model.onnx")
    with pytest.raises(ModelError, match="not found"):
        download_file(REPO, "absent.onnx")


def test_cli_download_reports_and_import_refuses_pickles(hub, tmp_path, capsys):
    assert main(["models", "download", "real-esrgan-x4plus"]) == 0
    out = capsys.readouterr().out
    assert "1 file(s) verified" in out and "BSD-3-Clause" in out
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"\x80\x04pickle")
    assert main(["models", "import", str(ckpt)]) == 1
    assert "execute" in capsys.readouterr().err
    assert os.environ["HF_ENDPOINT"].startswith("http://127.0.0.1:")
