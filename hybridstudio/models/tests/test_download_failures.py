"""Download failures as the real Hugging Face hub answers them, told in plain words by the CLI and
the app, in English and French: licence to accept (gated repo: 401 without a token, 403 with one),
repo or file not found (401/404 RepoNotFound, 404 EntryNotFound), hub unreachable (a 503 outage
page, a refused connection), disk full (the kernel's own ENOSPC from /dev/full).

The local server (fake_hub.py) sends the status codes and ``X-Error-Code``/``X-Error-Message``
headers the hub sends; huggingface-hub's own ``hf_raise_for_status`` turns them into its error
classes, exactly as it does against huggingface.co."""

from __future__ import annotations

import socket

import pytest

from hybridstudio.cli import main
from hybridstudio.core.errors import ModelError
from hybridstudio.core.i18n import translate
from hybridstudio.models import download
from hybridstudio.models.failures import MESSAGES, exception_text, explain
from hybridstudio.testing.fake_hub import FakeHub, FakeRepo

TAESD = "deinferno/taesd-onnx"  # listed by patterns: /api/models first, then /resolve
ESRGAN = "qualcomm/Real-ESRGAN-x4plus"  # listed file by file: /resolve at once
ESRGAN_FILE = "Real-ESRGAN-x4plus.onnx"


@pytest.fixture
def hub(shared_models, tmp_path, monkeypatch):
    small = (shared_models / "esrgan-slim-x2.onnx").read_bytes()
    fake = FakeHub(
        {
            TAESD: FakeRepo({"taesd_decoder.onnx": small, "config.json": b'{"scale": 8}\n'}),
            ESRGAN: FakeRepo({ESRGAN_FILE: small}),
        }
    ).start()
    monkeypatch.setenv("HF_ENDPOINT", fake.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    for var in ("HF_HUB_CACHE", "HF_HUB_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_TOKEN_PATH", str(tmp_path / "no-token"))  # no token from this machine
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    fake.small, fake.cache = small, tmp_path / "hf" / "hub"
    yield fake
    fake.stop()


def _failure(model_id: str) -> tuple[str, ModelError]:
    with pytest.raises(ModelError) as info:
        download(model_id)
    return explain(exception_text(info.value), "en")[0], info.value


def _said(kind: str, lang: str) -> str:
    return translate("DownloadFailures", MESSAGES[kind][0], lang)


def _statuses(fake: FakeHub) -> list[tuple[str, str]]:
    return [(m, p) for m, p, _ in fake.log]


def test_gated_repo_without_a_token_is_a_licence_to_accept(hub):
    hub.gated.add(TAESD)
    kind, exc = _failure("taesd")
    assert kind == "licence", exception_text(exc)
    text = exception_text(exc)
    assert "GatedRepoError" in text and "401" in text  # huggingface-hub read X-Error-Code
    assert ("GET", f"/api/models/{TAESD}/revision/main") in _statuses(hub)  # the listing is public


def test_gated_repo_with_a_token_not_on_the_list(hub, monkeypatch):
    hub.gated.add(ESRGAN)
    monkeypatch.setenv("HF_TOKEN", "hf_" + "x" * 34)
    kind, exc = _failure("real-esrgan-x4plus")
    text = exception_text(exc)
    assert kind == "licence" and "403" in text and "not in the authorized list" in text


@pytest.mark.parametrize("token", [False, True])
def test_missing_repo_is_not_found_with_or_without_a_token(hub, monkeypatch, token):
    del hub.repos[ESRGAN]
    if token:
        monkeypatch.setenv("HF_TOKEN", "hf_" + "x" * 34)
    kind, exc = _failure("real-esrgan-x4plus")
    text = exception_text(exc)
    assert kind == "not_found", text
    assert "RepositoryNotFoundError" in text and ("404" if token else "401") in text


def test_missing_listing_and_missing_file_are_not_found(hub):
    del hub.repos[TAESD]
    assert _failure("taesd")[0] == "not_found"  # 401 RepoNotFound on /api/models
    hub.repos[ESRGAN].files = {"other.onnx": hub.small}
    kind, exc = _failure("real-esrgan-x4plus")
    assert kind == "not_found" and "EntryNotFoundError" in exception_text(exc)


def test_hub_outage_and_refused_connection_are_unreachable(hub, monkeypatch):
    hub.down = 503
    for model_id in ("taesd", "real-esrgan-x4plus"):
        kind, exc = _failure(model_id)
        assert kind == "unreachable", exception_text(exc)
    with socket.socket() as s:  # a port nobody listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    kind, exc = _failure("real-esrgan-x4plus")
    assert kind == "unreachable", exception_text(exc)


def test_disk_full_while_downloading(hub):
    import hashlib

    sha = hashlib.sha256(hub.small).hexdigest()
    blobs = hub.cache / ("models--" + ESRGAN.replace("/", "--")) / "blobs"
    blobs.mkdir(parents=True)
    (blobs / f"{sha}.hybridstudio-part").symlink_to("/dev/full")  # every write: ENOSPC
    kind, exc = _failure("real-esrgan-x4plus")
    assert kind == "disk_full", exception_text(exc)
    assert "No space left on device" in exception_text(exc)


@pytest.mark.parametrize("case", ["licence", "not_found", "unreachable"])
def test_cli_says_it_in_french_first(hub, monkeypatch, capsys, case):
    monkeypatch.setenv("HYBRIDSTUDIO_LANG", "fr")
    if case == "licence":
        hub.gated.add(ESRGAN)
    elif case == "not_found":
        del hub.repos[ESRGAN]
    else:
        hub.down = 503
    assert main(["models", "download", "real-esrgan-x4plus"]) == 1
    first = capsys.readouterr().err.strip().splitlines()[0]
    assert first.startswith("hybridstudio: error: " + _said(case, "fr")), first
    assert _said(case, "fr") != _said(case, "en")


@pytest.mark.gui
def test_models_dialog_shows_the_gated_licence_in_french(qtbot, hub):
    from hybridstudio.testing.ui import make_window
    from hybridstudio.ui.i18n import Translations
    from hybridstudio.ui.jobs import FAILED
    from hybridstudio.ui.models_panel import ModelsDialog

    hub.gated.add(TAESD)
    tr = Translations()
    w = make_window(qtbot, translations=tr)
    w.set_language("fr")
    qtbot.wait(50)
    try:
        dlg = ModelsDialog(w.model.settings, w.jobs, w)
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.panel.select("taesd")
        job = dlg.panel.download()
        qtbot.waitUntil(lambda: not job.active, timeout=60000)
        assert job.status == FAILED
        text = dlg.panel.problem.text.text()
        assert _said("licence", "fr") in text.replace("&#x27;", "'").replace("&quot;", '"'), text
        assert "GatedRepo" not in text and "401" not in text
    finally:
        w.set_language("en")
        qtbot.wait(50)
